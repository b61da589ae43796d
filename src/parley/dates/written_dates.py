"""Builders for dates written out in the calendar: "12 March 2022", "2022-03-12", "in May", "2019".

Each builder reads a match of its rule in `patterns.py`, checks what the regex cannot and
returns an `Atom` or None.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.dates import lexicon
from parley.dates import resolve as rs
from parley.dates.match_context import (
    DIGIT_AFTER,
    MID_BEFORE,
    MONTH,
    MONTH_LIST_AFTER,
    NUMBER_BEFORE,
    YEAR,
    ambiguous_lower,
    quantity_follows,
    without_year_end,
    word_before,
    year_slot_of,
)
from parley.dates.model import Anchor, Atom, AtomKind, Calendar


def iso_date(match: re.Match[str], text: str) -> Atom | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not rs.valid_day(year, month, day):
        return None
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, Calendar(year, month, day))


def numeric_date(match: re.Match[str], text: str) -> Atom | None:
    """ "5/8/2022": a day when the order is unambiguous, else only the year."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if first > 12 and second <= 12:
        day, month = first, second
    elif second > 12 and first <= 12:
        day, month = second, first
    elif first == second:
        day = month = first
    elif first <= 12 and second <= 12:
        return Atom(match.start(), match.end(), AtomKind.CALENDAR, Calendar(year), grain=YEAR)
    else:
        return None
    if not rs.valid_day(year, month, day):
        return None
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, Calendar(year, month, day))


def day_month(match: re.Match[str], text: str) -> Atom | None:
    """ "August 5, 2022", "5th of August", "February 24/25", "Thursday, March 3 last year"."""
    month = lexicon.month_number(match["m"])
    day = int(match["d"])
    if not rs.valid_in_some_year(month, day):
        return None
    second = int(match["d2"]) if match["d2"] else None
    if second is not None and (second <= day or not rs.valid_in_some_year(month, second)):
        return None
    year, offset = year_slot_of(match)
    end = match.end()
    if year is not None and quantity_follows(text, end):  # "on May 5, 2000 troops ..."
        year, end = None, without_year_end(match, "m", "d", "d2")
    if year is None and offset is None:
        if quantity_follows(text, end) or ambiguous_lower(match["m"]):
            return None
    if year is not None and not rs.valid_day(year, month, day):
        return None
    cal = Calendar(year, month, day, offset)
    end_cal = replace(cal, day=second) if second is not None else None
    return Atom(match.start(), end, AtomKind.CALENDAR, cal, end_cal)


def month_year(match: re.Match[str], text: str) -> Atom | None:
    """ "August 2022", "in August of 2022", "March last year"."""
    year, offset = year_slot_of(match)
    if year is not None and quantity_follows(text, match.end()):
        return None
    cal = Calendar(year, lexicon.month_number(match["m"]), None, offset)
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, cal, grain=MONTH)


def bare_month(match: re.Match[str], text: str) -> Atom | None:
    """ "in March", "since May", "early June", "the February talks": the latest such month."""
    word = match["m"]
    if DIGIT_AFTER.match(text, match.end()):
        return None  # "March 45", "May 2000 troops": not a month on its own
    before = word_before(text, match.start())
    strong = before in lexicon.STRONG_MONTH_CONTEXT or bool(
        MID_BEFORE.search(text, max(0, match.start() - 10), match.start())
    )
    weak = before in lexicon.WEAK_MONTH_CONTEXT or bool(MONTH_LIST_AFTER.match(text, match.end()))
    ambiguous = lexicon.normalise(word).rstrip(".") in lexicon.AMBIGUOUS_MONTHS
    if not strong and not (weak and (word[:1].isupper() or not ambiguous)):
        return None
    if strong and ambiguous_lower(word) and before in {"of", "later", "earlier"}:
        return None  # "... of may ..." is too often the verb
    cal = Calendar(None, lexicon.month_number(word))
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, cal, grain=MONTH)


ANCHORS: dict[str, Anchor] = {
    "last": Anchor.BEFORE,
    "past": Anchor.BEFORE,
    "this past": Anchor.BEFORE,
    "this": Anchor.SAME_YEAR,
    "next": Anchor.AFTER,
}


def relative_month(match: re.Match[str], text: str) -> Atom | None:
    """ "last March" (before publication), "this May", "next June"."""
    if ambiguous_lower(match["m"]) or DIGIT_AFTER.match(text, match.end()):
        return None
    cal = Calendar(
        None, lexicon.month_number(match["m"]), anchor=ANCHORS[lexicon.normalise(match["which"])]
    )
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, cal, grain=MONTH)


def bare_year(match: re.Match[str], text: str) -> Atom | None:
    """A bare year ("in 2018", "the 2018 summit", "2019-21"), unless it reads as a number."""
    start, end = match.start(), match.end()
    year = int(match["y"])
    end_year: int | None = None
    if match["y2"]:
        raw = match["y2"]
        candidate = int(raw) if len(raw) == 4 else year // 100 * 100 + int(raw)
        if year < candidate <= year + 30:
            end_year = candidate
        else:
            end = match.end("y")
            if re.match(r"\s*[-–—/]\s*[0-9]", text[end:]):
                return None  # "2022-08", a partial ISO date or a code
    prev = text[start - 1] if start > 0 else ""
    if prev.isalnum() or prev in "$£€¥#@_'’":
        return None
    if prev in ",." and start >= 2 and text[start - 2].isdigit():
        return None
    if prev in "-–—/" and not MID_BEFORE.search(text, max(0, start - 10), start):
        return None
    before = word_before(text, start)
    if before in lexicon.NOT_YEAR_BEFORE:
        return None
    if NUMBER_BEFORE.search(text, max(0, start - 20), start):
        return None
    after = text[end : end + 2]
    if after[:1].isalpha():
        return None  # "1990s", "2019th"
    if after[:1] in "'’" and after[1:2].lower() == "s" and year % 10 == 0:
        if before in {"the", "early", "late", "mid", "-"}:
            return None  # "the 1990's", a decade
    if quantity_follows(text, end) and before not in lexicon.YEAR_PREPOSITIONS:
        return None
    end_cal = Calendar(end_year) if end_year is not None else None
    return Atom(start, end, AtomKind.CALENDAR, Calendar(year), end_cal, grain=YEAR)


_HOLIDAY_CONTEXT = frozenset(
    {"on", "at", "over", "before", "after", "by", "since", "until", "till", "around", "during",
     "for", "of", "from", "to", "and", "between", "ahead"}
)  # fmt: skip


def holiday(match: re.Match[str], text: str) -> Atom | None:
    """ "Christmas Day in 2015", "New Year's Day 2021", "on Christmas Eve", "last Christmas"."""
    key = lexicon.normalise(match["hol"])
    month, day = lexicon.HOLIDAYS[key]
    year, offset = year_slot_of(match)
    end = match.end()
    if year is not None and quantity_follows(text, end):
        year, end = None, match.end("hol")
    which = lexicon.normalise(match["which"]) if match["which"] else None
    if key == "christmas" and year is None and offset is None and which is None:
        if word_before(text, match.start()) not in _HOLIDAY_CONTEXT:
            return None
    anchor = ANCHORS[which] if which else Anchor.LATEST
    cal = Calendar(year, month, day, offset, anchor)
    return Atom(match.start(), end, AtomKind.CALENDAR, cal)
