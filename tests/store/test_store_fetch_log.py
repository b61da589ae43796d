"""The fetch log and the configured sources: written, read back, linked to articles."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, pool

from parley.store import Store, alembic_config, content_hash
from parley.types import Article, FetchEntry, SourceConfig

WHEN = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_an_entry_is_read_back_and_replaced(store: Store) -> None:
    log = store.fetch_log
    assert log.entry("http://127.0.0.1/a") is None
    log.record(FetchEntry(url="http://127.0.0.1/a", status="failed", fetched_at=WHEN,
                          http_status=500, error="HTTP 500"))
    store.save_article(Article(id="a1", text="Text of a."), [])
    later = FetchEntry(url="http://127.0.0.1/a", status="stored", fetched_at=WHEN,
                       http_status=200, canonical_url="http://127.0.0.1/a",
                       content_hash=content_hash("Text of a."), article="a1", etag='"v1"',
                       last_modified="Sun, 01 Mar 2026 12:00:00 GMT")
    log.record(later)
    entry = log.entry("http://127.0.0.1/a")
    assert entry is not None
    assert entry.status == "stored" and entry.article == "a1" and entry.error is None
    assert entry.etag == '"v1"' and entry.http_status == 200
    assert [e.url for e in log.all_entries()] == ["http://127.0.0.1/a"]


def test_entries_are_looked_up_in_bulk(store: Store) -> None:
    log = store.fetch_log
    urls = [f"http://127.0.0.1/p{i}" for i in range(1200)]
    for url in urls[::100]:
        log.record(FetchEntry(url=url, status="stored", fetched_at=WHEN))
    found = log.entries(urls)
    assert sorted(found) == sorted(urls[::100])


def test_an_article_is_found_by_its_text_hash(store: Store) -> None:
    store.save_article(Article(id="x", text="The same story."), [])
    assert store.fetch_log.article_with_hash(content_hash("The same story.")) == "x"
    assert store.fetch_log.article_with_hash(content_hash("Another story.")) is None


def test_deleting_an_article_keeps_its_log_entry_without_the_link(store: Store) -> None:
    store.save_article(Article(id="gone", text="Soon deleted."), [])
    store.fetch_log.record(FetchEntry(url="http://127.0.0.1/g", status="stored",
                                      fetched_at=WHEN, article="gone"))
    assert store.delete_article("gone")
    entry = store.fetch_log.entry("http://127.0.0.1/g")
    assert entry is not None and entry.article is None


def test_sources_are_added_listed_and_removed(store: Store) -> None:
    log = store.fetch_log
    gdelt = SourceConfig(name="gdelt", source="/data/x.export.CSV.zip", pair=("CHN", "USA"),
                         cameo=("04", "12"), added_at=WHEN)
    assert log.add_source(gdelt)
    assert log.add_source(SourceConfig(name="a-feed", source="http://127.0.0.1/feed.xml",
                                       added_at=WHEN))
    assert not log.add_source(SourceConfig(name="gdelt", source="other", added_at=WHEN))
    listed = log.sources()
    assert [s.name for s in listed] == ["a-feed", "gdelt"]
    assert listed[1].pair == ("CHN", "USA") and listed[1].cameo == ("04", "12")
    assert listed[1].source == "/data/x.export.CSV.zip"
    assert listed[0].pair is None and listed[0].cameo == ()
    assert log.remove_source("gdelt")
    assert not log.remove_source("gdelt")
    assert [s.name for s in log.sources()] == ["a-feed"]


def test_the_fetch_log_migration_goes_down_and_up_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'down.db'}"
    with Store(url) as store:
        store.save_article(Article(id="kept", text="Kept across the downgrade."), [])
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
            assert not {"fetch_log", "fetch_sources"} & set(inspect(connection)
                                                            .get_table_names())
    finally:
        engine.dispose()
    with Store(url) as store:
        assert store.article_ids() == ["kept"]
        assert store.fetch_log.sources() == []
