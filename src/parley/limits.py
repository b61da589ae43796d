"""The bounds every input, command and request is held to, so that nothing hangs or eats memory.

Dates: Parley reads news, and its date arithmetic ("six days before", month series, as-of
dates) is only defined on a calendar with room on both sides; `SUPPORTED_FIRST` to
`SUPPORTED_LAST` covers every modern news archive, and a date outside it is refused with one
line instead of overflowing Python's calendar (years 1 and 9999) or making a month series
of a hundred thousand points. Sizes: the database columns' lengths. The caps a user may
change (sentences per article, series length, the time budget of a web request) are
settings (`parley.config.Settings`); the deadline of the running request lives here.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from parley.errors import ParleyError

__all__ = [
    "MAX_ID_CHARS",
    "MAX_JSON_INTEGER_DIGITS",
    "MAX_SHORT_FIELD_CHARS",
    "SPACY_MAX_CHARS",
    "SUPPORTED_FIRST",
    "SUPPORTED_LAST",
    "SUPPORTED_RANGE",
    "OutOfTime",
    "check_deadline",
    "date_out_of_range",
    "deadline",
    "period_out_of_range",
]

#: The first and last dates Parley reads, writes and computes with.
SUPPORTED_FIRST = date(1900, 1, 1)
SUPPORTED_LAST = date(2100, 12, 31)
SUPPORTED_RANGE = f"{SUPPORTED_FIRST.isoformat()} to {SUPPORTED_LAST.isoformat()}"

#: Longest article id, and longest source (outlet) name: the store's String(255) columns.
MAX_ID_CHARS = 255
MAX_SHORT_FIELD_CHARS = 255

#: Longest integer a JSON input may hold (Python refuses more than 4,300 digits anyway, and
#: no article field needs more than a few).
MAX_JSON_INTEGER_DIGITS = 100

#: spaCy refuses a text longer than this (error E088); a parsed sentence must be shorter.
SPACY_MAX_CHARS = 1_000_000

_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_out_of_range(value: date) -> str | None:
    """Why `value` is not a supported date, or None when it is."""
    if SUPPORTED_FIRST <= value <= SUPPORTED_LAST:
        return None
    return f"{value.isoformat()} is outside the supported dates ({SUPPORTED_RANGE})"


def period_out_of_range(value: str) -> str | None:
    """Why a YYYY, YYYY-MM or YYYY-MM-DD text is outside the supported dates, or None.

    Only the year decides (months and days are checked by the callers' calendar checks):
    "1899-12" is out, "1900" and "2100-12-31" are in.
    """
    match = _PERIOD.fullmatch(value)
    if match is None:
        return None
    year = int(match.group(1))
    if SUPPORTED_FIRST.year <= year <= SUPPORTED_LAST.year:
        return None
    return f"{value} is outside the supported dates ({SUPPORTED_RANGE})"


class OutOfTime(ParleyError):
    """The work of one request went past its time budget (the web app answers 503)."""


#: The monotonic time by which the current request must be done, if it has a budget.
_deadline: ContextVar[float | None] = ContextVar("parley_deadline", default=None)


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Give the work inside a time budget that `check_deadline` enforces (None: no budget)."""
    token = _deadline.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def check_deadline() -> None:
    """Raise `OutOfTime` when the current budget is spent; long loops call it as they go."""
    limit = _deadline.get()
    if limit is not None and time.monotonic() > limit:
        raise OutOfTime("the request took longer than its time budget; ask for a shorter "
                        "period or fewer months")
