"""The query functions behind `status`, `timeline` and `report`, shared by CLI, web and tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from parley import catalogue
from parley.config import Settings
from parley.errors import ParleyError, UnknownChannel
from parley.resolve import load_gazetteer
from parley.types import ChannelState, EventType, StoredEvent


class EventSource(Protocol):
    """What the queries need of a store."""

    def events(
        self, *, pair: tuple[str, str] | None = ..., channel: str | None = ...,
        types: Sequence[EventType] | None = ..., date_from: str | None = ...,
        date_to: str | None = ..., article: str | None = ..., text: str | None = ...,
        limit: int | None = ..., offset: int = ...,
    ) -> list[StoredEvent]: ...


@dataclass(frozen=True, slots=True)
class PairQuery:
    a: str
    b: str
    as_of: str | None = None


def resolve_pair(a: str, b: str, as_of: str | None = None) -> PairQuery:
    """ISO codes for two user-given state names (UnknownState lists close matches)."""
    gazetteer = load_gazetteer()
    code_a, code_b = gazetteer.state_code(a), gazetteer.state_code(b)
    if code_a == code_b:
        raise ParleyError(f"{a!r} and {b!r} are the same state ({code_a}); name two states")
    return PairQuery(code_a, code_b, as_of)


def state_code(name: str) -> str:
    """The ISO code of a state's name or code (UnknownState lists close matches)."""
    return load_gazetteer().state_code(name)


def state_name(code: str) -> str:
    """The name a reader sees for a state's ISO code."""
    return load_gazetteer().state_name(code)


def pair_events(store: EventSource, query: PairQuery, channel: str | None = None
                ) -> list[StoredEvent]:
    if channel is not None and channel not in catalogue.slugs():
        raise UnknownChannel(
            f"unknown channel {channel!r} (known: {', '.join(catalogue.slugs())})")
    return store.events(pair=(query.a, query.b), channel=channel)


def pair_status(store: EventSource, query: PairQuery, settings: Settings) -> list[ChannelState]:
    """Catalogue rows of a pair as of `query.as_of` (default today), from its history."""
    from parley.report.history import pair_history
    from parley.report.status import status_rows

    return status_rows(pair_history(store, query, settings))


def pair_timeline(store: EventSource, query: PairQuery, channel: str | None = None
                  ) -> list[StoredEvent]:
    """Dated events of a pair in time order (undated ones last), known on `as_of`."""
    from parley.timeline.history import as_of_day, known_on

    events = pair_events(store, query, channel)
    if query.as_of:
        day = as_of_day(query.as_of)
        events = [e for e in events if known_on(e, day)]
    return sorted(events, key=lambda e: (e.event.date is None, e.event.date or "",
                                         e.published.isoformat() if e.published else ""))
