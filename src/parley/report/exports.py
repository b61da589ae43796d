"""Records as plain dicts and CSV rows: the shapes the web API and its downloads write.

One function per record kind, so the JSON of the API, its CSV and JSON-lines downloads and
any later export agree on field names (those of the event contract, plus the article's
publication date, title and URL). The downloads themselves write the same text straight
from the store's rows (`report.downloads`), checked against these functions.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from parley.report.freeze import FreezeSeries
from parley.report.status import evidence_as_dict, state_as_dict
from parley.timeline.states import Interval
from parley.types import ChannelState, StoredEvent, StoredEvidence

__all__ = [
    "EVENT_CSV_FIELDS",
    "FREEZE_CSV_FIELDS",
    "event_csv_row",
    "event_record",
    "evidence_record",
    "freeze_csv",
    "interval_record",
    "state_record",
]

#: Columns of an events CSV: the contract's fields, the evidence sentence, the article's.
EVENT_CSV_FIELDS: tuple[str, ...] = (
    "article", "type", "source", "target", "channel", "status", "date", "date_end",
    "negated", "hypothetical", "count", "count_qualifier", "persons", "mechanism", "sentence",
    "start", "end", "published", "title", "url",
)

FREEZE_CSV_FIELDS: tuple[str, ...] = ("month", "index", "known_channels", "suspended",
                                      "degraded", "active")


def event_record(stored: StoredEvent) -> dict[str, Any]:
    """The contract record of a stored event, with its article's date, title and URL."""
    return {
        **stored.event.to_contract(),
        "published": stored.published.isoformat() if stored.published else None,
        "title": stored.title,
        "url": stored.url,
    }


def event_csv_row(stored: StoredEvent) -> dict[str, Any]:
    """One CSV row (`EVENT_CSV_FIELDS`) of a stored event; persons joined by "; "."""
    record = event_record(stored)
    evidence = record.pop("evidence")
    record["persons"] = "; ".join(record["persons"])
    record.update(sentence=evidence["sentence"], start=evidence["start"], end=evidence["end"])
    return {name: record.get(name) for name in EVENT_CSV_FIELDS}


def evidence_record(evidence: StoredEvidence) -> dict[str, Any]:
    """An evidence as JSON (`status.evidence_as_dict`) with its article's URL."""
    return {**evidence_as_dict(evidence), "url": evidence.url}


def state_record(state: ChannelState) -> dict[str, Any]:
    """One channel row of a pair's status (as `parley status --json`, with its extras)."""
    return {
        **state_as_dict(state),
        "event_type": state.event_type.value if state.event_type else None,
        "evidence": [evidence_record(e) for e in state.evidence],
    }


def interval_record(interval: Interval, index: int) -> dict[str, Any]:
    """An interval of a channel with every event that supports it (and what it outweighed)."""
    return {
        "channel": interval.channel, "index": index, "status": interval.status.value,
        "start": interval.start, "end": interval.end, "confidence": interval.confidence,
        "conflict": interval.conflict, "articles": list(interval.articles),
        "last_evidence": interval.last_evidence, "stale": interval.stale,
        "last_status": interval.last_status.value if interval.last_status else None,
        "sides": [{"status": side.status.value,
                   "evidence": [event_record(e) for e in side.evidence]}
                  for side in interval.sides],
        "evidence": [event_record(e) for e in interval.evidence],
        "superseded": [event_record(e) for e in interval.superseded],
    }


def freeze_csv(series: FreezeSeries) -> str:
    """The monthly series as CSV (the `parley freeze --format csv` columns)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FREEZE_CSV_FIELDS)
    for point in series.points:
        counts = [sum(1 for s in point.statuses.values() if s.value == name)
                  for name in ("suspended", "degraded", "active")]
        writer.writerow([point.month, "" if point.index is None else point.index,
                         len(point.statuses), *counts])
    return buffer.getvalue()

