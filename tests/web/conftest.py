"""Fixtures of the web tests: one store of the bundled corpus plus a hostile article, an app.

The corpus is ingested once per session through `parley.pipeline.ingest_paths` (the spaCy
model loads once). The hostile article carries script payloads in its id, title, URL, text
and evidence sentences, on a pair of its own (France–Germany), so the corpus pairs keep
their real picture.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from web_samples import xss_article

from parley.config import Settings, load_settings
from parley.pipeline import ingest_paths
from parley.store import Store
from parley.web import create_app

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "src" / "parley" / "data" / "corpus"


@pytest.fixture(scope="session")
def web_store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store of the bundled corpus and the hostile article."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'parley.db'}"
    settings = load_settings(environ={}, database_url=url)
    with Store(url) as store:
        result = ingest_paths([str(CORPUS)], settings, store)
        assert not result.failures and result.events_stored > 100
        article, events = xss_article()
        assert store.save_article(article, events) == "new"
    return url


@pytest.fixture(scope="session")
def web_settings(web_store_url: str) -> Settings:
    return load_settings(environ={}, database_url=web_store_url)


@pytest.fixture(scope="session")
def web_store(web_store_url: str) -> Iterator[Store]:
    with Store(web_store_url) as store:
        yield store


@pytest.fixture(scope="session")
def web_app(web_store: Store, web_settings: Settings) -> FastAPI:
    return create_app(web_store, web_settings)


@pytest.fixture(scope="session")
def client(web_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(web_app) as test_client:
        yield test_client
