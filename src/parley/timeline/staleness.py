"""Staleness: a channel's state holds only so long after the last evidence that says so.

"Active since 2018-04-27" on a chart running to 2024 claims six years of contact that no
source reports. A state therefore holds for `stale_after_months` (setting, default 12)
after the latest observation supporting its interval; from the next day on, until the next
observation, the channel is unknown, with the last state and its date kept
(`Interval.stale`, `Interval.last_status`, `Interval.last_evidence`) so that views can say
"unknown (last: suspended, 2018-09)". A later observation of the same state (an explicit
"remains frozen", a refusal confirming a freeze) extends the interval's evidence and so
renews it. Inside the window nothing changes: staleness only ever cuts an interval's tail.

Pure functions of the intervals, the window and the as-of day.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from parley.timeline.periods import period_end, period_start
from parley.timeline.states import Interval
from parley.types import ChannelStatus

__all__ = ["add_months", "stale_day", "with_staleness"]


def add_months(day: date, count: int) -> date:
    """The same day `count` months later (the month's last day when it is shorter)."""
    months = day.month - 1 + count
    year, month = day.year + months // 12, months % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def stale_day(last_evidence: str, stale_after_months: int, told_by: date | None = None
              ) -> date | None:
    """The first day on which a state last observed on `last_evidence` no longer holds.

    A coarse date stands for its last day, but never later than `told_by`, the day the
    telling was published ("this year", in an article of November, is no evidence of
    December)."""
    last = period_end(last_evidence)
    if last is None:
        return None
    if told_by is not None and told_by < last:
        last = told_by
    return add_months(last, stale_after_months) + timedelta(days=1)


def _told_by(interval: Interval) -> date | None:
    """The latest publication date of the tellings of the interval's last evidence."""
    days = [e.published for e in interval.evidence if e.published is not None
            and (e.event.date_end or e.event.date) == interval.last_evidence]
    return max(days) if days else None


def _cut(interval: Interval, as_of: date, months: int) -> list[Interval]:
    """The interval, and after it the stale stretch it leaves before its end (if any)."""
    if interval.stale or interval.last_evidence is None:
        return [interval]
    first_stale = stale_day(interval.last_evidence, months, _told_by(interval))
    if first_stale is None:
        return [interval]
    next_start = period_start(interval.end) if interval.end else None
    limit = next_start if next_start is not None else as_of + timedelta(days=1)
    if first_stale >= limit:
        return [interval]
    start = first_stale.isoformat()
    return [
        replace(interval, end=start),
        Interval(channel=interval.channel, status=ChannelStatus.UNKNOWN, start=start,
                 evidence=(), end=interval.end, stale=True, last_status=interval.status,
                 last_evidence=interval.last_evidence),
    ]


def with_staleness(intervals: Mapping[str, Sequence[Interval]], as_of: date,
                   stale_after_months: int) -> dict[str, tuple[Interval, ...]]:
    """Each channel's intervals with the stretches where its state had gone stale."""
    return {channel: tuple(piece for interval in items
                           for piece in _cut(interval, as_of, stale_after_months))
            for channel, items in intervals.items()}
