"""Cheap checks made before a store is opened: is the schema already at the newest migration,
and does the SQLite file a read command names exist?

Importing and running Alembic costs most of a second, which a store query must not pay on
every start. The newest revision is read from the shipped migration files (their
`revision` and `down_revision` lines) and compared with the one row of `alembic_version`,
so Alembic runs only when there is something to migrate.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from parley.errors import StoreError

__all__ = ["head_revision", "is_at_head", "missing_sqlite_file", "require_existing_store"]

#: The Alembic version scripts shipped inside the package.
VERSIONS: Path = Path(__file__).resolve().parent / "migrations" / "versions"

_REVISION = re.compile(r"^revision(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


@lru_cache(maxsize=1)
def head_revision(versions: Path = VERSIONS) -> str | None:
    """The one revision no other script builds on; None when the scripts do not say
    (no script, several heads, a line not written as a plain string), so that the caller
    falls back to running Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in sorted(versions.glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def is_at_head(connection: Connection) -> bool:
    """The database's `alembic_version` names the newest shipped revision (one query; a
    missing table, an empty one or any database error means "not known to be at head")."""
    head = head_revision()
    if head is None:
        return False
    try:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return False
    return [row[0] for row in rows] == [head]


def missing_sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names when it does not exist; None for anything else (other
    databases, in-memory SQLite, URI file names and URLs that do not parse)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:" \
            or database.startswith("file:"):
        return None
    path = Path(database).expanduser()
    return None if path.exists() else path


def require_existing_store(url: str) -> None:
    """Refuse, as one line, a read of a SQLite store that was never created: opening it
    would create an empty store and answer "unknown" for everything."""
    path = missing_sqlite_file(url)
    if path is not None:
        raise StoreError(f"no store at {path}; run `parley ingest` or `parley demo --db ...`")
