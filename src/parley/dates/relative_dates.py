"""Builders for dates told against publication: "last Friday", "three days ago", "this week".

Each builder reads a match of its rule in `patterns.py`, checks what the regex cannot and
returns an `Atom` whose resolver places it once the publication date is known.
"""

from __future__ import annotations

import re

from parley.dates import lexicon
from parley.dates import resolve as rs
from parley.dates.match_context import (
    DAY,
    MONTH,
    OF_AFTER,
    WORD_AFTER,
    YEAR,
    word_after,
    word_before,
)
from parley.dates.model import Atom, AtomKind, Resolver
from parley.types import Precision


def weekday(match: re.Match[str], text: str) -> Atom | None:
    """ "on Thursday", "last Friday", "Tuesday night": placed against publication."""
    which = lexicon.normalise(match["which"]) if match["which"] else None
    if which is None and word_before(text, match.start()) in lexicon.WEEKDAY_NAME_PREFIXES:
        return None  # "Good Friday"
    following = WORD_AFTER.match(text, match.end())
    if following and following.group(1)[:1].isupper() and match["wd"][:1].isupper():
        if following.group(1).lower() in lexicon.WEEKDAY_NAME_SUFFIXES:
            return None  # "the Sunday Times"
    index = lexicon.WEEKDAYS[match["wd"].lower()]
    return Atom(match.start(), match.end(), AtomKind.WEEKDAY, resolver=rs.weekday(index, which),
                weekday=index if which is None else None)


_DAY_WORD_OFFSETS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": 1,
    "last night": 1,
    "tomorrow": -1,
    "the day before yesterday": 2,
    "the day after tomorrow": -2,
}


def day_word(match: re.Match[str], text: str) -> Atom | None:
    """ "today", "yesterday", "last night", "the day before yesterday"."""
    word = lexicon.normalise(match["w"])
    if word == "today":
        if word_before(text, match.start()) == "usa" or word_after(text, match.end()) in {
            "programme",
            "program",
            "show",
            "newspaper",
        }:
            return None
    resolver = rs.days_back(_DAY_WORD_OFFSETS[word])
    return Atom(match.start(), match.end(), AtomKind.RELATIVE, resolver=resolver)


def relative_period(match: re.Match[str], text: str) -> Atom | None:
    """ "this week", "last month", "next year" (not "the last year of", nor "the next year")."""
    if OF_AFTER.match(text, match.end()) or word_before(text, match.start()) == "the":
        return None
    step = {"this": 0, "last": 1, "next": -1}[match["which"].lower()]
    unit = match["unit"].lower()
    if unit == "week":
        return relative_atom(match, rs.month_of_days_back(7 * step), MONTH)
    if unit == "month":
        return relative_atom(match, rs.months_back(step), MONTH)
    return relative_atom(match, rs.years_back(step), YEAR)


_WEEKEND_THE_CONTEXT = frozenset({"over", "at", "during", "on", "across", "throughout", "for"})


def weekend(match: re.Match[str], text: str) -> Atom | None:
    """ "over the weekend", "last weekend", "this weekend": the month of that Saturday."""
    if match["the"]:
        if word_before(text, match.start()) not in _WEEKEND_THE_CONTEXT:
            return None
        which = "last"
    else:
        which = lexicon.normalise(match["which"])
        which = which if which in {"this", "next"} else "last"
    return relative_atom(match, rs.weekend(which), MONTH)


def this_time_last_year(match: re.Match[str], text: str) -> Atom | None:
    return relative_atom(match, rs.months_back(12), MONTH)


def _unit_of(match: re.Match[str]) -> str:
    return match["unit"].lower().rstrip("s")


#: The largest count read in "N units ago" or "the past N units"; more is not a date.
_MAX_COUNT: dict[str, int] = {"day": 3660, "week": 520, "fortnight": 260, "month": 240, "year": 100}


def ago(match: re.Match[str], text: str) -> Atom | None:
    """ "three days ago", "84 days ago", "two weeks ago", "a month ago", "two years ago"."""
    unit = _unit_of(match)
    count = lexicon.count_of(match["n"])
    if count is not None and count > _MAX_COUNT.get(unit, 0):
        return None  # "2021 years ago" is a misreading, not a date
    if count is None:  # "a few days ago": only the month is sure enough
        if unit != "day":
            return None
        return relative_atom(match, rs.month_of_days_back(3), MONTH)
    if unit == "day":
        return relative_atom(match, rs.days_back(count), DAY)
    if unit == "week":
        return relative_atom(match, rs.days_back(7 * count), DAY)
    if unit == "fortnight":
        return relative_atom(match, rs.days_back(14 * count), DAY)
    if unit == "month":
        return relative_atom(match, rs.months_back(count), MONTH)
    if unit == "year":
        return relative_atom(match, rs.years_back(count), YEAR)
    return None  # decades are too vague


def past_span(match: re.Match[str], text: str) -> Atom | None:
    """ "the past two weeks", "the last year": from then up to publication.

    "the past few days/weeks" gives only the publication month; "the last days of" is no span.
    """
    if OF_AFTER.match(text, match.end()):
        return None
    unit = _unit_of(match)
    if unit == "decade":
        return None
    if match["n"] is None:
        count: int | None = 1
    else:
        count = lexicon.count_of(match["n"])
    if count is not None and count > _MAX_COUNT.get(unit, 0):
        return None
    if unit == "fortnight":
        unit, count = "day", 14 * (count or 1)
    if count is None:
        if unit in {"day", "week"}:
            return relative_atom(match, rs.months_back(0), MONTH)
        return None
    grain = {"day": DAY, "week": DAY, "month": MONTH}.get(unit, YEAR)
    return relative_atom(match, rs.span_back(count, unit), grain)


def span_since(match: re.Match[str], text: str) -> Atom | None:
    """ "in the year and a half since he asked", "the two years since the talks": the span from
    that long before publication up to it. A half counts only with years (as six months)."""
    unit = _unit_of(match)
    count = 1 if match["n"] is None else lexicon.count_of(match["n"])
    if count is None or unit in {"decade", "fortnight"} or count > _MAX_COUNT.get(unit, 0):
        return None
    if match["half"]:
        if unit != "year":
            return None
        unit, count = "month", 12 * count + 6
    grain = {"day": DAY, "week": DAY, "month": MONTH}.get(unit, YEAR)
    return relative_atom(match, rs.span_back(count, unit), grain)


def recent(match: re.Match[str], text: str) -> Atom | None:
    """ "in recent days", "in recent weeks": the publication month."""
    if word_before(text, match.start()) not in {"in", "over", "during", "the"}:
        return None
    return relative_atom(match, rs.months_back(0), MONTH)


def relative_atom(match: re.Match[str], resolver: Resolver, grain: Precision) -> Atom:
    return Atom(match.start(), match.end(), AtomKind.RELATIVE, resolver=resolver, grain=grain)
