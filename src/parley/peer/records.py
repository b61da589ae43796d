"""The records of a peer comparison: peer codings, classified sentences, results and scores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

#: The date a sentence is read at when its record gives none (PLOVER records all say
#: 2000-01-01); PETRARCH-2 sentences carry their story's date, which is used instead.
PEER_DATE = date(2000, 1, 1)

Verdict = Literal["related", "excluded", "unrelated"]


@dataclass(frozen=True, slots=True)
class PeerCoding:
    """One event as a peer coded it; `sources`/`targets` are ISO codes, None for non-states."""

    code: str  # PLOVER event (current name) or CAMEO code; "noevents" for none
    mode: str | None
    cue: str | None  # the PLOVER eventText, when given
    raw_sources: tuple[str, ...]
    raw_targets: tuple[str, ...]
    sources: tuple[str | None, ...]
    targets: tuple[str | None, ...]

    @property
    def label(self) -> str:
        mode = f"/{self.mode}" if self.mode else ""
        return (f"{self.code}{mode} {'+'.join(self.raw_sources) or '-'}"
                f"->{'+'.join(self.raw_targets) or '-'}")


#: One sentence as a peer file gives it: id, corpus, text, codings, the story's date.
PeerRow = tuple[str, str, str, list[PeerCoding], date | None]


@dataclass(frozen=True, slots=True)
class PeerRecord:
    """One gold sentence with its codings and what Parley should do with it."""

    id: str
    corpus: str  # "PLOVER" or "PETR2"
    text: str
    codings: tuple[PeerCoding, ...]
    verdict: Verdict
    expected: tuple[str, ...] = ()  # for related: Parley types, any of which is a hit
    reason: str = ""
    published: date | None = None  # the story's date, when the record gives one


@dataclass(frozen=True, slots=True)
class SentenceResult:
    record: PeerRecord
    found: tuple[str, ...]

    @property
    def ok(self) -> bool:
        if self.record.verdict == "related":
            return any(t in self.found for t in self.record.expected)
        return not self.found


@dataclass(frozen=True, slots=True)
class PeerScores:
    related: tuple[SentenceResult, ...]
    unrelated: tuple[SentenceResult, ...]
    excluded: tuple[PeerRecord, ...] = field(default_factory=tuple)

    @property
    def found_share(self) -> float:
        """Share of related sentences where Parley found the expected type (target >= 0.80)."""
        return _share(self.related)

    @property
    def quiet_share(self) -> float:
        """Share of unrelated sentences where Parley found no event at all (target >= 0.90)."""
        return _share(self.unrelated)

    @property
    def misses(self) -> list[SentenceResult]:
        return [r for r in self.related if not r.ok]

    @property
    def false_events(self) -> list[SentenceResult]:
        return [r for r in self.unrelated if not r.ok]


def _share(results: Sequence[SentenceResult]) -> float:
    return sum(r.ok for r in results) / len(results) if results else 1.0
