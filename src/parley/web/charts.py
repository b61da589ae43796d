"""Geometry of the dashboard's server-rendered SVG charts; the templates only draw it.

The channel x time chart draws each channel's status intervals (`timeline.states`) as bars
on a day scale, each bar a link to the interval on the channel page; the freeze chart draws
the monthly freeze index (`report.freeze`) as a step line. No JavaScript is needed to see
either, and nothing of an article's text goes into the geometry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from parley.report.freeze import FreezeSeries
from parley.report.intervals import Interval, period_end, period_start

__all__ = ["Bar", "FreezeChart", "IntervalChart", "Mark", "Row", "Tick", "freeze_chart",
           "interval_chart"]

#: Width of the plotting area of both charts, in SVG units.
PLOT_WIDTH = 720
ROW_HEIGHT = 22
AXIS_HEIGHT = 18
#: Approximate width of one character of a 12px label, to size the label column.
CHAR_WIDTH = 6.6
#: Narrowest bar drawn, so a one-day interval can still be clicked.
MIN_BAR = 3.0


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Bar:
    """One interval of one channel, clipped to the chart's window."""

    index: int  # position of the interval in its channel's list (the channel page anchor)
    x: float
    width: float
    status: str
    conflict: bool
    start: str
    end: str | None
    confidence: float
    evidence: int
    #: The state had gone stale: drawn faded in the colour of its last state.
    stale: bool = False
    last_status: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    channel: str
    label: str
    y: float
    bars: tuple[Bar, ...]


@dataclass(frozen=True, slots=True)
class IntervalChart:
    width: float
    height: float
    left: float
    plot_width: float
    first: str
    last: str
    ticks: tuple[Tick, ...]
    rows: tuple[Row, ...]
    row_height: int = ROW_HEIGHT


def _ticks(first: date, last: date, scale: float, left: float) -> tuple[Tick, ...]:
    """One tick a year (every few years when the window is long), at 1 January."""
    years = list(range(first.year + (0 if (first.month, first.day) == (1, 1) else 1),
                       last.year + 1))
    step = max(1, len(years) // 12 + (1 if len(years) > 12 else 0))
    ticks = []
    for year in years[::step]:
        day = date(year, 1, 1)
        ticks.append(Tick(round(left + (day - first).days * scale, 1), str(year)))
    return tuple(ticks)


def interval_chart(
    intervals: Mapping[str, Sequence[Interval]], channels: Sequence[str],
    labels: Mapping[str, str], first_month: str, last_month: str,
    plot_width: int = PLOT_WIDTH,
) -> IntervalChart | None:
    """Bars for each channel's intervals between `first_month` and `last_month` (inclusive)."""
    first = period_start(first_month)
    last = period_end(last_month)
    if first is None or last is None or last < first:
        return None
    end = last + timedelta(days=1)
    scale = plot_width / max(1, (end - first).days)
    left = max(120.0, max((len(labels.get(c, c)) for c in channels), default=10) * CHAR_WIDTH
               + 12)
    rows: list[Row] = []
    for number, channel in enumerate(channels):
        bars: list[Bar] = []
        for index, interval in enumerate(intervals.get(channel, ())):
            start = period_start(interval.start)
            stop = period_start(interval.end) if interval.end else end
            if start is None or stop is None:
                continue
            start, stop = max(start, first), min(stop, end)
            if stop <= first or start >= end:
                continue
            x = left + (start - first).days * scale
            width = max(MIN_BAR, (stop - start).days * scale)
            bars.append(Bar(index, round(x, 1), round(width, 1), interval.status.value,
                            interval.conflict, interval.start, interval.end,
                            interval.confidence, len(interval.evidence), interval.stale,
                            interval.last_status.value if interval.last_status else None))
        rows.append(Row(channel, labels.get(channel, channel),
                        AXIS_HEIGHT + number * ROW_HEIGHT, tuple(bars)))
    height = AXIS_HEIGHT + len(rows) * ROW_HEIGHT + 4
    return IntervalChart(round(left + plot_width + 8, 1), height, left, plot_width,
                         first_month, last_month, _ticks(first, last, scale, left),
                         tuple(rows))


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    month: str
    index: float


@dataclass(frozen=True, slots=True)
class Mark:
    """A numbered move of the index, placed where it happened, labelled with its event."""

    number: int
    x: float
    y: float
    month: str
    label: str


@dataclass(frozen=True, slots=True)
class FreezeChart:
    width: float
    height: float
    left: float
    top: float
    plot_height: float
    paths: tuple[str, ...]  # one SVG path per run of months with a value
    points: tuple[Point, ...]
    ticks: tuple[Tick, ...]
    first: str
    last: str
    marks: tuple[Mark, ...] = ()


def freeze_chart(series: FreezeSeries, plot_width: int = PLOT_WIDTH,
                 plot_height: int = 110) -> FreezeChart | None:
    """A step line of the monthly index (0 at the bottom, 1 at the top); None when empty."""
    points = series.points
    if not points:
        return None
    left, top = 36.0, 8.0
    step = plot_width / len(points)
    drawn: list[Point] = []
    paths: list[str] = []
    current: list[str] = []
    for number, point in enumerate(points):
        x = left + number * step
        if point.index is None:
            if current:
                paths.append(" ".join(current))
                current = []
            continue
        y = top + (1 - point.index) * plot_height
        drawn.append(Point(round(x + step / 2, 1), round(y, 1), point.month, point.index))
        if current:
            current.append(f"V {y:.1f} H {x + step:.1f}")
        else:
            current.append(f"M {x:.1f} {y:.1f} H {x + step:.1f}")
    if current:
        paths.append(" ".join(current))
    first = period_start(points[0].month)
    last = period_end(points[-1].month)
    ticks: tuple[Tick, ...] = ()
    if first is not None and last is not None:
        years = [m for m, p in enumerate(points) if p.month.endswith("-01")]
        every = max(1, len(years) // 12 + (1 if len(years) > 12 else 0))
        ticks = tuple(Tick(round(left + m * step, 1), points[m].month[:4])
                      for m in years[::every])
    return FreezeChart(left + plot_width + 8, top + plot_height + AXIS_HEIGHT + 4, left, top,
                       plot_height, tuple(paths), tuple(drawn), ticks, points[0].month,
                       points[-1].month, _marks(series, left, top, step, plot_height))


def _marks(series: FreezeSeries, left: float, top: float, step: float, plot_height: float
           ) -> tuple[Mark, ...]:
    """Every move of the index, numbered in time order (the list under the chart)."""
    position = {p.month: n for n, p in enumerate(series.points)}
    marks: list[Mark] = []
    for number, driver in enumerate(series.drivers, start=1):
        where = position.get(driver.month)
        if where is None:
            continue
        value = driver.index_after if driver.index_after is not None else driver.index_before
        y = top + (1 - (value if value is not None else 0.0)) * plot_height
        marks.append(Mark(number, round(left + where * step + step / 2, 1), round(y, 1),
                          driver.month, driver.label))
    return tuple(marks)
