"""Fixtures of the store tests: a fresh store on SQLite and, when configured, on PostgreSQL.

PostgreSQL runs only when PARLEY_TEST_POSTGRES_URL names a database the tests may empty
(e.g. postgresql+psycopg://parley@localhost/parley_test); every table is dropped around
each test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.store import Store
from pg_support import BACKENDS, postgres_url, reset_postgres


def backend_url(backend: str, directory: Path) -> str:
    if backend == "postgresql":
        url = postgres_url()
        reset_postgres(url)
        return url
    return f"sqlite:///{directory / 'store' / 'parley.db'}"


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database on each backend."""
    backend = str(request.param)
    url = backend_url(backend, tmp_path)
    yield url
    if backend == "postgresql":
        reset_postgres(url)


@pytest.fixture(scope="module", params=BACKENDS)
def shared_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """One store per backend shared by a module's tests (e.g. all examples of a property)."""
    backend = str(request.param)
    url = backend_url(backend, tmp_path_factory.mktemp("shared"))
    with Store(url) as opened:
        yield opened
    if backend == "postgresql":
        reset_postgres(url)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A freshly migrated, empty store on each backend."""
    with Store(store_url) as opened:
        yield opened
