"""A scheduled fetch and a manual ingest writing one store at the same moment both finish,
and leave the store that the two run one after the other leave (issue 14, point 4: "a
scheduled fetch next to a manual ingest fails"), on SQLite and on PostgreSQL.

The fetch reads a feed of 40 pages from a server on loopback while the ingest stores 300
articles of its own from standard input; the fetch log's write times differ between runs,
so the comparison is the digest of every article, event and evidence row.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from reliability_support import bulk_articles, store_digest, write_jsonl

#: The longest one command may take before the test calls it a hang.
RUN_BOUND = 300.0
PAGES = bulk_articles(40, "page-")


def _page(record: dict[str, str]) -> bytes:
    paragraphs = "".join(f"<p>{escape(s)}.</p>" for s in record["text"].split(". ") if s)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(record['title'])}</title>"
            f"<meta name=\"date\" content=\"{record['published']}\">"
            f"<meta property=\"og:site_name\" content=\"Loopback Wire\"></head><body>"
            f"<article><h1>{escape(record['title'])}</h1>{paragraphs}</article>"
            f"</body></html>").encode()


def _rfc822(day: str) -> str:
    return format_datetime(datetime.fromisoformat(day).replace(tzinfo=UTC))


def _feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>{escape(r['title'])}</title><link>{base}/pages/{r['id']}.html</link>"
        f"<pubDate>{_rfc822(r['published'])}</pubDate></item>" for r in PAGES)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
            f"<title>Loopback Wire</title><link>{base}/</link><description>Test feed written"
            f" for Parley.</description>{items}</channel></rss>").encode()


@pytest.fixture()
def feed_url() -> Iterator[str]:
    """The URL of a feed of the 40 pages, served on 127.0.0.1 for the test's length."""
    pages = {f"/pages/{r['id']}.html": _page(r) for r in PAGES}
    base: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server name)
            if self.path == "/feed.xml":
                body, kind = _feed(base[0]), "application/rss+xml"
            elif self.path == "/robots.txt":
                body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
            elif self.path in pages:
                body, kind = pages[self.path], "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    base.append(f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"{base[0]}/feed.xml"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _environment() -> dict[str, str]:
    return {**os.environ, "PARLEY_CONFIG": "", "PARLEY_FETCH_RATE_PER_HOST": "500"}


def _start_fetch(url: str, db: str, errors: Path) -> subprocess.Popen[bytes]:
    with open(errors, "wb") as stream:
        return subprocess.Popen([sys.executable, "-m", "parley", "fetch", url, "--db", db,
                                 "--quiet"], stdout=subprocess.DEVNULL, stderr=stream,
                                env=_environment())


def _start_ingest(path: Path, db: str, errors: Path) -> subprocess.Popen[bytes]:
    with open(path, "rb") as source, open(errors, "wb") as stream:
        return subprocess.Popen([sys.executable, "-m", "parley", "ingest", "-", "--db", db,
                                 "--quiet"], stdin=source, stdout=subprocess.DEVNULL,
                                stderr=stream, env=_environment())


def _finish(processes: list[subprocess.Popen[bytes]], errors: list[Path]) -> None:
    codes = [process.wait(RUN_BOUND) for process in processes]
    assert codes == [0] * len(processes), [e.read_text(encoding="utf-8") for e in errors]


def test_a_fetch_beside_an_ingest_both_finish_with_the_serial_store(
        fresh_url: Callable[[str], str], feed_url: str, tmp_path: Path) -> None:
    articles = write_jsonl(tmp_path / "manual.jsonl", bulk_articles(300, "manual-"))
    errors = [tmp_path / "fetch.stderr", tmp_path / "ingest.stderr"]

    serial = fresh_url("serial")
    _finish([_start_fetch(feed_url, serial, errors[0])], errors[:1])
    _finish([_start_ingest(articles, serial, errors[1])], errors[1:])
    expected = store_digest(serial)
    assert expected[0]["articles"] == 340

    together = fresh_url("together")  # not even created: both commands migrate it at once
    _finish([_start_fetch(feed_url, together, errors[0]),
             _start_ingest(articles, together, errors[1])], errors)
    assert store_digest(together) == expected
