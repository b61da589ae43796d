"""The store's read queries: articles, events with their filters, pairs and the revision.

Each function takes an open session and returns `parley.types` records, so the `Store`
facade only opens sessions and turns database errors into `StoreError`s.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import date
from operator import itemgetter
from typing import Any, TypedDict

from sqlalchemy import ColumnElement, Connection, Text, cast, func, or_, select
from sqlalchemy.orm import Session

from parley.store.models import ArticleRow, EventRow, EvidenceRow, pair_key
from parley.store.records import stored_event
from parley.types import Article, EventType, StoredEvent

__all__ = ["EventQuery", "article", "article_ids", "count_articles", "count_events",
           "event_rows", "events", "pairs", "revision"]


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


def article_record(row: ArticleRow) -> Article:
    return Article(id=row.id, text=row.text, title=row.title, url=row.url, source=row.source,
                   published=row.published, origin=row.origin)


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
    EventRow.hypothetical, EventRow.count, EventRow.count_qualifier,
    # The raw JSON text, cast so that PostgreSQL's driver does not parse it either (it did,
    # once per row: a third of a PostgreSQL download's own CPU): `persons_of` parses each
    # distinct list once, and most events share a few lists (the empty one above all).
    cast(EventRow.persons, Text), EventRow.mechanism,
)

#: Stands for a missing publication date in sort keys (such events sort last anyway).
_NO_DAY = date.min


def event_conditions(
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


def article(session: Session, id: str) -> Article | None:
    row = session.get(ArticleRow, id)
    return article_record(row) if row is not None else None


#: Ids bound in one IN list (old SQLite builds take at most 999 parameters a statement).
_IDS_PER_QUERY = 500


def articles(session: Session, ids: Collection[str]) -> dict[str, Article]:
    wanted = sorted(set(ids))
    found: dict[str, Article] = {}
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[start:start + _IDS_PER_QUERY]
        found.update((row.id, article_record(row)) for row in session.scalars(
            select(ArticleRow).where(ArticleRow.id.in_(chunk))))
    return found


def article_ids(session: Session) -> list[str]:
    return list(session.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))


def count_articles(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ArticleRow)) or 0


def count_events(session: Session, filters: EventQuery) -> int:
    conditions = event_conditions(**filters)
    if conditions is None:
        return 0
    query = select(func.count()).select_from(EventRow)
    if filters.get("text") is not None:
        query = query.outerjoin(EvidenceRow, EvidenceRow.event_id == EventRow.id)
    return session.scalar(query.where(*conditions)) or 0


def revision(session: Session) -> str:
    """Counts and latest writes of events and articles, one statement each: SQLite answers
    a bare count or maximum from an index at once, but a count and a maximum asked
    together make it scan the table (25 ms on 100,000 events, on every web request)."""
    connection = _one_snapshot(session)
    event_count = connection.scalar(select(func.count()).select_from(EventRow))
    last_event = connection.scalar(select(func.max(EventRow.id)))
    article_count = connection.scalar(select(func.count()).select_from(ArticleRow))
    last_write = connection.scalar(select(func.max(ArticleRow.ingested_at)))
    return f"{event_count or 0}:{last_event}:{article_count or 0}:{last_write}"


#: The order of `events`: event date (none last), publication date (none last), storage order.
_ORDER = (EventRow.date.is_(None), EventRow.date, ArticleRow.published.is_(None),
          ArticleRow.published, EventRow.id, EvidenceRow.id)


def _wide(conditions: list[ColumnElement[bool]]) -> Any:
    """Every column a record needs (`records.EVENT_ROW_FIELDS`), one row per (event,
    evidence)."""
    return (
        select(EventRow.id, *_EVENT_COLUMNS, EvidenceRow.sentence, EvidenceRow.start,
               EvidenceRow.end, EvidenceRow.id, ArticleRow.published, ArticleRow.title,
               ArticleRow.url)
        .join(ArticleRow, ArticleRow.id == EventRow.article_id)
        .outerjoin(EvidenceRow, EvidenceRow.event_id == EventRow.id)
        .where(*conditions)
    )


def _narrow(conditions: list[ColumnElement[bool]]) -> Any:
    """The (event, evidence) ids of `_wide`'s rows in `events`' order: cheap to sort."""
    return (select(EventRow.id, EvidenceRow.id)
            .join(ArticleRow, ArticleRow.id == EventRow.article_id)
            .outerjoin(EvidenceRow, EvidenceRow.event_id == EventRow.id)
            .where(*conditions).order_by(*_ORDER))


def _records(rows: Iterable[Any]) -> list[StoredEvent]:
    # Through the session's connection (Core), not `session.execute`: the ORM's result
    # machinery costs as much again as building the records for plain columns.
    return [stored_event(row[:15], row[15:19], row[19:]) for row in rows]


def events(session: Session, filters: EventQuery, limit: int | None,
           offset: int) -> list[StoredEvent]:
    conditions = event_conditions(**filters)
    if conditions is None:
        return []
    if limit is None and not offset and filters.get("text") is None:
        return _every_event(session, conditions)
    connection = _one_snapshot(session)
    if limit is None or limit > _PAGED_BY_IDS:
        return _records(connection.execute(
            _wide(conditions).order_by(*_ORDER).offset(offset).limit(limit)))
    keys = list(connection.execute(_narrow(conditions).offset(offset).limit(limit)))
    return _by_keys(connection, conditions, [(e, v) for e, v in keys])


def event_keys(session: Session, filters: EventQuery) -> list[tuple[int, int | None]]:
    """The (event, evidence) ids of every matching record in `events`' order: what a long
    download reads first, to read the records a chunk at a time by id (`events_by_keys`)
    instead of sorting every matching row again for each chunk's offset."""
    conditions = event_conditions(**filters)
    if conditions is None:
        return []
    return [(e, v) for e, v in _one_snapshot(session).execute(_narrow(conditions))]


def events_by_keys(session: Session, keys: Sequence[tuple[int, int | None]]
                   ) -> list[StoredEvent]:
    """The records of `keys` (from `event_keys`), in that order; deleted ones left out."""
    return _by_keys(_one_snapshot(session), [], keys)


#: Longest page `_by_keys` reads by its ids (one bound parameter each; SQLite allows 32,766).
_PAGED_BY_IDS = 10_000


def _by_keys(connection: Connection, conditions: list[ColumnElement[bool]],
             keys: Sequence[tuple[int, int | None]]) -> list[StoredEvent]:
    """The whole rows of `keys`, in their order: a page's ids are found first by the same
    order in narrow rows, then only those rows are read whole. Sorting every joined wide
    row to skip to a deep page cost ~0.4 s at offset 50,000 of 100,000 events."""
    if not keys:
        return []
    rank = {key: position for position, key in enumerate(keys)}
    rows = [row for row in connection.execute(
                _wide(conditions).where(EventRow.id.in_(sorted({e for e, _ in keys}))))
            if (row[0], row[18]) in rank]
    rows.sort(key=lambda row: rank[(row[0], row[18])])
    return _records(rows)


def event_rows(session: Session, filters: EventQuery, batch: int
               ) -> Iterator[Sequence[Sequence[Any]]]:
    """Every row `events` makes a record of (`records.EVENT_ROW_FIELDS`), in its order,
    `batch` rows at a time, from one sorted query read as it is fetched.

    What a download of the whole store reads: the database sorts the joined rows (SQLite
    spills a long sort to a temporary file) and the driver hands them over a batch at a
    time, so the process holds one batch, not the result; the rows are the driver's own
    (no records, no SQLAlchemy row processing: on SQLite the published date is its ISO
    text, on PostgreSQL a `date`). Reading ids first and then the rows by id, as
    `event_keys` does, cost three times as much (100,000 events: 1.7 s of CPU).
    """
    conditions = event_conditions(**filters)
    if conditions is None:
        return
    connection = _one_snapshot(session)
    query = _wide(conditions).order_by(*_ORDER)
    if connection.dialect.name == "sqlite":
        # pysqlite steps through the sorted result only as rows are fetched: its cursor
        # streams by itself. (`stream_results` would prefetch a row into SQLAlchemy's
        # buffer, which the cursor's own `fetchmany` would then skip.)
        result = connection.execute(query)
        fetch = result.cursor.fetchmany
    else:  # a server-side cursor: the client holds `batch` rows at a time
        result = connection.execute(query.execution_options(stream_results=True,
                                                            yield_per=batch))
        fetch = result.fetchmany
    try:
        while rows := fetch(batch):
            yield rows
    finally:
        result.close()


def _one_snapshot(session: Session) -> Connection:
    """The session's connection, its reads all of one snapshot of the store: SQLite's read
    transaction is one already; PostgreSQL's default gives each statement its own."""
    if session.get_bind().dialect.name == "postgresql":
        return session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    return session.connection()


def _every_event(session: Session, conditions: list[ColumnElement[bool]]
                 ) -> list[StoredEvent]:
    """Every event matching `conditions`, in `events`' order, read as three plain queries
    (the events, their articles, their evidence) matched here by id.

    A join in SQL looks each event's article and evidence up one at a time and sorts the
    joined wide rows; reading the three tables' rows and matching them in dicts costs half
    as much (a pair of 20,000 events: ~100 -> ~55 ms in SQLite), and an article's
    publication date is parsed once instead of once per event.
    """
    connection = _one_snapshot(session)
    matching = select(EventRow.id).where(*conditions)
    # Already in date order (SQL sorts 20,000 short rows in a few ms), so that the sort
    # below, by publication date within a date, mostly walks runs that are in order.
    event_rows = _plain_rows(connection, select(EventRow.id, *_EVENT_COLUMNS).where(
        *conditions).order_by(EventRow.date, EventRow.id))
    articles = _articles_of(connection, {row[1] for row in event_rows})
    told: dict[int, tuple[Any, ...]] = {}
    more_told: dict[int, list[tuple[Any, ...]]] = {}  # events of several evidence rows
    # (sentence, start, end, evidence id, event id): `stored_event` reads the first four.
    for item in _plain_rows(connection, select(
            EvidenceRow.sentence, EvidenceRow.start, EvidenceRow.end, EvidenceRow.id,
            EvidenceRow.event_id).where(EvidenceRow.event_id.in_(matching))):
        first = told.setdefault(item[4], item)
        if first is not item:
            more_told.setdefault(item[4], [first]).append(item)
    found = [row for row in event_rows if row[1] in articles]

    def order(row: Any) -> tuple[Any, ...]:
        when, published = row[7], articles[row[1]][0]
        return (when is None, when or "", published is None, published or _NO_DAY, row[0])

    found.sort(key=order)
    records: list[StoredEvent] = []
    for row in found:
        article = articles[row[1]]
        several = more_told.get(row[0])
        if several is None:
            records.append(stored_event(row, told.get(row[0]), article))
            continue
        for evidence in sorted(several, key=itemgetter(3)):  # one record each, as joined
            records.append(stored_event(row, evidence, article))
    return records


def _articles_of(connection: Connection, ids: Collection[str]) -> dict[str, tuple[Any, ...]]:
    """(published, title, url) of each article of `ids`, looked up by primary key a chunk of
    ids at a time. The event rows already name their articles: asking again for the
    articles of the events matching the conditions (a subquery) made SQLite read every
    matching event's row a second time for its article id (the busiest benchmark pair's
    2,000 articles: ~11.5 -> ~3 ms)."""
    wanted = sorted(ids)
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[start:start + _IDS_PER_QUERY]
        found.update((row[0], tuple(row[1:])) for row in connection.execute(
            select(ArticleRow.id, ArticleRow.published, ArticleRow.title, ArticleRow.url)
            .where(ArticleRow.id.in_(chunk))))
    return found


def _plain_rows(connection: Connection, query: Any) -> list[tuple[Any, ...]]:
    """The rows of a query of plain columns as the driver gives them: SQLAlchemy's rows and
    result processing cost a fifth of reading a busy pair, and these columns need none
    (`stored_event` makes booleans of the flags and reads persons as JSON text or a list,
    whichever the driver gives; no date column is read here)."""
    result = connection.execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def pairs(session: Session) -> list[tuple[str, str]]:
    query = select(EventRow.source, EventRow.target).where(EventRow.pair.is_not(None)).distinct()
    found: set[tuple[str, str]] = set()
    for source, target in session.execute(query):
        if source and target:
            first, second = sorted((source, target))
            found.add((first, second))
    return sorted(found)
