"""The freeze index: per pair of states and month, how frozen its known channels are (0 to 1).

Formula, for a pair and a month m (the channels' states on the last day of m)::

    freeze(m) = sum(w_c * s_c) / sum(w_c)    over the channels c with a known state in m

where s_c is 1 for suspended, 0.5 for degraded and 0 for active, and w_c is the channel's
weight (setting `channel_weights`, by channel level; 1.0 for a channel without one).
0 means every known channel works, 1 that all are frozen. A channel with no evidence yet is
left out, not counted as open; a month without any known channel has no value (None).
States come from the pair's history (`timeline.history`): requests left without answer for
`request_answer_days` degrade their channel, a conflicting interval counts at the status it
shows (the better supported side), and a state older than `stale_after_months` is unknown
and left out. The series ends at the as-of month (default today). It is at most
`max_series_months` long: an asked-for period over it is refused (`SeriesTooLong`, a 400 on
the web), an implied one keeps its latest months; the month loop checks the request's
deadline (`limits.check_deadline`) so that a long series cannot outlive its time budget.

What drives the number: each channel's contribution w_c * s_c / sum(w_c) (they add up to the
index), and for each month where the index moved, the channels whose change moved it, with the
index the month would have had without that channel's change, and the event that moved it
(the headline sentence of the new state, or "no evidence since" for a state gone stale).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from parley.config import Settings
from parley.errors import ParleyError
from parley.limits import check_deadline
from parley.report.evidence import ranked_support
from parley.report.queries import EventSource, PairQuery
from parley.timeline.history import PairHistory, build_history
from parley.timeline.periods import month_of, months, shift_months
from parley.timeline.states import Interval
from parley.types import ChannelStatus, StoredEvent

__all__ = [
    "FORMULA",
    "STATUS_SCORE",
    "FreezeDriver",
    "FreezePoint",
    "FreezeSeries",
    "SeriesTooLong",
    "freeze_series",
    "freeze_value",
    "pair_freeze",
    "series_as_dict",
    "sparkline",
]

FORMULA = "freeze = sum(w_c * s_c) / sum(w_c) over channels with a known state; " \
    "s_c = 1 suspended, 0.5 degraded, 0 active; w_c = channel weight"

#: How much each status counts towards the freeze: suspended fully, degraded half.
STATUS_SCORE: dict[ChannelStatus, float] = {
    ChannelStatus.ACTIVE: 0.0,
    ChannelStatus.DEGRADED: 0.5,
    ChannelStatus.SUSPENDED: 1.0,
}

_BARS = "▁▂▃▄▅▆▇█"


def freeze_value(statuses: Mapping[str, ChannelStatus], weights: Mapping[str, float]
                 ) -> float | None:
    """The index over channels with a known status (see the module docstring); None if none."""
    known = {c: s for c, s in statuses.items() if s in STATUS_SCORE}
    total = sum(weights.get(c, 1.0) for c in known)
    if not total:
        return None
    return round(sum(weights.get(c, 1.0) * STATUS_SCORE[s] for c, s in known.items()) / total, 3)


def contributions(statuses: Mapping[str, ChannelStatus], weights: Mapping[str, float]
                  ) -> dict[str, float]:
    """Each known channel's share of the index (the shares add up to the index)."""
    known = {c: s for c, s in statuses.items() if s in STATUS_SCORE}
    total = sum(weights.get(c, 1.0) for c in known)
    if not total:
        return {}
    return {c: round(weights.get(c, 1.0) * STATUS_SCORE[s] / total, 3)
            for c, s in sorted(known.items())}


@dataclass(frozen=True, slots=True)
class FreezePoint:
    month: str
    index: float | None
    statuses: dict[str, ChannelStatus]  # known channels only
    contributions: dict[str, float]
    conflicts: tuple[str, ...] = ()
    stale: tuple[str, ...] = ()  # channels whose last state is too old to count


@dataclass(frozen=True, slots=True)
class FreezeDriver:
    """A channel whose change moved the index in `month`."""

    month: str
    channel: str
    before: ChannelStatus | None  # None: not known the month before
    after: ChannelStatus
    index_before: float | None
    index_after: float | None
    without_change: float | None  # the month's index had this channel not changed
    interval: Interval
    #: The telling that moved it (the new state's headline), None for a state gone stale.
    event: StoredEvent | None = None

    @property
    def label(self) -> str:
        """'hotline active → degraded (2023-04-11): “North Korea has not answered …”'."""
        before = self.before.value if self.before else "unknown"
        head = f"{self.channel} {before} → {self.after.value}"
        if self.interval.stale:
            return f"{head}: no evidence since {self.interval.last_evidence}"
        if self.event is None:
            return f"{head} ({self.interval.start})"
        record = self.event.event
        sentence = " ".join(record.evidence.sentence.split())
        if len(sentence) > 160:
            sentence = sentence[:159].rstrip() + "…"
        return (f"{head} ({self.interval.start}): {record.type.value}, “{sentence}”")


@dataclass(frozen=True, slots=True)
class FreezeSeries:
    a: str
    b: str
    points: tuple[FreezePoint, ...]
    drivers: tuple[FreezeDriver, ...]
    weights: dict[str, float]

    @property
    def sparkline(self) -> str:
        return sparkline([p.index for p in self.points])


def sparkline(values: Sequence[float | None]) -> str:
    """One bar per value in [0, 1] (▁ lowest to █ highest); a space for a missing value."""
    return "".join(
        " " if v is None else _BARS[min(len(_BARS) - 1, max(0, round(v * (len(_BARS) - 1))))]
        for v in values
    )


class SeriesTooLong(ParleyError):
    """A freeze series asked for more months than the setting `max_series_months` allows."""


def _series_months(first: str, last: str, asked: bool, max_months: int | None) -> list[str]:
    """The months of the series; more than `max_months` are refused when the period was
    asked for, else the series keeps its latest `max_months` (evidence spread over ages)."""
    if max_months is None or month_number(last) - month_number(first) < max_months:
        return months(first, last)
    if asked:
        _check_length(first, last, max_months)
        return months(first, last)
    return months(shift_months(last, 1 - max_months), last)


def _check_length(first: str, last: str, max_months: int) -> None:
    length = month_number(last) - month_number(first) + 1
    if length > max_months:
        raise SeriesTooLong(f"a freeze series from {first} to {last} is {length:,} months, "
                            f"over the limit of {max_months:,} (setting max_series_months)")


def check_period(date_from: str | None, date_to: str | None, max_months: int | None) -> None:
    """Refuse an asked-for period over `max_months` before any work is done."""
    if date_from and date_to and max_months is not None:
        _check_length(month_of(date_from), month_of(date_to), max_months)


def month_number(month: str) -> int:
    """Months since year 0 of a YYYY-MM (or YYYY) text: lengths without listing the months."""
    return int(month[:4]) * 12 + (int(month[5:7]) if len(month) >= 7 else 1) - 1


def _mover(history: PairHistory, interval: Interval) -> StoredEvent | None:
    """The telling that opened an interval: the best supporting one dated at its start."""
    opening = [e for e in interval.evidence if (e.event.date_end or e.event.date) ==
               interval.start]
    found = ranked_support(opening, interval.channel, history.a, history.b) or ranked_support(
        interval.evidence, interval.channel, history.a, history.b)
    return found[0] if found else None


def history_freeze(history: PairHistory, *, weights: Mapping[str, float],
                   date_from: str | None = None, date_to: str | None = None,
                   max_months: int | None = None) -> FreezeSeries:
    """The monthly index from `date_from` (default: the first evidence) to `date_to`
    (default, and at the latest: the as-of month) of a pair's history, at most `max_months`
    long (see `_series_months`)."""
    check_period(date_from, date_to, max_months)
    intervals = history.intervals
    starts = [i.start for items in intervals.values() for i in items if not i.stale]
    if not starts:
        return FreezeSeries(history.a, history.b, (), (), dict(weights))
    as_of_month = month_of(history.day.isoformat())
    first = month_of(date_from) if date_from else month_of(min(starts))
    last = min(month_of(date_to), as_of_month) if date_to else as_of_month
    points: list[FreezePoint] = []
    drivers: list[FreezeDriver] = []
    previous: dict[str, Interval] = {}
    span = _series_months(first, last, date_from is not None, max_months)
    monthly = {channel: history.states_in(channel, span) for channel in intervals}
    for number, month in enumerate(span):
        check_deadline()
        current = {c: found for c, items in monthly.items()
                   if (found := items[number]) is not None}
        statuses = {c: i.status for c, i in current.items() if i.status in STATUS_SCORE}
        index = freeze_value(statuses, weights)
        if points:
            before = {c: i.status for c, i in previous.items() if i.status in STATUS_SCORE}
            for channel in sorted(current):
                old, new = before.get(channel), current[channel]
                if old is new.status or (old is None and new.status not in STATUS_SCORE):
                    continue
                reverted = dict(statuses)
                if old is None:
                    reverted.pop(channel, None)
                else:
                    reverted[channel] = old
                drivers.append(FreezeDriver(
                    month, channel, old, new.status, points[-1].index, index,
                    freeze_value(reverted, weights), new, _mover(history, new)))
        points.append(FreezePoint(
            month, index, statuses, contributions(statuses, weights),
            tuple(sorted(c for c, i in current.items() if i.conflict)),
            tuple(sorted(c for c, i in current.items() if i.stale))))
        previous = current
    return FreezeSeries(history.a, history.b, tuple(points), tuple(drivers), dict(weights))


def freeze_series(
    events: Sequence[StoredEvent], a: str, b: str, *, weights: Mapping[str, float],
    date_from: str | None = None, date_to: str | None = None, answer_days: int = 30,
    as_of: str | None = None, stale_after_months: int = 12, max_months: int | None = None,
) -> FreezeSeries:
    """`history_freeze` of some events of a pair, as of `as_of` (default `date_to`, else
    today)."""
    check_period(date_from, date_to, max_months)
    history = build_history(events, a, b, as_of=as_of or date_to, answer_days=answer_days,
                            stale_after_months=stale_after_months)
    return history_freeze(history, weights=weights, date_from=date_from, date_to=date_to,
                          max_months=max_months)


def pair_freeze(store: EventSource, query: PairQuery, settings: Settings, *,
                date_from: str | None = None, date_to: str | None = None) -> FreezeSeries:
    """The series of a pair read from a store, as of `query.as_of` (default today); `date_to`
    may end it earlier."""
    from parley.report.history import pair_history

    check_period(date_from, date_to, settings.max_series_months)  # refused before any work
    return history_freeze(pair_history(store, query, settings),
                          weights=settings.channel_weights, date_from=date_from,
                          date_to=date_to, max_months=settings.max_series_months)


def series_as_dict(series: FreezeSeries) -> dict[str, Any]:
    """A JSON-ready dict (the `--format json` output of `parley freeze`)."""
    return {
        "a": series.a, "b": series.b, "formula": FORMULA,
        "scores": {s.value: v for s, v in STATUS_SCORE.items()},
        "weights": series.weights, "sparkline": series.sparkline,
        "series": [
            {"month": p.month, "index": p.index,
             "channels": {c: s.value for c, s in p.statuses.items()},
             "contributions": p.contributions, "conflicts": list(p.conflicts),
             "stale": list(p.stale)}
            for p in series.points
        ],
        "drivers": [
            {"month": d.month, "channel": d.channel,
             "before": d.before.value if d.before else None, "after": d.after.value,
             "index_before": d.index_before, "index_after": d.index_after,
             "without_change": d.without_change, "label": d.label,
             "event": None if d.event is None else {
                 "type": d.event.event.type.value, "date": d.event.event.date,
                 "article": d.event.event.article,
                 "sentence": d.event.event.evidence.sentence},
             "evidence": [{"article": e.event.article, "sentence": e.event.evidence.sentence}
                          for e in d.interval.evidence[:3]]}
            for d in series.drivers
        ],
    }
