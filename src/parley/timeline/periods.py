"""Partial ISO dates as periods: "2022" is a year, "2022-08" a month, so windows can be compared.

Events carry dates at the precision the text supports; deadlines ("no answer within 30 days")
and monthly series need the first and last day such a date may mean. Both are cached: a
pair's history asks for the same few thousand dates again and again.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from parley.dates.calendar import shift_months

__all__ = [
    "add_days",
    "month_of",
    "months",
    "period_end",
    "period_start",
    "shift_months",
]

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parts(value: str) -> tuple[int, int | None, int | None] | None:
    match = _PARTIAL.fullmatch(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def _bound(value: str | None, *, last: bool) -> date | None:
    """The first (or `last`) day a partial ISO date may mean, or None when it is not one."""
    parts = _parts(value) if value else None
    if parts is None:
        return None
    year, month, day = parts
    try:
        if not last:
            return date(year, month or 1, day or 1)
        month = 12 if month is None else month
        return date(year, month, calendar.monthrange(year, month)[1] if day is None else day)
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def period_start(value: str | None) -> date | None:
    """The first day a partial ISO date may mean, or None when it is not one."""
    return _bound(value, last=False)


@lru_cache(maxsize=8192)
def period_end(value: str | None) -> date | None:
    """The last day a partial ISO date may mean, or None when it is not one."""
    return _bound(value, last=True)


def add_days(value: date, days: int) -> date:
    return value + timedelta(days=days)


def month_of(value: str) -> str:
    """The YYYY-MM a date falls in; a year alone stands for its January."""
    return value[:7] if len(value) >= 7 else f"{value[:4]}-01"


def months(first: str, last: str) -> list[str]:
    """Every YYYY-MM month from `first` to `last`, both included (empty when reversed)."""
    result: list[str] = []
    current = month_of(first)
    end = month_of(last)
    while current <= end:
        result.append(current)
        current = shift_months(current, 1)
    return result
