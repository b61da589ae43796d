"""The second opinion's veto and its setting, on a classifier of our own making (no model).

The encoder is replaced by a table of sentence -> vector, and the record by weights chosen so
each sentence's scores are known: what is tested is the decision `review.py` takes from the
scores, which needs neither the extra nor the model.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from parley.config import load_settings
from parley.errors import ConfigError
from parley.second_opinion import minilm, review
from parley.second_opinion.review import SecondOpinion, second_opinion_for
from parley.types import Event, EventType, Evidence

#: Three directions of a 3-number "embedding": event-like, call-like, neither.
VECTORS = {
    "The defence chiefs spoke by phone on Monday.": [1.0, 1.0, 0.0],
    "The navies met at sea, the statement said.": [1.0, 0.0, 0.0],
    "Heavy rain is expected in the capital all week.": [0.0, 0.0, 1.0],
    "Officials listed a call among the ministry's duties.": [0.0, 1.0, 0.0],
}
#: ANY reads the first number, CALL the second; the third pulls both down.
RECORD = {"labels": ["ANY", "CALL"], "weights": [[6.0, 0.0, -6.0], [0.0, 6.0, -6.0]],
          "biases": [-3.0, -3.0], "veto_below": 0.2}


class CountingEncoder:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, sentences: Sequence[str]) -> npt.NDArray[np.float32]:
        self.seen.extend(sentences)
        return np.asarray([VECTORS[s] for s in sentences], dtype=np.float32)


def event(kind: EventType, sentence: str) -> Event:
    return Event(article="a1", type=kind, source="USA", target="CHN", channel=None,
                 evidence=Evidence(sentence, 0, len(sentence)))


def opinion() -> tuple[SecondOpinion, CountingEncoder]:
    encoder = CountingEncoder()
    return SecondOpinion(RECORD, encoder), encoder


def test_an_event_on_a_sentence_like_no_event_is_vetoed() -> None:
    judge, _ = opinion()
    rain = event(EventType.CALL, "Heavy rain is expected in the capital all week.")
    assert judge.review([rain]) == []


@pytest.mark.parametrize("kind, sentence", [
    (EventType.CALL, "The defence chiefs spoke by phone on Monday."),
    (EventType.MEET, "The navies met at sea, the statement said."),
    # Doubted as "any event" but read as a call: the rule's reading of the type stands.
    (EventType.CALL, "Officials listed a call among the ministry's duties."),
])
def test_an_event_the_classifier_does_not_doubt_twice_is_kept(kind: EventType,
                                                              sentence: str) -> None:
    judge, _ = opinion()
    kept = event(kind, sentence)
    assert judge.review([kept]) == [kept]


def test_a_type_without_a_label_is_judged_by_the_any_score_alone() -> None:
    judge, _ = opinion()
    doubted = event(EventType.MEET, "Officials listed a call among the ministry's duties.")
    assert judge.review([doubted]) == []


def test_each_cited_sentence_is_encoded_once() -> None:
    judge, encoder = opinion()
    sentence = "The defence chiefs spoke by phone on Monday."
    judge.review([event(EventType.CALL, sentence), event(EventType.MEET, sentence)])
    assert encoder.seen == [sentence]


def test_the_scores_are_the_logistic_of_the_weights() -> None:
    judge, _ = opinion()
    [scores] = judge.scores(["The navies met at sea, the statement said."])
    assert scores.of("ANY") == pytest.approx(1 / (1 + np.exp(-3.0)))
    assert scores.of("CALL") == pytest.approx(1 / (1 + np.exp(3.0)))
    assert scores.of("MEET") is None


def test_off_gives_no_second_opinion() -> None:
    assert second_opinion_for("off") is None


def test_auto_without_the_extra_gives_none_and_on_is_an_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(minilm, "available", lambda: False)
    assert second_opinion_for("auto") is None
    with pytest.raises(ConfigError, match="embeddings extra is not installed"):
        second_opinion_for("on")


def test_the_setting_reads_the_environment_and_refuses_other_values() -> None:
    assert load_settings(environ={}).second_opinion == "off"
    assert load_settings(environ={"PARLEY_SECOND_OPINION": "Auto"}).second_opinion == "auto"
    with pytest.raises(ConfigError, match="second_opinion: 'maybe' is not one of off, auto"):
        load_settings(environ={"PARLEY_SECOND_OPINION": "maybe"})
    with pytest.raises(ConfigError, match="not one of"):
        second_opinion_for("sometimes")


def test_the_committed_weights_fit_their_labels() -> None:
    record = review.load_record()
    assert record["labels"][0] == "ANY"
    assert set(record["labels"][1:]) <= {t.value for t in EventType}
    assert np.asarray(record["weights"]).shape == (len(record["labels"]), minilm.DIMENSIONS)
    assert len(record["biases"]) == len(record["labels"])
    assert 0.0 < record["veto_below"] < 0.5


@pytest.mark.slow
@pytest.mark.parametrize("looks_like_an_event, kept", [(True, 1), (False, 0)])
def test_the_pipeline_asks_the_second_opinion_about_its_rule_events(
        looks_like_an_event: bool, kept: int) -> None:
    """The wiring of `Pipeline.code`: the rules' call is kept or vetoed as the classifier
    scores its sentence (the encoder here is ours, so this needs no model)."""
    from parley.pipeline import Pipeline
    from parley.types import Article

    text = "The defence ministers of Japan and China spoke by telephone on Tuesday."
    VECTORS[text] = [1.0, 1.0, 0.0] if looks_like_an_event else [0.0, 0.0, 1.0]
    try:
        pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://"))
        pipeline.second_opinion, encoder = opinion()
        [result] = pipeline.extract([Article(id="so-2", text=text)])
    finally:
        del VECTORS[text]
    assert len(result.events) == kept
    assert encoder.seen == [text]
