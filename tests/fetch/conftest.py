"""Fixtures of the fetch tests: a local HTTP server on 127.0.0.1 (`local_server`) and
settings with short timeouts and backoffs, so the fault tests take milliseconds."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest
from local_server import LocalServer, handler_class

from parley.config import Settings, load_settings


@pytest.fixture()
def server() -> Iterator[LocalServer]:
    state = LocalServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_class(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    state.static("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture()
def fast_settings(db_url: str) -> Settings:
    """Short timeouts and backoffs and a high rate, so fault tests take milliseconds."""
    return load_settings(
        environ={}, database_url=db_url, fetch_rate_per_host=200.0, fetch_timeout=0.5,
        fetch_deadline=5.0, fetch_retries=2, fetch_backoff=0.01, fetch_max_retry_after=2.0,
        fetch_max_redirects=4, fetch_max_bytes=1024 * 1024, fetch_concurrency=4,
        fetch_host_concurrency=4)
