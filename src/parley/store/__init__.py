"""The store stage: keeps articles and their events in SQLite or PostgreSQL, and queries them.

`Store(url)` opens (and migrates to the newest schema) any SQLAlchemy URL; every method takes
and returns `parley.types` records (`event_rows`, for downloads, plain tuples of named
columns), never ORM rows, so the other stages do not see SQLAlchemy.
Saving an article and its events is one transaction: an interrupted run leaves no half article.
This module is the facade: engines and retried writes are in `engine`, saving in `saving`,
read queries in `queries`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Any, TypeVar, Unpack

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from parley.errors import StoreError
from parley.store import queries, saving, summaries
from parley.store.engine import (
    MIGRATIONS,
    MigrationFailed,
    alembic_config,
    new_engine,
    one_line,
    retry_locked,
    safe_url,
    sqlite_directory,
    upgrade,
    write_sessions,
)
from parley.store.fetch_log import FetchLog
from parley.store.queries import EventQuery
from parley.store.saving import SaveOutcome, content_hash, same_article
from parley.types import Article, Event, StoredEvent

__all__ = ["MIGRATIONS", "EventQuery", "SaveOutcome", "Store", "alembic_config",
           "content_hash", "same_article"]

T = TypeVar("T")


class Store:
    """Articles and events in a SQL database given by a SQLAlchemy URL.

    Opening creates a SQLite file's directory when missing and upgrades the schema to the
    newest migration. Every failure of the database is raised as a one-line `StoreError`.
    Several processes may write one store at once (see `parley.store.engine`).
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._shown = safe_url(url)
        try:
            parsed = make_url(url)
        except (ArgumentError, ValueError) as error:
            raise StoreError(f"cannot open store {self._shown}: not a database URL") from error
        self._password = parsed.password if isinstance(parsed.password, str) else None
        directory = sqlite_directory(parsed)
        if directory is not None:
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                reason = error.strerror or one_line(error)
                raise StoreError(
                    f"cannot open store {self._shown}: cannot create directory "
                    f"{directory}: {reason}"
                ) from error
        try:
            self._engine = new_engine(parsed)
        except NoSuchModuleError as error:
            raise StoreError(
                f"cannot open store {self._shown}: unknown database type {parsed.drivername!r}"
            ) from error
        except ArgumentError as error:
            raise self._error("cannot open store", error) from error
        except ImportError as error:
            raise StoreError(
                f"cannot open store {self._shown}: database driver not installed ({error.name})"
            ) from error
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self._writes = write_sessions(self._engine)
        try:
            upgrade(self._engine)
        except (SQLAlchemyError, MigrationFailed, OSError) as error:
            self._engine.dispose()
            raise self._error("cannot open store", error) from error

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Release every connection; the store must not be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self._shown!r})"

    @property
    def fetch_log(self) -> FetchLog:
        """The fetch log and configured sources, in this store's database."""
        return FetchLog(self._writes, self._error)

    def _error(self, action: str, error: BaseException) -> StoreError:
        return StoreError(f"{action} {self._shown}: {one_line(error, self._password)}")

    @contextmanager
    def _read(self, action: str) -> Iterator[Session]:
        """A read session whose database errors become `StoreError`."""
        try:
            with self._sessions() as session:
                yield session
        except SQLAlchemyError as error:
            raise self._error(action, error) from error

    def _write(self, action: str, work: Callable[[Session], T]) -> T:
        """`work` in one write transaction, tried again while SQLite says "locked"."""

        def attempt() -> T:
            with self._writes() as session, session.begin():
                return work(session)

        try:
            return retry_locked(attempt)
        except SQLAlchemyError as error:
            raise self._error(action, error) from error

    # -- writing ---------------------------------------------------------------------------

    def save_article(self, article: Article, events: Sequence[Event]) -> SaveOutcome:
        """Store an article and its events in one transaction; tell what was done.

        "unchanged": the article is stored with the same text and metadata (nothing is
        written); "updated": it was stored with another text, or the same text with another
        title, URL, source or publication date (article and events are replaced); "new": it
        was not stored. Another writer storing the same article at the same moment makes
        this one "unchanged". Events are stored under `article.id` whatever their own
        `article` field says.
        """
        return self._write("cannot save to store",
                           lambda session: saving.save(session, article, events))

    def save_articles(
        self, items: Sequence[tuple[Article, Sequence[Event]]]
    ) -> list[SaveOutcome]:
        """Store several articles with their events in one transaction (all or none).

        Each outcome is what `save_article` would have told; a bulk load (the benchmark's
        synthetic store) saves a batch per transaction instead of one article per commit.
        """
        return self._write("cannot save to store", lambda session: [
            saving.save(session, article, events) for article, events in items])

    def delete_article(self, id: str) -> bool:
        """Delete an article with its events; False when it was not stored."""
        return self._write("cannot delete from store",
                           lambda session: saving.delete_article(session, id))

    # -- reading ---------------------------------------------------------------------------

    def article(self, id: str) -> Article | None:
        """The stored article with this id, or None."""
        with self._read("cannot read store") as session:
            return queries.article(session, id)

    def articles(self, ids: Collection[str]) -> dict[str, Article]:
        """The stored articles among these ids, by id, read in one query (a driver asks
        this once per batch of its inputs rather than once per article)."""
        with self._read("cannot read store") as session:
            return queries.articles(session, ids)

    def article_ids(self) -> list[str]:
        """The ids of all stored articles, sorted."""
        with self._read("cannot read store") as session:
            return queries.article_ids(session)

    def count_articles(self) -> int:
        """How many articles are stored."""
        with self._read("cannot read store") as session:
            return queries.count_articles(session)

    def count_events(self, **filters: Unpack[EventQuery]) -> int:
        """How many events are stored, or match every filter given (as `events` takes them)."""
        with self._read("cannot read store") as session:
            return queries.count_events(session, filters)

    def revision(self) -> str:
        """A token that changes whenever articles or events are written or deleted.

        Cheap enough to ask on every web request: a cache of computed answers keyed by it
        never serves an answer older than the store.
        """
        with self._read("cannot read store") as session:
            return queries.revision(session)

    def events(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[EventQuery]
    ) -> list[StoredEvent]:
        """Stored events matching every filter given (`EventQuery`), oldest first.

        `pair` matches either order; `state` matches events with that state on either side;
        dates are ISO strings compared at the coarser of the two precisions ("2022-08" is
        within `date_to="2022-08-31"`), and events without a date are left out when a date
        filter is given; `text` is a case-insensitive part of the evidence sentence. Ordered
        by event date (none last), then article publication date (none last), then storage
        order.
        """
        with self._read("cannot read store") as session:
            return queries.events(session, filters, limit, offset)

    def iter_events(self, *, chunk: int = 5000, **filters: Unpack[EventQuery]
                    ) -> Iterator[StoredEvent]:
        """Every record `events(**filters)` gives, in its order, read `chunk` at a time (a
        download of the whole store holds one chunk, not the store). The order is fixed
        once, at the start; a record deleted meanwhile is left out."""
        with self._read("cannot read store") as session:
            keys = queries.event_keys(session, filters)
        for start in range(0, len(keys), max(1, chunk)):
            with self._read("cannot read store") as session:
                found = queries.events_by_keys(session, keys[start:start + chunk])
            yield from found

    def event_rows(self, *, batch: int = 1000, **filters: Unpack[EventQuery]
                   ) -> Iterator[Sequence[Sequence[Any]]]:
        """Every record `events(**filters)` gives, in its order, as plain rows of the
        columns `records.EVENT_ROW_FIELDS` names, `batch` rows at a time: what the
        downloads write out without building a record per row.

        One read of one snapshot, streamed: the process holds one batch; the read (and, on
        SQLite, the snapshot that keeps the write-ahead log from being reset) lasts until
        the last batch is taken or the iterator is closed."""
        with self._read("cannot read store") as session:
            yield from queries.event_rows(session, filters, max(1, batch))

    def pair_summaries(self, revision: str, as_of: str, settings_key: str,
                       kind: str = "overview", pair: tuple[str, str] | None = None
                       ) -> dict[tuple[str, str], str]:
        """The per-pair summaries of `kind` saved for this revision, as-of day and settings
        key (opaque payloads by ordered pair, only `pair`'s when given; `report.overview`
        and `web.kept_pages` read them); empty when outdated."""
        with self._read("cannot read store") as session:
            return summaries.stored_summaries(session, kind, revision, as_of, settings_key,
                                              pair)

    def save_pair_summaries(self, revision: str, as_of: str, settings_key: str,
                            payloads: Mapping[tuple[str, str], str], kind: str = "overview"
                            ) -> int:
        """Keep these summaries of `kind`, computed for `revision`; drop every outdated one."""
        return self._write("cannot save to store", lambda session: summaries.save_summaries(
            session, kind, revision, as_of, settings_key, payloads))

    def pairs(self) -> list[tuple[str, str]]:
        """The distinct unordered pairs of states that have events, each sorted, sorted."""
        with self._read("cannot read store") as session:
            return queries.pairs(session)
