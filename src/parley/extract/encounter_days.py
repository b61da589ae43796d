"""The day of an encounter its lead tells only by month, or not at all, from the sentence
that tells it next.

"A Russian jet released a missile near a British spy plane last month, the minister said.
Two Su-27s shadowed the RC-135 over the Black Sea on Sept. 29, and one fired": a wire story
leads with the encounter and its month, and the next sentence gives the detail and the day.
The contract scores the date cut to the gold's precision, so the month alone is a miss where
the day is known. The next sentence is the same incident when it names an aircraft or ship
(the lexicon's platform words), codes no encounter of its own, and states one day, of the
month the lead gave. A lead with no date at all ("Australia has accused a Chinese destroyer
of injuring its divers") is dated by the day of writing; it takes the earliest day of the
ten before that the next sentence states ("Marles said on Saturday that the frigate had
stopped on Tuesday": the report comes after the incident it is of). Read from the
sentences' text, parsed or not, so the pre-filter changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from parley.dates import find_dates
from parley.types import Event, EventType, Sentence

_WORD = re.compile(r"[a-z][a-z0-9-]*")
#: How far before the day of writing a detail sentence's day may be the incident's.
_RECENT_DAYS = 10


def day_of_the_month(text: str, month: str, anchor: date | None) -> str | None:
    """The one day of `month` (YYYY-MM) that `text` states; None with none, with two
    different days ('on Sept. 27 and again on Sept. 29') or with a span."""
    days = {m.value for m in find_dates(text, anchor)
            if m.value and len(m.value) == 10 and not m.end_value and m.value.startswith(month)}
    return days.pop() if len(days) == 1 else None


def earliest_recent_day(text: str, anchor: date) -> str | None:
    """The earliest day of the ten before `anchor` that `text` states ('Marles said on
    Saturday that the frigate had stopped on Tuesday': Tuesday, the incident the report is
    of); None with none."""
    first = (anchor - timedelta(days=_RECENT_DAYS)).isoformat()
    days = [m.value for m in find_dates(text, anchor)
            if m.value and len(m.value) == 10 and not m.end_value
            and first <= m.value <= anchor.isoformat()]
    return min(days) if days else None


def dated_by_writing_only(event: Event, anchor: date | None) -> bool:
    """'Australia has accused a Chinese destroyer of injuring its divers': an encounter
    whose date is the day of writing with no date of its sentence giving it."""
    if anchor is None or event.date != anchor.isoformat():
        return False
    return not any(m.value == event.date for m in find_dates(event.evidence.sentence, anchor))


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
        if event.type is EventType.ENCOUNTER and event.date and not event.date_end \
                and after is not None and after.start not in encounter_starts \
                and names_a_platform(after.text, platform_words):
            day = day_of_the_month(after.text, event.date, anchor) \
                if len(event.date) == 7 else earliest_recent_day(after.text, anchor) \
                if anchor is not None and dated_by_writing_only(event, anchor) else None
            if day is not None:
                event = replace(event, date=day)
        dated.append(event)
    return dated
