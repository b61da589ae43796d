"""Store tests for the dashboard: the `state` filter, filtered counts, batches, revisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from parley.store import Store
from parley.types import Article, Event, EventType, Evidence

A1 = Article(id="w1", text="one", title="First", published=date(2022, 8, 10))
A2 = Article(id="w2", text="two", title="Second", published=date(2023, 1, 1))


def _event(article: str, type: EventType, source: str | None, target: str | None,
           channel: str | None, when: str | None, sentence: str) -> Event:
    return Event(article=article, type=type, source=source, target=target, channel=channel,
                 date=when, evidence=Evidence(sentence=sentence, start=0, end=len(sentence)))


E1 = _event("w1", EventType.CALL, "USA", "CHN", "hotline", "2022-08", "A hotline call.")
E2 = _event("w1", EventType.MEET, "CHN", "RUS", "leaders", "2022-08-05", "Leaders met.")
E3 = _event("w2", EventType.SUSPEND, "PRK", "KOR", "hotline", "2022-12", "Lines cut.")
E4 = _event("w2", EventType.DEMAND, "RUS", None, None, None, "Moscow demanded.")


@pytest.fixture
def filled(store: Store) -> Store:
    assert store.save_articles([(A1, [E1, E2]), (A2, [E3, E4])]) == ["new", "new"]
    return store


def test_state_filter_matches_either_side(filled: Store) -> None:
    assert [e.event for e in filled.events(state="CHN")] == [E1, E2]
    assert [e.event for e in filled.events(state="RUS")] == [E2, E4]
    assert filled.events(state="FRA") == []


@pytest.mark.parametrize("filters", [
    {}, {"state": "CHN"}, {"channel": "hotline"}, {"types": [EventType.SUSPEND]},
    {"date_from": "2022-09"}, {"date_to": "2022-08"}, {"text": "HOTLINE"},
    {"article": "w2"}, {"pair": ("CHN", "USA")}, {"pair": ("CHN", None)},
    {"state": "USA", "channel": "hotline", "date_from": "2022", "text": "call"},
])
def test_count_events_counts_what_events_returns(filled: Store, filters: dict[str, object]
                                                 ) -> None:
    assert filled.count_events(**filters) == len(filled.events(**filters))  # type: ignore[arg-type]


def test_save_articles_is_one_transaction(store: Store) -> None:
    broken = replace(E1, evidence=Evidence(sentence=None, start=0, end=0))  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017  (the database refuses a null sentence)
        store.save_articles([(A1, [E1]), (A2, [broken])])
    assert store.count_articles() == 0 and store.count_events() == 0
    store.save_articles([(A1, [E1])])
    assert store.save_articles([(A1, [E1]), (A2, [E3])]) == ["unchanged", "new"]


def test_revision_changes_with_every_write(store: Store) -> None:
    empty = store.revision()
    store.save_article(A1, [E1, E2])
    first = store.revision()
    assert first != empty
    store.save_article(A1, [E1, E2])  # unchanged: nothing written
    assert store.revision() == first
    store.save_article(replace(A1, text="one, changed"), [E1, E2])
    second = store.revision()
    assert second != first
    store.delete_article("w1")
    store.save_article(replace(A1, text="one, again"), [E1, E2])  # same count, same ids
    assert store.revision() not in (first, second)
