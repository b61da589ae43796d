"""`parley ingest --workers N / --scheduler URL`: the driver of an ingest spread over Dask workers.

The driver reads the inputs (streamed, as a serial ingest does), skips the articles already
stored with the same text (so an interrupted run resumes where it stopped), cuts the rest into
batches and keeps a bounded number of them in flight, so neither the driver nor a worker ever
holds more than a few batches (`window.OrderedWindow`: batches finish in any order, and a
worker done early gets the next one at once). Results are taken in submission order: with
SQLite the driver writes each batch in one transaction, in input order, so the store ends
exactly as after a serial ingest; with PostgreSQL the workers write, one transaction per
article. The input's last batches are smaller, so that the workers finish together.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date
from typing import Any, BinaryIO, Protocol, TextIO

from sqlalchemy.engine import make_url

from parley.config import Settings
from parley.distributed import window as sent_batches
from parley.distributed.cluster import cluster_client, worker_count
from parley.distributed.tasks import (
    ExtractedArticle,
    extract_and_store_batch,
    extract_batch,
    warm_up,
)
from parley.errors import ParleyError
from parley.pipeline import (
    ProgressCallback,
    StoreLike,
    already_stored,
    origin_of,
    read_articles,
)
from parley.store import SaveOutcome, same_article
from parley.types import Article, Event, IngestResult, InputFailure, InputWarning

#: Articles sent to a worker in one task. Each task costs the driver's process about 4 ms of
#: CPU (the client, and on a local cluster the scheduler and the nannies too), on the cores
#: the workers need: 64 rather than 32 cut the driver's CPU from about 0.8 to 0.6 ms an
#: article with 2 workers. Memory does not grow with it: a worker parses `ARTICLE_CHUNK` (32)
#: articles at a time, and a batch's texts are small next to the model.
BATCH_ARTICLES = 64

#: Batches computing per worker: one being extracted, one waiting, so no worker idles while
#: the driver stores a result.
BATCHES_PER_WORKER = 2

#: Batches sent and not yet stored, per worker: finished ones wait there behind an older
#: batch still computing (results are stored in input order) while the other workers go on.
BATCHES_HELD_PER_WORKER = 8

#: Full batches per worker read ahead of the one being filled: once the input ends within
#: them, the rest goes in batches a quarter the size (`ReadAhead`), so that no worker is left
#: alone at the end with a batch of long articles while the others are done.
TAIL_BATCHES_PER_WORKER = 2

#: Called with each article once its events are stored (the progress bar over all workers).
DoneCallback = Callable[[Article], None]


class BatchStore(StoreLike, Protocol):
    """The part of `parley.store.Store` the driver needs: look-ups and batch saves."""

    def save_articles(
        self, items: Sequence[tuple[Article, Sequence[Event]]]
    ) -> list[SaveOutcome]: ...

    def save_article(self, article: Article, events: Sequence[Event]) -> SaveOutcome: ...

    def articles(self, ids: Collection[str]) -> dict[str, Article]: ...


def workers_write(database_url: str) -> bool:
    """Whether workers write to the store themselves: only a server database (PostgreSQL)
    takes concurrent writers; with SQLite the driver is the one writer."""
    return make_url(database_url).get_backend_name() == "postgresql"


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """The articles in consecutive lists of `size` (the last may be shorter)."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def not_stored(store: BatchStore, articles: Iterable[Article], group: int
               ) -> Iterator[Article]:
    """The articles not already stored with the same text and metadata, looked up `group`
    at a time in one query each (a look-up per article cost the driver about 0.2 ms of
    CPU, on the cores the workers need). A later copy of an id whose first copy is stored
    meanwhile is extracted again and found "unchanged" when saved: the same store and
    counts as when it is skipped."""
    for chunk in batches(articles, group):
        stored = store.articles([article.id for article in chunk])
        for article in chunk:
            existing = stored.get(article.id)
            if existing is None or not same_article(existing, article):
                yield article


class _Tally:
    """The counts of an ingest, as the serial `ingest_paths` reports them."""

    def __init__(self, on_item: ProgressCallback | None) -> None:
        self.failures: list[InputFailure] = []
        self.warnings: list[InputWarning] = []
        self.read = self.new = self.events = self.failed = 0
        self._on_item = on_item

    def item(self, item: Article | InputFailure | InputWarning) -> None:
        if isinstance(item, InputFailure):
            self.failures.append(item)
        elif isinstance(item, InputWarning):
            self.warnings.append(item)
        else:
            self.read += 1
        if self._on_item is not None:
            self._on_item(item)

    def warned(self, article: Article, messages: Sequence[str]) -> None:
        for message in messages:
            self.item(InputWarning(origin_of(article), message))

    def failed_article(self, article: Article, reason: str) -> None:
        """An article read but not extracted or stored: its one line, as a serial run's."""
        self.failed += 1
        self.item(InputFailure(origin_of(article), reason))

    def saved(self, outcome: str, events: int) -> None:
        if outcome != "unchanged":
            self.new += 1
            self.events += events

    def result(self) -> IngestResult:
        return IngestResult(
            articles_read=self.read, articles_stored=self.new,
            articles_unchanged=self.read - self.new - self.failed, events_stored=self.events,
            failures=tuple(self.failures), warnings=tuple(self.warnings),
        )


def ingest_on_cluster(
    paths: Sequence[str], settings: Settings, store: BatchStore, client: Any, *,
    published: date | None = None, stdin: TextIO | BinaryIO | None = None,
    on_item: ProgressCallback | None = None, on_done: DoneCallback | None = None,
    batch_size: int = BATCH_ARTICLES,
) -> IngestResult:
    """Ingest `paths` into `store` (a `parley.store.Store`) with the workers of `client` (a
    `dask.distributed.Client`).

    The same counts, failures and warnings as `parley.pipeline.ingest_paths`, and the same
    stored articles and events.
    """
    tally = _Tally(on_item)
    articles = read_articles(paths, settings, published=published, stdin=stdin,
                             on_item=tally.item)
    _ingest(articles, settings, store, client, tally, on_done, batch_size)
    return tally.result()


def ingest_articles_on_cluster(
    articles: Iterable[Article], settings: Settings, store: BatchStore, client: Any, *,
    on_done: DoneCallback | None = None, batch_size: int = BATCH_ARTICLES,
) -> IngestResult:
    """`ingest_on_cluster` for articles already read (the scaling benchmark's)."""
    tally = _Tally(None)

    def counted() -> Iterator[Article]:
        for article in articles:
            tally.item(article)
            yield article

    _ingest(counted(), settings, store, client, tally, on_done, batch_size)
    return tally.result()


def _ingest(articles: Iterable[Article], settings: Settings, store: BatchStore, client: Any,
            tally: _Tally, on_done: DoneCallback | None, batch_size: int) -> None:
    direct = workers_write(settings.database_url)
    task = extract_and_store_batch if direct else extract_batch
    _call(lambda: client.run(warm_up, settings))
    workers = worker_count(client)

    #: Ids in the batches in flight: a later copy of one waits until it is written, so that
    #: with workers writing the first copy wins, as in a serial run.
    writing: set[str] = set()

    def take(batch: list[Article], future: Any) -> None:
        results = _call(future.result)
        if direct:
            for article, (outcome, count, failure, warnings) in zip(batch, results,
                                                                      strict=True):
                tally.warned(article, warnings)
                if failure is not None:
                    tally.failed_article(article, failure)
                else:
                    tally.saved(outcome, count)
        else:
            _store_batch(store, batch, results, tally)
        writing.difference_update(article.id for article in batch)
        if on_done is not None:
            for article in batch:
                on_done(article)

    in_flight: sent_batches.OrderedWindow[list[Article]] = sent_batches.OrderedWindow(
        BATCHES_PER_WORKER * workers, BATCHES_HELD_PER_WORKER * workers, take,
        lambda futures: _call(lambda: sent_batches.first_done(futures)))

    def submit(batch: list[Article]) -> None:
        writing.update(article.id for article in batch)
        in_flight.add(batch, client.submit(task, batch, settings, pure=False))

    batch: list[Article] = []
    tail_size = max(1, batch_size // 4)
    # With workers writing, a copy waits for the earlier one to be written before it is
    # looked up, so it is looked up alone; else a batch's ids are looked up together.
    source = sent_batches.ReadAhead(
        articles if direct else not_stored(store, articles, batch_size),
        TAIL_BATCHES_PER_WORKER * workers * batch_size)
    try:
        for article in source:
            if direct and article.id in writing:
                if batch:
                    submit(batch)
                    batch = []
                while article.id in writing:
                    in_flight.take_oldest()
            if direct and already_stored(store, article):
                continue
            batch.append(article)
            if len(batch) >= (tail_size if source.ending else batch_size):
                submit(batch)
                batch = []
        if batch:
            submit(batch)
        in_flight.take_all()
    finally:
        for future in in_flight.futures():
            future.cancel()


def _store_batch(store: BatchStore, batch: Sequence[Article],
                 extracted: Sequence[ExtractedArticle], tally: _Tally) -> None:
    """Store the batch's extracted articles in one transaction; if the database refuses it,
    each article alone, so that only the article it refuses fails (with its one line)."""
    good: list[tuple[Article, list[Event]]] = []
    for article, (found, warnings) in zip(batch, extracted, strict=True):
        tally.warned(article, warnings)
        if isinstance(found, str):
            tally.failed_article(article, found)
        else:
            good.append((article, found))
    try:
        outcomes = store.save_articles(good)
    except ParleyError:
        for article, found in good:
            try:
                tally.saved(store.save_article(article, found), len(found))
            except ParleyError as error:
                tally.failed_article(article, f"cannot be stored: {error}")
        return
    for outcome, (_, article_events) in zip(outcomes, good, strict=True):
        tally.saved(outcome, len(article_events))


def _call(action: Callable[[], Any]) -> Any:
    """Run a call on the cluster; a lost worker or connection is one `ParleyError`."""
    from distributed import KilledWorker
    from distributed.comm.core import CommClosedError

    try:
        return action()
    except KilledWorker:
        raise ParleyError("a Dask worker died on every try of one batch (over its memory "
                          "limit, or a crash); what was stored stays stored: run again to "
                          "resume") from None
    except (CommClosedError, OSError, TimeoutError) as error:
        raise ParleyError(f"lost the Dask cluster: {error or type(error).__name__}; "
                          "what was stored stays stored: run again to resume") from None


def ingest_paths_distributed(
    paths: Sequence[str], settings: Settings, store: BatchStore, *,
    workers: int | None = None, scheduler: str | None = None,
    published: date | None = None, stdin: TextIO | BinaryIO | None = None,
    on_item: ProgressCallback | None = None, on_done: DoneCallback | None = None,
) -> IngestResult:
    """`parley ingest --workers N` (a local cluster, closed afterwards) or `--scheduler URL`
    (an existing cluster, whose workers must have Parley installed)."""
    with cluster_client(workers, scheduler) as client:
        return ingest_on_cluster(paths, settings, store, client, published=published,
                                 stdin=stdin, on_item=on_item, on_done=on_done)
