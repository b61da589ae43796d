"""The one time axis a page's charts share: a month window on a day scale, with its ticks.

A pair page draws its channel chart and its freeze chart on the same `TimeAxis`, and the
comparison page draws every pair's line on one, so a date sits at the same x in each chart
of a page. The geometry is sized to fit a narrow screen whole (the SVG scales to its box):
the plot starts just right of the freeze chart's 0-1 labels, and a tick label that would run
past the right edge is left out rather than clipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from parley.report.intervals import period_end, period_start

__all__ = ["AXIS_LEFT", "PLOT_WIDTH", "TimeAxis", "Tick", "time_axis"]

#: Width of the plotting area, in SVG units (the SVG is scaled to its box in the page).
PLOT_WIDTH = 720
#: Room left of the plot for the freeze chart's 0 / 0.5 / 1 labels.
AXIS_LEFT = 34.0
#: Room right of the plot, so the last tick label is never cut.
AXIS_RIGHT = 14.0
#: Approximate width of one character of an 11px tick label.
TICK_CHAR_WIDTH = 6.2
#: Windows up to this many months get a labelled tick every quarter, not only every year.
QUARTER_TICKS_UP_TO = 30


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str  # empty: a grid line without a label (its label would not fit)


@dataclass(frozen=True, slots=True)
class TimeAxis:
    """Days from the first day of `first_month` to the last of `last_month`, as x values."""

    first_month: str
    last_month: str
    start: date
    end: date  # the day after the last day
    left: float
    plot_width: float
    ticks: tuple[Tick, ...]

    @property
    def width(self) -> float:
        """The whole chart's width: label room, plot and right margin."""
        return round(self.left + self.plot_width + AXIS_RIGHT, 1)

    @property
    def right(self) -> float:
        return self.left + self.plot_width

    def x(self, day: date) -> float:
        """The x of the start of `day`, clamped to the plot."""
        day = min(max(day, self.start), self.end)
        span = max(1, (self.end - self.start).days)
        return round(self.left + (day - self.start).days * self.plot_width / span, 1)


def _tick_days(start: date, end: date, months: int) -> list[tuple[date, str]]:
    """1 January of each year in the window (every few years when it is long); quarters too
    when the window is short; the first month alone when nothing else falls inside."""
    quarterly = months <= QUARTER_TICKS_UP_TO
    found: list[tuple[date, str]] = []
    year, month = start.year, start.month
    while True:
        day = date(year, month, 1)
        if day >= end:
            break
        if day >= start and (month == 1 or (quarterly and month in (4, 7, 10))):
            found.append((day, str(year) if month == 1 else f"{year}-{month:02d}"))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    years = [item for item in found if item[0].month == 1]
    if len(years) > 12:
        step = len(years) // 12 + 1
        found = years[::step]
    return found or [(start, start.strftime("%Y-%m"))]


def time_axis(first_month: str, last_month: str, left: float = AXIS_LEFT,
              plot_width: float = PLOT_WIDTH) -> TimeAxis | None:
    """The axis from `first_month` to `last_month` (inclusive); None when the window is empty."""
    start, last = period_start(first_month), period_end(last_month)
    if start is None or last is None or last < start:
        return None
    end = last + timedelta(days=1)
    months = (last.year - start.year) * 12 + last.month - start.month + 1
    axis = TimeAxis(first_month, last_month, start, end, left, plot_width, ())
    ticks: list[Tick] = []
    free_from = -1.0  # the x where the previous label ends
    for day, label in _tick_days(start, end, months):
        x = axis.x(day)
        label_end = x + 2 + len(label) * TICK_CHAR_WIDTH
        fits = x >= free_from + 4 and label_end <= axis.width
        ticks.append(Tick(x, label if fits else ""))
        if fits:
            free_from = label_end
    return TimeAxis(first_month, last_month, start, end, left, plot_width, tuple(ticks))
