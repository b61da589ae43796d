"""`parley channels A B`: the pair's known mechanisms, each with its own history.

Reference data (`data/mechanisms.json`, `report.mechanisms`) says which mechanisms a pair has,
at what level, between whom, and when and by which agreement each was set up. The store adds
each mechanism's own record: the events that name it (the contract's `mechanism` field, or a
sentence its `patterns` match) make up its history, from which come its last use (the latest
MEET or CALL) and its state (the channel state machine over those events alone, with
staleness). A mechanism that is the only one of its pair on its catalogue channel, or has no
name of its own (the standing defence-minister channel), is that channel: its history is the
channel's (`last_used_match` "channel"). A mechanism no event names has "no record": it
never inherits the state of another mechanism of its channel. `ESTABLISH` events that name
a mechanism the reference data lacks add it as a learned mechanism, set up on that date.
Channels the store knows of that no reference entry covers are listed after the mechanisms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from parley import catalogue
from parley.config import Settings
from parley.report.mechanisms import (
    Mechanism,
    load_mechanisms,
    mechanism_named_in,
    mechanisms_for,
)
from parley.report.queries import EventSource, PairQuery
from parley.report.status import evidence_as_dict, evidence_of, status_rows, status_text
from parley.timeline.history import PairHistory, build_history
from parley.timeline.merge import MergedEvent
from parley.timeline.staleness import with_staleness
from parley.timeline.states import channel_intervals, interval_on
from parley.types import ChannelState, ChannelStatus, EventType, StoredEvent, StoredEvidence

__all__ = [
    "ChannelRow",
    "Mechanism",
    "channel_rows",
    "history_channels",
    "load_mechanisms",
    "mechanisms_for",
    "pair_channels",
]

Match = Literal["name", "channel"]

_USE_TYPES = frozenset({EventType.MEET, EventType.CALL})


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
    established: str | None = None  # reference date, else learned from an ESTABLISH event
    record: bool = True  # False: no event in the store names the mechanism
    stale: bool = False
    last_evidence: str | None = None
    state_text: str = "unknown"  # "active", "unknown (last: active, 2019-05)", "no record"


def _factual(event: MergedEvent) -> bool:
    return bool(event.date) and not event.negated and not event.hypothetical


def _names(mechanism: Mechanism, event: MergedEvent) -> bool:
    """Some telling of the event names the mechanism (its field or its sentence)."""
    if event.channel not in (None, mechanism.channel):
        return False
    return any((told.event.mechanism and mechanism.is_named(told.event.mechanism))
               or mechanism_named_in(mechanism, told.event.evidence.sentence)
               for told in event.evidence)


def _own_state(history: PairHistory, events: Sequence[MergedEvent], channel: str | None
               ) -> ChannelState | None:
    """The state of a mechanism from its own events alone (None: they give no state)."""
    if channel is None:
        return None
    observed = [m for m in events if m.channel == channel]
    intervals = with_staleness(channel_intervals(observed), history.day,
                               history.stale_after_months).get(channel, ())
    if not intervals:
        return None
    own = PairHistory(history.a, history.b, history.as_of, history.day, history.answer_days,
                      history.stale_after_months, history.events, tuple(observed), (),
                      {channel: intervals}, history.latest_evidence)
    state = status_rows(own, [channel])[0]
    return state if interval_on(intervals, history.day.isoformat()) else None


def _last_use(events: Sequence[MergedEvent]) -> MergedEvent | None:
    used = [m for m in events if m.type in _USE_TYPES and m.channel and _factual(m)]
    return max(used, key=lambda m: (m.when or "", m.date or ""), default=None)


def _learned(history: PairHistory, mechanisms: Sequence[Mechanism]) -> list[MergedEvent]:
    """ESTABLISH events naming a mechanism the reference data does not know, first each."""
    found: dict[str, MergedEvent] = {}
    for event in history.merged:
        if event.type is not EventType.ESTABLISH or not _factual(event):
            continue
        for told in event.evidence:
            name = told.event.mechanism
            if name and not any(m.is_named(name) for m in mechanisms):
                key = " ".join(name.lower().split())
                if key not in found or (event.date or "") < (found[key].date or ""):
                    found[key] = event
    return sorted(found.values(), key=lambda m: m.date or "")


def history_channels(history: PairHistory) -> list[ChannelRow]:
    """Reference mechanisms of the pair, learned mechanisms, then learned channels."""
    states = {s.channel: s for s in status_rows(history)}
    mechanisms = mechanisms_for(history.a, history.b)
    per_channel: dict[str, int] = {}
    for mechanism in mechanisms:
        if mechanism.channel:
            per_channel[mechanism.channel] = per_channel.get(mechanism.channel, 0) + 1
    factual = [m for m in history.merged if _factual(m)]
    rows: list[ChannelRow] = []
    for mechanism in mechanisms:
        named = [m for m in factual if _names(mechanism, m)]
        is_channel = bool(mechanism.channel) and (
            per_channel.get(mechanism.channel or "", 0) == 1 or not mechanism.patterns)
        established = mechanism.established or next(
            (m.date for m in named if m.type is EventType.ESTABLISH), None)
        if is_channel:
            on_channel = [m for m in factual if m.channel == mechanism.channel]
            use = _last_use(named) or _last_use(on_channel)
            match: Match = "name" if use is not None and use in named else "channel"
            state = states.get(mechanism.channel or "")
            rows.append(_row(mechanism.name, mechanism.channel, mechanism, state, use, match,
                             established, bool(on_channel)))
            continue
        use = _last_use(named)
        rows.append(_row(mechanism.name, mechanism.channel, mechanism,
                         _own_state(history, named, mechanism.channel), use, "name",
                         established, bool(named)))
    for event in _learned(history, mechanisms):
        name = next(t.event.mechanism for t in event.evidence if t.event.mechanism)
        assert name is not None
        own = [m for m in factual if any(t.event.mechanism and " ".join(
            t.event.mechanism.lower().split()) == " ".join(name.lower().split())
            for t in m.evidence)]
        rows.append(_row(name, event.channel, None, _own_state(history, own, event.channel),
                         _last_use(own), "name", event.date, True))
    labels = catalogue.labels()
    for slug, state in states.items():
        if slug in per_channel or (state.status is ChannelStatus.UNKNOWN and not state.stale):
            continue
        latest = _last_use([m for m in factual if m.channel == slug])
        rows.append(_row(labels.get(slug, slug), slug, None, state, latest, "channel", None,
                         True))
    return rows


def channel_rows(events: Sequence[StoredEvent], a: str, b: str, as_of: str | None = None,
                 answer_days: int = 30, stale_after_months: int = 12) -> list[ChannelRow]:
    """`history_channels` of some events of a pair (as of `as_of`, default today)."""
    return history_channels(build_history(events, a, b, as_of=as_of, answer_days=answer_days,
                                          stale_after_months=stale_after_months))


def _row(name: str, channel: str | None, mechanism: Mechanism | None,
         state: ChannelState | None, use: MergedEvent | None, match: Match,
         established: str | None, record: bool) -> ChannelRow:
    told = use.representative if use else None
    return ChannelRow(
        name=name, channel=channel, mechanism=mechanism,
        status=state.status if state else ChannelStatus.UNKNOWN,
        since=state.since if state else None,
        conflict=state.conflict if state else False,
        confidence=state.confidence if state else None,
        last_used=use.when if use else None,
        last_used_evidence=evidence_of(told) if told else None,
        last_used_match=match if use else None,
        state_evidence=state.evidence if state else (),
        established=established, record=record,
        stale=state.stale if state else False,
        last_evidence=state.last_evidence if state else None,
        state_text=(status_text(state) if state else "unknown") if record else "no record",
    )


def pair_channels(store: EventSource, query: PairQuery, settings: Settings
                  ) -> list[ChannelRow]:
    """`history_channels` for a pair read from a store."""
    from parley.report.history import pair_history

    return history_channels(pair_history(store, query, settings))


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
        "established": row.established,
        "established_note": mechanism.established_note if mechanism else None,
        "agreement": mechanism.agreement if mechanism else None,
        "first_used": mechanism.first_used if mechanism else None,
        "reference_source": mechanism.source if mechanism else None,
        "status": row.status.value,
        "state": row.state_text,
        "record": row.record,
        "stale": row.stale,
        "last_evidence": row.last_evidence,
        "since": row.since,
        "conflict": row.conflict,
        "confidence": row.confidence,
        "last_used": row.last_used,
        "last_used_match": row.last_used_match,
        "last_used_evidence": None if evidence is None else evidence_as_dict(evidence),
    }
