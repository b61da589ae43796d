"""The store stage: keeps articles and their events in SQLite or PostgreSQL, and queries them.

`Store(url)` opens (and migrates to the newest schema) any SQLAlchemy URL; every method takes
and returns `parley.types` records, never ORM rows, so the other stages do not see SQLAlchemy.
Saving an article and its events is one transaction: an interrupted run leaves no half article.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

from sqlalchemy import (
    ColumnElement,
    Engine,
    create_engine,
    delete,
    event,
    func,
    or_,
    select,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from parley.errors import StoreError
from parley.store.fetch_log import FetchLog
from parley.store.models import ArticleRow, EventRow, EvidenceRow, pair_key
from parley.store.schema_check import is_at_head
from parley.types import (
    Article,
    ChannelStatus,
    CountQualifier,
    Event,
    EventType,
    Evidence,
    StoredEvent,
)

if TYPE_CHECKING:  # Alembic loads only when a schema needs migrating (see schema_check)
    from alembic.config import Config

__all__ = ["MIGRATIONS", "EventQuery", "SaveOutcome", "Store", "content_hash"]

#: The Alembic script directory shipped inside the package.
MIGRATIONS: Path = Path(__file__).resolve().parent / "migrations"

SaveOutcome = Literal["new", "unchanged", "updated"]


def content_hash(text: str) -> str:
    """The sha256 hex digest of an article's text: equal hashes mean nothing to re-save."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _safe_url(url: str) -> str:
    """The URL as it may be shown to a user: as written, or with its password as ***."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return re.sub(r"(//[^/@:]*:)[^/@]*@", r"\1***@", url)
    if parsed.password is None:
        return url
    return parsed.render_as_string(hide_password=True)


def _one_line(error: BaseException, password: str | None = None) -> str:
    """A one-line reason for an error, without the SQL or a password it may carry."""
    cause: BaseException = error
    if isinstance(error, DBAPIError) and error.orig is not None:
        cause = error.orig
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    text = lines[0] if lines else type(cause).__name__
    if password:
        text = text.replace(password, "***")
    return text


def _sqlite_directory(url: URL) -> Path | None:
    """The directory a SQLite file URL points into, or None for memory and non-SQLite URLs."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser().parent


def _enable_sqlite_transactions(engine: Engine) -> None:
    """Turn foreign keys on and let SQLAlchemy, not pysqlite, emit BEGIN.

    pysqlite otherwise starts transactions late (at the first write) and commits before
    DDL; with its own handling disabled, a transaction covers every statement of a save.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def alembic_config() -> Config:
    """An Alembic config for the shipped migrations, built in code (no alembic.ini read)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    return config


def _event_row(article_id: str, item: Event) -> EventRow:
    return EventRow(
        article_id=article_id,
        type=item.type.value,
        source=item.source,
        target=item.target,
        channel=item.channel,
        status=item.status.value if item.status else None,
        date=item.date,
        date_end=item.date_end,
        negated=item.negated,
        hypothetical=item.hypothetical,
        count=item.count,
        count_qualifier=item.count_qualifier.value if item.count_qualifier else None,
        persons=list(item.persons),
        mechanism=item.mechanism,
        pair=pair_key(item.source, item.target),
    )


def _evidence_row(event_id: int, evidence: Evidence) -> EvidenceRow:
    return EvidenceRow(
        event_id=event_id, sentence=evidence.sentence, start=evidence.start, end=evidence.end
    )


def _article(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        text=row.text,
        title=row.title,
        url=row.url,
        source=row.source,
        published=row.published,
        origin=row.origin,
    )


def _date_from(column: Any, bound: str) -> ColumnElement[bool]:
    """`column` is not before `bound` at the coarser of the two precisions.

    "2022-08" is not before "2022-08-15" (same month); a full comparison would say it is,
    so the strict prefixes of the bound count as within too.
    """
    prefixes = [bound[:size] for size in range(1, len(bound))]
    return or_(column >= bound, column.in_(prefixes)) if prefixes else column >= bound


def _date_to(column: Any, bound: str) -> ColumnElement[bool]:
    """`column` is not after `bound` at the coarser of the two precisions.

    Cutting the event date to the bound's length makes "2022-08-15" within "2022-08"; an
    event date shorter than the bound is compared whole ("2022-08" <= "2022-08-31").
    """
    return func.substr(column, 1, len(bound)) <= bound


_EVENT_COLUMNS = (
    EventRow.article_id, EventRow.type, EventRow.source, EventRow.target, EventRow.channel,
    EventRow.status, EventRow.date, EventRow.date_end, EventRow.negated,
    EventRow.hypothetical, EventRow.count, EventRow.count_qualifier, EventRow.persons,
    EventRow.mechanism,
)

#: Enum members by value, to build records without a call per field.
_TYPES = {member.value: member for member in EventType}
_STATUSES = {member.value: member for member in ChannelStatus}
_QUALIFIERS = {member.value: member for member in CountQualifier}


def _stored_event(row: Any) -> StoredEvent:
    """A record from one row of `_EVENT_COLUMNS`, evidence and article columns."""
    (article_id, kind, source, target, channel, status, when, when_end, negated,
     hypothetical, count, qualifier, persons, mechanism, sentence, start, end, published,
     title, url) = row
    return StoredEvent(
        event=Event(
            article=article_id, type=_TYPES[kind], source=source, target=target,
            channel=channel, status=_STATUSES[status] if status else None, date=when,
            date_end=when_end, negated=bool(negated), hypothetical=bool(hypothetical),
            count=count, count_qualifier=_QUALIFIERS[qualifier] if qualifier else None,
            persons=tuple(str(person) for person in persons or ()), mechanism=mechanism,
            evidence=Evidence(sentence=sentence, start=start, end=end)
            if sentence is not None else Evidence(sentence="", start=0, end=0),
        ),
        published=published, title=title, url=url,
    )


class EventQuery(TypedDict, total=False):
    """The filters `Store.events` and `Store.count_events` take (see `Store.events`)."""

    pair: tuple[str, str] | None
    state: str | None
    channel: str | None
    types: Collection[EventType] | None
    date_from: str | None
    date_to: str | None
    article: str | None
    text: str | None


def _event_conditions(
    *,
    pair: tuple[str, str] | None = None,
    state: str | None = None,
    channel: str | None = None,
    types: Collection[EventType] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    article: str | None = None,
    text: str | None = None,
) -> list[ColumnElement[bool]] | None:
    """The WHERE conditions of an events query; None when nothing can match."""
    conditions: list[ColumnElement[bool]] = []
    if pair is not None:
        key = pair_key(*pair)
        if key is None:
            return None
        conditions.append(EventRow.pair == key)
    if state is not None:
        conditions.append(or_(EventRow.source == state, EventRow.target == state))
    if channel is not None:
        conditions.append(EventRow.channel == channel)
    if types is not None:
        conditions.append(EventRow.type.in_(sorted(EventType(t).value for t in types)))
    if date_from is not None:
        conditions.append(_date_from(EventRow.date, date_from))
    if date_to is not None:
        conditions.append(_date_to(EventRow.date, date_to))
    if date_from is not None or date_to is not None:
        conditions.append(EventRow.date.is_not(None))
    if article is not None:
        conditions.append(EventRow.article_id == article)
    if text is not None:
        conditions.append(EvidenceRow.sentence.icontains(text, autoescape=True))
    return conditions


class Store:
    """Articles and events in a SQL database given by a SQLAlchemy URL.

    Opening creates a SQLite file's directory when missing and upgrades the schema to the
    newest migration. Every failure of the database is raised as a one-line `StoreError`.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._shown = _safe_url(url)
        try:
            parsed = make_url(url)
        except (ArgumentError, ValueError) as error:
            raise StoreError(f"cannot open store {self._shown}: not a database URL") from error
        self._password = parsed.password if isinstance(parsed.password, str) else None
        directory = _sqlite_directory(parsed)
        if directory is not None:
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                reason = error.strerror or _one_line(error)
                raise StoreError(
                    f"cannot open store {self._shown}: cannot create directory "
                    f"{directory}: {reason}"
                ) from error
        try:
            self._engine = create_engine(parsed)
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
        if parsed.get_backend_name() == "sqlite":
            _enable_sqlite_transactions(self._engine)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        try:
            self._upgrade()
        except StoreError:
            self._engine.dispose()
            raise
        except (SQLAlchemyError, OSError) as error:
            self._engine.dispose()
            raise self._error("cannot open store", error) from error

    # -- lifecycle -------------------------------------------------------------------------

    def _upgrade(self) -> None:
        """Migrate to the newest schema; a store already there is only read (one query)."""
        with self._engine.connect() as connection:
            if is_at_head(connection):
                return
        from alembic import command
        from alembic.util.exc import CommandError

        config = alembic_config()
        try:
            with self._engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except CommandError as error:
            raise self._error("cannot open store", error) from error

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
        return FetchLog(self._sessions, self._error)

    def _error(self, action: str, error: BaseException) -> StoreError:
        return StoreError(f"{action} {self._shown}: {_one_line(error, self._password)}")

    @contextmanager
    def _session(self, action: str, *, write: bool = False) -> Iterator[Session]:
        """A session whose database errors become `StoreError`; `write` commits at the end."""
        try:
            with self._sessions() as session:
                if write:
                    with session.begin():
                        yield session
                else:
                    yield session
        except SQLAlchemyError as error:
            raise self._error(action, error) from error

    # -- writing ---------------------------------------------------------------------------

    def save_article(self, article: Article, events: Sequence[Event]) -> SaveOutcome:
        """Store an article and its events in one transaction; tell what was done.

        "unchanged": the article is stored with the same text (nothing is written);
        "updated": it was stored with another text (article and events are replaced);
        "new": it was not stored. Events are stored under `article.id` whatever their
        own `article` field says.
        """
        with self._session("cannot save to store", write=True) as session:
            return self._save(session, article, events)

    def save_articles(
        self, items: Sequence[tuple[Article, Sequence[Event]]]
    ) -> list[SaveOutcome]:
        """Store several articles with their events in one transaction (all or none).

        Each outcome is what `save_article` would have told; a bulk load (the benchmark's
        synthetic store) saves a batch per transaction instead of one article per commit.
        """
        with self._session("cannot save to store", write=True) as session:
            return [self._save(session, article, events) for article, events in items]

    def _save(self, session: Session, article: Article, events: Sequence[Event]) -> SaveOutcome:
        digest = content_hash(article.text)
        row = session.get(ArticleRow, article.id)
        if row is not None and row.content_hash == digest:
            return "unchanged"
        outcome: SaveOutcome = "new" if row is None else "updated"
        if row is None:
            row = ArticleRow(id=article.id)
            session.add(row)
        else:
            self._delete_events(session, article.id)
        row.title = article.title
        row.url = article.url
        row.source = article.source
        row.published = article.published
        row.text = article.text
        row.content_hash = digest
        row.origin = article.origin
        row.ingested_at = datetime.now(UTC)
        session.flush()
        event_rows = [_event_row(article.id, item) for item in events]
        session.add_all(event_rows)
        session.flush()
        session.add_all(
            _evidence_row(event_row.id, item.evidence)
            for event_row, item in zip(event_rows, events, strict=True)
        )
        session.flush()
        return outcome

    @staticmethod
    def _delete_events(session: Session, article_id: str) -> None:
        """Delete an article's events and their evidence (without relying on cascades)."""
        event_ids = select(EventRow.id).where(EventRow.article_id == article_id)
        session.execute(delete(EvidenceRow).where(EvidenceRow.event_id.in_(event_ids)))
        session.execute(delete(EventRow).where(EventRow.article_id == article_id))

    def delete_article(self, id: str) -> bool:
        """Delete an article with its events; False when it was not stored."""
        with self._session("cannot delete from store", write=True) as session:
            row = session.get(ArticleRow, id)
            if row is None:
                return False
            self._delete_events(session, id)
            session.delete(row)
            return True

    # -- reading ---------------------------------------------------------------------------

    def article(self, id: str) -> Article | None:
        """The stored article with this id, or None."""
        with self._session("cannot read store") as session:
            row = session.get(ArticleRow, id)
            return _article(row) if row is not None else None

    def article_ids(self) -> list[str]:
        """The ids of all stored articles, sorted."""
        with self._session("cannot read store") as session:
            return list(session.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))

    def count_articles(self) -> int:
        """How many articles are stored."""
        with self._session("cannot read store") as session:
            return session.scalar(select(func.count()).select_from(ArticleRow)) or 0

    def count_events(self, **filters: Unpack[EventQuery]) -> int:
        """How many events are stored, or match every filter given (as `events` takes them)."""
        conditions = _event_conditions(**filters)
        if conditions is None:
            return 0
        query = select(func.count()).select_from(EventRow)
        if filters.get("text") is not None:
            query = query.outerjoin(EvidenceRow, EvidenceRow.event_id == EventRow.id)
        with self._session("cannot read store") as session:
            return session.scalar(query.where(*conditions)) or 0

    def revision(self) -> str:
        """A token that changes whenever articles or events are written or deleted.

        Cheap enough to ask on every web request: a cache of computed answers keyed by it
        never serves an answer older than the store.
        """
        events = select(func.count(), func.max(EventRow.id)).select_from(EventRow)
        articles = select(func.count(), func.max(ArticleRow.ingested_at)).select_from(ArticleRow)
        with self._session("cannot read store") as session:
            event_count, last_event = session.execute(events).one()
            article_count, last_write = session.execute(articles).one()
        return f"{event_count}:{last_event}:{article_count}:{last_write}"

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
        conditions = _event_conditions(**filters)
        if conditions is None:
            return []
        # Plain columns, not ORM entities: building rows as records directly is several
        # times faster, which a pair with tens of thousands of events needs.
        query = (
            select(*_EVENT_COLUMNS, EvidenceRow.sentence, EvidenceRow.start, EvidenceRow.end,
                   ArticleRow.published, ArticleRow.title, ArticleRow.url)
            .join(ArticleRow, ArticleRow.id == EventRow.article_id)
            .outerjoin(EvidenceRow, EvidenceRow.event_id == EventRow.id)
            .where(*conditions)
            .order_by(
                EventRow.date.is_(None),
                EventRow.date,
                ArticleRow.published.is_(None),
                ArticleRow.published,
                EventRow.id,
                EvidenceRow.id,
            )
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        with self._session("cannot read store") as session:
            return [_stored_event(row) for row in session.execute(query)]

    def pairs(self) -> list[tuple[str, str]]:
        """The distinct unordered pairs of states that have events, each sorted, sorted."""
        query = (
            select(EventRow.source, EventRow.target).where(EventRow.pair.is_not(None)).distinct()
        )
        with self._session("cannot read store") as session:
            found: set[tuple[str, str]] = set()
            for source, target in session.execute(query):
                if source and target:
                    first, second = sorted((source, target))
                    found.add((first, second))
        return sorted(found)
