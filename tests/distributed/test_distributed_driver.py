"""The driver of a distributed ingest, with a stand-in client that runs tasks in this process:
what is in flight stays bounded, results are stored in input order, a lost worker or an
unreachable scheduler is one line; and which side writes to which store."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from distributed import KilledWorker
from typer.testing import CliRunner

from parley.cli import app
from parley.config import load_settings
from parley.distributed import cluster, ingest_articles_on_cluster, ingest_on_cluster, window
from parley.distributed import ingest as driver
from parley.distributed.ingest import batches, not_stored, workers_write
from parley.errors import ParleyError
from parley.store import Store
from parley.types import Article


class Future:
    """A task of the stand-in client: it runs when it is finished (by `finish_newest`, as
    a later batch that finishes first) or when its result is asked for."""

    def __init__(self, client: InProcessClient, run: Callable[[], Any]) -> None:
        self.client, self.run, self.cancelled = client, run, False
        self.outcome: tuple[bool, Any] | None = None

    def done(self) -> bool:
        return self.outcome is not None

    def finish(self) -> None:
        if self.outcome is None:
            self.client.in_flight -= 1
            try:
                self.outcome = (True, self.run())
            except Exception as error:  # kept for result(), as a Dask future keeps it
                self.outcome = (False, error)

    def result(self) -> Any:
        self.finish()
        assert self.outcome is not None
        succeeded, value = self.outcome
        if not succeeded:
            raise value
        return value

    def cancel(self) -> None:
        self.cancelled = True


@pytest.fixture(autouse=True)
def finish_newest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Waiting for the first of the batches computing finishes the newest: batches finish
    out of order, as on a cluster where a later batch is shorter."""

    def first_done(futures: list[Future]) -> None:
        futures[-1].finish()

    monkeypatch.setattr(window, "first_done", first_done)


class InProcessClient:
    """Two pretend workers; tasks run when they are finished or their result is asked for.
    Extraction is replaced by "no events", so these tests need no model."""

    def __init__(self, fail_on_batch: int | None = None) -> None:
        self.in_flight = self.most_in_flight = 0
        self.submitted: list[list[str]] = []
        self.fail_on_batch = fail_on_batch
        self.futures: list[Future] = []

    def scheduler_info(self) -> dict[str, Any]:
        return {"workers": {"tcp://127.0.0.1:1": {}, "tcp://127.0.0.1:2": {}}}

    def run(self, function: Callable[..., Any], *args: Any) -> dict[str, Any]:
        return {}

    def submit(self, function: Callable[..., Any], batch: list[Article], settings: Any,
               pure: bool) -> Future:
        assert function is driver.extract_batch and pure is False
        number = len(self.submitted)
        self.submitted.append([a.id for a in batch])
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)

        def run() -> list[tuple[list[Any], tuple[str, ...]]]:
            if number == self.fail_on_batch:
                raise KilledWorker("extract_batch-1", "tcp://127.0.0.1:2", 3)
            return [([], ()) for _ in batch]

        future = Future(self, run)
        self.futures.append(future)
        return future


def _articles(tmp_path: Path, count: int) -> str:
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"a{i:03}", "published": "2024-01-01",
                                          "text": f"Harbour story number {i}."})
                              for i in range(count)), encoding="utf-8")
    return str(path)


def test_batches_cut_a_stream_in_order() -> None:
    items = [Article(id=str(i), text="x") for i in range(7)]
    assert [[a.id for a in b] for b in batches(iter(items), 3)] == \
        [["0", "1", "2"], ["3", "4", "5"], ["6"]]


def test_in_flight_batches_are_bounded_and_stored_in_input_order(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    client = InProcessClient()
    done: list[str] = []
    most_unstored = 0

    def stored(article: Article) -> None:
        nonlocal most_unstored
        done.append(article.id)
        most_unstored = max(most_unstored, sum(map(len, client.submitted)) - len(done))

    with Store(url) as store:
        result = ingest_on_cluster([_articles(tmp_path, 100)], load_settings(
            environ={}, database_url=url), store, client, batch_size=4, on_done=stored)
        assert store.article_ids() == [f"a{i:03}" for i in range(100)]
    assert result.articles_stored == 100
    # batches of 4, until the input ends within the read-ahead (full batches per worker):
    # what remains then goes in batches a quarter the size, so the workers finish together
    sizes = [len(batch) for batch in client.submitted]
    ahead = driver.TAIL_BATCHES_PER_WORKER * 2 * 4
    assert sizes == [4] * ((100 - ahead) // 4) + [1] * (100 - 4 * ((100 - ahead) // 4))
    # later batches finish first (finish_newest), yet they are stored in input order
    assert done == [f"a{i:03}" for i in range(100)]
    assert client.most_in_flight == driver.BATCHES_PER_WORKER * 2
    # the finished batches held behind the oldest stay bounded: 16 batches of 4, less the
    # one being stored
    assert most_unstored == driver.BATCHES_HELD_PER_WORKER * 2 * 4 - 1


def test_a_worker_lost_on_every_try_is_one_error_and_earlier_batches_stay(
    tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    client = InProcessClient(fail_on_batch=3)
    with Store(url) as store:
        with pytest.raises(ParleyError, match="worker died.*run again to resume"):
            ingest_on_cluster([_articles(tmp_path, 100)], load_settings(
                environ={}, database_url=url), store, client, batch_size=4)
        assert store.count_articles() == 12  # batches 0-2, stored before batch 3 failed
    assert all(f.cancelled for f in client.futures[4:])


def test_only_postgresql_stores_are_written_by_workers() -> None:
    assert workers_write("postgresql+psycopg://parley@127.0.0.1/parley")
    assert not workers_write("sqlite:////tmp/parley.db")
    assert not workers_write("sqlite://")


def test_cluster_client_needs_exactly_one_of_workers_and_scheduler() -> None:
    with pytest.raises(ParleyError, match="not both"), cluster.cluster_client(2, "tcp://x:1"):
        pass
    with pytest.raises(ParleyError, match="at least 1"), cluster.cluster_client(0):
        pass


def test_cli_names_an_unreachable_scheduler_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1)
    result = CliRunner().invoke(app, ["ingest", "--db", f"sqlite:///{tmp_path / 'p.db'}",
                                      "--scheduler", "tcp://127.0.0.1:9", _articles(tmp_path, 1)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot reach the Dask scheduler tcp://127.0.0.1:9")
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_refuses_zero_workers(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", "--workers", "0", _articles(tmp_path, 1)])
    assert result.exit_code == 1  # a usage error is a user error: one line, exit code 1
    assert "--workers" in result.stderr and len(result.stderr.splitlines()) == 1


def test_articles_already_read_are_ingested_and_counted(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    items = [Article(id=f"m{i}", text=f"Harbour story {i}.") for i in range(9)]
    with Store(url) as store:
        store.save_article(items[0], [])
        result = ingest_articles_on_cluster(items + items[:1], load_settings(
            environ={}, database_url=url), store, InProcessClient(), batch_size=4)
        assert store.count_articles() == 9
    assert (result.articles_read, result.articles_stored, result.articles_unchanged) == \
        (10, 8, 2)


def test_a_worker_that_cannot_store_one_article_stores_the_others(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: the database refusing one article fails that article with its one line; the
    worker stores the rest of its batch. (A duplicate saved by two workers at the same moment
    no longer raises at all: the store inserts with ON CONFLICT DO NOTHING, tested on
    PostgreSQL in tests/reliability/test_concurrent_writers.py.)"""
    from parley.distributed import tasks
    from parley.errors import StoreError
    from parley.pipeline import ArticleEvents

    refused = Article(id="refused", text="Harbour story.")
    kept = Article(id="kept", text="Another harbour story.")
    attempts: list[str] = []

    class RefusingStore:
        def save_article(self, saved: Article, events: object) -> str:
            attempts.append(saved.id)
            if saved.id == "refused":
                raise StoreError("cannot save to store: value too long")
            return "new"

    class NoModelPipeline:
        def extract(self, articles: list[Article]) -> list[ArticleEvents]:
            return [ArticleEvents(a, []) for a in articles]

    monkeypatch.setattr(tasks, "_store_for", lambda url: RefusingStore())
    monkeypatch.setattr(tasks, "pipeline_for", lambda settings: NoModelPipeline())
    settings = load_settings(environ={}, database_url="postgresql+psycopg://x@127.0.0.1/x")
    assert tasks.extract_and_store_batch([refused, kept], settings) == [
        ("failed", 0, "cannot be stored: cannot save to store: value too long", ()),
        ("new", 0, None, ())]
    assert attempts == ["refused", "kept"]


class WritingClient(InProcessClient):
    """Pretend workers that write to the store themselves (PostgreSQL): each task saves its
    batch when its result is asked for, and the client notes which ids were still unwritten
    in other batches whenever a batch is submitted."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.unwritten: list[set[str]] = []
        self.overlaps: list[set[str]] = []

    def submit(self, function: Callable[..., Any], batch: list[Article], settings: Any,
               pure: bool) -> Future:
        assert function is driver.extract_and_store_batch
        ids = {a.id for a in batch}
        self.overlaps.append(set().union(*(ids & other for other in self.unwritten)))
        self.unwritten.append(ids)
        self.in_flight += 1

        def run() -> list[tuple[str, int, str | None, tuple[str, ...]]]:
            self.unwritten.remove(ids)
            return [(self.store.save_article(a, []), 0, None, ()) for a in batch]

        return Future(self, run)


def test_with_workers_writing_a_later_copy_waits_until_the_first_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "copies.jsonl"
    lines = [{"id": f"c{i}", "text": f"Story {i}."} for i in range(6)]
    lines.insert(4, {"id": "c0", "text": "Story 0."})  # a copy of the first, in batch two
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'w.db'}"
    monkeypatch.setattr(driver, "workers_write", lambda url: True)
    with Store(url) as store:
        client = WritingClient(store)
        result = ingest_on_cluster([str(path)], load_settings(environ={}, database_url=url),
                                   store, client, batch_size=3)
        stored = store.article("c0")
    assert all(not overlap for overlap in client.overlaps)
    assert stored is not None and stored.origin.endswith(":1")
    assert (result.articles_read, result.articles_stored, result.articles_unchanged) == (7, 6, 1)


def test_the_warnings_of_a_worker_s_caps_reach_the_summary(tmp_path: Path) -> None:
    """A cap met on a worker (`Pipeline.bounded`) warns as in a serial run, naming the
    article; an article the worker could not extract fails alone, the others are stored."""
    url = f"sqlite:///{tmp_path / 'w.db'}"
    flood = Article(id="flood", text="Story.", origin="flood.json")
    broken = Article(id="broken", text="Other story.", origin="broken.json")
    tally = driver._Tally(None)
    with Store(url) as store:
        driver._store_batch(store, [flood, broken], [
            ([], ("65,000 sentences; only the first 5,000 are read (setting max_sentences)",)),
            ("could not be coded (RuntimeError: a rule broke)", ())], tally)
        assert store.article_ids() == ["flood"]
    assert [(w.origin, w.message) for w in tally.warnings] == [
        ("flood.json", "65,000 sentences; only the first 5,000 are read (setting "
                       "max_sentences)")]
    assert [(f.origin, f.reason) for f in tally.failures] == [
        ("broken.json", "could not be coded (RuntimeError: a rule broke)")]


def test_not_stored_skips_same_articles_and_keeps_corrections(tmp_path: Path) -> None:
    """A batch's ids are looked up together: the same article stored is skipped, a new one or
    a correction (same text, another title) is kept, in input order."""
    stored = Article(id="s", text="A harbour story.", title="Harbour")
    with Store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        store.save_article(stored, [])
        inputs = [Article(id="n1", text="New."), stored,
                  Article(id="s", text="A harbour story.", title="Harbour, corrected"),
                  Article(id="n2", text="Also new.")]
        assert [(a.id, a.title) for a in not_stored(store, inputs, 3)] == [
            ("n1", None), ("s", "Harbour, corrected"), ("n2", None)]


def test_a_worker_builds_one_warm_pipeline_for_every_store(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pipeline does not depend on the store's URL, so a worker keeps it from one ingest
    to the next; a new one extracts the warm-up article once, before any batch."""
    from parley.distributed import tasks

    built: list[Any] = []
    extracted: list[list[str]] = []

    class CountingPipeline:
        def __init__(self, settings: Any) -> None:
            built.append(settings)

        def extract(self, articles: list[Article]) -> list[Any]:
            extracted.append([a.id for a in articles])
            return []

    monkeypatch.setattr(tasks, "Pipeline", CountingPipeline)
    monkeypatch.setattr(tasks, "_pipeline", None)
    for url in ("sqlite:///one.db", "sqlite:///two.db", "sqlite:///one.db"):
        tasks.warm_up(load_settings(environ={}, database_url=url))
    assert len(built) == 1 and extracted == [[tasks.WARM_UP_ARTICLE.id]]
    tasks.warm_up(load_settings(environ={}, database_url="sqlite:///one.db", prefilter=False))
    assert len(built) == 2 and len(extracted) == 2  # other extraction settings: rebuilt
