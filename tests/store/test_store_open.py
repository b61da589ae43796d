"""Store tests: opening runs the shipped migrations; bad URLs and paths give one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, pool, text

import parley.store
from parley.errors import StoreError
from parley.store import MIGRATIONS, Store, alembic_config
from parley.store.models import Base

TABLES = {"articles", "events", "evidence", "fetch_log", "fetch_sources", "pair_summaries",
          "alembic_version"}
INDEXES = {
    "articles": {"ix_articles_content_hash", "ix_articles_ingested_at"},
    "events": {"ix_events_article_id", "ix_events_pair", "ix_events_pair_channel"},
    "evidence": {"ix_evidence_event_id"},
    "fetch_log": {"ix_fetch_log_content_hash", "ix_fetch_log_article_id"},
    "fetch_sources": set(),
    "pair_summaries": {"ix_pair_summaries_revision"},
}


def _open_error(url: str) -> str:
    with pytest.raises(StoreError) as caught:
        Store(url)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_migrations_create_the_schema(store_url: str) -> None:
    Store(store_url).close()
    engine = create_engine(store_url, poolclass=pool.NullPool)
    try:
        inspector = inspect(engine)
        assert TABLES <= set(inspector.get_table_names())
        for table, expected in INDEXES.items():
            assert {index["name"] for index in inspector.get_indexes(table)} == expected
        [pair_channel] = [
            index
            for index in inspector.get_indexes("events")
            if index["name"] == "ix_events_pair_channel"
        ]
        assert pair_channel["column_names"] == ["pair", "channel"]
        foreign = {
            fk["referred_table"]: fk["options"].get("ondelete")
            for table in ("events", "evidence")
            for fk in inspector.get_foreign_keys(table)
        }
        assert foreign == {"articles": "CASCADE", "events": "CASCADE"}
        [log_article] = inspector.get_foreign_keys("fetch_log")
        assert (log_article["referred_table"], log_article["options"].get("ondelete")) == (
            "articles", "SET NULL")
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert [row[0] for row in versions] == ["0005"]
            # The hand-written migration and the models declare the same schema.
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_head_is_the_pair_summaries_revision() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == "0005"
    assert Path(script.dir) == MIGRATIONS
    assert (MIGRATIONS / "env.py").is_file()
    assert (MIGRATIONS / "script.py.mako").is_file()


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'parley.db'}"
    Store(url).close()
    Store(url).close()
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        assert [row[0] for row in rows] == ["0005"]
    finally:
        engine.dispose()


def test_a_version_one_store_gains_the_mechanism_column_and_keeps_its_events(
        tmp_path: Path) -> None:
    """A store made before contract v2 (revision 0001) upgrades in place: rows stay, the
    events get `mechanism` null, and new events keep theirs."""
    from alembic import command

    from parley.types import Article, Event, EventType, Evidence

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
            connection.execute(text(
                "INSERT INTO articles (id, text, content_hash, ingested_at) "
                "VALUES ('old', 'Old text.', 'h', '2024-01-01')"))
            connection.execute(text(
                "INSERT INTO events (article_id, type, negated, hypothetical, persons) "
                "VALUES ('old', 'MEET', 0, 0, '[]')"))
    finally:
        engine.dispose()
    with Store(url) as store:
        [old] = store.events()
        assert old.event.mechanism is None
        sentence = "The two navies set up a new hotline."
        event = Event(article="new", type=EventType.ESTABLISH, source="CHN", target="JPN",
                      channel="hotline", mechanism="navy hotline",
                      evidence=Evidence(sentence=sentence, start=0, end=len(sentence)))
        store.save_article(Article(id="new", text=sentence), [event])
        [new] = [e for e in store.events() if e.event.article == "new"]
        assert new.event.mechanism == "navy hotline"
        assert new.event.type is EventType.ESTABLISH


def test_a_revision_three_store_gains_the_ingest_time_index_and_keeps_its_articles(
        tmp_path: Path) -> None:
    """A store of revision 0003 upgrades in place to the index `Store.revision` reads."""
    from alembic import command

    url = f"sqlite:///{tmp_path / 'three.db'}"
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0003")
            connection.execute(text(
                "INSERT INTO articles (id, text, content_hash, ingested_at) "
                "VALUES ('old', 'Old text.', 'h', '2024-01-01 00:00:00')"))
    finally:
        engine.dispose()
    with Store(url) as store:
        assert store.article_ids() == ["old"]
        assert store.revision().endswith(":1:2024-01-01 00:00:00")
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        indexes = {index["name"] for index in inspect(engine).get_indexes("articles")}
        assert "ix_articles_ingested_at" in indexes
    finally:
        engine.dispose()


def test_shipped_alembic_ini_runs_by_hand(tmp_path: Path) -> None:
    ini = Path(parley.store.__file__).parent / "alembic.ini"
    assert ScriptDirectory.from_config(Config(str(ini))).get_current_head() == "0005"
    database = tmp_path / "by-hand.db"
    result = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ini), "-x", f"url=sqlite:///{database}",
         "upgrade", "head"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Store(f"sqlite:///{database}") as store:
        assert store.count_articles() == 0


def test_missing_sqlite_directory_is_created(tmp_path: Path) -> None:
    database = tmp_path / "deep" / "er" / "parley.db"
    with Store(f"sqlite:///{database}") as store:
        assert store.count_articles() == 0
    assert database.is_file()


def test_in_memory_sqlite() -> None:
    with Store("sqlite://") as store:
        assert store.count_events() == 0


def test_unwritable_path(tmp_path: Path) -> None:
    # A path under a regular file cannot be created, even by root.
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    url = f"sqlite:///{blocker / 'sub' / 'parley.db'}"
    message = _open_error(url)
    assert url in message


def test_path_that_is_a_directory(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}"
    message = _open_error(url)
    assert url in message


@pytest.mark.parametrize("url", ["not a url", "nosuchdialect://host/db", "sqlite:/x"])
def test_bad_url(url: str) -> None:
    assert url in _open_error(url)


def test_password_is_hidden() -> None:
    # Unreachable (port 1) or no driver installed: either way a one-line StoreError.
    url = "postgresql+psycopg://parley:s3cret-pw@127.0.0.1:1/parley"
    message = _open_error(url)
    assert "s3cret-pw" not in message
    assert "postgresql+psycopg://parley:***@127.0.0.1:1/parley" in message


def test_unknown_revision_in_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'future.db'}"
    Store(url).close()
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    assert url in _open_error(url)


def test_sqlite_enforces_foreign_keys(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'fk.db'}") as store, store._engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
