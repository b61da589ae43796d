"""A pair's channel intervals as the dashboard draws them: the intervals, their chart window and
the partial-date bounds ("2022-07" starts on 1 July, ends on 31 July) that place them.

The web app reads the timeline only through these functions (and the other report modules),
so a change of the timeline's internals stops at `report/`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from parley.report.sections import reference_day, up_to
from parley.timeline.periods import month_of, period_end, period_start, shift_months
from parley.timeline.states import Interval, pair_intervals
from parley.types import StoredEvent

__all__ = [
    "Interval",
    "chart_window",
    "earlier",
    "intervals_up_to",
    "month_of",
    "period_end",
    "period_start",
    "shift_months",
]


def intervals_up_to(events: Sequence[StoredEvent], as_of: str | None,
                    answer_days: int) -> dict[str, list[Interval]]:
    """Each channel's intervals from the pair's events up to `as_of` (today when None)."""
    return pair_intervals(up_to(events, as_of), answer_days=answer_days,
                          reference=as_of or date.today().isoformat())


def chart_window(intervals: dict[str, list[Interval]], events: Sequence[StoredEvent],
                 as_of: str | None, report_months: Sequence[str], months: int,
                 ) -> tuple[str | None, str | None]:
    """(first month, last month) of a pair's interval chart, at most `months` long; both None
    when there is no interval. It ends at the as-of month, else where the report's chart ends
    (`report_months`), else at the month of the latest evidence."""
    starts = [i.start for items in intervals.values() for i in items]
    if not starts:
        return None, None
    last_month = month_of(as_of) if as_of else (
        report_months[-1] if report_months
        else month_of(reference_day(events, None).isoformat()))
    return max(month_of(min(starts)), shift_months(last_month, 1 - months)), last_month


def earlier(first: str | None, second: str | None) -> str | None:
    """The earlier of two partial dates by their last day (either may be None)."""
    if first is None or second is None:
        return first or second
    end_first, end_second = period_end(first), period_end(second)
    if end_first is None or end_second is None:
        return first
    return first if end_first <= end_second else second
