"""The channel state machine: events of one pair of states become status intervals per channel.

SUSPEND -> suspended; RESUME, or a MEET or CALL on the channel -> active; STATUS -> its status;
a DECLINE (refused or unanswered request) -> degraded. Negated and hypothetical events, and
events without a date, do not move a channel. Pure functions: the same events in any order give
the same intervals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from parley.types import ChannelStatus, EventType, StoredEvent

_STATUS_OF_TYPE: dict[EventType, ChannelStatus] = {
    EventType.SUSPEND: ChannelStatus.SUSPENDED,
    EventType.RESUME: ChannelStatus.ACTIVE,
    EventType.MEET: ChannelStatus.ACTIVE,
    EventType.CALL: ChannelStatus.ACTIVE,
    EventType.DECLINE: ChannelStatus.DEGRADED,
}


@dataclass(frozen=True, slots=True)
class Interval:
    """A channel in one status from `start` (ISO, any precision) until the next interval."""

    channel: str
    status: ChannelStatus
    start: str
    evidence: tuple[StoredEvent, ...]


def event_status(event: StoredEvent) -> ChannelStatus | None:
    """The status an event puts its channel in, or None when it says nothing about it."""
    record = event.event
    if record.channel is None or record.negated or record.hypothetical or not record.date:
        return None
    if record.type is EventType.STATUS:
        return record.status
    return _STATUS_OF_TYPE.get(record.type)


def _order_key(event: StoredEvent) -> tuple[str, str, str, int, str]:
    record = event.event
    published = event.published.isoformat() if event.published else ""
    # A range's state holds at its end ("since 2021 ... declined" is true at publication).
    when = record.date_end or record.date or ""
    return (when, published, record.article, record.evidence.start, record.type.value)


def channel_intervals(events: Iterable[StoredEvent]) -> dict[str, list[Interval]]:
    """Intervals per channel, in time order; consecutive events of one status merge."""
    by_channel: dict[str, list[StoredEvent]] = {}
    for event in events:
        if event_status(event) is not None and event.event.channel:
            by_channel.setdefault(event.event.channel, []).append(event)
    result: dict[str, list[Interval]] = {}
    for channel, items in by_channel.items():
        intervals: list[Interval] = []
        for event in sorted(items, key=_order_key):
            status = event_status(event)
            assert status is not None
            when = event.event.date_end or event.event.date or ""
            if intervals and intervals[-1].status is status:
                last = intervals[-1]
                intervals[-1] = Interval(channel, status, last.start, (*last.evidence, event))
            else:
                intervals.append(Interval(channel, status, when, (event,)))
        result[channel] = intervals
    return result


def states_as_of(
    intervals: dict[str, list[Interval]], as_of: str | None, channels: Sequence[str]
) -> dict[str, Interval | None]:
    """The interval each channel is in on `as_of` (None: unknown)."""
    result: dict[str, Interval | None] = {}
    for channel in channels:
        current: Interval | None = None
        for interval in intervals.get(channel, []):
            if as_of is None or interval.start[: len(as_of)] <= as_of:
                current = interval
        result[channel] = current
    return result
