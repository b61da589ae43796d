"""`parley channels A B`: the pair's known mechanisms joined with what the store has learned.

Reference data (`data/mechanisms.json`) says which mechanisms a pair has, at what level,
between whom, and when and by which agreement each was set up. The store adds when each was
last used (the latest MEET or CALL on it) and its current state (the channel state machine).

A store event belongs to a mechanism when its sentence names it (the mechanism's
`patterns`); when a mechanism is the only one of its pair on its catalogue channel, or has no
name of its own (the standing defence-minister channel), any use of that channel counts too
(`last_used_match` says which). The state is the channel's: two
mechanisms on one channel (e.g. two policy dialogues) show the same state. Channels the
store knows of that no reference entry covers are listed after the reference entries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from parley import catalogue
from parley.report.queries import EventSource, PairQuery, pair_events
from parley.report.status import channel_states, evidence_as_dict, evidence_of
from parley.timeline.merge import MergedEvent, merge_events
from parley.types import ChannelState, ChannelStatus, EventType, StoredEvent, StoredEvidence

__all__ = [
    "ChannelRow",
    "Mechanism",
    "channel_rows",
    "load_mechanisms",
    "mechanisms_for",
    "pair_channels",
]

Match = Literal["name", "channel"]

_USE_TYPES = frozenset({EventType.MEET, EventType.CALL})


@dataclass(frozen=True, slots=True)
class Mechanism:
    """One known mechanism of a pair of states, as the reference data gives it."""

    id: str
    pair: tuple[str, str]
    name: str
    short: str | None
    channel: str | None
    level: str | None
    participants: tuple[str, ...]
    established: str | None
    established_note: str | None
    agreement: str | None
    first_used: str | None
    patterns: tuple[re.Pattern[str], ...]
    source: str | None
    #: Other names of the mechanism (reference data only: `named_in` reads the patterns).
    aliases: tuple[str, ...] = ()

    def named_in(self, sentence: str) -> bool:
        return any(pattern.search(sentence) for pattern in self.patterns)


@dataclass(frozen=True, slots=True)
class ChannelRow:
    """One row of `parley channels`: a mechanism (or a learned channel) and its state."""

    name: str
    channel: str | None
    mechanism: Mechanism | None
    status: ChannelStatus
    since: str | None
    conflict: bool
    confidence: float | None
    last_used: str | None
    last_used_evidence: StoredEvidence | None
    last_used_match: Match | None
    state_evidence: tuple[StoredEvidence, ...]


def _compile(pattern: str) -> re.Pattern[str]:
    # An acronym alone ("DTL", "DGMOs?") is matched case-sensitively: "dct" is no name.
    bare = pattern.replace("\\b", "").replace("s?", "")
    flags = 0 if bare.isalpha() and bare.isupper() else re.IGNORECASE
    return re.compile(pattern, flags)


def _mechanism(record: dict[str, Any]) -> Mechanism:
    first, second = sorted(record["pair"])
    return Mechanism(
        id=record["id"], pair=(first, second), name=record["name"], short=record.get("short"),
        channel=record.get("channel"), level=record.get("level"),
        participants=tuple(record.get("participants") or ()),
        established=record.get("established"), established_note=record.get("established_note"),
        agreement=record.get("agreement"), first_used=record.get("first_used"),
        patterns=tuple(_compile(p) for p in record.get("patterns") or ()),
        source=record.get("source"), aliases=tuple(record.get("aliases") or ()),
    )


@lru_cache(maxsize=1)
def load_mechanisms() -> tuple[Mechanism, ...]:
    """Every mechanism of the packaged reference data, in file order."""
    node = resources.files("parley.data") / "mechanisms.json"
    data = json.loads(node.read_text(encoding="utf-8"))
    return tuple(_mechanism(record) for record in data["mechanisms"])


def mechanisms_for(a: str, b: str) -> list[Mechanism]:
    """The reference mechanisms of a pair of states (either order)."""
    first, second = sorted((a, b))
    return [m for m in load_mechanisms() if m.pair == (first, second)]


def _uses(events: Sequence[StoredEvent], as_of: str | None) -> list[MergedEvent]:
    """Meetings and calls that took place, up to `as_of`, latest first."""
    used = [
        m for m in merge_events(events)
        if m.type in _USE_TYPES and m.channel and m.date and not m.negated
        and not m.hypothetical and (as_of is None or (m.when or "")[: len(as_of)] <= as_of)
    ]
    return sorted(used, key=lambda m: (m.when or "", m.date or ""), reverse=True)


def _last_use(mechanism: Mechanism, uses: Sequence[MergedEvent], sole: bool
              ) -> tuple[MergedEvent, StoredEvent, Match] | None:
    on_channel = [m for m in uses if m.channel == mechanism.channel]
    for use in on_channel:
        named = [e for e in use.evidence if mechanism.named_in(e.event.evidence.sentence)]
        if named:
            return use, named[0], "name"
    if (sole or not mechanism.patterns) and on_channel:
        return on_channel[0], on_channel[0].representative, "channel"
    return None


def channel_rows(
    events: Sequence[StoredEvent], a: str, b: str, as_of: str | None = None,
    answer_days: int | None = None,
) -> list[ChannelRow]:
    """Reference mechanisms of the pair, then learned channels, with use and state."""
    states = {s.channel: s for s in channel_states(events, as_of, answer_days)}
    uses = _uses(events, as_of)
    mechanisms = mechanisms_for(a, b)
    per_channel: dict[str, int] = {}
    for mechanism in mechanisms:
        if mechanism.channel:
            per_channel[mechanism.channel] = per_channel.get(mechanism.channel, 0) + 1
    rows: list[ChannelRow] = []
    for mechanism in mechanisms:
        state = states.get(mechanism.channel) if mechanism.channel else None
        found = (_last_use(mechanism, uses, per_channel.get(mechanism.channel, 0) == 1)
                 if mechanism.channel else None)
        rows.append(_row(mechanism.name, mechanism.channel, mechanism, state, found))
    labels = catalogue.labels()
    covered = set(per_channel)
    for slug, state in states.items():
        if slug in covered or state.status is ChannelStatus.UNKNOWN:
            continue
        latest = next((m for m in uses if m.channel == slug), None)
        found = (latest, latest.representative, "channel") if latest else None
        rows.append(_row(labels.get(slug, slug), slug, None, state, found))
    return rows


def _row(name: str, channel: str | None, mechanism: Mechanism | None,
         state: ChannelState | None, found: tuple[MergedEvent, StoredEvent, Match] | None
         ) -> ChannelRow:
    return ChannelRow(
        name=name, channel=channel, mechanism=mechanism,
        status=state.status if state else ChannelStatus.UNKNOWN,
        since=state.since if state else None,
        conflict=state.conflict if state else False,
        confidence=state.confidence if state else None,
        last_used=found[0].when if found else None,
        last_used_evidence=evidence_of(found[1]) if found else None,
        last_used_match=found[2] if found else None,
        state_evidence=state.evidence if state else (),
    )


def pair_channels(store: EventSource, query: PairQuery, answer_days: int | None = None
                  ) -> list[ChannelRow]:
    """`channel_rows` for a pair read from a store."""
    return channel_rows(pair_events(store, query), query.a, query.b, query.as_of, answer_days)


def row_as_dict(row: ChannelRow) -> dict[str, Any]:
    """A JSON-ready dict of a row (the `--json` output of `parley channels`)."""
    mechanism = row.mechanism
    evidence = row.last_used_evidence
    return {
        "name": row.name,
        "id": mechanism.id if mechanism else None,
        "short": mechanism.short if mechanism else None,
        "channel": row.channel,
        "level": mechanism.level if mechanism else None,
        "participants": list(mechanism.participants) if mechanism else [],
        "established": mechanism.established if mechanism else None,
        "established_note": mechanism.established_note if mechanism else None,
        "agreement": mechanism.agreement if mechanism else None,
        "first_used": mechanism.first_used if mechanism else None,
        "reference_source": mechanism.source if mechanism else None,
        "status": row.status.value,
        "since": row.since,
        "conflict": row.conflict,
        "confidence": row.confidence,
        "last_used": row.last_used,
        "last_used_match": row.last_used_match,
        "last_used_evidence": None if evidence is None else evidence_as_dict(evidence),
    }
