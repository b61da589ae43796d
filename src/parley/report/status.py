"""Per-channel status of a pair of states as of a date, with the sentences that say so.

A view of the pair's history (`timeline.history`): a stale state reads "unknown (last:
suspended, 2018-09)" and cites the sentences the last state rested on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from parley import catalogue
from parley.report.evidence import confidence_reason, ranked_support
from parley.timeline.history import PairHistory, build_history
from parley.timeline.states import Interval, interval_on
from parley.types import ChannelState, ChannelStatus, StoredEvent, StoredEvidence

#: How many supporting sentences a status row shows (latest first).
EVIDENCE_PER_ROW = 3


_new = object.__new__
#: StoredEvidence's slot setters, in its fields' order: a pair page builds one for every
#: telling its ledgers cite (some 13,000 on the busiest benchmark pair), and the frozen
#: dataclass's own `__init__` costs twice as much for the same record.
(_article, _sentence, _start, _end, _published, _title, _url) = (
    getattr(StoredEvidence, name).__set__ for name in StoredEvidence.__dataclass_fields__)


def evidence_of(event: StoredEvent) -> StoredEvidence:
    """The telling's evidence, with its article's facts (equal to building it by keyword:
    `tests/report/test_evidence_of.py`)."""
    record = event.event
    told = record.evidence
    evidence = _new(StoredEvidence)
    _article(evidence, record.article)
    _sentence(evidence, told.sentence)
    _start(evidence, told.start)
    _end(evidence, told.end)
    _published(evidence, event.published)
    _title(evidence, event.title)
    _url(evidence, event.url)
    return evidence


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


def status_rows(history: PairHistory, channels: Sequence[str] | None = None,
                when: str | None = None) -> list[ChannelState]:
    """One row per catalogue channel on `when` (default: the as-of day) of a pair's history."""
    rows: list[ChannelState] = []
    for channel in channels if channels is not None else catalogue.slugs():
        items = history.intervals.get(channel, ())
        rows.append(_row(history, channel, items, interval_on(
            items, when or history.day.isoformat())))
    return rows


def channel_states(events: Sequence[StoredEvent], as_of: str | None,
                   answer_days: int = 30, stale_after_months: int = 12) -> list[ChannelState]:
    """`status_rows` of the history of some events (a pair's, already read)."""
    return status_rows(build_history(events, as_of=as_of, answer_days=answer_days,
                                     stale_after_months=stale_after_months))


def _row(history: PairHistory, channel: str, items: Sequence[Interval],
         interval: Interval | None) -> ChannelState:
    if interval is None:
        return ChannelState(channel=channel, status=ChannelStatus.UNKNOWN, since=None)
    shown = interval
    if interval.stale:
        # Cite what the last state rested on: the interval the stale stretch follows.
        before = [i for i in items if not i.stale and i.start < interval.start]
        shown = before[-1] if before else interval
    support = ranked_support(shown.evidence, channel, history.a, history.b)
    # One sentence can tell several events of a channel (a MEET and a STATUS); cite it once.
    seen: set[tuple[str, int]] = set()
    latest: list[StoredEvent] = []
    for item in support:
        key = (item.event.article, item.event.evidence.start)
        if key not in seen and len(latest) < EVIDENCE_PER_ROW:
            seen.add(key)
            latest.append(item)
    return ChannelState(
        channel=channel, status=interval.status, since=interval.start or None,
        evidence=tuple(evidence_of(e) for e in latest),
        event_type=latest[0].event.type if latest else None,
        conflict=interval.conflict, confidence=None if interval.stale else interval.confidence,
        confidence_reason=None if interval.stale else confidence_reason(interval, support),
        last_evidence=interval.last_evidence, stale=interval.stale,
        last_status=interval.last_status if interval.stale else interval.status,
    )


def status_text(state: ChannelState) -> str:
    """'suspended', or 'unknown (last: suspended, 2018-09)' for a stale state."""
    if state.stale and state.last_status is not None:
        return f"unknown (last: {state.last_status.value}, {state.last_evidence})"
    return state.status.value


def state_as_dict(state: ChannelState) -> dict[str, Any]:
    """A status row as JSON (`parley status --json`, the API's status rows)."""
    return {
        "channel": state.channel, "status": state.status.value, "since": state.since,
        "last_evidence": state.last_evidence, "stale": state.stale,
        "last_status": state.last_status.value if state.last_status else None,
        "conflict": state.conflict, "confidence": state.confidence,
        "confidence_reason": state.confidence_reason,
        "evidence": [evidence_as_dict(e) for e in state.evidence],
    }


def evidence_age(history: PairHistory) -> str:
    """'latest evidence 2026-05-08, 7 months before the as-of date' (or that there is none)."""
    if history.latest_evidence is None:
        return f"no evidence on record by {history.day.isoformat()}"
    months = history.evidence_age_months or 0
    if months == 0:
        age = "less than a month before the as-of date"
    else:
        age = f"{months} month{'s' if months != 1 else ''} before the as-of date"
    return f"latest evidence {history.latest_evidence}, {age}"
