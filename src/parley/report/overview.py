"""The overview's rows (one `PairSummary` per pair), and the copy of them the store keeps.

A row needs the pair's whole history (every telling read, merged, turned into intervals),
so an overview of a 100,000-event store computed every pair's history: 2.4 s for a fresh
dashboard. The rows are small and change only when the store does, so they are kept in the
store (`Store.save_pair_summaries`) under the store's revision, the as-of day and a key of
what else they depend on (`summary_key`: the settings they read and the code that computes
them). `refresh_summaries` writes them (the end of an ingest and `parley summarise` do it
with the pair pages, `web.views.pair.refresh_kept`, reading each pair's events once);
`stored_summaries` gives a fresh dashboard the rows that are still valid, and it computes
(and saves) only the others. Only the default as-of date (today) is kept: another as-of
date, or other settings, is computed as before.

A stored row is the computed row, field for field (`summary_payload` and `summary_from`
are exact inverses: tests check it), so a page read from it is the page computed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from parley.collector import collector_paused
from parley.config import Settings
from parley.report.history import PairHistory, history_from_events
from parley.report.pair_order import common_order
from parley.report.queries import PairQuery, state_name
from parley.report.situation import freeze_index
from parley.report.status import status_rows
from parley.types import ChannelState, ChannelStatus, EventType, StoredEvent, StoredEvidence

__all__ = ["PairSummary", "SummaryStore", "code_order", "missing_orders", "refresh_summaries",
           "stored_summaries", "summarise", "summary_from", "summary_key", "summary_payload"]

#: Bumped when a row's fields or their encoding change: older stored rows are then outdated.
SUMMARY_FORMAT = 1
#: What a row is computed by (and a kept pair page rendered by, `web.kept_pages`): a
#: change to any of these files outdates the stored rows.
_CODE = ("report", "timeline", "web", "catalogue.py", "types.py", "channel_names.py")
_DATA = ("channels.json", "pair_order.json", "actors")
_DIGESTED = frozenset({".py", ".json", ".html", ".svg", ".css"})


@dataclass(frozen=True, slots=True)
class PairSummary:
    """One row of the overview: a pair's freeze index and its latest change."""

    a: str
    b: str
    name_a: str
    name_b: str
    events: int
    freeze_index: float | None
    known_channels: int
    last_change: ChannelState | None
    suspended: tuple[str, ...] = ()


class SummaryStore(Protocol):
    """What the summaries need of a store (the real one is `parley.store.Store`)."""

    def revision(self) -> str: ...

    def pairs(self) -> list[tuple[str, str]]: ...

    def events(self, *, pair: tuple[str, str] | None = None) -> list[StoredEvent]: ...

    def pair_summaries(self, revision: str, as_of: str, settings_key: str,
                       kind: str = ..., pair: tuple[str, str] | None = ...
                       ) -> dict[tuple[str, str], str]: ...

    def save_pair_summaries(self, revision: str, as_of: str, settings_key: str,
                            payloads: Mapping[tuple[str, str], str], kind: str = ...
                            ) -> int: ...


def summarise(history: PairHistory, query: PairQuery, settings: Settings) -> PairSummary:
    """The overview row of a pair's history: freeze index, known channels, latest change."""
    states = status_rows(history)
    known = [s for s in states if s.status is not ChannelStatus.UNKNOWN]
    latest = max(known, key=lambda s: (s.since or "", s.channel), default=None)
    return PairSummary(
        query.a, query.b, state_name(query.a), state_name(query.b), len(history.events),
        freeze_index(states, settings.channel_weights), len(known), latest,
        tuple(s.channel for s in known if s.status is ChannelStatus.SUSPENDED))


def code_order(a: str, b: str) -> tuple[str, str]:
    """The API's order of a pair: as the store lists it (codes sorted)."""
    return a, b


# -- the stored form ----------------------------------------------------------------------

def _evidence(item: StoredEvidence) -> dict[str, Any]:
    return {"article": item.article, "sentence": item.sentence, "start": item.start,
            "end": item.end, "title": item.title, "url": item.url,
            "published": item.published.isoformat() if item.published else None}


def _state(state: ChannelState) -> dict[str, Any]:
    return {"channel": state.channel, "status": state.status.value, "since": state.since,
            "evidence": [_evidence(e) for e in state.evidence],
            "event_type": state.event_type.value if state.event_type else None,
            "conflict": state.conflict, "confidence": state.confidence,
            "confidence_reason": state.confidence_reason, "last_evidence": state.last_evidence,
            "stale": state.stale,
            "last_status": state.last_status.value if state.last_status else None}


def summary_payload(row: PairSummary) -> str:
    """The row as the JSON text the store keeps (floats keep their exact value)."""
    return json.dumps({
        "a": row.a, "b": row.b, "name_a": row.name_a, "name_b": row.name_b,
        "events": row.events, "freeze_index": row.freeze_index,
        "known_channels": row.known_channels, "suspended": list(row.suspended),
        "last_change": None if row.last_change is None else _state(row.last_change)},
        ensure_ascii=False, sort_keys=True)


def _evidence_from(data: dict[str, Any]) -> StoredEvidence:
    published = data["published"]
    return StoredEvidence(data["article"], data["sentence"], data["start"], data["end"],
                          date.fromisoformat(published) if published else None,
                          data["title"], data["url"])


def _state_from(data: dict[str, Any]) -> ChannelState:
    return ChannelState(
        data["channel"], ChannelStatus(data["status"]), data["since"],
        tuple(_evidence_from(e) for e in data["evidence"]),
        EventType(data["event_type"]) if data["event_type"] else None, data["conflict"],
        data["confidence"], data["confidence_reason"], data["last_evidence"], data["stale"],
        ChannelStatus(data["last_status"]) if data["last_status"] else None)


def summary_from(payload: str) -> PairSummary:
    """The row `summary_payload` wrote."""
    data = json.loads(payload)
    change = data["last_change"]
    return PairSummary(data["a"], data["b"], data["name_a"], data["name_b"], data["events"],
                       data["freeze_index"], data["known_channels"],
                       None if change is None else _state_from(change),
                       tuple(data["suspended"]))


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of the name, size and modification time of each module and data file a
    row is computed from (read once a process; reading their contents took 150 ms of a
    fresh server's first request, and a file edited in place gets a new time)."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    roots = [package / name for name in _CODE] + [package / "data" / name for name in _DATA]
    for root in roots:
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and path.suffix in _DIGESTED and "__pycache__" not in path.parts:
                stat = path.stat()
                digest.update(f"{path.relative_to(package)}:{stat.st_size}:"
                              f"{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def summary_key(settings: Settings) -> str:
    """What a stored row depends on besides the store and the day: the settings it reads
    and the code and data that compute it."""
    key = json.dumps({"format": SUMMARY_FORMAT, "code": _code_digest(),
                      "answer_days": settings.request_answer_days,
                      "stale_after_months": settings.stale_after_months,
                      "weights": sorted(settings.channel_weights.items())})
    return hashlib.sha256(key.encode()).hexdigest()[:32]


# -- reading and refreshing ---------------------------------------------------------------

def stored_summaries(store: SummaryStore, settings: Settings, revision: str
                     ) -> dict[tuple[str, str], PairSummary]:
    """The rows kept for `revision`, today and these settings, by ordered pair."""
    found = store.pair_summaries(revision, date.today().isoformat(), summary_key(settings))
    return {pair: summary_from(payload) for pair, payload in found.items()}


def save_summaries(store: SummaryStore, settings: Settings, revision: str,
                   rows: Iterable[PairSummary]) -> int:
    """Keep these rows (computed as of today on `revision`); how many were written."""
    return store.save_pair_summaries(
        revision, date.today().isoformat(), summary_key(settings),
        {(row.a, row.b): summary_payload(row) for row in rows})


def missing_orders(pair: tuple[str, str], present: Mapping[tuple[str, str], object],
                   orders: Iterable[Callable[[str, str], tuple[str, str]]] = (
                       code_order, common_order)) -> list[tuple[str, str]]:
    """The orders of `pair` the dashboard shows (the API's and the overview's) that have no
    row in `present`, each once."""
    return [ordered for ordered in dict.fromkeys(order(*pair) for order in orders)
            if ordered not in present]


def refresh_summaries(store: SummaryStore, settings: Settings,
                      orders: Iterable[Callable[[str, str], tuple[str, str]]] = (
                          code_order, common_order)) -> int:
    """Compute and keep every pair's row as of today, in each order the dashboard shows it
    (the API's and the overview's), unless the store already has them; how many rows were
    computed (`web.views.pair.refresh_kept` does the same with the pair pages)."""
    revision = store.revision()  # before reading: a write meanwhile outdates what is saved
    present = stored_summaries(store, settings, revision)
    rows: list[PairSummary] = []
    for pair in store.pairs():
        missing = missing_orders(pair, present, orders)
        if not missing:
            continue
        with collector_paused():
            events = store.events(pair=pair)
            for a, b in missing:
                query = PairQuery(a, b)
                rows.append(summarise(history_from_events(events, query, settings), query,
                                      settings))
    if rows:
        save_summaries(store, settings, revision, rows)
    return len(rows)
