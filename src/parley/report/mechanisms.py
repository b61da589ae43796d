"""The reference mechanisms of each pair of states (`data/mechanisms.json`), and their names.

Which mechanisms a pair has, at what level, between whom, when and by which agreement each
was set up, and the patterns that name each in a sentence. `report.channels` joins them with
the store; `report.evidence` reads the names to tell which channel a sentence is about.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Mechanism", "load_mechanisms", "mechanism_named_in", "mechanisms_for"]


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

    def is_named(self, name: str) -> bool:
        """An event's `mechanism` field ("Defense Policy Coordination Talks") names it."""
        wanted = " ".join(name.lower().split())
        names = {self.name.lower(), (self.short or "").lower(), *(n.lower() for n in self.aliases)}
        return wanted in names or self.named_in(name)


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


@lru_cache(maxsize=1)
def _by_id() -> dict[str, Mechanism]:
    return {mechanism.id: mechanism for mechanism in load_mechanisms()}


@lru_cache(maxsize=65536)
def _named_in(mechanism_id: str, sentence: str) -> bool:
    return _by_id()[mechanism_id].named_in(sentence)


def mechanism_named_in(mechanism: Mechanism, sentence: str) -> bool:
    """`mechanism.named_in(sentence)`, remembered per sentence for the process for the
    reference mechanisms: the contact ledger asks it of every telling on a mechanism's
    channel, and a running server asks again for the same sentences after every ingest (as
    `evidence.names_channel` remembers its answers). Any other mechanism is asked directly."""
    if _by_id().get(mechanism.id) is not mechanism:
        return mechanism.named_in(sentence)
    return _named_in(mechanism.id, sentence)
