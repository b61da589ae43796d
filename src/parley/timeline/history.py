"""One picture per pair: what the store knew of a pair of states on one as-of date.

Status, the freeze index, the report's sections, the channels, the request and contact
ledgers and the dashboard all ask the same questions of a pair's events: which of them were
known on the as-of day, how they merge across articles, which requests were answered, and
which intervals each channel went through. `PairHistory` answers them once; every view
reads it and none merges events or builds intervals of its own.

Known on the as-of day means dated (and, for a range, ending) no later than that day and
published no later than it: a view "as of 2023-06-26" cites nothing written afterwards, so
nothing it shows is dated after its as-of date. The default as-of date is today.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from parley.timeline.merge import MergedEvent, merge_events
from parley.timeline.periods import period_end, period_start
from parley.timeline.request_outcomes import AnsweredRequest, Outcome, classify_requests
from parley.timeline.staleness import with_staleness
from parley.timeline.states import Interval, channel_intervals, interval_on
from parley.types import StoredEvent

__all__ = ["DEFAULT_STALE_AFTER_MONTHS", "PairHistory", "as_of_day", "build_history",
           "known_on", "months_between"]

#: A state holds this many months after its last evidence (setting `stale_after_months`).
DEFAULT_STALE_AFTER_MONTHS = 12


def as_of_day(as_of: str | None) -> date:
    """The day a view speaks of: the last day of the as-of date, today when None."""
    day = period_end(as_of) if as_of else None
    return day if day is not None else date.today()


def known_on(stored: StoredEvent, day: date) -> bool:
    """The event was dated, and its article published, no later than `day`."""
    record = stored.event
    if stored.published is not None and stored.published > day:
        return False
    for value in (record.date, record.date_end):
        start = period_start(value) if value else None
        if start is not None and start > day:
            return False
    return True


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later` (0 when later is within a month)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(0, months)


@dataclass(frozen=True, slots=True)
class PairHistory:
    """A pair's merged events, request outcomes and channel intervals on one as-of date."""

    a: str
    b: str
    as_of: str  # as given (any ISO precision), or today's date
    day: date  # its last day: every date the history holds is on or before it
    answer_days: int
    stale_after_months: int
    events: tuple[StoredEvent, ...]  # the tellings known on `day`
    merged: tuple[MergedEvent, ...]
    requests: tuple[AnsweredRequest, ...]
    intervals: dict[str, tuple[Interval, ...]]  # per channel, with stale stretches
    latest_evidence: str | None  # the latest date any known event is dated to

    @property
    def evidence_age_months(self) -> int | None:
        """How many whole months the newest evidence is older than the as-of day."""
        latest = period_end(self.latest_evidence) if self.latest_evidence else None
        return None if latest is None else months_between(min(latest, self.day), self.day)

    def state_on(self, channel: str, when: str | None = None) -> Interval | None:
        """The interval `channel` is in on `when` (default: the as-of day); None: no record."""
        return interval_on(self.intervals.get(channel, ()), when or self.day.isoformat())

    def states_on(self, channels: Iterable[str], when: str | None = None
                  ) -> dict[str, Interval | None]:
        return {channel: self.state_on(channel, when) for channel in channels}

    def states_in(self, channel: str, months: Sequence[str]) -> list[Interval | None]:
        """`state_on` for each of ascending `months`, in one pass over the intervals (a
        chart or a monthly series asks for hundreds of months)."""
        intervals = self.intervals.get(channel, ())
        found: list[Interval | None] = []
        current: Interval | None = None
        position = 0
        for month in months:
            while (position < len(intervals)
                   and intervals[position].start[: len(month)] <= month):
                current = intervals[position]
                position += 1
            found.append(current)
        return found


def _latest(merged: Sequence[MergedEvent]) -> str | None:
    """The latest date an event is dated to, by its first day ("2024-01-09" after "2024")."""
    dated = [(period_start(m.when), len(m.when), m.when) for m in merged if m.when]
    found = [item for item in dated if item[0] is not None]
    return max(found)[2] if found else None


def _known(events: Iterable[StoredEvent], day: date,
           supports: Callable[[StoredEvent], bool] | None) -> tuple[StoredEvent, ...]:
    """The events `known_on(day)` that `supports` keeps, in their order: `known_on` inline,
    with each distinct date's verdict found once (a busy pair's 20,000 tellings have a few
    thousand dates), since this runs over every telling of a pair on every cold history."""
    after: dict[str, bool] = {}  # a date -> its first day is after `day`
    kept: list[StoredEvent] = []
    for stored in events:
        published = stored.published
        if published is not None and published > day:
            continue
        record = stored.event
        late = False
        for value in (record.date, record.date_end):
            if value:
                found = after.get(value)
                if found is None:
                    start = period_start(value)
                    found = after[value] = start is not None and start > day
                if found:
                    late = True
                    break
        if not late and (supports is None or supports(stored)):
            kept.append(stored)
    return tuple(kept)


def build_history(
    events: Iterable[StoredEvent], a: str = "", b: str = "", *, as_of: str | None = None,
    answer_days: int = 30, stale_after_months: int = DEFAULT_STALE_AFTER_MONTHS,
    supports: Callable[[StoredEvent], bool] | None = None,
) -> PairHistory:
    """The history of a pair's events as known on `as_of` (default today); see the module.

    `supports` says whether a telling may speak for its channel at all (`report.evidence`
    drops sentences about other channels); one that may not is left out.
    """
    day = as_of_day(as_of)
    known = _known(events, day, supports)
    merged = merge_events(known, remember=False)  # the history keeps it
    requests = classify_requests(merged, answer_days=answer_days, reference=day.isoformat())
    unanswered = [(answer.request, answer.deadline) for answer in requests
                  if answer.outcome is Outcome.UNANSWERED and answer.response is None
                  and answer.request.channel is not None]
    intervals = with_staleness(channel_intervals(merged, unanswered), day, stale_after_months)
    return PairHistory(a, b, as_of or day.isoformat(), day, answer_days, stale_after_months,
                       known, tuple(merged), tuple(requests), intervals, _latest(merged))
