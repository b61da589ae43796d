"""A pair's history (`timeline.history.PairHistory`) read from a store, computed once.

Every view of a pair (status, freeze, report, channels, requests, contacts, the dashboard)
starts from the same history. It is remembered per store, pair, as-of date, settings and
store revision: asking again while the store is unchanged costs a revision check, and a
write to the store makes the next question compute it anew.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from datetime import date

from parley.collector import collector_paused
from parley.config import Settings
from parley.report.evidence import about_other_channels
from parley.report.queries import EventSource, PairQuery, pair_events
from parley.timeline.history import PairHistory, build_history
from parley.types import StoredEvent

__all__ = ["HISTORIES_PER_STORE", "PairHistory", "history_from_events", "pair_history"]

#: Histories remembered per store (least recently used dropped first).
HISTORIES_PER_STORE = 32

_lock = threading.Lock()
_remembered: weakref.WeakKeyDictionary[object, OrderedDict[Hashable, PairHistory]] = \
    weakref.WeakKeyDictionary()


def history_from_events(events: Sequence[StoredEvent], query: PairQuery,
                        settings: Settings) -> PairHistory:
    """The history of a pair's events (already read) as of `query.as_of` (default today).
    Callers building many records (`_read_history`, the dashboard's cache) pause the cyclic
    collector around it."""
    return build_history(events, query.a, query.b, as_of=query.as_of,
                         answer_days=settings.request_answer_days,
                         stale_after_months=settings.stale_after_months,
                         supports=lambda e: not about_other_channels(e, query.a, query.b))


def _read_history(store: EventSource, query: PairQuery, settings: Settings) -> PairHistory:
    with collector_paused():  # reading builds as many records as the history does
        return history_from_events(pair_events(store, query), query, settings)


def _revision(store: EventSource) -> str | None:
    revise = getattr(store, "revision", None)
    return str(revise()) if callable(revise) else None


def pair_history(store: EventSource, query: PairQuery, settings: Settings,
                 revision: str | None = None) -> PairHistory:
    """The pair's history, remembered while the store's revision stays the same.

    `revision` may be given when the caller has just asked the store for it; a store
    without `revision()` is read anew on every call.
    """
    revision = revision if revision is not None else _revision(store)
    if revision is None:
        return _read_history(store, query, settings)
    key = (revision, query.a, query.b, query.as_of or date.today().isoformat(),
           settings.request_answer_days, settings.stale_after_months)
    try:
        with _lock:
            recent = _remembered.setdefault(store, OrderedDict())
            found = recent.get(key)
            if found is not None:
                recent.move_to_end(key)
                return found
    except TypeError:  # a store that cannot be weakly referenced is not remembered
        return _read_history(store, query, settings)
    history = _read_history(store, query, settings)
    with _lock:
        recent = _remembered.setdefault(store, OrderedDict())
        recent[key] = history
        while len(recent) > HISTORIES_PER_STORE:
            recent.popitem(last=False)
    return history
