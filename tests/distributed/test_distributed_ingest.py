"""A distributed ingest on a real local Dask cluster (2 worker processes, 1 thread each) leaves
the store exactly as a serial ingest does; it resumes, loads the model once per worker, and
`parley ingest --scheduler` drives it from the command line."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, pool, select
from typer.testing import CliRunner

from parley.cli import app
from parley.config import load_settings
from parley.distributed import cluster_client, ingest_on_cluster
from parley.distributed import tasks as worker_tasks
from parley.pipeline import ingest_paths
from parley.store import Store
from parley.store.models import ArticleRow, EventRow, EvidenceRow
from parley.types import IngestResult
from pg_support import reset_postgres

CORPUS = Path(__file__).resolve().parents[2] / "src" / "parley" / "data" / "corpus"

#: Our own short articles: with events, without, duplicated, and one bad line.
EXTRA = [
    {"id": "extra-1", "published": "2024-02-05",
     "text": "Defence ministers of Japan and China held a call over the new hotline on Monday, "
             "officials in Tokyo said."},
    {"id": "extra-2", "published": "2024-02-06",
     "text": "The city council approved a new budget for the harbour on Tuesday."},
    {"id": "extra-1", "published": "2024-02-05",
     "text": "Defence ministers of Japan and China held a call over the new hotline on Monday, "
             "officials in Tokyo said."},
    {"id": "extra-3", "published": "2024-02-07",
     "text": "China declined a request from the United States for a call between their "
             "defence chiefs, the Pentagon said on Wednesday."},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with cluster_client(workers=2) as dask_client:
        yield dask_client


@pytest.fixture()
def inputs(tmp_path: Path) -> list[str]:
    archive = tmp_path / "extra.jsonl.gz"
    with gzip.open(archive, "wt", encoding="utf-8") as handle:
        for record in EXTRA:
            handle.write(json.dumps(record) + "\n")
        handle.write("{broken\n")
    return [str(CORPUS), str(archive)]


def store_digest(url: str, *, with_ids: bool = True) -> dict[str, Any]:
    """Counts and a SHA-256 of every article, event and evidence row (every column but the
    time of ingest), read through the tables' types so SQLite and PostgreSQL compare. Without
    ids, events are taken per article in storage order, with their evidence sentence."""
    articles = ArticleRow.__table__
    events, evidence = EventRow.__table__, EvidenceRow.__table__
    article_query = select(*(c for c in articles.c if c.name != "ingested_at"))
    if with_ids:
        queries = {"events": select(events).order_by(events.c.id),
                   "evidence": select(evidence).order_by(evidence.c.id)}
    else:
        fields = [c for c in events.c if c.name != "id"]
        queries = {"events": select(*fields, evidence.c.sentence, evidence.c.start,
                                    evidence.c.end)
                   .outerjoin(evidence, evidence.c.event_id == events.c.id)
                   .order_by(events.c.id)}
    queries["articles"] = article_query
    engine = create_engine(url, poolclass=pool.NullPool)
    digest: dict[str, Any] = {}
    try:
        with engine.connect() as connection:
            for table, query in queries.items():
                rows = [tuple(row) for row in connection.execute(query)]
                if table != "evidence" and not (with_ids and table == "events"):
                    # by article id in Python: the databases' collations order text apart
                    rows.sort(key=lambda row: str(row[0]))  # stable: storage order kept
                digest[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    finally:
        engine.dispose()
    return digest


def summary(result: IngestResult) -> tuple[Any, ...]:
    return (result.articles_read, result.articles_stored, result.articles_unchanged,
            result.events_stored, sorted(result.failures, key=repr),
            sorted(result.warnings, key=repr))


def test_distributed_and_serial_stores_are_identical(
    client: Any, inputs: list[str], tmp_path: Path
) -> None:
    serial_url, cluster_url = (f"sqlite:///{tmp_path / name}" for name in ("s.db", "c.db"))
    settings = load_settings(environ={}, database_url=cluster_url)
    with Store(serial_url) as store:
        serial = ingest_paths(inputs, load_settings(environ={}, database_url=serial_url), store)
    with Store(cluster_url) as store:
        done: list[str] = []
        spread = ingest_on_cluster(inputs, settings, store, client, batch_size=5,
                                   on_done=lambda article: done.append(article.id))
    assert summary(spread) == summary(serial)
    assert serial.articles_read == 91 and serial.events_stored > 200
    assert len(done) == 91  # every article extracted reached the progress callback
    assert store_digest(cluster_url) == store_digest(serial_url)


def test_a_second_run_resumes_by_article_id_and_loads_the_model_once_per_worker(
    client: Any, inputs: list[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'resume.db'}"
    settings = load_settings(environ={}, database_url=url)
    with Store(url) as store:
        first = ingest_on_cluster(inputs[1:], settings, store, client)
        models = client.run(lambda: id(worker_tasks._pipeline))
        second = ingest_on_cluster(inputs, settings, store, client)
    assert first.articles_stored == 3
    assert (second.articles_read, second.articles_stored, second.articles_unchanged) == \
        (91, 87, 4)
    assert client.run(lambda: id(worker_tasks._pipeline)) == models
    with Store(f"sqlite:///{tmp_path / 'serial.db'}") as store:
        ingest_paths(inputs, settings, store)
    assert store_digest(url)["articles"] == store_digest(
        f"sqlite:///{tmp_path / 'serial.db'}")["articles"]


def test_cli_ingest_on_an_existing_scheduler(client: Any, inputs: list[str],
                                             tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(app, ["ingest", "--db", url, "--scheduler",
                                      client.scheduler.address, "--json", *inputs])
    assert result.exit_code == 1  # the broken line is a failed input; the rest is stored
    counts = json.loads(result.stdout)
    assert counts["events_stored"] > 200
    assert {k: v for k, v in counts.items() if k != "events_stored"} == {
        "articles_read": 91, "articles_stored": 90, "articles_unchanged": 1, "failed": 1,
        "warnings": 0}
    assert result.stderr.startswith(f"error: {inputs[1]}:5: malformed JSON")
    with Store(url) as store:
        assert store.count_articles() == 90


@pytest.fixture()
def postgres_url() -> Iterator[str]:
    """An emptied PostgreSQL test database (PARLEY_TEST_POSTGRES_URL), emptied again after."""
    url = os.environ.get("PARLEY_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("PARLEY_TEST_POSTGRES_URL is not set: workers writing to PostgreSQL not run")

    reset_postgres(url)
    yield url
    reset_postgres(url)


def test_workers_writing_to_postgresql_give_the_serial_store(
    client: Any, inputs: list[str], tmp_path: Path, postgres_url: str
) -> None:
    serial_url = f"sqlite:///{tmp_path / 's.db'}"
    with Store(serial_url) as store:
        serial = ingest_paths(inputs, load_settings(environ={}, database_url=serial_url), store)
    settings = load_settings(environ={}, database_url=postgres_url)
    with Store(postgres_url) as store:
        spread = ingest_on_cluster(inputs, settings, store, client, batch_size=5)
    assert summary(spread) == summary(serial)
    assert store_digest(postgres_url, with_ids=False) == \
        store_digest(serial_url, with_ids=False)


def test_local_workers_leave_ctrl_c_to_the_driver(client: Any) -> None:
    """An interrupt stops the driver, which closes the cluster; no worker prints a traceback."""
    assert set(client.run(lambda: signal.getsignal(signal.SIGINT)).values()) == \
        {signal.SIG_IGN}
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_general_news_of_the_shared_stream_gives_the_serial_store(
    client: Any, tmp_path: Path
) -> None:
    stream = Path(__file__).resolve().parents[2].parent / "shared" / "stream"
    if not stream.is_dir():
        pytest.skip("../shared/stream is absent (a fresh clone has no ../shared)")
    serial_url, cluster_url = (f"sqlite:///{tmp_path / name}" for name in ("s.db", "c.db"))
    with Store(serial_url) as store:
        serial = ingest_paths([str(stream)], load_settings(environ={}, database_url=serial_url),
                              store)
    with Store(cluster_url) as store:
        spread = ingest_on_cluster([str(stream)], load_settings(
            environ={}, database_url=cluster_url), store, client, batch_size=7)
    assert summary(spread) == summary(serial)
    assert store_digest(cluster_url) == store_digest(serial_url)


def test_the_warm_up_article_runs_every_stage() -> None:
    """The article a new worker pipeline extracts first reaches the parser and the coder
    (an event is coded), so the first batch pays for no stage's first call."""
    from parley.pipeline import Pipeline

    [extracted] = Pipeline(load_settings(environ={}, database_url="sqlite://")).extract(
        [worker_tasks.WARM_UP_ARTICLE])
    assert extracted.failure is None and extracted.events
