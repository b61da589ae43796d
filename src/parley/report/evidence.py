"""Which sentences support a channel's state, which one heads it, and why we believe it.

An interval's evidence is every telling of every observation behind it; a reader sees the
first few. The headline sentence is the one that names the channel (a catalogue pattern of
`data/channels.json`, or one of the pair's mechanisms on that channel) and states its
condition most directly: an explicit statement before a use before a refusal, a sentence
about this channel alone before one naming several, then the latest. A sentence that names
other channels and not this one ("Calls between theatre commanders resumed" cited for the
policy talks) never supports it: it is dropped from the channel's evidence.

The confidence of a state says why in words: how many independent articles support it and
whether they state it or it is inferred from a use, a refusal or silence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from parley.report.mechanisms import mechanisms_for
from parley.timeline.refusals import is_silence
from parley.timeline.states import Interval
from parley.types import EventType, StoredEvent

__all__ = ["about_other_channels", "channels_named", "confidence_reason", "ranked_support"]

_DIRECTNESS: dict[EventType, int] = {
    EventType.STATUS: 3, EventType.SUSPEND: 3, EventType.RESUME: 3,
    EventType.MEET: 2, EventType.CALL: 2, EventType.DECLINE: 1, EventType.REQUEST: 0,
}


@lru_cache(maxsize=1)
def _channel_patterns() -> dict[str, re.Pattern[str]]:
    node = resources.files("parley.data") / "channels.json"
    data = json.loads(node.read_text(encoding="utf-8"))
    return {str(c["slug"]): re.compile("|".join(f"(?:{p})" for p in c["patterns"]),
                                       re.IGNORECASE)
            for c in data["channels"] if c.get("patterns")}


@lru_cache(maxsize=8192)
def channels_named(sentence: str, a: str, b: str) -> frozenset[str]:
    """The channels a sentence names: by catalogue pattern or by a mechanism of the pair."""
    named = {slug for slug, pattern in _channel_patterns().items() if pattern.search(sentence)}
    named.update(m.channel for m in mechanisms_for(a, b)
                 if m.channel and m.patterns and m.named_in(sentence))
    return frozenset(named)


def about_other_channels(stored: StoredEvent, a: str, b: str) -> bool:
    """The sentence names other channels and not the event's own, and names no person
    whose office gave the event its channel ("Hegseth met Dong at the summit" stays)."""
    channel = stored.event.channel
    if channel is None or stored.event.persons:
        return False
    named = channels_named(stored.event.evidence.sentence, a, b)
    return bool(named) and channel not in named


def ranked_support(evidence: Sequence[StoredEvent], channel: str, a: str, b: str
                   ) -> list[StoredEvent]:
    """The evidence that supports `channel`, headline first (see the module docstring)."""
    kept = [e for e in evidence if e.event.channel != channel
            or not about_other_channels(e, a, b)]

    def rank(stored: StoredEvent) -> tuple[object, ...]:
        named = channels_named(stored.event.evidence.sentence, a, b)
        record = stored.event
        return (channel in named, -len(named - {channel}), _DIRECTNESS.get(record.type, 0),
                record.date_end or record.date or "",
                stored.published.isoformat() if stored.published else "",
                record.article, -record.evidence.start)

    return sorted(kept, key=rank, reverse=True)


def _kind(stored: StoredEvent) -> str:
    kind = stored.event.type
    if kind in (EventType.STATUS, EventType.SUSPEND, EventType.RESUME):
        return "explicit statement"
    if kind in (EventType.MEET, EventType.CALL):
        return "inferred from a meeting or call"
    if kind is EventType.DECLINE and not is_silence(stored.event.evidence.sentence):
        return "inferred from a refusal"
    return "inferred from unanswered requests"


_ORDER = ("explicit statement", "inferred from a meeting or call", "inferred from a refusal",
          "inferred from unanswered requests")


def confidence_reason(interval: Interval, support: Sequence[StoredEvent]) -> str:
    """'2 independent articles; explicit statement' and, for a conflict, the other side."""
    articles = {e.event.article for e in support}
    kinds = {_kind(e) for e in support}
    strongest = min(kinds, key=_ORDER.index) if kinds else "no supporting sentence"
    count = len(articles)
    text = f"{count} independent article{'s' if count != 1 else ''}; {strongest}"
    if interval.conflict:
        others = [side.status.value for side in interval.sides if side.status is not
                  interval.status]
        text += f"; sources of the same period also say {', '.join(others)}"
    return text
