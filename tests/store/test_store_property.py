"""Store property test: any contract-valid event comes back from the store exactly as saved."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.store import Store
from parley.types import (
    Article,
    ChannelStatus,
    CountQualifier,
    Event,
    EventType,
    Evidence,
)

# PostgreSQL text cannot hold NUL; lone surrogates cannot be encoded at all.
TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=80)
STATE = st.none() | st.from_regex(r"[A-Z]{3}", fullmatch=True)
INT32 = st.integers(min_value=0, max_value=2**31 - 1)


@st.composite
def iso_dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    return day.isoformat()[: draw(st.sampled_from([4, 7, 10]))]


EVENTS = st.builds(
    Event,
    article=st.just(""),
    type=st.sampled_from(EventType),
    source=STATE,
    target=STATE,
    channel=st.none() | st.from_regex(r"[a-z][a-z0-9-]{0,40}", fullmatch=True),
    evidence=st.builds(Evidence, sentence=TEXT, start=INT32, end=INT32),
    status=st.none() | st.sampled_from(ChannelStatus),
    date=st.none() | iso_dates(),
    date_end=st.none() | iso_dates(),
    negated=st.booleans(),
    hypothetical=st.booleans(),
    count=st.none() | INT32,
    count_qualifier=st.none() | st.sampled_from(CountQualifier),
    persons=st.lists(TEXT, max_size=4).map(tuple),
)

ARTICLES = st.builds(
    Article,
    id=st.just(""),
    text=TEXT,
    title=st.none() | TEXT,
    url=st.none() | TEXT,
    source=st.none() | TEXT.map(lambda value: value[:60]),
    published=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    origin=st.none() | TEXT,
)


def _save_batch(store: Store, batch: list[tuple[Article, list[Event]]]) -> list[str]:
    """Save each article of `batch` with its events under a fresh id; the ids, in order."""
    ids: list[str] = []
    for article, events in batch:
        article_id = uuid.uuid4().hex
        ids.append(article_id)
        store.save_article(replace(article, id=article_id),
                           [replace(e, article=article_id) for e in events])
    return ids


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=ARTICLES, events=st.lists(EVENTS, max_size=5))
def test_any_event_round_trips(shared_store: Store, article: Article, events: list[Event]) -> None:
    article_id = uuid.uuid4().hex
    article = replace(article, id=article_id)
    saved = [replace(item, article=article_id) for item in events]
    assert shared_store.save_article(article, saved) == "new"
    try:
        assert shared_store.article(article_id) == article
        found = shared_store.events(article=article_id)
        assert sorted(repr(item.event) for item in found) == sorted(repr(e) for e in saved)
        dates = [item.event.date for item in found]
        dated = [value for value in dates if value is not None]
        assert dated == sorted(dated)
        assert dates == dated + [None] * (len(dates) - len(dated))
        assert all(item.published == article.published for item in found)
        assert shared_store.save_article(article, saved) == "unchanged"
    finally:
        assert shared_store.delete_article(article_id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(st.tuples(ARTICLES, st.lists(EVENTS, max_size=5)), max_size=4))
def test_a_whole_read_equals_a_paged_read(shared_store: Store,
                                          batch: list[tuple[Article, list[Event]]]) -> None:
    """`events()` without a limit reads events, articles and evidence apart and matches them
    (`queries._every_event`); with a limit, one joined query: the same records, in the
    same order (date, publication date, storage order), for any filter."""
    ids = _save_batch(shared_store, batch)
    try:
        pairs = [(e.source, e.target) for _, events in batch for e in events
                 if e.source and e.target]
        filters: list[dict[str, object]] = [{}, {"types": [EventType.MEET, EventType.CALL]}]
        if pairs:
            filters += [{"pair": pairs[0]}, {"state": pairs[0][0]},
                        {"pair": pairs[0], "date_from": "1950", "date_to": "2050-06"}]
        for query in filters:
            whole = shared_store.events(**query)  # type: ignore[arg-type]
            paged = shared_store.events(limit=1_000_000, **query)  # type: ignore[arg-type]
            assert whole == paged
    finally:
        for article_id in ids:
            shared_store.delete_article(article_id)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(st.tuples(ARTICLES, st.lists(EVENTS, max_size=5)), max_size=4),
       limit=st.integers(min_value=1, max_value=8), offset=st.integers(min_value=0, max_value=12))
def test_a_page_is_the_slice_of_the_whole_read(shared_store: Store,
                                               batch: list[tuple[Article, list[Event]]],
                                               limit: int, offset: int) -> None:
    """A page (`limit`, `offset`: found by its ids first, `queries._by_keys`) is exactly that
    slice of every matching event in order."""
    ids = _save_batch(shared_store, batch)
    try:
        for query in ({}, {"types": [EventType.MEET, EventType.CALL, EventType.STATUS]},
                      {"text": "a"}):
            every = shared_store.events(**query)  # type: ignore[arg-type]
            page = shared_store.events(limit=limit, offset=offset, **query)  # type: ignore[arg-type]
            assert page == every[offset:offset + limit]
    finally:
        for article_id in ids:
            shared_store.delete_article(article_id)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(st.tuples(ARTICLES, st.lists(EVENTS, max_size=5)), max_size=4),
       chunk=st.integers(min_value=1, max_value=7))
def test_a_chunked_download_is_the_whole_read(shared_store: Store,
                                              batch: list[tuple[Article, list[Event]]],
                                              chunk: int) -> None:
    """`iter_events` (the API's and `parley export`'s downloads: the order fixed once, then
    the records read a chunk at a time by id) yields exactly every matching event in order,
    whatever the chunk size, for any filter."""
    ids = _save_batch(shared_store, batch)
    try:
        pairs = [(e.source, e.target) for _, events in batch for e in events
                 if e.source and e.target]
        filters: list[dict[str, object]] = [{}, {"types": [EventType.MEET, EventType.CALL]},
                                            {"text": "a"}]
        if pairs:
            filters += [{"pair": pairs[0]}, {"pair": pairs[0], "date_from": "1950"}]
        for query in filters:
            every = shared_store.events(**query)  # type: ignore[arg-type]
            chunked = list(shared_store.iter_events(chunk=chunk, **query))  # type: ignore[arg-type]
            assert chunked == every
    finally:
        for article_id in ids:
            shared_store.delete_article(article_id)
