"""`parley eval` says why: near misses by field, type confusions and noise per 100 articles."""

from __future__ import annotations

from parley.evaluation import GoldArticle, GoldEvent, evaluate
from parley.near_misses import diagnose, pair_near_misses
from parley.types import Event, EventType, Evidence

SENTENCE = "The two defence chiefs spoke by phone on Tuesday."


def _gold(kind: EventType, source: str, target: str, channel: str | None,
          article: str = "a1", date: str | None = None) -> GoldEvent:
    return GoldEvent(article=article, type=kind, source=source, target=target,
                     channel=channel, date=date, required=True, sentence=SENTENCE)


def _event(kind: EventType, source: str, target: str, channel: str | None,
           article: str = "a1", date: str | None = None) -> Event:
    return Event(article=article, type=kind, source=source, target=target, channel=channel,
                 date=date, evidence=Evidence(SENTENCE, 0, len(SENTENCE)))


def test_a_call_on_the_wrong_channel_is_a_channel_near_miss() -> None:
    [miss] = pair_near_misses([_gold(EventType.CALL, "USA", "CHN", "military-chiefs")],
                              [_event(EventType.CALL, "CHN", "USA", "defence-ministers")])
    assert miss.field == "channel"


def test_an_encounter_told_by_its_victim_is_a_direction_near_miss() -> None:
    [miss] = pair_near_misses([_gold(EventType.ENCOUNTER, "RUS", "USA", None)],
                              [_event(EventType.ENCOUNTER, "USA", "RUS", None)])
    assert miss.field == "direction"


def test_a_phone_call_read_as_a_meeting_is_a_type_confusion() -> None:
    gold = [_gold(EventType.CALL, "USA", "CHN", "defence-ministers")]
    predicted = [_event(EventType.MEET, "USA", "CHN", "defence-ministers")]
    article = GoldArticle("a1", "a1.json", {}, tuple(gold))
    why = diagnose([article], evaluate([article], {"a1": predicted}))
    assert why.count("type") == 1 and why.count("channel") == 0
    assert why.confusions == {("CALL", "MEET"): 1}


def test_events_of_another_article_are_never_paired() -> None:
    assert pair_near_misses([_gold(EventType.CALL, "USA", "CHN", "hotline", article="a1")],
                            [_event(EventType.CALL, "USA", "CHN", "leaders", article="a2")]
                            ) == []


def test_each_false_positive_explains_one_miss_only() -> None:
    misses = [_gold(EventType.MEET, "USA", "CHN", "military-chiefs"),
              _gold(EventType.MEET, "USA", "CHN", "defence-policy-talks")]
    found = pair_near_misses(misses, [_event(EventType.MEET, "USA", "CHN", "leaders")])
    assert len(found) == 1


def test_false_positives_are_counted_per_100_event_free_articles() -> None:
    quiet = [GoldArticle(f"n{i}", f"n{i}.json", {}, ()) for i in range(4)]
    busy = GoldArticle("a1", "a1.json", {}, (_gold(EventType.CALL, "USA", "CHN", None),))
    predictions = {"n0": [_event(EventType.MEET, "USA", "CHN", None, article="n0")],
                   "a1": [_event(EventType.CALL, "USA", "CHN", "hotline")]}
    articles = [*quiet, busy]
    why = diagnose(articles, evaluate(articles, predictions))
    assert why.event_free_articles == 4
    assert why.false_positives_per_100 == 25.0
    assert why.as_dict()["false_positives_per_100_event_free"] == 25.0


def test_a_matched_event_with_the_wrong_date_is_counted() -> None:
    article = GoldArticle("a1", "a1.json", {}, (
        _gold(EventType.CALL, "USA", "CHN", None, date="2023-05"),))
    predictions = {"a1": [_event(EventType.CALL, "USA", "CHN", "hotline", date="2023-06-01")]}
    assert diagnose([article], evaluate([article], predictions)).wrong_dates == 1
