"""The year of a month and day told without one, in a story set in an earlier year.

"Relations plunged last January when Iran struck on January 16. … The ministers spoke on
January 19" (published on 20 January 2025): the days are of January 2024, the month the
story stands in, not of the publication year the date finder gives a yearless day. The
story's month is the nearest date told before the day: an earlier date of its sentence, else
the last date the article stated. Only the same month carries its year: a yearless day of
another month ("Bagheri arrived in December … on January 5") is left as it was found,
because a story moving on from an earlier year towards publication is as common as one
staying in it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.dates import lexicon as date_words
from parley.types import DateMention

#: Words that tie a month to publication ("last March", "next May", "this January").
_RELATIVE_WORDS = frozenset({"last", "next", "this", "past", "coming", "ago"})
#: A mention that says its own year: digits, or "last year", "this year".
_OWN_YEAR = re.compile(r"\d{4}|\byears?\b", re.IGNORECASE)


def yearless_day(mention: DateMention) -> bool:
    """'on January 16', 'Jan. 19': a calendar day whose year the text does not say, so the
    date finder placed it in the publication year ('16 January 2024', 'last Monday' and a
    span are not)."""
    if not mention.text or not mention.value or len(mention.value) != 10 or \
            mention.end_value or _OWN_YEAR.search(mention.text):
        return False
    words = re.findall(r"[a-z]+", mention.text.lower())
    return any(w in date_words.MONTHS for w in words) and \
        not any(w in _RELATIVE_WORDS for w in words)


def story_month(before: list[DateMention], last_date: str | None) -> str | None:
    """The month the story stands in when a day is told: of the nearest date told before it
    in its sentence (`before`, in text order), else of the article's last stated date; None
    when that date is a year only ('in 2023' says no month to carry on)."""
    told = [d.value for d in before if d.value and not d.end_value]
    nearest = told[-1] if told else last_date
    return nearest[:7] if nearest and len(nearest) >= 7 else None


def in_the_story_year(mention: DateMention | None, before: list[DateMention],
                      last_date: str | None) -> DateMention | None:
    """`mention` moved into the story's year when it is a yearless day of the month the
    story stands in, of an earlier year than the one it was placed in; else as it was."""
    if mention is None or not yearless_day(mention):
        return mention
    assert mention.value is not None  # yearless_day checked it
    month = story_month(before, last_date)
    if month is None or month[5:7] != mention.value[5:7] or month[:4] >= mention.value[:4]:
        return mention
    return replace(mention, value=month[:4] + mention.value[4:])


def sentence_in_the_story_year(dates: list[DateMention], last_date: str | None
                               ) -> list[DateMention]:
    """Each date of a sentence in the story's year, in the order given: a day moved there
    carries the story on for the days after it in the text ('on January 16 … On January
    18')."""
    placed: dict[int, DateMention] = {}
    for index in sorted(range(len(dates)), key=lambda i: dates[i].start):
        before = [placed[i] for i in sorted(placed, key=lambda i: placed[i].start)]
        moved = in_the_story_year(dates[index], before, last_date)
        assert moved is not None
        placed[index] = moved
    return [placed[i] for i in range(len(dates))]
