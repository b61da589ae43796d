"""The overview and the pair pages served from the summaries the store keeps
(`report.overview`, `web.views.pair.refresh_kept`): read instead of computed, byte for
byte the computed pages, computed again after a write, and never used for another as-of
date, other settings or another order of the pair."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from parley.config import Settings, load_settings
from parley.report.overview import (
    PairSummary,
    refresh_summaries,
    summary_from,
    summary_key,
    summary_payload,
)
from parley.report.pair_order import common_order
from parley.store import Store
from parley.types import (
    Article,
    ChannelState,
    ChannelStatus,
    Event,
    EventType,
    Evidence,
    StoredEvidence,
)
from parley.web import create_app
from parley.web.page_data import PAIR_PAGE, Dashboard
from parley.web.views.pair import refresh_kept
from pg_support import BACKENDS, postgres_url, reset_postgres

RECENT = date.today() - timedelta(days=40)

texts = st.text(max_size=30)
maybe_texts = st.none() | texts
evidence = st.builds(StoredEvidence, texts, texts, st.integers(0, 10**6),
                     st.integers(0, 10**6), st.none() | st.dates(), maybe_texts, maybe_texts)
states = st.builds(
    ChannelState, texts, st.sampled_from(ChannelStatus), maybe_texts,
    st.lists(evidence, max_size=3).map(tuple), st.none() | st.sampled_from(EventType),
    st.booleans(), st.none() | st.floats(allow_nan=False), maybe_texts, maybe_texts,
    st.booleans(), st.none() | st.sampled_from(ChannelStatus))
summaries = st.builds(
    PairSummary, texts, texts, texts, texts, st.integers(0, 10**6),
    st.none() | st.floats(allow_nan=False), st.integers(0, 40), st.none() | states,
    st.lists(texts, max_size=4).map(tuple))


@given(summaries)
def test_a_stored_row_reads_back_as_the_row(row: PairSummary) -> None:
    assert summary_from(summary_payload(row)) == row


def test_the_corpus_rows_read_back_equal_and_the_overview_equals_the_computed(
        web_store: Store, web_settings: Settings) -> None:
    computed = Dashboard(web_store, web_settings)
    rows = computed.overview(None) + computed.overview(None, named=True)
    assert rows and any(row.last_change and row.last_change.evidence for row in rows)
    for row in rows:
        assert summary_from(summary_payload(row)) == row
    refresh_summaries(web_store, web_settings)
    kept = Dashboard(web_store, web_settings)
    assert kept.overview(None) == computed.overview(None)
    assert kept.overview(None, named=True) == computed.overview(None, named=True)
    assert len(kept.cache) == 3  # the pairs and the two overviews: no history computed


@pytest.fixture(params=BACKENDS)
def small_url(request: pytest.FixtureRequest, db_url: str) -> Iterator[str]:
    """An empty store's URL on each backend."""
    if request.param == "sqlite":
        yield db_url
        return
    url = postgres_url()
    reset_postgres(url)
    yield url
    reset_postgres(url)


def _small_store(url: str) -> Store:
    store = Store(url)
    sentence = "The two navies used their hotline again."
    event = Event(article="n1", type=EventType.RESUME, source="USA", target="CHN",
                  channel="hotline", date=RECENT.isoformat(),
                  evidence=Evidence(sentence=sentence, start=0, end=len(sentence)))
    store.save_article(Article(id="n1", text=sentence, published=RECENT), [event])
    return store


def _doctor(store: Store, settings: Settings, freeze_index: float) -> None:
    """Every kept row of the store rewritten with another freeze index."""
    revision, day = store.revision(), date.today().isoformat()
    kept = store.pair_summaries(revision, day, summary_key(settings))
    store.save_pair_summaries(revision, day, summary_key(settings), {
        pair: summary_payload(replace(summary_from(payload), freeze_index=freeze_index))
        for pair, payload in kept.items()})


def test_a_fresh_app_reads_the_kept_rows_and_computes_after_a_write(small_url: str) -> None:
    db_url = small_url
    store = _small_store(db_url)
    settings = load_settings(environ={}, database_url=db_url)
    first = TestClient(create_app(store, settings)).get("/api/pairs").json()
    assert store.pair_summaries(store.revision(), date.today().isoformat(),
                                summary_key(settings))  # the first overview kept its rows
    assert TestClient(create_app(store, settings)).get("/api/pairs").json() == first
    _doctor(store, settings, 0.25)
    doctored = TestClient(create_app(store, settings)).get("/api/pairs").json()
    assert [row["freeze_index"] for row in doctored["pairs"]] == [0.25]  # read, not computed
    other_day = TestClient(create_app(store, settings)).get(
        f"/api/pairs?as_of={date.today().isoformat()}").json()
    assert other_day["pairs"] == first["pairs"]  # an as-of date given: computed
    other = load_settings(environ={"PARLEY_STALE_AFTER_MONTHS": "3"}, database_url=db_url)
    assert TestClient(create_app(store, other)).get("/api/pairs").json() == first
    store.save_article(Article(id="n2", text="Nothing here.", published=RECENT), [])
    after = TestClient(create_app(store, settings)).get("/api/pairs").json()
    assert after == first  # the doctored rows are outdated by the write
    store.close()


def test_pages_from_kept_rows_are_byte_identical(small_url: str) -> None:
    db_url = small_url
    store = _small_store(db_url)
    settings = load_settings(environ={}, database_url=db_url)
    paths = ["/", "/api/pairs", "/compare", "/compare.svg"]
    computed = {}
    for path in paths:
        store.save_pair_summaries("none", "", "", {})  # drops every kept row: computed
        computed[path] = TestClient(create_app(store, settings)).get(path).content
    read = {p: TestClient(create_app(store, settings)).get(p).content for p in paths}
    assert read == computed and json.loads(read["/api/pairs"])["pairs"]
    store.close()


def _kept_pages(store: Store, settings: Settings) -> dict[tuple[str, str], str]:
    return store.pair_summaries(store.revision(), date.today().isoformat(),
                                summary_key(settings), PAIR_PAGE)


def test_a_fresh_app_serves_the_kept_pair_page_until_the_store_changes(small_url: str
                                                                      ) -> None:
    db_url = small_url
    store = _small_store(db_url)
    settings = load_settings(environ={}, database_url=db_url)
    first = TestClient(create_app(store, settings)).get("/pair/USA/CHN").text
    kept = _kept_pages(store, settings)
    assert set(kept) == {("USA", "CHN")} and kept[("USA", "CHN")] in first
    store.save_pair_summaries(store.revision(), date.today().isoformat(),
                              summary_key(settings), {("USA", "CHN"): "<p>kept</p>"},
                              PAIR_PAGE)
    served = TestClient(create_app(store, settings)).get("/pair/USA/CHN").text
    assert "<p>kept</p>" in served and "</footer>" in served  # read, in the site frame
    assert TestClient(create_app(store, settings)).get("/pair/FRA/DEU").status_code == 200
    assert set(_kept_pages(store, settings)) == {("USA", "CHN")}  # a pair without events
    for path in ("/pair/USA/CHN?since=2020-01-01",
                 f"/pair/USA/CHN?as_of={date.today().isoformat()}", "/pair/CHN/USA"):
        assert "<p>kept</p>" not in TestClient(create_app(store, settings)).get(path).text
    other = load_settings(environ={"PARLEY_STALE_AFTER_MONTHS": "3"}, database_url=db_url)
    assert "<p>kept</p>" not in TestClient(create_app(store, other)).get("/pair/USA/CHN").text
    store.save_article(Article(id="n2", text="Nothing here.", published=RECENT), [])
    assert TestClient(create_app(store, settings)).get("/pair/USA/CHN").text == first
    store.close()


def test_refreshed_pair_pages_are_the_computed_pages(web_store: Store, web_settings: Settings
                                                     ) -> None:
    paths = [f"/pair/{a}/{b}" for a, b in (common_order(*p) for p in web_store.pairs()[:6])]
    web_store.save_pair_summaries("none", "", "", {})  # drops every kept row: computed
    computed = {p: TestClient(create_app(web_store, web_settings)).get(p).content
                for p in paths}
    web_store.save_pair_summaries("none", "", "", {})
    rows, pages = refresh_kept(web_store, web_settings)
    assert pages == len(web_store.pairs()) and len(web_store.pairs()) <= rows
    assert refresh_kept(web_store, web_settings) == (0, 0)
    for path in paths:
        app = create_app(web_store, web_settings)
        assert TestClient(app).get(path).content == computed[path]
        assert len(app.state.dashboard.cache) == 0  # nothing computed
