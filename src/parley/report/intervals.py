"""A pair's channel intervals as the dashboard draws them: the chart window of a history and
the partial-date bounds ("2022-07" starts on 1 July, ends on 31 July) that place them.

The web app reads the timeline only through these functions (and the other report modules),
so a change of the timeline's internals stops at `report/`.
"""

from __future__ import annotations

from parley.timeline.history import PairHistory
from parley.timeline.periods import month_of, period_end, period_start, shift_months
from parley.timeline.states import Interval

__all__ = [
    "Interval",
    "chart_window",
    "earlier",
    "month_of",
    "period_end",
    "period_start",
    "shift_months",
]


def chart_window(history: PairHistory, months: int) -> tuple[str | None, str | None]:
    """(first month, last month) of a pair's interval chart, at most `months` long and ending
    at the as-of month; both None when no channel has an interval."""
    starts = [i.start for items in history.intervals.values() for i in items if not i.stale]
    if not starts:
        return None, None
    last_month = month_of(history.day.isoformat())
    return max(month_of(min(starts)), shift_months(last_month, 1 - months)), last_month


def earlier(first: str | None, second: str | None) -> str | None:
    """The earlier of two partial dates by their last day (either may be None)."""
    if first is None or second is None:
        return first or second
    end_first, end_second = period_end(first), period_end(second)
    if end_first is None or end_second is None:
        return first
    return first if end_first <= end_second else second
