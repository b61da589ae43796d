"""An article's text cut into plain stretches and its event sentences (the article page)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parley.types import StoredEvent

__all__ = ["Highlight", "highlight"]


@dataclass(frozen=True, slots=True)
class Highlight:
    """A stretch of article text: plain (`events` empty) or an event sentence."""

    text: str
    start: int
    events: tuple[StoredEvent, ...] = ()



def highlight(text: str, events: Sequence[StoredEvent]
              ) -> tuple[tuple[Highlight, ...], tuple[StoredEvent, ...]]:
    """The article text cut into plain stretches and event sentences, in order.

    An event whose offsets do not point at its sentence (e.g. one read from the title) is
    found by searching its sentence; events of one sentence share one highlight; a sentence
    overlapping an earlier highlight is left unplaced (listed apart), never cut.
    """
    spans: dict[tuple[int, int], list[StoredEvent]] = {}
    unplaced: list[StoredEvent] = []
    for stored in events:
        evidence = stored.event.evidence
        start, end = evidence.start, evidence.end
        if not evidence.sentence or text[start:end] != evidence.sentence:
            start = text.find(evidence.sentence) if evidence.sentence else -1
            end = start + len(evidence.sentence)
        if start < 0:
            unplaced.append(stored)
            continue
        spans.setdefault((start, end), []).append(stored)
    parts: list[Highlight] = []
    position = 0
    for (start, end), items in sorted(spans.items()):
        if start < position:
            unplaced.extend(items)
            continue
        if start > position:
            parts.append(Highlight(text[position:start], position))
        parts.append(Highlight(text[start:end], start, tuple(items)))
        position = end
    if position < len(text):
        parts.append(Highlight(text[position:], position))
    return tuple(parts), tuple(unplaced)
