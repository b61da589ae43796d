"""The day of an encounter its lead tells only by month, from the sentence that tells it next.

"A Russian jet released a missile near a British spy plane last month, the minister said.
Two Su-27s shadowed the RC-135 over the Black Sea on Sept. 29, and one fired": a wire story
leads with the encounter and its month, and the next sentence gives the detail and the day.
The contract scores the date cut to the gold's precision, so the month alone is a miss where
the day is known. The next sentence is the same incident when it names an aircraft or ship
(the lexicon's platform words), codes no encounter of its own, and states one day, of the
month the lead gave. Read from the sentences' text, parsed or not, so the pre-filter changes
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from parley.dates import find_dates
from parley.types import Event, EventType, Sentence

_WORD = re.compile(r"[a-z][a-z0-9-]*")


def day_of_the_month(text: str, month: str, anchor: date | None) -> str | None:
    """The one day of `month` (YYYY-MM) that `text` states; None with none, with two
    different days ('on Sept. 27 and again on Sept. 29') or with a span."""
    days = {m.value for m in find_dates(text, anchor)
            if m.value and len(m.value) == 10 and not m.end_value and m.value.startswith(month)}
    return days.pop() if len(days) == 1 else None


def names_a_platform(text: str, platform_words: frozenset[str]) -> bool:
    """Whether the sentence names an aircraft or a ship ('jets', 'destroyer', 'patrol
    plane'): what makes it a telling of an encounter, not of the reactions to it."""
    return any(word in platform_words for word in _WORD.findall(text.lower()))


def encounter_days_told_next(events: list[Event], sentences: Sequence[Sentence],
                             platform_words: frozenset[str], anchor: date | None
                             ) -> list[Event]:
    """Each encounter dated by month only, with the day the next sentence gives it when that
    sentence tells the same incident (module docstring); the other events as they are."""
    encounter_starts = {e.evidence.start for e in events if e.type is EventType.ENCOUNTER}
    following = {s.start: n for s, n in zip(sentences, sentences[1:], strict=False)}
    dated: list[Event] = []
    for event in events:
        after = following.get(event.evidence.start)
        if event.type is EventType.ENCOUNTER and event.date and len(event.date) == 7 \
                and not event.date_end and after is not None \
                and after.start not in encounter_starts \
                and names_a_platform(after.text, platform_words):
            day = day_of_the_month(after.text, event.date, anchor)
            if day is not None:
                event = replace(event, date=day)
        dated.append(event)
    return dated
