"""The channel state machine: events of one pair of states become status intervals per channel.

Events are first merged across articles (`timeline.merge`), then read as observations:

- SUSPEND -> suspended; RESUME -> active; STATUS -> its status (explicit statements);
- a MEET or CALL on the channel -> active (the channel was used);
- a DECLINE (refused or unanswered request), or a request found unanswered when its answer
  window closed (`timeline.request_outcomes`) -> degraded. A refusal does not lift a suspended
  channel to degraded: it confirms the freeze and is added to the suspended interval.

Negated and hypothetical events, and events without a date, do not move a channel. A range
("since 2021 ... declined") applies at its end.

Observations of one channel on one date are weighed together. If they agree, or only differ
between suspended and degraded (both say the channel is not working; the graver wins), the
date has one status. If later reporting (a later publication month) says otherwise than
earlier reporting, the later supersedes it. If sources of the same reporting period disagree
on whether the channel works, the interval is a conflict: `conflict=True`, `sides` lists each
status with its evidence, and `status` is the better supported side (the graver on a tie).

Each interval runs from its `start` to the next interval's start (`end`, None for the current
one) and carries a `confidence` in [0, 1]: a noisy-or over independent articles of the weight
of the strongest kind of evidence each gives (explicit 0.8, use 0.6, refusal 0.4, unanswered
0.3), times the share of support for the shown side when there is a conflict.

Pure functions: the same events in any order, or given twice, give the same intervals.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from parley.timeline.memo import IdentityMemo
from parley.timeline.merge import (
    MergedEvent,
    TellingOrder,
    dedupe_tellings,
    merge_events,
    telling_order,
)
from parley.timeline.request_outcomes import Outcome, classify_requests
from parley.types import ChannelStatus, EventType, StoredEvent

__all__ = [
    "EvidenceKind",
    "Interval",
    "Side",
    "channel_intervals",
    "event_status",
    "interval_on",
    "pair_intervals",
    "states_as_of",
]

_STATUS_OF_TYPE: dict[EventType, ChannelStatus] = {
    EventType.SUSPEND: ChannelStatus.SUSPENDED,
    EventType.RESUME: ChannelStatus.ACTIVE,
    EventType.MEET: ChannelStatus.ACTIVE,
    EventType.CALL: ChannelStatus.ACTIVE,
    EventType.DECLINE: ChannelStatus.DEGRADED,
}


class EvidenceKind(enum.StrEnum):
    """How directly an observation speaks of a channel's state."""

    EXPLICIT = "explicit"  # SUSPEND, RESUME, STATUS
    USE = "use"  # MEET, CALL
    REFUSAL = "refusal"  # DECLINE
    UNANSWERED = "unanswered"  # a request whose answer window closed in silence


_KIND_OF_TYPE: dict[EventType, EvidenceKind] = {
    EventType.SUSPEND: EvidenceKind.EXPLICIT,
    EventType.RESUME: EvidenceKind.EXPLICIT,
    EventType.STATUS: EvidenceKind.EXPLICIT,
    EventType.MEET: EvidenceKind.USE,
    EventType.CALL: EvidenceKind.USE,
    EventType.DECLINE: EvidenceKind.REFUSAL,
}

#: How much one article's observation of each kind supports a status (see module docstring).
KIND_WEIGHT: dict[EvidenceKind, float] = {
    EvidenceKind.EXPLICIT: 0.8,
    EvidenceKind.USE: 0.6,
    EvidenceKind.REFUSAL: 0.4,
    EvidenceKind.UNANSWERED: 0.3,
}

#: Gravity of a status, for ties: the graver status is shown.
_GRAVITY: dict[ChannelStatus, int] = {
    ChannelStatus.SUSPENDED: 2,
    ChannelStatus.DEGRADED: 1,
    ChannelStatus.ACTIVE: 0,
    ChannelStatus.UNKNOWN: -1,
}

_WORKING = frozenset({ChannelStatus.ACTIVE})
_REFUSALS = frozenset({EvidenceKind.REFUSAL, EvidenceKind.UNANSWERED})


@dataclass(frozen=True, slots=True)
class Side:
    """One status that sources claim for a channel on a date, with their evidence."""

    status: ChannelStatus
    evidence: tuple[StoredEvent, ...]


@dataclass(frozen=True, slots=True)
class Interval:
    """A channel in one status from `start` (ISO, any precision) until `end` (next start)."""

    channel: str
    status: ChannelStatus
    start: str
    evidence: tuple[StoredEvent, ...]
    end: str | None = None
    confidence: float = 0.0
    conflict: bool = False
    sides: tuple[Side, ...] = ()
    superseded: tuple[StoredEvent, ...] = ()
    #: The date of the latest observation that supports the interval (any ISO precision).
    last_evidence: str | None = None
    #: A stretch in which the channel's last known state had grown too old to hold
    #: (`timeline.staleness`): `status` is unknown and `last_status` says what it was.
    stale: bool = False
    last_status: ChannelStatus | None = None

    @property
    def articles(self) -> tuple[str, ...]:
        """The distinct articles whose evidence supports this interval, sorted."""
        return tuple(sorted({e.event.article for e in self.evidence}))


def event_status(event: StoredEvent | MergedEvent) -> ChannelStatus | None:
    """The status an event puts its channel in, or None when it says nothing about it."""
    record = event.event if isinstance(event, StoredEvent) else event
    if record.channel is None or record.negated or record.hypothetical or not record.date:
        return None
    if record.type is EventType.STATUS:
        return record.status if record.status in _GRAVITY else None
    return _STATUS_OF_TYPE.get(record.type)


@dataclass(frozen=True, slots=True)
class _Observation:
    when: str
    status: ChannelStatus
    kind: EvidenceKind
    evidence: tuple[StoredEvent, ...]


@dataclass(slots=True)
class _Point:
    """What the observations of one date add up to."""

    when: str
    status: ChannelStatus
    support: list[tuple[EvidenceKind, StoredEvent]]
    conflict: bool = False
    sides: tuple[Side, ...] = ()
    losing: list[tuple[EvidenceKind, StoredEvent]] = field(default_factory=list)
    superseded: tuple[StoredEvent, ...] = ()

    @property
    def only_refusals(self) -> bool:
        return all(kind in _REFUSALS for kind, _ in self.support)


def _observations(
    merged: Sequence[MergedEvent], unanswered: Sequence[tuple[MergedEvent, str]]
) -> dict[str, list[_Observation]]:
    by_channel: dict[str, list[_Observation]] = {}
    for event in merged:
        status = event_status(event)
        if status is None or event.channel is None or event.when is None:
            continue
        kind = _KIND_OF_TYPE[event.type]
        by_channel.setdefault(event.channel, []).append(
            _Observation(event.when, status, kind, event.evidence))
    for request, deadline in unanswered:
        if request.channel is None:
            continue
        by_channel.setdefault(request.channel, []).append(_Observation(
            deadline, ChannelStatus.DEGRADED, EvidenceKind.UNANSWERED, request.evidence))
    return by_channel


def _reported(evidence: Iterable[StoredEvent]) -> str:
    """The latest publication month of some evidence ("" when none is dated)."""
    return max((e.published.isoformat()[:7] for e in evidence if e.published), default="")


def _article_weights(support: Iterable[tuple[EvidenceKind, StoredEvent]]) -> list[float]:
    """Per article (independent sources), the weight of the strongest kind it gives."""
    best: dict[str, float] = {}
    for kind, stored in support:
        article = stored.event.article
        best[article] = max(best.get(article, 0.0), KIND_WEIGHT[kind])
    return list(best.values())


def _score(support: Iterable[tuple[EvidenceKind, StoredEvent]]) -> float:
    """Sum over articles of the weight of the strongest kind each gives."""
    return sum(_article_weights(support))


def _noisy_or(support: Iterable[tuple[EvidenceKind, StoredEvent]]) -> float:
    missing = 1.0
    for weight in _article_weights(support):
        missing *= 1.0 - weight
    return 1.0 - missing


def _resolve(when: str, observations: Sequence[_Observation], order: TellingOrder | None
             ) -> _Point:
    """One status for one date of one channel, with superseding and conflicts."""
    by_status: dict[ChannelStatus, list[tuple[EvidenceKind, StoredEvent]]] = {}
    for observation in observations:
        for stored in observation.evidence:
            by_status.setdefault(observation.status, []).append((observation.kind, stored))
    if len(by_status) == 1:
        status, support = next(iter(by_status.items()))
        return _Point(when, status, support)
    reported = {status: _reported(e for _, e in support) for status, support in by_status.items()}
    newest = max(reported.values())
    current = {s: support for s, support in by_status.items() if reported[s] == newest}
    superseded = dedupe_tellings([e for s, support in by_status.items() if s not in current
                                  for _, e in support], order)
    if len(current) == 1 or not (set(current) & _WORKING and set(current) - _WORKING):
        status = max(current, key=lambda s: _GRAVITY[s])
        support = [item for items in current.values() for item in items]
        return _Point(when, status, support, superseded=superseded)
    ranked = sorted(current, key=lambda s: (-_score(current[s]), -_GRAVITY[s]))
    winner = ranked[0]
    sides = tuple(Side(s, dedupe_tellings([e for _, e in current[s]], order))
                  for s in sorted(current, key=lambda s: -_GRAVITY[s]))
    losing = [item for s in ranked[1:] for item in current[s]]
    return _Point(when, winner, current[winner], conflict=True, sides=sides, losing=losing,
                  superseded=superseded)


@dataclass(slots=True)
class _Building:
    status: ChannelStatus
    start: str
    support: list[tuple[EvidenceKind, StoredEvent]]
    conflict: bool = False
    sides: tuple[Side, ...] = ()
    losing: list[tuple[EvidenceKind, StoredEvent]] = field(default_factory=list)
    superseded: list[StoredEvent] = field(default_factory=list)
    last: str = ""

    def freeze(self, channel: str, end: str | None, order: TellingOrder | None) -> Interval:
        confidence = _noisy_or(self.support)
        if self.conflict:
            won, lost = _score(self.support), _score(self.losing)
            confidence *= won / (won + lost) if won + lost else 0.0
        evidence = dedupe_tellings([e for _, e in self.support] + [e for _, e in self.losing],
                                   order)
        return Interval(
            channel=channel, status=self.status, start=self.start, evidence=evidence, end=end,
            confidence=round(min(confidence, 0.99), 2), conflict=self.conflict,
            sides=self.sides, superseded=dedupe_tellings(self.superseded, order),
            last_evidence=self.last or self.start,
        )


def _intervals(channel: str, observations: Sequence[_Observation],
               order: TellingOrder | None = None) -> list[Interval]:
    by_date: dict[str, list[_Observation]] = {}
    for observation in observations:
        by_date.setdefault(observation.when, []).append(observation)
    building: list[_Building] = []
    for when in sorted(by_date):
        point = _resolve(when, by_date[when], order)
        last = building[-1] if building else None
        if last is not None and not point.conflict and (
            # A refusal on a frozen channel confirms the freeze; it does not thaw it.
            (last.status is ChannelStatus.SUSPENDED and point.status is ChannelStatus.DEGRADED
             and point.only_refusals)
            or (not last.conflict and last.status is point.status)
        ):
            last.support.extend(point.support)
            last.superseded.extend(point.superseded)
            last.last = when
            continue
        building.append(_Building(point.status, when, list(point.support), point.conflict,
                                  point.sides, list(point.losing), list(point.superseded),
                                  when))
    return [
        item.freeze(channel, building[index + 1].start if index + 1 < len(building) else None,
                    order)
        for index, item in enumerate(building)
    ]


def channel_intervals(
    events: Iterable[StoredEvent | MergedEvent],
    unanswered: Iterable[tuple[MergedEvent, str]] = (),
) -> dict[str, list[Interval]]:
    """Intervals per channel (sorted by channel), each list in time order, without overlap.

    `unanswered` gives requests found unanswered with the day their window closed; each
    degrades its channel from that day (see `pair_intervals`).
    """
    merged = merge_events(events)
    order = telling_order(merged)
    by_channel = _observations(merged, list(unanswered))
    return {channel: _intervals(channel, by_channel[channel], order)
            for channel in sorted(by_channel)}


def pair_intervals(
    events: Iterable[StoredEvent | MergedEvent], *, answer_days: int | None = None,
    reference: str | None = None,
) -> dict[str, list[Interval]]:
    """Channel intervals of a pair, with unanswered requests degrading their channels.

    With `answer_days` None, silence is not read as refusal (only DECLINE events count).
    The last few answers are remembered (`timeline.memo`): a report asks for the same
    events' intervals several times.
    """
    items = tuple(events)
    found = _INTERVALS.get(items, (answer_days, reference),
                           lambda: _pair_intervals(items, answer_days, reference))
    return {channel: list(intervals) for channel, intervals in found.items()}


_INTERVALS: IdentityMemo[dict[str, list[Interval]]] = IdentityMemo(8)


def _pair_intervals(events: Sequence[StoredEvent | MergedEvent], answer_days: int | None,
                    reference: str | None) -> dict[str, list[Interval]]:
    merged = merge_events(events)
    unanswered: list[tuple[MergedEvent, str]] = []
    if answer_days is not None:
        unanswered = [
            (answer.request, answer.deadline)
            for answer in classify_requests(merged, answer_days=answer_days, reference=reference)
            if answer.outcome is Outcome.UNANSWERED and answer.request.channel is not None
        ]
    return channel_intervals(merged, unanswered)


def interval_on(intervals: Sequence[Interval], when: str | None) -> Interval | None:
    """The interval a channel is in on `when` (any precision: its last day); None: unknown."""
    current: Interval | None = None
    for interval in intervals:
        if when is None or interval.start[: len(when)] <= when:
            current = interval
    return current


def states_as_of(
    intervals: dict[str, list[Interval]], as_of: str | None, channels: Sequence[str]
) -> dict[str, Interval | None]:
    """The interval each channel is in on `as_of` (None: unknown)."""
    return {channel: interval_on(intervals.get(channel, []), as_of) for channel in channels}
