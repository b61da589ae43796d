"""The regular expressions that find temporal expressions, each with a builder reading its match.

A builder checks what a regex cannot (capitals, the word before, a unit noun after) and returns
an `Atom` or None; `find.py` chooses among overlapping atoms and joins them into ranges.
Leading prepositions ("on", "in") are not part of an atom's span.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from parley.dates import lexicon
from parley.dates import resolve as rs
from parley.dates.model import Anchor, Atom, AtomKind, Calendar, Resolver
from parley.types import Precision

Builder = Callable[[re.Match[str], str], Atom | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern and the builder that turns its matches into atoms."""

    name: str
    pattern: re.Pattern[str]
    build: Builder


# --- regex pieces -------------------------------------------------------------------------

_FULL = lexicon.alternation(list(lexicon.MONTH_NAMES))
_ABBR = lexicon.alternation(list(lexicon.MONTH_ABBREVIATIONS))
_WEEKDAYS = lexicon.alternation(lexicon.WEEKDAYS)
_COUNTS = lexicon.alternation(list(lexicon.NUMBER_WORDS) + list(lexicon.VAGUE_COUNTS))
_UNITS = r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)"
_RANGE_SEP = r"(?:\s*(?:-|–|—|/|&)\s*|\s+(?:to|and|through|thru|until|till)\s+)"
_WEEKDAY_PREFIX = rf"(?:(?:{_WEEKDAYS})(?![a-z])\s*,?\s+(?:the\s+)?)?"


def _month(name: str) -> str:
    """A month name, or an abbreviation with an optional period ("Aug.", "Sept")."""
    return rf"(?P<{name}>(?:{_FULL})(?![a-z])|(?:{_ABBR})(?:\.|(?![a-z])))"


def _day(name: str) -> str:
    return rf"(?P<{name}>[12][0-9]|3[01]|0?[1-9])(?![0-9])(?:st|nd|rd|th)?(?![a-z])"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)[0-9][0-9])(?![0-9])"


def _year_slot() -> str:
    """A year written as digits (group y) or as "last/this/next year" (group yrel)."""
    return rf"(?:{_year('y')}|(?P<yrel>last|this|next)\s+year(?![a-z]))"


_YEAR_TAIL = rf"(?:(?:\s*,\s*|\s+)(?:of\s+)?{_year_slot()})?"
_NOT_BEFORE_NUMBER = r"(?<![\w$£€#.,:/-])"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --- context helpers ----------------------------------------------------------------------

_WORD_BEFORE = re.compile(r"([A-Za-z]+\.?|[^\sA-Za-z])\s*$")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_NUMBER_BEFORE = re.compile(r"[0-9][0-9,.]*\s+$")
_MID_BEFORE = re.compile(r"\bmid\s*-\s*$", re.IGNORECASE)
_QUANTITY_AFTER = _compile(
    r"\s*(?:%|per\s*cent\b|percent\b)|[.,:][0-9]|-[a-z]|\s*(?:hrs|hours|h)\b|\s+local\s+time\b"
)
_OF_AFTER = _compile(r"\s+of\b")
_DIGIT_AFTER = _compile(r"\s*[0-9]")
_MONTH_LIST_AFTER = _compile(
    rf"\s*(?:,|and|or|&|-|–|—|to|through|until)\s*(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:{_FULL}|{_ABBR})(?![a-z])"
)


def word_before(text: str, start: int) -> str:
    """The word (or punctuation mark) just before `start`, lower case; "" at the beginning."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1).lower() if match else ""


def word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text, end)
    return match.group(1).lower() if match else ""


def quantity_follows(text: str, end: int) -> bool:
    """Whether a number ending at `end` is a quantity: a unit noun, "%", ",000", "-strong"."""
    if _QUANTITY_AFTER.match(text, end):
        return True
    return word_after(text, end) in lexicon.UNIT_NOUNS


def _year_slot_of(match: re.Match[str]) -> tuple[int | None, int | None]:
    """(year, year_offset) from a match of `_year_slot()`; both None when absent."""
    if match.group("y"):
        return int(match.group("y")), None
    if match.group("yrel"):
        return None, {"last": -1, "this": 0, "next": 1}[match.group("yrel").lower()]
    return None, None


def _without_year_end(match: re.Match[str], *groups: str) -> int:
    return max(match.end(g) for g in groups if match.group(g) is not None)


def _ambiguous_lower(word: str) -> bool:
    """ "may", "march": lower-case month words that are more often verbs."""
    return lexicon.normalise(word).rstrip(".") in lexicon.AMBIGUOUS_MONTHS and word.islower()


# --- builders -----------------------------------------------------------------------------


def _iso(match: re.Match[str], text: str) -> Atom | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not rs.valid_day(year, month, day):
        return None
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, Calendar(year, month, day))


def _numeric(match: re.Match[str], text: str) -> Atom | None:
    """ "5/8/2022": a day when the order is unambiguous, else only the year."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if first > 12 and second <= 12:
        day, month = first, second
    elif second > 12 and first <= 12:
        day, month = second, first
    elif first == second:
        day = month = first
    elif first <= 12 and second <= 12:
        return Atom(match.start(), match.end(), AtomKind.CALENDAR, Calendar(year), grain=_YEAR)
    else:
        return None
    if not rs.valid_day(year, month, day):
        return None
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, Calendar(year, month, day))


def _day_month(match: re.Match[str], text: str) -> Atom | None:
    """ "August 5, 2022", "5th of August", "February 24/25", "Thursday, March 3 last year"."""
    month = lexicon.month_number(match["m"])
    day = int(match["d"])
    if not rs.valid_in_some_year(month, day):
        return None
    second = int(match["d2"]) if match["d2"] else None
    if second is not None and (second <= day or not rs.valid_in_some_year(month, second)):
        return None
    year, offset = _year_slot_of(match)
    end = match.end()
    if year is not None and quantity_follows(text, end):  # "on May 5, 2000 troops ..."
        year, end = None, _without_year_end(match, "m", "d", "d2")
    if year is None and offset is None:
        if quantity_follows(text, end) or _ambiguous_lower(match["m"]):
            return None
    if year is not None and not rs.valid_day(year, month, day):
        return None
    cal = Calendar(year, month, day, offset)
    end_cal = replace(cal, day=second) if second is not None else None
    return Atom(match.start(), end, AtomKind.CALENDAR, cal, end_cal)


def _month_year(match: re.Match[str], text: str) -> Atom | None:
    """ "August 2022", "in August of 2022", "March last year"."""
    year, offset = _year_slot_of(match)
    if year is not None and quantity_follows(text, match.end()):
        return None
    cal = Calendar(year, lexicon.month_number(match["m"]), None, offset)
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, cal, grain=_MONTH)


def _bare_month(match: re.Match[str], text: str) -> Atom | None:
    """ "in March", "since May", "early June", "the February talks": the latest such month."""
    word = match["m"]
    if _DIGIT_AFTER.match(text, match.end()):
        return None  # "March 45", "May 2000 troops": not a month on its own
    before = word_before(text, match.start())
    strong = before in lexicon.STRONG_MONTH_CONTEXT or bool(
        _MID_BEFORE.search(text, max(0, match.start() - 10), match.start())
    )
    weak = before in lexicon.WEAK_MONTH_CONTEXT or bool(_MONTH_LIST_AFTER.match(text, match.end()))
    ambiguous = lexicon.normalise(word).rstrip(".") in lexicon.AMBIGUOUS_MONTHS
    if not strong and not (weak and (word[:1].isupper() or not ambiguous)):
        return None
    if strong and _ambiguous_lower(word) and before in {"of", "later", "earlier"}:
        return None  # "... of may ..." is too often the verb
    cal = Calendar(None, lexicon.month_number(word))
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, cal, grain=_MONTH)


_ANCHORS: dict[str, Anchor] = {
    "last": Anchor.BEFORE,
    "past": Anchor.BEFORE,
    "this past": Anchor.BEFORE,
    "this": Anchor.SAME_YEAR,
    "next": Anchor.AFTER,
}


def _relative_month(match: re.Match[str], text: str) -> Atom | None:
    """ "last March" (before publication), "this May", "next June"."""
    if _ambiguous_lower(match["m"]) or _DIGIT_AFTER.match(text, match.end()):
        return None
    cal = Calendar(
        None, lexicon.month_number(match["m"]), anchor=_ANCHORS[lexicon.normalise(match["which"])]
    )
    return Atom(match.start(), match.end(), AtomKind.CALENDAR, cal, grain=_MONTH)


def _year_atom(match: re.Match[str], text: str) -> Atom | None:
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
    if prev in "-–—/" and not _MID_BEFORE.search(text, max(0, start - 10), start):
        return None
    before = word_before(text, start)
    if before in lexicon.NOT_YEAR_BEFORE:
        return None
    if _NUMBER_BEFORE.search(text, max(0, start - 20), start):
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
    return Atom(start, end, AtomKind.CALENDAR, Calendar(year), end_cal, grain=_YEAR)


_HOLIDAY_CONTEXT = frozenset(
    {"on", "at", "over", "before", "after", "by", "since", "until", "till", "around", "during",
     "for", "of", "from", "to", "and", "between", "ahead"}
)  # fmt: skip


def _holiday(match: re.Match[str], text: str) -> Atom | None:
    """ "Christmas Day in 2015", "New Year's Day 2021", "on Christmas Eve", "last Christmas"."""
    key = lexicon.normalise(match["hol"])
    month, day = lexicon.HOLIDAYS[key]
    year, offset = _year_slot_of(match)
    end = match.end()
    if year is not None and quantity_follows(text, end):
        year, end = None, match.end("hol")
    which = lexicon.normalise(match["which"]) if match["which"] else None
    if key == "christmas" and year is None and offset is None and which is None:
        if word_before(text, match.start()) not in _HOLIDAY_CONTEXT:
            return None
    anchor = _ANCHORS[which] if which else Anchor.LATEST
    cal = Calendar(year, month, day, offset, anchor)
    return Atom(match.start(), end, AtomKind.CALENDAR, cal)


def _weekday(match: re.Match[str], text: str) -> Atom | None:
    """ "on Thursday", "last Friday", "Tuesday night": placed against publication."""
    which = lexicon.normalise(match["which"]) if match["which"] else None
    if which is None and word_before(text, match.start()) in lexicon.WEEKDAY_NAME_PREFIXES:
        return None  # "Good Friday"
    following = _WORD_AFTER.match(text, match.end())
    if following and following.group(1)[:1].isupper() and match["wd"][:1].isupper():
        if following.group(1).lower() in lexicon.WEEKDAY_NAME_SUFFIXES:
            return None  # "the Sunday Times"
    index = lexicon.WEEKDAYS[match["wd"].lower()]
    return Atom(match.start(), match.end(), AtomKind.WEEKDAY, resolver=rs.weekday(index, which))


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


def _day_word(match: re.Match[str], text: str) -> Atom | None:
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


def _relative_period(match: re.Match[str], text: str) -> Atom | None:
    """ "this week", "last month", "next year" (not "the last year of", nor "the next year")."""
    if _OF_AFTER.match(text, match.end()) or word_before(text, match.start()) == "the":
        return None
    step = {"this": 0, "last": 1, "next": -1}[match["which"].lower()]
    unit = match["unit"].lower()
    if unit == "week":
        return _relative(match, rs.month_of_days_back(7 * step), _MONTH)
    if unit == "month":
        return _relative(match, rs.months_back(step), _MONTH)
    return _relative(match, rs.years_back(step), _YEAR)


_WEEKEND_THE_CONTEXT = frozenset({"over", "at", "during", "on", "across", "throughout", "for"})


def _weekend(match: re.Match[str], text: str) -> Atom | None:
    """ "over the weekend", "last weekend", "this weekend": the month of that Saturday."""
    if match["the"]:
        if word_before(text, match.start()) not in _WEEKEND_THE_CONTEXT:
            return None
        which = "last"
    else:
        which = lexicon.normalise(match["which"])
        which = which if which in {"this", "next"} else "last"
    return _relative(match, rs.weekend(which), _MONTH)


def _this_time_last_year(match: re.Match[str], text: str) -> Atom | None:
    return _relative(match, rs.months_back(12), _MONTH)


def _unit_of(match: re.Match[str]) -> str:
    return match["unit"].lower().rstrip("s")


#: The largest count read in "N units ago" or "the past N units"; more is not a date.
_MAX_COUNT: dict[str, int] = {"day": 3660, "week": 520, "fortnight": 260, "month": 240, "year": 100}


def _ago(match: re.Match[str], text: str) -> Atom | None:
    """ "three days ago", "84 days ago", "two weeks ago", "a month ago", "two years ago"."""
    unit = _unit_of(match)
    count = lexicon.count_of(match["n"])
    if count is not None and count > _MAX_COUNT.get(unit, 0):
        return None  # "2021 years ago" is a misreading, not a date
    if count is None:  # "a few days ago": only the month is sure enough
        if unit != "day":
            return None
        return _relative(match, rs.month_of_days_back(3), _MONTH)
    if unit == "day":
        return _relative(match, rs.days_back(count), _DAY)
    if unit == "week":
        return _relative(match, rs.days_back(7 * count), _DAY)
    if unit == "fortnight":
        return _relative(match, rs.days_back(14 * count), _DAY)
    if unit == "month":
        return _relative(match, rs.months_back(count), _MONTH)
    if unit == "year":
        return _relative(match, rs.years_back(count), _YEAR)
    return None  # decades are too vague


def _past_span(match: re.Match[str], text: str) -> Atom | None:
    """ "the past two weeks", "the last year": from then up to publication.

    "the past few days/weeks" gives only the publication month; "the last days of" is no span.
    """
    if _OF_AFTER.match(text, match.end()):
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
            return _relative(match, rs.months_back(0), _MONTH)
        return None
    grain = {"day": _DAY, "week": _DAY, "month": _MONTH}.get(unit, _YEAR)
    return _relative(match, rs.span_back(count, unit), grain)


def _span_since(match: re.Match[str], text: str) -> Atom | None:
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
    grain = {"day": _DAY, "week": _DAY, "month": _MONTH}.get(unit, _YEAR)
    return _relative(match, rs.span_back(count, unit), grain)


def _recent(match: re.Match[str], text: str) -> Atom | None:
    """ "in recent days", "in recent weeks": the publication month."""
    if word_before(text, match.start()) not in {"in", "over", "during", "the"}:
        return None
    return _relative(match, rs.months_back(0), _MONTH)


def _relative(match: re.Match[str], resolver: Resolver, grain: Precision) -> Atom:
    return Atom(match.start(), match.end(), AtomKind.RELATIVE, resolver=resolver, grain=grain)


_DAY = Precision.DAY
_MONTH = Precision.MONTH
_YEAR = Precision.YEAR

# --- the rules, in order of preference among matches of the same length -------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        _compile(
            r"(?<![0-9/.-])(?P<y>(?:19|20)[0-9][0-9])(?P<sep>[-/])(?P<m>0[1-9]|1[0-2])"
            r"(?P=sep)(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])"
        ),
        _iso,
    ),
    Rule(
        "numeric",
        _compile(
            r"(?<![\w/.-])(?P<a>[0-9]{1,2})(?P<sep>[/.])(?P<b>[0-9]{1,2})(?P=sep)"
            r"(?P<y>(?:19|20)[0-9][0-9])(?![0-9]|[/.][0-9])"
        ),
        _numeric,
    ),
    Rule(
        "holiday",
        _compile(
            r"(?:(?P<which>last|this|next)\s+)?"
            r"(?P<hol>christmas\s+day|christmas\s+eve|christmas|boxing\s+day"
            r"|new\s+year['’]?s\s+(?:day|eve))(?![a-z])"
            rf"(?:(?:\s*,\s*|\s+(?:in|of)\s+|\s+){_year_slot()})?"
        ),
        _holiday,
    ),
    Rule(
        "month_day",
        _compile(
            rf"{_WEEKDAY_PREFIX}{_month('m')}\s+{_day('d')}(?:{_RANGE_SEP}{_day('d2')})?"
            rf"{_YEAR_TAIL}"
        ),
        _day_month,
    ),
    Rule(
        "day_month",
        _compile(
            rf"{_NOT_BEFORE_NUMBER}{_WEEKDAY_PREFIX}(?:the\s+)?{_day('d')}"
            rf"(?:{_RANGE_SEP}{_day('d2')})?\s+(?:of\s+)?{_month('m')}{_YEAR_TAIL}"
        ),
        _day_month,
    ),
    Rule(
        "month_year",
        _compile(rf"{_month('m')}(?:\s*,\s*|\s+)(?:of\s+)?{_year_slot()}"),
        _month_year,
    ),
    Rule(
        "relative_month",
        _compile(rf"(?P<which>this\s+past|last|this|next|past)\s+(?P<m>{_FULL})(?![a-z])"),
        _relative_month,
    ),
    Rule(
        "this_time_last_year",
        _compile(r"this\s+time\s+last\s+year(?![a-z])"),
        _this_time_last_year,
    ),
    Rule(
        "past_span",
        _compile(rf"the\s+(?:past|last)\s+(?:(?P<n>[0-9]{{1,3}}|{_COUNTS})\s+)?{_UNITS}(?![a-z])"),
        _past_span,
    ),
    Rule(
        "span_since",
        _compile(
            rf"the\s+(?:(?P<n>[0-9]{{1,3}}|{_COUNTS})\s+)?{_UNITS}(?P<half>\s+and\s+a\s+half)?"
            r"(?=\s+since(?![a-z]))"
        ),
        _span_since,
    ),
    Rule(
        "ago",
        _compile(rf"(?<![0-9.,])(?P<n>[0-9]{{1,4}}|{_COUNTS})(?:\s+|-){_UNITS}\s+ago(?![a-z])"),
        _ago,
    ),
    Rule(
        "day_word",
        _compile(
            r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight"
            r"|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))(?![a-z])"
            r"(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?"
        ),
        _day_word,
    ),
    Rule(
        "weekend",
        _compile(r"(?:(?P<which>this\s+past|last|this|next|past)|(?P<the>the))\s+weekend(?![a-z])"),
        _weekend,
    ),
    Rule(
        "relative_period",
        _compile(r"(?P<which>this|last|next)\s+(?P<unit>week|month|year)(?![a-z])"),
        _relative_period,
    ),
    Rule(
        "weekday",
        _compile(
            rf"(?:(?P<which>this\s+past|last|this|next|past)\s+)?(?P<wd>{_WEEKDAYS})(?![a-z])"
            r"(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?"
        ),
        _weekday,
    ),
    Rule("recent", _compile(r"recent\s+(?P<unit>days|weeks)(?![a-z])"), _recent),
    Rule(
        "bare_month",
        _compile(rf"(?P<m>(?:{_FULL})(?![a-z])|(?:{_ABBR})\.|sept(?![a-z]))"),
        _bare_month,
    ),
    Rule(
        "year",
        _compile(
            r"(?<![0-9])(?P<y>(?:19|20)[0-9][0-9])"
            r"(?:(?:\s*[–—]\s*|-|/)(?P<y2>(?:19|20)[0-9][0-9]|[0-9][0-9])(?![0-9]))?(?![0-9])"
        ),
        _year_atom,
    ),
)
