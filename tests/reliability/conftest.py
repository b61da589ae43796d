"""Fixtures of the reliability suite (issue 14): an empty store on each backend.

PostgreSQL runs only when PARLEY_TEST_POSTGRES_URL names a database the tests may empty;
otherwise those cases are skipped with that reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pg_support import BACKENDS, postgres_url, reset_postgres


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture()
def fresh_url(backend: str, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """A function: a name -> the URL of an empty store on the backend (PostgreSQL has one
    database, emptied at each call, so a test uses one PostgreSQL store at a time)."""
    used: list[str] = []

    def make(name: str) -> str:
        if backend == "postgresql":
            url = postgres_url()
            reset_postgres(url)
        else:
            url = f"sqlite:///{tmp_path / name / 'parley.db'}"
        used.append(url)
        return url

    yield make
    if backend == "postgresql" and used:
        reset_postgres(used[-1])
