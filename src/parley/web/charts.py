"""Geometry of the dashboard's server-rendered SVG charts; the templates only draw it.

The channel x time chart draws each channel's status intervals (`timeline.states`) as bars
on a day scale, each bar a link to the interval on the channel page, its label on a line of
its own above it (a long label never narrows the plot); the freeze chart draws monthly freeze
indices (`report.freeze`) as step lines, one per pair, with every move of a single pair's
index numbered on the chart (`Mark`, listed under it). A state gone stale is a bar drawn
faded in the colour of its last state. Both take a `TimeAxis`, so the charts of
one page cover the same range at the same x. No JavaScript is needed to see them, and
nothing of an article's text goes into the geometry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from parley.report.freeze import FreezeSeries
from parley.report.intervals import Interval, period_end, period_start
from parley.web.axis import PLOT_WIDTH, TimeAxis, time_axis

__all__ = ["Bar", "FreezeChart", "FreezeLine", "IntervalChart", "Mark", "Row", "freeze_chart",
           "interval_chart", "plural"]

#: Height of one channel's row: its label line, then its bar.
ROW_HEIGHT = 34
LABEL_HEIGHT = 14
BAR_HEIGHT = 14
#: Room above the rows for the tick labels.
AXIS_HEIGHT = 16
#: Narrowest bar drawn, so a one-day interval can still be clicked.
MIN_BAR = 3.0
#: Height of the freeze chart's plot (0 at the bottom, 1 at the top).
FREEZE_PLOT_HEIGHT = 110
#: Font size of a move's number on the freeze chart.
MARK_FONT = 9
#: Height of one line of a comparison chart's legend.
LEGEND_ROW = 18


class _OnAxis:
    """What a chart's template reads of the time axis it is drawn on (`axis.TimeAxis`): its
    width, left edge, plot width and first and last months."""

    __slots__ = ()
    axis: TimeAxis

    @property
    def width(self) -> float:
        return self.axis.width

    @property
    def left(self) -> float:
        return self.axis.left

    @property
    def plot_width(self) -> float:
        return self.axis.plot_width

    @property
    def first(self) -> str:
        return self.axis.first_month

    @property
    def last(self) -> str:
        return self.axis.last_month


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
    y: float  # top of the row (its label line)
    bars: tuple[Bar, ...]

    @property
    def bar_y(self) -> float:
        return self.y + LABEL_HEIGHT


@dataclass(frozen=True, slots=True)
class IntervalChart(_OnAxis):
    axis: TimeAxis
    height: float
    rows: tuple[Row, ...]
    bar_height: int = BAR_HEIGHT



def _bars(intervals: Sequence[Interval], axis: TimeAxis) -> tuple[Bar, ...]:
    bars: list[Bar] = []
    for index, interval in enumerate(intervals):
        start = period_start(interval.start)
        stop = period_start(interval.end) if interval.end else axis.end
        if start is None or stop is None or stop <= axis.start or start >= axis.end:
            continue
        x, x_end = axis.x(start), axis.x(stop)
        bars.append(Bar(index, x, round(max(MIN_BAR, x_end - x), 1), interval.status.value,
                        interval.conflict, interval.start, interval.end,
                        interval.confidence, len(interval.evidence), interval.stale,
                        interval.last_status.value if interval.last_status else None))
    return tuple(bars)


def interval_chart(
    intervals: Mapping[str, Sequence[Interval]], channels: Sequence[str],
    labels: Mapping[str, str], first_month: str, last_month: str,
    plot_width: int = PLOT_WIDTH, axis: TimeAxis | None = None,
) -> IntervalChart | None:
    """Bars for each channel's intervals between `first_month` and `last_month` (inclusive),
    on `axis` when given (the page's shared axis)."""
    axis = axis or time_axis(first_month, last_month, plot_width=plot_width)
    if axis is None:
        return None
    rows = tuple(Row(channel, labels.get(channel, channel), AXIS_HEIGHT + n * ROW_HEIGHT,
                     _bars(intervals.get(channel, ()), axis))
                 for n, channel in enumerate(channels))
    return IntervalChart(axis, AXIS_HEIGHT + len(rows) * ROW_HEIGHT + 2, rows)


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    month: str
    index: float


@dataclass(frozen=True, slots=True)
class FreezeLine:
    """One pair's monthly index as a step line; `paths` break where no channel is known."""

    key: str  # "USA-CHN"
    name: str  # "United States – China"
    paths: tuple[str, ...]
    points: tuple[Point, ...]
    channels: int  # channels with a known state in the last month drawn


@dataclass(frozen=True, slots=True)
class LegendItem:
    """A comparison line's key: a swatch and the pair's name, under the plot."""

    line: int
    y: float
    text: str


@dataclass(frozen=True, slots=True)
class Mark:
    """A numbered move of the index, placed where it happened, labelled with its event."""

    number: int
    x: float
    y: float
    month: str
    label: str

    @property
    def text_y(self) -> float:
        """Baseline of the number: above the point, below it where the plot's top would
        cut it (a move to a full freeze)."""
        return self.y - 4 if self.y - 4 >= MARK_FONT + 2 else self.y + MARK_FONT + 3


@dataclass(frozen=True, slots=True)
class FreezeChart(_OnAxis):
    axis: TimeAxis
    height: float
    top: float
    plot_height: float
    lines: tuple[FreezeLine, ...]
    legend: tuple[LegendItem, ...] = ()
    point_radius: float = 2.5
    marks: tuple[Mark, ...] = ()  # a single pair's moves (none on a comparison)

    @property
    def tick_y(self) -> float:
        """Baseline of the year labels, under the plot (a legend may follow them)."""
        return self.top + self.plot_height + AXIS_HEIGHT


    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(path for line in self.lines for path in line.paths)

    @property
    def points(self) -> tuple[Point, ...]:
        return tuple(point for line in self.lines for point in line.points)


def freeze_line(series: FreezeSeries, axis: TimeAxis, key: str, name: str, top: float,
                plot_height: float) -> FreezeLine:
    """The step line of one series on `axis` (months outside the axis are left out)."""
    drawn: list[Point] = []
    paths: list[str] = []
    current: list[str] = []
    for point in series.points:
        start, last = period_start(point.month), period_end(point.month)
        inside = (start is not None and last is not None and start < axis.end
                  and last >= axis.start)
        if point.index is None or not inside or start is None or last is None:
            if current:
                paths.append(" ".join(current))
                current = []
            continue
        x, x_end = axis.x(start), axis.x(last + timedelta(days=1))
        y = round(top + (1 - point.index) * plot_height, 1)
        drawn.append(Point(round((x + x_end) / 2, 1), y, point.month, point.index))
        current.append(f"V {y:.1f} H {x_end:.1f}" if current
                       else f"M {x:.1f} {y:.1f} H {x_end:.1f}")
    if current:
        paths.append(" ".join(current))
    known = len(series.points[-1].statuses) if series.points else 0
    return FreezeLine(key, name, tuple(paths), tuple(drawn), known)


def freeze_chart(series: FreezeSeries | Sequence[tuple[str, str, FreezeSeries]],
                 plot_width: int = PLOT_WIDTH, plot_height: int = FREEZE_PLOT_HEIGHT,
                 axis: TimeAxis | None = None) -> FreezeChart | None:
    """Step lines of monthly indices (0 at the bottom, 1 at the top); None when all are empty.

    `series` is one pair's series, or (key, name, series) for each pair of a comparison;
    without `axis` the window is the months the series cover.
    """
    named = [(f"{series.a}-{series.b}", "", series)] if isinstance(series, FreezeSeries) \
        else list(series)
    months = [p.month for _, _, s in named for p in s.points]
    if not months:
        return None
    axis = axis or time_axis(min(months), max(months), plot_width=plot_width)
    if axis is None:
        return None
    top = 8.0
    lines = tuple(freeze_line(s, axis, key, name, top, plot_height) for key, name, s in named)
    height = top + plot_height + AXIS_HEIGHT + 4
    # A dot a month reads as a dot a month while months are wide; on a long window, less.
    months_drawn = max(1, round((axis.end - axis.start).days / 30.4))
    radius = round(min(2.5, max(1.0, axis.plot_width / months_drawn / 3)), 1)
    legend = tuple(
        LegendItem(n, round(height + 4 + n * LEGEND_ROW + 10, 1),
                   f"{line.name} (based on {plural(line.channels, 'channel')})")
        for n, line in enumerate(lines) if line.name)
    if legend:
        height += 8 + len(legend) * LEGEND_ROW
    marks = _marks(named[0][2], axis, top, plot_height) if isinstance(series, FreezeSeries) \
        else ()
    return FreezeChart(axis, height, top, plot_height, lines, legend, radius, marks)


def _marks(series: FreezeSeries, axis: TimeAxis, top: float, plot_height: float
           ) -> tuple[Mark, ...]:
    """Every move of the index, numbered in time order (the list under the chart), placed
    mid-month on the axis; a move outside the axis keeps its number but is not drawn."""
    marks: list[Mark] = []
    for number, driver in enumerate(series.drivers, start=1):
        start, last = period_start(driver.month), period_end(driver.month)
        if start is None or last is None or start >= axis.end or last < axis.start:
            continue
        x = (axis.x(start) + axis.x(last + timedelta(days=1))) / 2
        value = driver.index_after if driver.index_after is not None else driver.index_before
        y = top + (1 - (value if value is not None else 0.0)) * plot_height
        marks.append(Mark(number, round(x, 1), round(y, 1), driver.month, driver.label))
    return tuple(marks)


def plural(count: int, word: str) -> str:
    """ "1 channel", "2 channels", "0 channels" (every unit the dashboard counts takes -s)."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
