"""The store's SQLAlchemy tables: articles, their events and each event's evidence sentence;
the fetch log and the configured sources of `parley fetch`; the per-pair summaries the
overview reads instead of computing every pair's history.

Only portable column types are used, so one schema serves SQLite and PostgreSQL alike. The
Alembic migrations in `migrations/versions` create exactly these tables and indexes; a test
checks that the two never drift apart.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Constraint names follow one rule, so migrations (and SQLite batch moves) can name them.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base whose metadata carries the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ArticleRow(Base):
    """One ingested article; `content_hash` is the sha256 of `text`, to skip unchanged ones."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(255))
    published: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    origin: Mapped[str | None] = mapped_column(Text)
    #: Indexed: `Store.revision` reads the latest on every web request.
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class EventRow(Base):
    """One event of an article; `pair` is the two state codes sorted and joined by "-"."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_pair_channel", "pair", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        String(255), ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(String(32))
    target: Mapped[str | None] = mapped_column(String(32))
    channel: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str | None] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    negated: Mapped[bool] = mapped_column(default=False)
    hypothetical: Mapped[bool] = mapped_column(default=False)
    count: Mapped[int | None] = mapped_column()
    count_qualifier: Mapped[str | None] = mapped_column(String(16))
    persons: Mapped[list[Any]] = mapped_column(JSON)
    mechanism: Mapped[str | None] = mapped_column(Text)
    pair: Mapped[str | None] = mapped_column(String(65), index=True)


class EvidenceRow(Base):
    """The sentence an event was read from, with its offsets in the article text."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column()
    end: Mapped[int] = mapped_column()


class FetchLogRow(Base):
    """One fetched URL: its last status, time, content hash and the article it became.

    `parley fetch` reads it to skip what is done (a second run fetches only what is new,
    an interrupted run resumes) and to store a story found at two URLs once.
    """

    __tablename__ = "fetch_log"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    http_status: Mapped[int | None] = mapped_column()
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    canonical_url: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    article_id: Mapped[str | None] = mapped_column(
        String(255), ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)


class FetchSourceRow(Base):
    """A named source for `parley fetch --all`; `pair` is like `EventRow.pair`, `cameo` the
    comma-separated GDELT code prefixes (empty: all)."""

    __tablename__ = "fetch_sources"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    pair: Mapped[str | None] = mapped_column(String(65))
    cameo: Mapped[str] = mapped_column(String(255), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PairSummaryRow(Base):
    """One pair's summary of one `kind` (the overview's row, `report.overview`; the pair
    page's content, `web.kept_pages`), computed for one store revision, one as-of day and
    one key of the settings and code it depends on; `payload` is opaque to the store. A row
    of another revision is outdated: never read, deleted on the next save.
    """

    __tablename__ = "pair_summaries"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    a: Mapped[str] = mapped_column(String(32), primary_key=True)
    b: Mapped[str] = mapped_column(String(32), primary_key=True)
    as_of: Mapped[str] = mapped_column(String(10), primary_key=True)
    settings_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    revision: Mapped[str] = mapped_column(String(255), index=True)
    payload: Mapped[str] = mapped_column(Text)


def pair_key(source: str | None, target: str | None) -> str | None:
    """The unordered pair key of two state codes, or None unless both are known."""
    if not source or not target:
        return None
    first, second = sorted((source, target))
    return f"{first}-{second}"
