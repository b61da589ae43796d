"""Fixtures of the web tests: one store of the bundled corpus plus a hostile article, an app.

The browser fixtures (`server`: `parley serve` over that store in a subprocess; `browser`:
Debian's Chromium, skipped when missing; `page` and `open_page`: a tab that may reach only
the server) are here too, shared by every browser test module.

The corpus is ingested once per session through `parley.pipeline.ingest_paths` (the spaCy
model loads once). The hostile article carries script payloads in its id, title, URL, text
and evidence sentences, on a pair of its own (France–Germany), so the corpus pairs keep
their real picture.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_kit import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, WRITTEN, Watch, free_port
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


@pytest.fixture(scope="module")
def server(web_store_url: str) -> Iterator[str]:
    """`parley serve` over the corpus store; its base URL."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_TOKEN"}
    process = subprocess.Popen(
        [sys.executable, "-m", "parley", "serve", "--db", web_store_url, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/states", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError):
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                _, stderr = process.communicate(timeout=5)
                pytest.fail(f"parley serve did not start: {stderr.decode()[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (.ci/run does) to run "
                    "the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = Watch()

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith(server + "/"):
            request_route.continue_()
        else:
            watch.outside.append(url)
            request_route.abort()

    context.route("**/*", route)
    opened = context.new_page()

    def dialog(box: Any) -> None:
        watch.dialogs.append(box.message)
        box.dismiss()

    opened.on("dialog", dialog)
    opened.on("pageerror", lambda error: watch.errors.append(str(error)))
    yield opened, watch
    context.close()
    assert watch.outside == [], f"requests outside the dashboard: {watch.outside}"
    assert watch.dialogs == [], f"dialogs opened: {watch.dialogs}"
    assert watch.errors == [], f"script errors: {watch.errors}"


def shoot(target: Any, name: str, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    if full_page:
        target.screenshot(path=str(SCREENSHOTS / name), full_page=True)
    else:
        target.screenshot(path=str(SCREENSHOTS / name))


@pytest.fixture()
def open_page(browser: Any, server: str) -> Iterator[Callable[[int], tuple[Any, Watch]]]:
    """A factory of tabs `width` pixels wide (900 high), each watched like `page`'s."""
    opened: list[tuple[Any, Watch]] = []

    def new(width: int) -> tuple[Any, Watch]:
        context = browser.new_context(viewport={"width": width, "height": 900})
        watch = Watch()

        def route(request_route: Any) -> None:
            if request_route.request.url.startswith(server + "/"):
                request_route.continue_()
            else:
                watch.outside.append(request_route.request.url)
                request_route.abort()

        context.route("**/*", route)
        tab = context.new_page()
        tab.on("pageerror", lambda error: watch.errors.append(str(error)))
        tab.on("dialog", lambda box: (watch.dialogs.append(box.message), box.dismiss()))
        opened.append((context, watch))
        return tab, watch

    yield new
    for context, watch in opened:
        context.close()
        assert watch.outside == [], f"requests outside the dashboard: {watch.outside}"
        assert watch.errors == [], f"script errors: {watch.errors}"
        assert watch.dialogs == [], f"dialogs opened: {watch.dialogs}"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Name the directory the browser tests wrote their screenshots to."""
    if WRITTEN:
        terminalreporter.write_line(
            f"browser tests: {len(WRITTEN)} screenshots written to {SCREENSHOTS}")
