"""The pieces the date rules' regexes are built from, and helpers that read a match's surroundings.

`patterns.py` joins the pieces into its rules; the builders (`written_dates.py`,
`relative_dates.py`) use the helpers to check what a regex cannot (the word before, a unit
noun after).
"""

from __future__ import annotations

import re

from parley.dates import lexicon
from parley.types import Precision

# --- regex pieces -------------------------------------------------------------------------

MONTH_NAMES = lexicon.alternation(list(lexicon.MONTH_NAMES))
MONTH_ABBREVIATIONS = lexicon.alternation(list(lexicon.MONTH_ABBREVIATIONS))
WEEKDAY_NAMES = lexicon.alternation(lexicon.WEEKDAYS)
COUNT_WORDS = lexicon.alternation(list(lexicon.NUMBER_WORDS) + list(lexicon.VAGUE_COUNTS))
UNITS = r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)"
RANGE_SEPARATOR = r"(?:\s*(?:-|–|—|/|&)\s*|\s+(?:to|and|through|thru|until|till)\s+)"
WEEKDAY_PREFIX = rf"(?:(?:{WEEKDAY_NAMES})(?![a-z])\s*,?\s+(?:the\s+)?)?"


def month_group(name: str) -> str:
    """A month name, or an abbreviation with an optional period ("Aug.", "Sept")."""
    return rf"(?P<{name}>(?:{MONTH_NAMES})(?![a-z])|(?:{MONTH_ABBREVIATIONS})(?:\.|(?![a-z])))"


def day_group(name: str) -> str:
    return rf"(?P<{name}>[12][0-9]|3[01]|0?[1-9])(?![0-9])(?:st|nd|rd|th)?(?![a-z])"


def year_group(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)[0-9][0-9])(?![0-9])"


def year_slot() -> str:
    """A year written as digits (group y) or as "last/this/next year" (group yrel)."""
    return rf"(?:{year_group('y')}|(?P<yrel>last|this|next)\s+year(?![a-z]))"


YEAR_TAIL = rf"(?:(?:\s*,\s*|\s+)(?:of\s+)?{year_slot()})?"
NOT_BEFORE_NUMBER = r"(?<![\w$£€#.,:/-])"


def caseless_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --- context helpers ----------------------------------------------------------------------

_WORD_BEFORE = re.compile(r"([A-Za-z]+\.?|[^\sA-Za-z])\s*$")
WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
NUMBER_BEFORE = re.compile(r"[0-9][0-9,.]*\s+$")
MID_BEFORE = re.compile(r"\bmid\s*-\s*$", re.IGNORECASE)
_QUANTITY_AFTER = caseless_regex(
    r"\s*(?:%|per\s*cent\b|percent\b)|[.,:][0-9]|-[a-z]|\s*(?:hrs|hours|h)\b|\s+local\s+time\b"
)
OF_AFTER = caseless_regex(r"\s+of\b")
DIGIT_AFTER = caseless_regex(r"\s*[0-9]")
MONTH_LIST_AFTER = caseless_regex(
    rf"\s*(?:,|and|or|&|-|–|—|to|through|until)\s*(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})(?![a-z])"
)


def word_before(text: str, start: int) -> str:
    """The word (or punctuation mark) just before `start`, lower case; "" at the beginning."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1).lower() if match else ""


def word_after(text: str, end: int) -> str:
    match = WORD_AFTER.match(text, end)
    return match.group(1).lower() if match else ""


def quantity_follows(text: str, end: int) -> bool:
    """Whether a number ending at `end` is a quantity: a unit noun, "%", ",000", "-strong"."""
    if _QUANTITY_AFTER.match(text, end):
        return True
    return word_after(text, end) in lexicon.UNIT_NOUNS


def year_slot_of(match: re.Match[str]) -> tuple[int | None, int | None]:
    """(year, year_offset) from a match of `year_slot()`; both None when absent."""
    if match.group("y"):
        return int(match.group("y")), None
    if match.group("yrel"):
        return None, {"last": -1, "this": 0, "next": 1}[match.group("yrel").lower()]
    return None, None


def without_year_end(match: re.Match[str], *groups: str) -> int:
    return max(match.end(g) for g in groups if match.group(g) is not None)


def ambiguous_lower(word: str) -> bool:
    """ "may", "march": lower-case month words that are more often verbs."""
    return lexicon.normalise(word).rstrip(".") in lexicon.AMBIGUOUS_MONTHS and word.islower()


# --- builders -----------------------------------------------------------------------------


DAY = Precision.DAY
MONTH = Precision.MONTH
YEAR = Precision.YEAR
