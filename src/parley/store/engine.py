"""How the store talks to its database: engines, sessions, migrations and retried writes.

Two ingests (or a fetch next to an ingest) may write one store at once. SQLite allows that
only with care: the file is in WAL mode (readers never wait for the writer), every write
transaction starts with `BEGIN IMMEDIATE` (it takes the write lock first, so no transaction
has to be abandoned half way for a lock it cannot get), waits up to `BUSY_TIMEOUT_MS` for
the lock, and is tried again when SQLite still answers "database is locked". PostgreSQL
serves concurrent writers itself; its engine keeps a small, checked pool of connections.
Opening a store migrates it under a lock, so two processes opening a new store do not both
create its tables.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from parley.store.schema_check import is_at_head

if TYPE_CHECKING:  # Alembic loads only when a schema needs migrating (see schema_check)
    from alembic.config import Config

__all__ = [
    "BUSY_TIMEOUT_MS",
    "MIGRATIONS",
    "MigrationFailed",
    "WRITE_TRIES",
    "alembic_config",
    "is_locked",
    "new_engine",
    "one_line",
    "retry_locked",
    "safe_url",
    "sqlite_directory",
    "upgrade",
    "write_sessions",
]

#: The Alembic script directory shipped inside the package.
MIGRATIONS: Path = Path(__file__).resolve().parent / "migrations"

#: How long a SQLite connection waits for another writer's lock before "database is locked".
BUSY_TIMEOUT_MS = 30_000

#: Tries of a write transaction that SQLite still refuses with "database is locked".
WRITE_TRIES = 5

#: Seconds before the second try of a locked write, doubling after each.
RETRY_PAUSE = 0.2

#: The execution option that marks a write engine (its transactions begin IMMEDIATE).
WRITE_OPTION = "parley_write"

#: Any number, the same in every process: the PostgreSQL advisory lock taken to migrate.
MIGRATION_LOCK = 7_346_215

T = TypeVar("T")


def safe_url(url: str) -> str:
    """The URL as it may be shown to a user: as written, or with its password as ***."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return re.sub(r"(//[^/@:]*:)[^/@]*@", r"\1***@", url)
    if parsed.password is None:
        return url
    return parsed.render_as_string(hide_password=True)


def one_line(error: BaseException, password: str | None = None) -> str:
    """A one-line reason for an error, without the SQL or a password it may carry."""
    cause: BaseException = error
    if isinstance(error, DBAPIError) and error.orig is not None:
        cause = error.orig
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    reason = lines[0] if lines else type(cause).__name__
    if password:
        reason = reason.replace(password, "***")
    return reason


def sqlite_directory(url: URL) -> Path | None:
    """The directory a SQLite file URL points into, or None for memory and non-SQLite URLs."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser().parent


def _is_file_database(url: URL) -> bool:
    return sqlite_directory(url) is not None


def _prepare_sqlite(engine: Engine, *, wal: bool) -> None:
    """Foreign keys on, WAL and a busy timeout, and BEGIN emitted by SQLAlchemy, not pysqlite.

    pysqlite otherwise starts transactions late (at the first write) and commits before
    DDL; with its own handling disabled, a transaction covers every statement of a save.
    A write engine (`WRITE_OPTION`) begins IMMEDIATE: it holds the write lock from its first
    statement, so the "already stored?" look-up and the insert are one atomic step.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            if wal:
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def new_engine(url: URL) -> Engine:
    """The engine of a parsed URL (errors of `create_engine` are left to the caller)."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        _prepare_sqlite(engine, wal=_is_file_database(url))
        return engine
    if url.get_backend_name() == "postgresql":
        return create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True,
                             pool_recycle=1800)
    return create_engine(url)


def write_sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose transactions take SQLite's write lock first (`BEGIN IMMEDIATE`)."""
    return sessionmaker(engine.execution_options(**{WRITE_OPTION: True}),
                        expire_on_commit=False)


def alembic_config() -> Config:
    """An Alembic config for the shipped migrations, built in code (no alembic.ini read)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    return config


def upgrade(engine: Engine) -> None:
    """Migrate to the newest schema, one process at a time (the others then find it done).

    A store already at the newest schema is only read (one query, `schema_check`): importing
    and running Alembic would cost most of a second on every command."""
    def at_head() -> bool:
        with engine.connect() as connection:  # the first connection sets WAL: may wait
            return is_at_head(connection)

    if retry_locked(at_head):
        return
    from alembic import command
    from alembic.util.exc import CommandError

    config = alembic_config()
    writer = engine.execution_options(**{WRITE_OPTION: True})

    def migrate() -> None:
        with writer.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                   {"key": MIGRATION_LOCK})
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    try:
        retry_locked(migrate)
    except CommandError as error:  # a revision this version does not know, say
        raise MigrationFailed(str(error)) from error


class MigrationFailed(Exception):
    """Alembic could not bring the schema to the newest revision (its message says why)."""


def is_locked(error: BaseException) -> bool:
    """SQLite's "database is locked" (or "busy"): another writer kept the lock too long."""
    if not isinstance(error, OperationalError):
        return False
    reason = str(error.orig if error.orig is not None else error).lower()
    return "database is locked" in reason or "database is busy" in reason


def retry_locked(action: Callable[[], T], tries: int = WRITE_TRIES) -> T:
    """Run `action`; while SQLite says the database is locked, wait and run it again."""
    pause = RETRY_PAUSE
    for attempt in range(1, tries + 1):
        try:
            return action()
        except OperationalError as error:
            if attempt == tries or not is_locked(error):
                raise
        time.sleep(pause)
        pause *= 2
    raise AssertionError("unreachable")  # pragma: no cover
