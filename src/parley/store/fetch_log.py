"""The fetch log and the configured sources of `parley fetch`: typed methods over two tables.

`FetchLog` shares the `Store`'s sessions (`store.fetch_log`), so a fetch reads and writes the
same database as the articles it links to; like `Store`, it takes and returns `parley.types`
records only, and every database failure is raised as a one-line `StoreError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from parley.errors import StoreError
from parley.store.models import ArticleRow, FetchLogRow, FetchSourceRow, pair_key
from parley.types import FetchEntry, SourceConfig

#: URLs looked up per query (keeps an IN list well under every database's limit).
LOOKUP_CHUNK = 500

ErrorFactory = Callable[[str, BaseException], StoreError]


def _entry(row: FetchLogRow) -> FetchEntry:
    return FetchEntry(
        url=row.url, status=row.status, fetched_at=row.fetched_at, http_status=row.http_status,
        canonical_url=row.canonical_url, content_hash=row.content_hash, article=row.article_id,
        etag=row.etag, last_modified=row.last_modified, error=row.error,
    )


def _source(row: FetchSourceRow) -> SourceConfig:
    pair = tuple(row.pair.split("-", 1)) if row.pair else None
    return SourceConfig(
        name=row.name, source=row.source,
        pair=(pair[0], pair[1]) if pair is not None and len(pair) == 2 else None,
        cameo=tuple(code for code in row.cameo.split(",") if code), added_at=row.added_at,
    )


class FetchLog:
    """What `parley fetch` knows of every URL it fetched, and the sources it is told to read."""

    def __init__(self, sessions: sessionmaker[Session], error: ErrorFactory) -> None:
        self._sessions = sessions
        self._error = error

    @contextmanager
    def _session(self, action: str, *, write: bool = False) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                if write:
                    with session.begin():
                        yield session
                else:
                    yield session
        except SQLAlchemyError as error:
            raise self._error(action, error) from error

    # -- the log ----------------------------------------------------------------------------

    def entry(self, url: str) -> FetchEntry | None:
        """The log entry of a URL, or None when it was never fetched."""
        with self._session("cannot read fetch log") as session:
            row = session.get(FetchLogRow, url)
            return _entry(row) if row is not None else None

    def entries(self, urls: Iterable[str]) -> dict[str, FetchEntry]:
        """The log entries of those URLs that have one, by URL."""
        wanted = list(dict.fromkeys(urls))
        found: dict[str, FetchEntry] = {}
        with self._session("cannot read fetch log") as session:
            for start in range(0, len(wanted), LOOKUP_CHUNK):
                chunk = wanted[start:start + LOOKUP_CHUNK]
                query = select(FetchLogRow).where(FetchLogRow.url.in_(chunk))
                found.update((row.url, _entry(row)) for row in session.scalars(query))
        return found

    def all_entries(self) -> list[FetchEntry]:
        """Every entry, most recent first (ties by URL)."""
        query = select(FetchLogRow).order_by(FetchLogRow.fetched_at.desc(), FetchLogRow.url)
        with self._session("cannot read fetch log") as session:
            return [_entry(row) for row in session.scalars(query)]

    def record(self, entry: FetchEntry) -> None:
        """Write a URL's entry, replacing the one it had."""
        with self._session("cannot write fetch log", write=True) as session:
            row = session.get(FetchLogRow, entry.url) or FetchLogRow(url=entry.url)
            row.status = entry.status
            row.http_status = entry.http_status
            row.fetched_at = entry.fetched_at
            row.canonical_url = entry.canonical_url
            row.content_hash = entry.content_hash
            row.article_id = entry.article
            row.etag = entry.etag
            row.last_modified = entry.last_modified
            row.error = entry.error
            session.add(row)

    def article_with_hash(self, content_hash: str) -> str | None:
        """The id of a stored article whose text has this sha256 (`content_hash`), if any."""
        query = (select(ArticleRow.id).where(ArticleRow.content_hash == content_hash)
                 .order_by(ArticleRow.id).limit(1))
        with self._session("cannot read store") as session:
            return session.scalar(query)

    # -- configured sources -----------------------------------------------------------------

    def sources(self) -> list[SourceConfig]:
        """Every configured source, by name."""
        with self._session("cannot read sources") as session:
            rows = session.scalars(select(FetchSourceRow).order_by(FetchSourceRow.name))
            return [_source(row) for row in rows]

    def add_source(self, source: SourceConfig) -> bool:
        """Keep a source under its name; False (nothing written) when the name is taken."""
        if source.added_at is None:
            raise ValueError("a source to keep needs its added_at time")
        with self._session("cannot write sources", write=True) as session:
            if session.get(FetchSourceRow, source.name) is not None:
                return False
            session.add(FetchSourceRow(
                name=source.name, source=source.source,
                pair=pair_key(*source.pair) if source.pair else None,
                cameo=",".join(source.cameo), added_at=source.added_at))
            return True

    def remove_source(self, name: str) -> bool:
        """Forget a source; False when there was none of that name."""
        with self._session("cannot write sources", write=True) as session:
            result = session.execute(delete(FetchSourceRow).where(FetchSourceRow.name == name))
            return bool(getattr(result, "rowcount", 0))
