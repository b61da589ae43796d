"""One `parley fetch` run: sources to links, links to pages, pages to stored articles.

The fetch log decides what is fetched: a page whose URL is logged as stored, unchanged or
duplicate is not fetched again, so a second run fetches only what is new and an interrupted
run resumes where it stopped; a page whose text is already stored (under another URL) is
logged as a duplicate of that article and not stored twice. A source document (feed,
sitemap, export) keeps its ETag / Last-Modified for a conditional request next run, but only
once every link it gave was handled: links left by a failure or by --limit are met again.
Pages download on a pool of threads behind the polite client; parsing and storing stay on
the calling thread.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import islice

from parley.config import Settings
from parley.fetch.client import FetchError, PoliteClient, Response
from parley.fetch.ingest import SavedArticle, ingest_articles
from parley.fetch.links import Link, is_web_url
from parley.fetch.pages import page_article
from parley.fetch.sources import PAGE_DONE, SourceReader, SourceReading, SourceSpec
from parley.pipeline import Pipeline
from parley.store import Store, content_hash
from parley.types import Article, FetchEntry, InputFailure, InputWarning

FetchCallback = Callable[[InputFailure | InputWarning], None]

#: Pages downloaded ahead of the parser, per download thread.
DOWNLOADS_AHEAD = 4


@dataclass(slots=True)
class FetchReport:
    """What a fetch did, for the summary line, `--json` and the exit code."""

    sources: int = 0
    links: int = 0
    known: int = 0  # links already in the log as done: not fetched
    older: int = 0  # links or pages dated before --since
    left: int = 0  # links beyond --limit, for the next run
    not_modified: int = 0  # source documents that answered 304
    pages_fetched: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    failures: list[InputFailure] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {
            "sources": self.sources, "links": self.links, "known": self.known,
            "older": self.older, "left": self.left, "not_modified": self.not_modified,
            "pages_fetched": self.pages_fetched, "stored": self.stored,
            "unchanged": self.unchanged, "duplicates": self.duplicates,
            "events": self.events, "failed": len(self.failures),
            "warnings": len(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class _Pending:
    response: Response
    canonical_url: str | None
    digest: str


def fetch(specs: Iterable[SourceSpec], settings: Settings, store: Store, *,
          since: date | None = None, limit: int | None = None,
          pipeline: Pipeline | None = None, on_item: FetchCallback | None = None,
          client: PoliteClient | None = None) -> FetchReport:
    """Fetch every source's new articles into the store (see the module's docstring)."""
    own_client = client is None
    polite = client or PoliteClient(settings)
    try:
        run = _FetchRun(settings, store, polite, since=since, limit=limit,
                        pipeline=pipeline, on_item=on_item)
        return run.run(list(specs))
    finally:
        if own_client:
            polite.close()


class _FetchRun:
    def __init__(self, settings: Settings, store: Store, client: PoliteClient, *,
                 since: date | None, limit: int | None, pipeline: Pipeline | None,
                 on_item: FetchCallback | None) -> None:
        self.settings = settings
        self.store = store
        self.log = store.fetch_log
        self.client = client
        self.since = since
        self.limit = limit
        self._pipeline = pipeline
        self.on_item = on_item
        self.report = FetchReport()
        self.unfinished: set[str] = set()  # links failed or left: their sources stay open
        self.hashes: dict[str, str] = {}  # text hash -> article id, within this run
        self.pending: dict[str, _Pending] = {}  # page URL -> what its log entry needs
        self.duplicates: list[FetchEntry] = []  # of articles stored in this run

    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.settings)
        return self._pipeline

    # ------------------------------------------------------------------ the run
    def run(self, specs: list[SourceSpec]) -> FetchReport:
        readings = SourceReader(self.client, self.log).read_all(specs)
        direct, links = self._links(readings)
        todo = self._to_fetch(links)
        downloads = self._downloads(direct, todo)
        try:
            for saved in ingest_articles(self._articles(downloads), self.pipeline, self.store):
                self._saved(saved)
        finally:
            downloads.close()  # on an interrupt too: queued downloads are cancelled now
        for entry in self.duplicates:
            self.log.record(entry)
        self._record_sources(readings)
        return self.report

    def _links(self, readings: list[SourceReading]) -> tuple[list[tuple[Link, Response]],
                                                            list[Link]]:
        """The pages the sources are (fetched already) and the distinct links they gave."""
        direct: list[tuple[Link, Response]] = []
        links: dict[str, Link] = {}
        for reading in readings:
            self.report.sources += 1
            fetched = {reading.spec.source, *(d.url for d in reading.documents)}
            for failure in reading.failures:
                self._failed(failure.origin, failure.reason,
                             log=is_web_url(failure.origin) and failure.origin in fetched)
            self.report.not_modified += sum(d.status == 304 for d in reading.documents)
            if reading.kind == "page":
                self.report.links += 1
                if reading.page is None:
                    self.report.known += 1
                else:
                    direct.append((Link(reading.spec.source), reading.page))
            for link in reading.links:
                links.setdefault(link.url, link)
        already = {link.url for link, _ in direct}
        fresh = [link for url, link in links.items() if url not in already]
        self.report.links += len(fresh)
        return direct, fresh

    def _to_fetch(self, links: list[Link]) -> list[Link]:
        entries = self.log.entries(link.url for link in links)
        todo: list[Link] = []
        for link in links:
            entry = entries.get(link.url)
            if entry is not None and entry.status in PAGE_DONE:
                self.report.known += 1
            elif self.since and link.published and link.published < self.since:
                self.report.older += 1
            else:
                todo.append(link)
        if self.limit is not None and len(todo) > self.limit:
            self.report.left = len(todo) - self.limit
            self.unfinished.update(link.url for link in todo[self.limit:])
            todo = todo[:self.limit]
        return todo

    def _downloads(self, direct: list[tuple[Link, Response]], todo: list[Link]
                   ) -> Generator[tuple[Link, Response | FetchError], None, None]:
        """Each page with its response or failure, as downloads complete.

        At most `DOWNLOADS_AHEAD` times the concurrency are downloaded ahead of the parser,
        so a long list of links never piles up bodies in memory.
        """
        yield from direct
        if not todo:
            return
        workers = min(self.settings.fetch_concurrency, len(todo))
        ahead = workers * DOWNLOADS_AHEAD
        waiting = iter(todo)
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="parley-fetch")
        running: dict[Future[Response | FetchError], Link] = {}
        try:
            while True:
                for link in islice(waiting, ahead - len(running)):
                    running[pool.submit(self._get, link)] = link
                if not running:
                    return
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    yield running.pop(future), future.result()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _get(self, link: Link) -> Response | FetchError:
        try:
            return self.client.get(link.url)
        except FetchError as error:
            return error

    # ------------------------------------------------------------------ pages
    def _articles(self, downloads: Iterable[tuple[Link, Response | FetchError]]
                  ) -> Iterator[Article]:
        for link, outcome in downloads:
            if isinstance(outcome, FetchError):
                self._failed(link.url, str(outcome))
                continue
            self.report.pages_fetched += 1
            read = page_article(outcome, link)
            for warning in read.warnings:
                self._warn(warning)
            if read.article is None:
                self._failed(link.url, read.failure or "no article", status=outcome.status)
                continue
            article = read.article
            if self.since and article.published and article.published < self.since:
                self.report.older += 1
                self._log(link.url, "skipped", outcome, read.canonical_url)
                continue
            digest = content_hash(article.text)
            in_run = self.hashes.get(digest)
            holder = in_run or self.log.article_with_hash(digest)
            if holder is not None and holder != article.id:
                self.report.duplicates += 1
                entry = self._entry(link.url, "duplicate", outcome, read.canonical_url,
                                    digest, holder)
                if in_run:  # that article may still wait for its parse: link to it once saved
                    self.duplicates.append(entry)
                else:
                    self.log.record(entry)
                continue
            self.hashes[digest] = article.id
            self.pending[link.url] = _Pending(outcome, read.canonical_url, digest)
            yield article

    def _saved(self, saved: SavedArticle) -> None:
        url = saved.article.origin or ""
        pending = self.pending.pop(url)
        if saved.failure is not None:
            self._failed(url, saved.failure, status=pending.response.status)
            return
        if saved.outcome == "unchanged":
            self.report.unchanged += 1
        else:
            self.report.stored += 1
            self.report.events += saved.events
        self._log(url, "stored" if saved.outcome != "unchanged" else "unchanged",
                  pending.response, pending.canonical_url, pending.digest, saved.article.id)

    # ------------------------------------------------------------------ the log
    def _log(self, url: str, status: str, response: Response, canonical: str | None = None,
             digest: str | None = None, article: str | None = None) -> None:
        self.log.record(self._entry(url, status, response, canonical, digest, article))

    @staticmethod
    def _entry(url: str, status: str, response: Response, canonical: str | None = None,
               digest: str | None = None, article: str | None = None) -> FetchEntry:
        return FetchEntry(
            url=url, status=status, fetched_at=datetime.now(UTC),
            http_status=response.status, canonical_url=canonical, content_hash=digest,
            article=article, etag=response.validators.etag,
            last_modified=response.validators.last_modified)

    def _failed(self, url: str, reason: str, *, status: int | None = None,
                log: bool = True) -> None:
        failure = InputFailure(url, reason)
        self.report.failures.append(failure)
        self.unfinished.add(url)
        if log:
            self.log.record(FetchEntry(url=url, status="failed", fetched_at=datetime.now(UTC),
                                       http_status=status, error=reason))
        if self.on_item is not None:
            self.on_item(failure)

    def _warn(self, warning: InputWarning) -> None:
        self.report.warnings.append(warning)
        if self.on_item is not None:
            self.on_item(warning)

    def _record_sources(self, readings: list[SourceReading]) -> None:
        """Keep each finished source document's validators for the next conditional GET."""
        for reading in readings:
            if reading.failures or any(link.url in self.unfinished for link in reading.links):
                continue
            for document in reading.documents:
                if document is reading.page:
                    continue
                previous = self.log.entry(document.url)
                validators = document.validators
                if document.status == 304 and previous is not None:
                    validators = type(validators)(previous.etag, previous.last_modified)
                self.log.record(FetchEntry(
                    url=document.url, status="not-modified" if document.status == 304
                    else "source", fetched_at=datetime.now(UTC), http_status=document.status,
                    etag=validators.etag, last_modified=validators.last_modified))
