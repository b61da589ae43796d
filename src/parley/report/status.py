"""Per-channel status of a pair of states as of a date, with the sentences that say so."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from parley import catalogue
from parley.timeline import Interval, pair_intervals, states_as_of
from parley.types import ChannelState, ChannelStatus, StoredEvent, StoredEvidence

#: How many supporting sentences a status row shows (latest first).
EVIDENCE_PER_ROW = 3


def evidence_of(event: StoredEvent) -> StoredEvidence:
    record = event.event
    return StoredEvidence(
        article=record.article, sentence=record.evidence.sentence,
        start=record.evidence.start, end=record.evidence.end,
        published=event.published, title=event.title, url=event.url,
    )


def evidence_as_dict(evidence: StoredEvidence) -> dict[str, Any]:
    """An evidence as JSON: article, sentence, offsets, publication date and title.

    The shape every `--json` output and report cites evidence in (`exports.evidence_record`
    adds the article's URL).
    """
    return {
        "article": evidence.article, "sentence": evidence.sentence, "start": evidence.start,
        "end": evidence.end,
        "published": evidence.published.isoformat() if evidence.published else None,
        "title": evidence.title,
    }


def channel_states(events: Sequence[StoredEvent], as_of: str | None,
                   answer_days: int | None = None) -> list[ChannelState]:
    """One row per catalogue channel: status, since when, the latest evidence first.

    With `answer_days`, a request left without answer for that many days degrades its
    channel (see `timeline.request_outcomes`); without, only DECLINE events do.
    """
    relevant = [e for e in events if as_of is None or (e.event.date or "")[: len(as_of)] <= as_of
                and (e.event.date_end is None or e.event.date_end[: len(as_of)] <= as_of)]
    intervals = pair_intervals(relevant, answer_days=answer_days,
                               reference=as_of or date.today().isoformat())
    current = states_as_of(intervals, as_of, catalogue.slugs())
    rows: list[ChannelState] = []
    for channel, interval in current.items():
        rows.append(_row(channel, interval))
    return rows


def _row(channel: str, interval: Interval | None) -> ChannelState:
    if interval is None:
        return ChannelState(channel=channel, status=ChannelStatus.UNKNOWN, since=None)
    ordered = sorted(interval.evidence, key=lambda e: (
        e.event.date or "", e.published.isoformat() if e.published else ""), reverse=True)
    # One sentence can tell several events of a channel (a MEET and a STATUS); cite it once.
    seen: set[tuple[str, int]] = set()
    latest: list[StoredEvent] = []
    for item in ordered:
        key = (item.event.article, item.event.evidence.start)
        if key not in seen and len(latest) < EVIDENCE_PER_ROW:
            seen.add(key)
            latest.append(item)
    return ChannelState(
        channel=channel, status=interval.status, since=interval.start or None,
        evidence=tuple(evidence_of(e) for e in latest),
        event_type=latest[0].event.type if latest else None,
        conflict=interval.conflict, confidence=interval.confidence,
    )
