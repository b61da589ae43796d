"""Shared fixtures: a temporary store URL, a session-wide pipeline, the shared data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.config import load_settings
from parley.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture()
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'parley.db'}"


@pytest.fixture(scope="session")
def pipeline() -> Iterator[Pipeline]:
    yield Pipeline(load_settings(environ={}, database_url="sqlite://"))


@pytest.fixture()
def shared_dev() -> Path:
    path = SHARED / "dev"
    if not path.is_dir():
        pytest.skip("../shared/dev is absent (a fresh clone has no ../shared)")
    return path
