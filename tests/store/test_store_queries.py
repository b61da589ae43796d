"""Store tests: the filters, ordering and paging of `Store.events`, and `Store.pairs`."""

from __future__ import annotations

from datetime import date

import pytest

from parley.store import Store
from parley.types import Article, Event, EventType, Evidence, StoredEvent

A1 = Article(id="a1", text="one", title="First", url="https://e.org/1", published=date(2022, 8, 10))
A2 = Article(id="a2", text="two", title="Second", published=date(2021, 1, 1))
A3 = Article(id="a3", text="three", title="Third", published=None)


def _event(
    article: str,
    name: str,
    type: EventType,
    source: str | None,
    target: str | None,
    channel: str | None,
    when: str | None,
    sentence: str | None = None,
) -> Event:
    return Event(
        article=article,
        type=type,
        source=source,
        target=target,
        channel=channel,
        date=when,
        evidence=Evidence(sentence=sentence or f"Sentence {name}.", start=0, end=10),
    )


E1 = _event("a1", "e1", EventType.CALL, "USA", "CHN", "defense-hotline", "2022-08",
            "The Pentagon CALLED the PLA on the hotline.")  # fmt: skip
E2 = _event("a1", "e2", EventType.MEET, "CHN", "USA", "mmca", "2022-08-05")
E3 = _event("a2", "e3", EventType.SUSPEND, "CHN", "USA", "defense-hotline", "2022")
E4 = _event("a2", "e4", EventType.DEMAND, "RUS", "UKR", None, None, "Moscow demanded 100% of it.")
E5 = _event("a3", "e5", EventType.ENCOUNTER, "USA", "CHN", "mmca", "2022-09-01")
E6 = _event("a3", "e6", EventType.STATUS, "USA", "RUS", "deconfliction-line", "2021-12-31")
E7 = _event("a3", "e7", EventType.CALL, "USA", "CHN", "defense-hotline", "2022-08-05",
            "A call with the pla_navy.")  # fmt: skip
E8 = _event("a3", "e8", EventType.REQUEST, "USA", None, "defense-hotline", "2022-08-06")

#: Date, then publication date (None last), then storage order; events without date last.
ORDER = [E6, E3, E1, E2, E7, E8, E5, E4]


@pytest.fixture
def filled(store: Store) -> Store:
    store.save_article(A1, [E1, E2])
    store.save_article(A2, [E3, E4])
    store.save_article(A3, [E5, E6, E7, E8])
    return store


NAMES = {
    event.evidence.sentence: f"E{index}"
    for index, event in enumerate([E1, E2, E3, E4, E5, E6, E7, E8], start=1)
}


def names(found: list[StoredEvent]) -> list[str]:
    """The names (E1...) of found events, told apart by their unique evidence sentence."""
    return [NAMES[item.event.evidence.sentence] for item in found]


def test_all_events_in_order(filled: Store) -> None:
    found = filled.events()
    assert [item.event for item in found] == ORDER
    assert filled.count_events() == 8


def test_stored_event_carries_article_facts(filled: Store) -> None:
    [first] = filled.events(article="a1", types={EventType.CALL})
    assert (first.published, first.title, first.url) == (A1.published, A1.title, A1.url)
    [third] = filled.events(article="a3", types={EventType.ENCOUNTER})
    assert (third.published, third.title, third.url) == (None, "Third", None)


def test_pair_is_unordered(filled: Store) -> None:
    one_way = filled.events(pair=("USA", "CHN"))
    other_way = filled.events(pair=("CHN", "USA"))
    assert one_way == other_way
    assert names(one_way) == ["E3", "E1", "E2", "E7", "E5"]
    assert names(filled.events(pair=("UKR", "RUS"))) == ["E4"]
    assert filled.events(pair=("USA", "FRA")) == []


def test_channel_and_pair_together(filled: Store) -> None:
    found = filled.events(pair=("CHN", "USA"), channel="defense-hotline")
    assert names(found) == ["E3", "E1", "E7"]
    assert names(filled.events(channel="mmca")) == ["E2", "E5"]


def test_types(filled: Store) -> None:
    assert names(filled.events(types={EventType.MEET, EventType.ENCOUNTER})) == ["E2", "E5"]
    assert names(filled.events(types=[EventType.CALL])) == ["E1", "E7"]
    assert filled.events(types=set()) == []


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        # "2022-08" (E1) and "2022" (E3) overlap the range; E4 has no date.
        ("2022-08-05", "2022-08-31", ["E3", "E1", "E2", "E7", "E8"]),
        ("2022-08-06", None, ["E3", "E1", "E8", "E5"]),
        (None, "2022-07", ["E6", "E3"]),
        (None, "2022-08-05", ["E6", "E3", "E1", "E2", "E7"]),
        ("2022", None, ["E3", "E1", "E2", "E7", "E8", "E5"]),
        ("2022", "2022", ["E3", "E1", "E2", "E7", "E8", "E5"]),
        ("2022-08", "2022-08", ["E3", "E1", "E2", "E7", "E8"]),
        ("2021-12-31", "2021-12-31", ["E6"]),
        ("2023", None, []),
    ],
)
def test_date_range_with_mixed_precisions(
    filled: Store, date_from: str | None, date_to: str | None, expected: list[str]
) -> None:
    assert names(filled.events(date_from=date_from, date_to=date_to)) == expected


def test_events_without_date_only_without_date_filter(filled: Store) -> None:
    assert "E4" in names(filled.events())
    assert "E4" not in names(filled.events(date_from="1900"))
    assert "E4" not in names(filled.events(date_to="2999"))


def test_text_is_a_case_insensitive_substring(filled: Store) -> None:
    assert names(filled.events(text="pla")) == ["E1", "E7"]
    assert names(filled.events(text="CALLED THE")) == ["E1"]
    # LIKE wildcards are taken literally.
    assert names(filled.events(text="100%")) == ["E4"]
    assert names(filled.events(text="pla_")) == ["E7"]
    assert filled.events(text="%") == filled.events(text="100%")
    assert filled.events(text="nowhere") == []


def test_article_filter(filled: Store) -> None:
    assert names(filled.events(article="a3")) == ["E6", "E7", "E8", "E5"]
    assert filled.events(article="missing") == []


def test_paging(filled: Store) -> None:
    assert [item.event for item in filled.events(limit=2)] == ORDER[:2]
    assert [item.event for item in filled.events(limit=3, offset=2)] == ORDER[2:5]
    assert [item.event for item in filled.events(offset=6)] == ORDER[6:]
    assert filled.events(limit=0) == []
    pages = [filled.events(limit=3, offset=start) for start in range(0, 9, 3)]
    assert [item.event for page in pages for item in page] == ORDER


def test_filters_combine(filled: Store) -> None:
    found = filled.events(
        pair=("CHN", "USA"),
        channel="defense-hotline",
        types={EventType.CALL, EventType.SUSPEND},
        date_from="2022-08",
        text="hotline",
    )
    assert names(found) == ["E1"]


def test_pairs(filled: Store) -> None:
    # E8 has no target: it has no pair.
    assert filled.pairs() == [("CHN", "USA"), ("RUS", "UKR"), ("RUS", "USA")]


def test_pairs_of_empty_store(store: Store) -> None:
    assert store.pairs() == []
    assert store.events() == []
    assert store.count_articles() == 0
    assert store.article_ids() == []
