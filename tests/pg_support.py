"""The PostgreSQL test database shared by the store, reliability and distributed tests.

PostgreSQL runs only when PARLEY_TEST_POSTGRES_URL names a database the tests may empty
(e.g. postgresql+psycopg://parley@localhost/parley_test); `.ci/run` sets it up.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, pool, text

from parley.store.models import Base

POSTGRES_ENV = "PARLEY_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


def postgres_url() -> str:
    """The PostgreSQL test URL, or a skip that says how to set it."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set: the PostgreSQL case is not run")
    return url


def reset_postgres(url: str) -> None:
    """Drop the store's tables and Alembic's version table from the test database."""
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            Base.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        engine.dispose()
