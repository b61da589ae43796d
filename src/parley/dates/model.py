"""The dates stage's own records: a found expression (`Atom`) before it is resolved, and a result.

`parley.types.DateMention` is what leaves the stage; these records only live inside it, so a
pattern can say "March, year unknown" and let `resolve.py` place it against the publication date.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from parley.types import Precision


class Anchor(enum.Enum):
    """How a calendar date without a year is placed against the publication date."""

    LATEST = "latest"  # "in March", "on February 18": the latest one on or before publication
    BEFORE = "before"  # "last March": the latest one strictly before publication
    SAME_YEAR = "same_year"  # "this March": the publication year's
    AFTER = "after"  # "next March": the earliest one strictly after publication
    AHEAD = "ahead"  # "will meet in March": told as to come, the earliest on or after publication


class AtomKind(enum.Enum):
    CALENDAR = "calendar"  # named calendar fields, perhaps without a year
    WEEKDAY = "weekday"  # a weekday name, placed against publication
    RELATIVE = "relative"  # everything computed from the publication date alone


@dataclass(frozen=True, slots=True)
class Calendar:
    """Calendar fields as written; `year_offset` stands for "last year" (-1) and the like."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_offset: int | None = None
    anchor: Anchor = Anchor.LATEST

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.year_offset is not None


@dataclass(frozen=True, slots=True)
class Point:
    """A resolved calendar position at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def key(self) -> tuple[int, int, int]:
        """A sort key; a missing month or day sorts first."""
        return (self.year, self.month or 0, self.day or 0)


@dataclass(frozen=True, slots=True)
class Resolved:
    """What an expression means: ISO `value` at `precision`, and `end_value` for a range."""

    value: str
    precision: Precision
    end_value: str | None = None


#: Computes a relative expression's meaning from the publication date.
Resolver = Callable[[date], Resolved | None]


@dataclass(frozen=True, slots=True)
class Atom:
    """One temporal expression found in a text, at `start`..`end`, not yet resolved.

    A CALENDAR atom carries `calendar` (and `end_calendar` for "February 24/25" or
    "2019-21"); the other kinds carry a `resolver`.
    """

    start: int
    end: int
    kind: AtomKind
    calendar: Calendar | None = None
    end_calendar: Calendar | None = None
    resolver: Resolver | None = None
    grain: Precision = Precision.DAY  # the coarsest precision it resolves to, for modifiers
    #: For a bare weekday ("on Thursday"), its index (Monday 0), so that it can be placed
    #: ahead of publication when its clause tells what is to come.
    weekday: int | None = None
