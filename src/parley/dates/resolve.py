"""Date arithmetic against the publication date: year-less dates, weekdays, offsets, ISO cuts.

Pure functions of `datetime.date`: nothing here reads text, and nothing ever uses today's date,
so a result depends only on the expression and the article's publication date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from parley.dates.calendar import shift_year_month
from parley.dates.model import Anchor, Atom, AtomKind, Calendar, Point, Resolved, Resolver
from parley.types import Precision

_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_WIDTH: dict[Precision, int] = {Precision.YEAR: 4, Precision.MONTH: 7, Precision.DAY: 10}
_BY_WIDTH: dict[int, Precision] = {width: precision for precision, width in _WIDTH.items()}

#: How far back (or forward) to look for a year in which a year-less date exists (Feb 29).
_YEAR_SEARCH = 9


def precision_of(value: str) -> Precision:
    """The precision of an ISO value: "2022" is a year, "2022-08" a month, "2022-08-05" a day."""
    if not _ISO.fullmatch(value):
        raise ValueError(f"not an ISO date of year, month or day precision: {value!r}")
    return _BY_WIDTH[len(value)]


def cut(value: str, precision: Precision) -> str:
    """`value` truncated to `precision`; raises ValueError if `value` is coarser than that."""
    have = precision_of(value)
    if _WIDTH[have] < _WIDTH[precision]:
        raise ValueError(f"{value!r} has {have.value} precision, coarser than {precision.value}")
    return value[: _WIDTH[precision]]


def published_default(published: date | None) -> str | None:
    """The publication date as an ISO day, or None when it is not known."""
    return published.isoformat() if published is not None else None


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def valid_in_some_year(month: int, day: int) -> bool:
    """Whether a year-less date can exist (February 29 can, February 30 cannot)."""
    return valid_day(2000, month, day)  # 2000 is a leap year


def _month_point(day: date) -> Point:
    return Point(day.year, day.month)


def _day_point(day: date) -> Point:
    return Point(day.year, day.month, day.day)


def _year_of(cal: Calendar, published: date | None) -> int | None:
    if cal.year is not None:
        return cal.year
    if cal.year_offset is not None and published is not None:
        return published.year + cal.year_offset
    return None


def _fits(point: Point, published: date, anchor: Anchor) -> bool:
    """Whether a candidate placement satisfies the anchor, compared at its own precision."""
    if point.day is not None:
        mine: tuple[int, ...] = point.key()
        theirs: tuple[int, ...] = (published.year, published.month, published.day)
    else:
        mine = point.key()[:2]
        theirs = (published.year, published.month)
    if anchor is Anchor.LATEST:
        return mine <= theirs
    if anchor is Anchor.BEFORE:
        return mine < theirs
    if anchor is Anchor.AHEAD:
        return mine >= theirs
    return mine > theirs  # Anchor.AFTER


def place(cal: Calendar, published: date | None) -> Point | None:
    """Where calendar fields fall; year-less ones are placed by their anchor, else None."""
    if cal.month is None:
        year = _year_of(cal, published)
        return Point(year) if year is not None else None
    if cal.has_year or cal.anchor is Anchor.SAME_YEAR:
        year = _year_of(cal, published)
        if year is None and published is not None:
            year = published.year  # Anchor.SAME_YEAR
        if year is None or (cal.day is not None and not valid_day(year, cal.month, cal.day)):
            return None
        return Point(year, cal.month, cal.day)
    if published is None:
        return None
    step = 1 if cal.anchor in (Anchor.AFTER, Anchor.AHEAD) else -1
    for k in range(_YEAR_SEARCH):
        year = published.year + step * k
        if cal.day is not None and not valid_day(year, cal.month, cal.day):
            continue
        point = Point(year, cal.month, cal.day)
        if _fits(point, published, cal.anchor):
            return point
    return None


def place_after(cal: Calendar, start: Point) -> Point | None:
    """The end of a range: missing year and month come from `start`, rolling forward past it."""
    if cal.month is None:
        return Point(cal.year) if cal.year is not None else None
    year = cal.year if cal.year is not None else start.year
    point = Point(year, cal.month, cal.day)
    if cal.year is None and start.month is not None:
        comparable = point.key() if start.day is not None else point.key()[:2] + (0,)
        if comparable < start.key():
            point = Point(year + 1, cal.month, cal.day)
    if point.day is not None and point.month is not None:
        if not valid_day(point.year, point.month, point.day):
            return None
    return point


def resolve_atom(atom: Atom, published: date | None) -> Resolved | None:
    """What an atom means on its own, or None when it needs a publication date it lacks."""
    if atom.kind is AtomKind.CALENDAR and atom.calendar is not None:
        point = place(atom.calendar, published)
        if point is None:
            return None
        end: Point | None = None
        if atom.end_calendar is not None:
            if atom.end_calendar.has_year:
                end = place(atom.end_calendar, published)
            else:
                end = place_after(atom.end_calendar, point)
        return Resolved(point.iso(), point.precision, end.iso() if end else None)
    if atom.resolver is None or published is None:
        return None
    try:
        resolved = atom.resolver(published)
    except (OverflowError, ValueError):  # "9999 years ago" leaves the calendar
        return None
    if resolved is None or not _in_calendar(resolved.value):
        return None
    if resolved.end_value is not None and not _in_calendar(resolved.end_value):
        return None
    return resolved


def _in_calendar(value: str) -> bool:
    return bool(_ISO.fullmatch(value)) and value[:4] != "0000"


# --- resolvers for expressions relative to publication ------------------------------------


def days_back(n: int) -> Resolver:
    """ "yesterday", "three days ago": the day `n` days before publication (after if n < 0)."""

    def resolver(published: date) -> Resolved:
        return Resolved(_day_point(published - timedelta(days=n)).iso(), Precision.DAY)

    return resolver


def month_of_days_back(n: int) -> Resolver:
    """ "last week", "a few days ago": the month of the day `n` days before publication."""

    def resolver(published: date) -> Resolved:
        return Resolved(_month_point(published - timedelta(days=n)).iso(), Precision.MONTH)

    return resolver


def months_back(n: int) -> Resolver:
    """ "last month", "a month ago", "this month": the month `n` months before publication."""

    def resolver(published: date) -> Resolved:
        year, month = shift_year_month(published.year, published.month, -n)
        return Resolved(Point(year, month).iso(), Precision.MONTH)

    return resolver


def years_back(n: int) -> Resolver:
    """ "last year", "two years ago", "this year": the year `n` years before publication."""

    def resolver(published: date) -> Resolved:
        return Resolved(Point(published.year - n).iso(), Precision.YEAR)

    return resolver


def weekday_on_or_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def weekday(weekday_index: int, which: str | None) -> Resolver:
    """A weekday name: the latest on or before publication ("last": strictly before;
    "next": the first strictly after)."""

    def resolver(published: date) -> Resolved:
        day = weekday_on_or_before(published, weekday_index)
        if which in {"last", "past", "this past"} and day == published:
            day -= timedelta(days=7)
        elif which == "next":
            day += timedelta(days=7)
        return Resolved(_day_point(day).iso(), Precision.DAY)

    return resolver


def weekday_ahead(weekday_index: int) -> Resolver:
    """A weekday told as to come ("will meet on Thursday"): the first one strictly after
    publication (a report of the day itself says "today")."""

    def resolver(published: date) -> Resolved:
        day = published + timedelta(days=(weekday_index - published.weekday() - 1) % 7 + 1)
        return Resolved(_day_point(day).iso(), Precision.DAY)

    return resolver


def weekend(which: str) -> Resolver:
    """A weekend, at month precision (of its Saturday): "last" is the latest one before
    publication, "this" the one of the publication week, "next" the one after that."""

    def resolver(published: date) -> Resolved:
        if which == "this":
            saturday = (
                published - timedelta(days=1)
                if published.weekday() == 6
                else published + timedelta(days=(5 - published.weekday()) % 7)
            )
        elif which == "next":
            saturday = published + timedelta(days=(5 - published.weekday()) % 7 + 7)
        else:
            saturday = weekday_on_or_before(published - timedelta(days=1), 5)
        return Resolved(_month_point(saturday).iso(), Precision.MONTH)

    return resolver


def span_back(n: int, unit: str) -> Resolver:
    """ "the past two weeks": from `n` units before publication up to publication."""

    def resolver(published: date) -> Resolved:
        if unit == "day":
            start = _day_point(published - timedelta(days=n))
        elif unit == "week":
            start = _day_point(published - timedelta(days=7 * n))
        elif unit == "month":
            start = Point(*shift_year_month(published.year, published.month, -n))
        else:
            start = Point(published.year - n)
        return Resolved(start.iso(), start.precision, published.isoformat())

    return resolver


def weekday_range_end(start: Resolved, end: Resolved) -> Resolved:
    """The end of "Monday to Wednesday": moved a week on when placing made it precede the start."""
    if end.precision is Precision.DAY and start.precision is Precision.DAY:
        if end.value < start.value:
            moved = date.fromisoformat(end.value) + timedelta(days=7)
            return Resolved(moved.isoformat(), Precision.DAY)
    return end
