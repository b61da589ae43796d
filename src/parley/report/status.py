"""Per-channel status of a pair of states as of a date, with the sentences that say so."""

from __future__ import annotations

from collections.abc import Sequence

from parley.extract import load_lexicon
from parley.timeline import Interval, channel_intervals, states_as_of
from parley.types import ChannelState, ChannelStatus, StoredEvent, StoredEvidence

#: How many supporting sentences a status row shows (latest first).
EVIDENCE_PER_ROW = 3


def catalogue() -> list[str]:
    """Channel slugs in the contract's order."""
    return list(load_lexicon().channels)


def evidence_of(event: StoredEvent) -> StoredEvidence:
    record = event.event
    return StoredEvidence(
        article=record.article, sentence=record.evidence.sentence,
        start=record.evidence.start, end=record.evidence.end,
        published=event.published, title=event.title, url=event.url,
    )


def channel_states(events: Sequence[StoredEvent], as_of: str | None) -> list[ChannelState]:
    """One row per catalogue channel: status, since when, the latest evidence first."""
    relevant = [e for e in events if as_of is None or (e.event.date or "")[: len(as_of)] <= as_of
                and (e.event.date_end is None or e.event.date_end[: len(as_of)] <= as_of)]
    intervals = channel_intervals(relevant)
    current = states_as_of(intervals, as_of, catalogue())
    rows: list[ChannelState] = []
    for channel, interval in current.items():
        rows.append(_row(channel, interval))
    return rows


def _row(channel: str, interval: Interval | None) -> ChannelState:
    if interval is None:
        return ChannelState(channel=channel, status=ChannelStatus.UNKNOWN, since=None)
    latest = sorted(interval.evidence, key=lambda e: (e.event.date or "", e.published or ""),
                    reverse=True)[:EVIDENCE_PER_ROW]
    return ChannelState(
        channel=channel, status=interval.status, since=interval.start or None,
        evidence=tuple(evidence_of(e) for e in latest),
        event_type=latest[0].event.type if latest else None,
    )
