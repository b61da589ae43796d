"""Store tests of the per-pair summaries: kept per revision, outdated by any write, on both
backends; and the overview rows `report.overview` keeps there equal the computed ones."""

from __future__ import annotations

from datetime import date, timedelta

from parley.config import load_settings
from parley.report.history import history_from_events
from parley.report.overview import (
    PairSummary,
    code_order,
    refresh_summaries,
    stored_summaries,
    summarise,
    summary_key,
)
from parley.report.pair_order import common_order
from parley.report.queries import PairQuery
from parley.store import Store
from parley.types import Article, Event, EventType, Evidence

#: Recent days, so that the overview "as of today" has not let the states go stale.
SUSPENDED, RESUMED = date.today() - timedelta(days=100), date.today() - timedelta(days=30)
A1 = Article(id="s1", text="one", title="First", published=SUSPENDED)
A2 = Article(id="s2", text="two", title="Second", published=RESUMED)


def _event(article: str, type: EventType, source: str, target: str, channel: str,
           when: str, sentence: str) -> Event:
    return Event(article=article, type=type, source=source, target=target, channel=channel,
                 date=when, evidence=Evidence(sentence=sentence, start=0, end=len(sentence)))


E1 = _event("s1", EventType.SUSPEND, "CHN", "USA", "hotline", SUSPENDED.isoformat(),
            "Beijing cut the defence hotline.")
E2 = _event("s1", EventType.MEET, "CHN", "RUS", "leaders", SUSPENDED.isoformat(), "The chiefs met.")
E3 = _event("s2", EventType.RESUME, "USA", "CHN", "hotline", RESUMED.isoformat(),
            "The hotline was used again.")


def computed(store: Store, a: str, b: str) -> PairSummary:
    settings = load_settings(environ={}, database_url=store.url)
    query = PairQuery(a, b)
    history = history_from_events(store.events(pair=(a, b)), query, settings)
    return summarise(history, query, settings)


def test_payloads_are_kept_per_revision_and_outdated_by_a_write(store: Store) -> None:
    store.save_articles([(A1, [E1, E2])])
    first = store.revision()
    assert store.save_pair_summaries(first, "2026-01-01", "k", {("CHN", "USA"): "{}"}) == 1
    assert store.pair_summaries(first, "2026-01-01", "k") == {("CHN", "USA"): "{}"}
    assert store.pair_summaries(first, "2026-01-02", "k") == {}  # another day
    assert store.pair_summaries(first, "2026-01-01", "other") == {}  # other settings
    store.save_pair_summaries(first, "2026-01-01", "k", {("CHN", "USA"): "[1]"})  # replaced
    assert store.pair_summaries(first, "2026-01-01", "k") == {("CHN", "USA"): "[1]"}
    store.save_article(A2, [E3])
    second = store.revision()
    assert second != first and store.pair_summaries(second, "2026-01-01", "k") == {}
    store.save_pair_summaries(second, "2026-01-01", "k", {("CHN", "RUS"): "[2]"})
    assert store.pair_summaries(first, "2026-01-01", "k") == {}  # outdated rows dropped
    store.delete_article("s2")
    assert store.pair_summaries(store.revision(), "2026-01-01", "k") == {}


def test_refresh_keeps_every_pair_in_both_orders_equal_to_the_computation(store: Store
                                                                           ) -> None:
    settings = load_settings(environ={}, database_url=store.url)
    store.save_articles([(A1, [E1, E2]), (A2, [E3])])
    written = refresh_summaries(store, settings)
    kept = stored_summaries(store, settings, store.revision())
    wanted = {order(*pair) for pair in store.pairs() for order in (code_order, common_order)}
    assert written == len(wanted) and set(kept) == wanted
    for a, b in wanted:
        assert kept[(a, b)] == computed(store, a, b)
    assert kept[("CHN", "USA")].suspended == ()  # resumed since
    assert refresh_summaries(store, settings) == 0  # nothing missing: nothing computed


def test_a_write_makes_refresh_compute_the_new_rows(store: Store) -> None:
    settings = load_settings(environ={}, database_url=store.url)
    store.save_articles([(A1, [E1])])
    refresh_summaries(store, settings)
    before = stored_summaries(store, settings, store.revision())[("CHN", "USA")]
    assert before.suspended == ("hotline",)
    store.save_article(A2, [E3])
    assert stored_summaries(store, settings, store.revision()) == {}
    assert refresh_summaries(store, settings) == 2
    after = stored_summaries(store, settings, store.revision())[("CHN", "USA")]
    assert after == computed(store, "CHN", "USA") and after.suspended == ()


def test_the_settings_a_row_depends_on_key_it() -> None:
    base = load_settings(environ={})
    assert summary_key(base) == summary_key(load_settings(environ={}))
    for changed in ({"PARLEY_STALE_AFTER_MONTHS": "6"}, {"PARLEY_REQUEST_ANSWER_DAYS": "10"}):
        assert summary_key(load_settings(environ=changed)) != summary_key(base)
    weights = dict(base.channel_weights, hotline=5.0)
    assert summary_key(load_settings(environ={}, channel_weights=weights)) != summary_key(base)


def test_kinds_are_kept_apart_and_read_one_pair_at_a_time(store: Store) -> None:
    store.save_articles([(A1, [E1, E2])])
    revision = store.revision()
    store.save_pair_summaries(revision, "d", "k", {("CHN", "USA"): "row"})
    store.save_pair_summaries(revision, "d", "k", {("USA", "CHN"): "page", ("CHN", "RUS"): "p2"},
                              "pair-page")
    assert store.pair_summaries(revision, "d", "k") == {("CHN", "USA"): "row"}
    assert store.pair_summaries(revision, "d", "k", "pair-page", ("USA", "CHN")) == {
        ("USA", "CHN"): "page"}
    assert store.pair_summaries(revision, "d", "k", "pair-page", ("CHN", "USA")) == {}
    assert len(store.pair_summaries(revision, "d", "k", "pair-page")) == 2
