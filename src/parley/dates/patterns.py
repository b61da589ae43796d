"""The rules that find temporal expressions: each a named regex with the builder reading its match.

A builder (`written_dates.py`, `relative_dates.py`) checks what a regex cannot (capitals, the
word before, a unit noun after) and returns an `Atom` or None; `find.py` chooses among
overlapping atoms and joins them into ranges.
Leading prepositions ("on", "in") are not part of an atom's span.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from parley.dates import relative_dates as relative
from parley.dates import written_dates as written
from parley.dates.match_context import (
    COUNT_WORDS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NOT_BEFORE_NUMBER,
    RANGE_SEPARATOR,
    UNITS,
    WEEKDAY_NAMES,
    WEEKDAY_PREFIX,
    YEAR_TAIL,
    caseless_regex,
    day_group,
    month_group,
    quantity_follows,
    word_after,
    word_before,
    year_slot,
)
from parley.dates.model import Atom

# The context helpers this module held before it was split stay importable from it.
__all__ = ["RULES", "Builder", "Rule", "quantity_follows", "word_after", "word_before"]

Builder = Callable[[re.Match[str], str], Atom | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern and the builder that turns its matches into atoms."""

    name: str
    pattern: re.Pattern[str]
    build: Builder


# --- the rules, in order of preference among matches of the same length -------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        caseless_regex(
            r"(?<![0-9/.-])(?P<y>(?:19|20)[0-9][0-9])(?P<sep>[-/])(?P<m>0[1-9]|1[0-2])"
            r"(?P=sep)(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])"
        ),
        written.iso_date,
    ),
    Rule(
        "numeric",
        caseless_regex(
            r"(?<![\w/.-])(?P<a>[0-9]{1,2})(?P<sep>[/.])(?P<b>[0-9]{1,2})(?P=sep)"
            r"(?P<y>(?:19|20)[0-9][0-9])(?![0-9]|[/.][0-9])"
        ),
        written.numeric_date,
    ),
    Rule(
        "holiday",
        caseless_regex(
            r"(?:(?P<which>last|this|next)\s+)?"
            r"(?P<hol>christmas\s+day|christmas\s+eve|christmas|boxing\s+day"
            r"|new\s+year['’]?s\s+(?:day|eve))(?![a-z])"
            rf"(?:(?:\s*,\s*|\s+(?:in|of)\s+|\s+){year_slot()})?"
        ),
        written.holiday,
    ),
    Rule(
        "month_day",
        caseless_regex(
            rf"{WEEKDAY_PREFIX}{month_group('m')}\s+{day_group('d')}"
            rf"(?:{RANGE_SEPARATOR}{day_group('d2')})?{YEAR_TAIL}"
        ),
        written.day_month,
    ),
    Rule(
        "day_month",
        caseless_regex(
            rf"{NOT_BEFORE_NUMBER}{WEEKDAY_PREFIX}(?:the\s+)?{day_group('d')}"
            rf"(?:{RANGE_SEPARATOR}{day_group('d2')})?\s+(?:of\s+)?{month_group('m')}{YEAR_TAIL}"
        ),
        written.day_month,
    ),
    Rule(
        "month_year",
        caseless_regex(rf"{month_group('m')}(?:\s*,\s*|\s+)(?:of\s+)?{year_slot()}"),
        written.month_year,
    ),
    Rule(
        "relative_month",
        caseless_regex(
            rf"(?P<which>this\s+past|last|this|next|past)\s+(?P<m>{MONTH_NAMES})(?![a-z])"
        ),
        written.relative_month,
    ),
    Rule(
        "this_time_last_year",
        caseless_regex(r"this\s+time\s+last\s+year(?![a-z])"),
        relative.this_time_last_year,
    ),
    Rule(
        "past_span",
        caseless_regex(
            rf"the\s+(?:past|last)\s+(?:(?P<n>[0-9]{{1,3}}|{COUNT_WORDS})\s+)?{UNITS}(?![a-z])"
        ),
        relative.past_span,
    ),
    Rule(
        "span_since",
        caseless_regex(
            rf"the\s+(?:(?P<n>[0-9]{{1,3}}|{COUNT_WORDS})\s+)?{UNITS}(?P<half>\s+and\s+a\s+half)?"
            r"(?=\s+since(?![a-z]))"
        ),
        relative.span_since,
    ),
    Rule(
        "ago",
        caseless_regex(
            rf"(?<![0-9.,])(?P<n>[0-9]{{1,4}}|{COUNT_WORDS})(?:\s+|-){UNITS}\s+ago(?![a-z])"
        ),
        relative.ago,
    ),
    Rule(
        "day_word",
        caseless_regex(
            r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight"
            r"|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))(?![a-z])"
            r"(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?"
        ),
        relative.day_word,
    ),
    Rule(
        "weekend",
        caseless_regex(
            r"(?:(?P<which>this\s+past|last|this|next|past)|(?P<the>the))\s+weekend(?![a-z])"
        ),
        relative.weekend,
    ),
    Rule(
        "relative_period",
        caseless_regex(r"(?P<which>this|last|next)\s+(?P<unit>week|month|year)(?![a-z])"),
        relative.relative_period,
    ),
    Rule(
        "weekday",
        caseless_regex(
            rf"(?:(?P<which>this\s+past|last|this|next|past)\s+)?(?P<wd>{WEEKDAY_NAMES})(?![a-z])"
            r"(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?"
        ),
        relative.weekday,
    ),
    Rule("recent", caseless_regex(r"recent\s+(?P<unit>days|weeks)(?![a-z])"), relative.recent),
    Rule(
        "bare_month",
        caseless_regex(
            rf"(?P<m>(?:{MONTH_NAMES})(?![a-z])|(?:{MONTH_ABBREVIATIONS})\.|sept(?![a-z]))"
        ),
        written.bare_month,
    ),
    Rule(
        "year",
        caseless_regex(
            r"(?<![0-9])(?P<y>(?:19|20)[0-9][0-9])"
            r"(?:(?:\s*[–—]\s*|-|/)(?P<y2>(?:19|20)[0-9][0-9]|[0-9][0-9])(?![0-9]))?(?![0-9])"
        ),
        written.bare_year,
    ),
)
