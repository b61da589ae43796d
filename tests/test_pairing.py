"""`parley eval` pairs gold and predicted events one to one, preferring right dates."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.evaluation import GoldEvent, match_article, score
from parley.pairing import best_pairing
from parley.types import Event, EventType, Evidence

SENTENCE = "The two navies' aircraft came close again on Sunday."


def _gold(kind: EventType, date: str | None, channel: str | None = None,
          required: bool = True, source: str = "CHN", target: str = "JPN") -> GoldEvent:
    return GoldEvent(article="a1", type=kind, source=source, target=target, channel=channel,
                     date=date, required=required, sentence=SENTENCE)


def _event(kind: EventType, date: str | None, channel: str | None = None,
           source: str = "CHN", target: str = "JPN") -> Event:
    return Event(article="a1", type=kind, source=source, target=target, channel=channel,
                 date=date, evidence=Evidence(SENTENCE, 0, len(SENTENCE)))


ENCOUNTER = EventType.ENCOUNTER


def test_each_gold_event_gets_the_prediction_with_its_date() -> None:
    # "A J-15 flew alongside on Saturday; on Sunday another cut across; such approaches were
    # reported in 2014": the Sunday prediction (the coder missed Saturday's date) must not go
    # to the Saturday gold event and leave the Sunday one with the 2014 prediction.
    gold = [_gold(ENCOUNTER, "2025-06-07"), _gold(ENCOUNTER, "2025-06-08")]
    predicted = [_event(ENCOUNTER, "2025-06-08"), _event(ENCOUNTER, "2014")]
    outcome = match_article(gold, predicted)
    assert [(g.date, p.date) for g, p in outcome.matched] == [
        ("2025-06-07", "2014"), ("2025-06-08", "2025-06-08")]
    assert score(outcome).dates_correct == 1


def test_a_wrong_date_stays_wrong() -> None:
    outcome = match_article([_gold(ENCOUNTER, "2025-06-08")], [_event(ENCOUNTER, "2025-06-07")])
    scores = score(outcome)
    assert (scores.true_positives, scores.dates_scored, scores.dates_correct) == (1, 1, 0)


def test_a_right_date_never_buys_a_match_the_contract_refuses() -> None:
    # Same date, wrong direction of a directed type: no match, one miss, one false positive.
    outcome = match_article([_gold(EventType.SANCTION, "2018", source="USA", target="CHN")],
                            [_event(EventType.SANCTION, "2018", source="CHN", target="USA")])
    scores = score(outcome)
    assert (scores.true_positives, scores.false_positives, scores.false_negatives) == (0, 1, 1)


def test_matches_come_before_dates() -> None:
    # The gold event on the hotline can only take the hotline prediction; the one with a null
    # channel then takes the other, even though the hotline prediction has its date.
    gold = [_gold(EventType.CALL, "2023-05"), _gold(EventType.CALL, "2024-01", "hotline")]
    predicted = [_event(EventType.CALL, "2023-05", "hotline"), _event(EventType.CALL, "2022")]
    scores = score(match_article(gold, predicted))
    assert (scores.true_positives, scores.false_positives, scores.dates_correct) == (2, 0, 0)


def test_an_optional_gold_event_absorbs_a_prediction_but_is_not_scored() -> None:
    gold = [_gold(ENCOUNTER, "2025-06-08"), _gold(ENCOUNTER, "2014", required=False)]
    predicted = [_event(ENCOUNTER, "2014"), _event(ENCOUNTER, "2025-06-08")]
    scores = score(match_article(gold, predicted))
    assert (scores.true_positives, scores.false_positives, scores.dates_correct) == (1, 0, 1)


def _brute_force(gold: list[GoldEvent], predicted: list[Event]) -> tuple[int, int, int]:
    """The best (required matched, pairs, dates right) over every one-to-one pairing."""
    from parley.evaluation import date_matches, event_matches
    best = (0, 0, 0)
    slots: list[int | None] = [*range(len(predicted)), *([None] * len(gold))]
    for chosen in set(permutations(slots, len(gold))):
        pairs = [(g, predicted[j]) for g, j in zip(gold, chosen, strict=True)
                 if j is not None and event_matches(g, predicted[j])]
        if len(pairs) != sum(1 for j in chosen if j is not None):
            continue
        best = max(best, (sum(g.required for g, _ in pairs), len(pairs), sum(
            bool(g.required and g.date and date_matches(g.date, p.date)) for g, p in pairs)))
    return best


KINDS = st.sampled_from([EventType.MEET, EventType.CALL])
DATES = st.sampled_from([None, "2023", "2023-05", "2023-06", "2023-05-02"])
CHANNELS = st.sampled_from([None, "hotline", "leaders"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(KINDS, DATES, CHANNELS, st.booleans()), max_size=4),
       st.lists(st.tuples(KINDS, DATES, CHANNELS), max_size=4))
def test_the_pairing_is_the_best_one_there_is(
        gold_rows: list[tuple[EventType, str | None, str | None, bool]],
        predicted_rows: list[tuple[EventType, str | None, str | None]]) -> None:
    gold = [_gold(k, d, c, r) for k, d, c, r in gold_rows]
    predicted = [_event(k, d, c) for k, d, c in predicted_rows]
    outcome = match_article(gold, predicted)
    scores = score(outcome)
    optional_pairs = len(predicted) - len(outcome.false_positives) - scores.true_positives
    assert (scores.true_positives, scores.true_positives + optional_pairs,
            scores.dates_correct) == _brute_force(gold, predicted)
    assert scores.true_positives + scores.false_negatives == sum(g.required for g in gold)


def test_best_pairing_of_nothing_is_empty() -> None:
    assert best_pairing([], [1, 2], lambda g, p: True, lambda g, p: (True,)) == {}
    assert best_pairing([1], [], lambda g, p: True, lambda g, p: (True,)) == {}
