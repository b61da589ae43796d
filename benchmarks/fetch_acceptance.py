"""Issue 12's acceptance, measured with the real `parley` command against a local server.

Starts the fetch tests' HTTP server on 127.0.0.1 (tests/fetch/local_server.py, serving the
fixture feeds, pages and GDELT files), runs `parley fetch` as a user would and prints what
the server saw: a feed stored whole and a second run fetching 0 pages; each fault's one line
while the rest of the batch is stored; a feed that changes; GDELT filtered by --cameo and
--pair; the requests per second one host received. Nothing leaves 127.0.0.1.

    .venv/bin/python benchmarks/fetch_acceptance.py [--work DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fetch"))
from local_server import FIXTURES, LocalServer, handler_class  # noqa: E402

GDELT = ("20240417120000.export.CSV", "20240417120000.mentions.CSV")
#: Short timeouts so the faults take seconds; the rate is set per measurement.
SETTINGS = {"PARLEY_FETCH_TIMEOUT": "1", "PARLEY_FETCH_RETRIES": "2",
            "PARLEY_FETCH_BACKOFF": "0.1", "PARLEY_FETCH_RATE_PER_HOST": "20",
            "PARLEY_FETCH_MAX_RETRY_AFTER": "5",
            "PARLEY_FETCH_MAX_BYTES": str(5 * 1024 * 1024)}


def start_server() -> LocalServer:
    state = LocalServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_class(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    state.static("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    for page in (FIXTURES / "pages").glob("*.html"):
        state.fixture(f"/pages/{page.name}", f"pages/{page.name}")
    return state


def parley(*args: str, **env: str) -> None:
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "parley", *args], capture_output=True,
                            text=True, env={**os.environ, **SETTINGS, **env}, check=False)
    print(f"$ parley {' '.join(args)}\n  exit {result.returncode} "
          f"in {time.monotonic() - started:.1f} s")
    for line in (result.stdout + result.stderr).strip().splitlines():
        print(f"  {line}")


def article_requests(server: LocalServer, since: int = 0) -> list[str]:
    return [p for p in server.paths()[since:] if p.startswith(("/pages/", "/gdelt/"))]


def serve_faults(server: LocalServer) -> list[str]:
    def slow(request: BaseHTTPRequestHandler) -> None:
        time.sleep(3)
        request.send_response(200)
        request.end_headers()

    answers = iter([429, 200, 200])

    def busy_then_fine(request: BaseHTTPRequestHandler) -> None:
        status = next(answers, 200)
        request.send_response(status)
        if status == 429:
            request.send_header("Retry-After", "1")
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.end_headers()
        text = (FIXTURES / "pages" / "korea-liaison.html").read_text(encoding="utf-8")
        request.wfile.write(text.replace("a fourth day", "a ninth day").encode())

    def fifty_megabytes(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        for _ in range(800):
            request.wfile.write(b"x" * 65536)

    server.add("/slow.html", slow)
    server.add("/busy.html", busy_then_fine)
    server.add("/huge.html", fifty_megabytes)
    server.static("/e500.html", "no", status=500)
    server.static("/busy-long.html", "later", status=429, headers={"Retry-After": "600"})
    server.redirect("/loop-a", "/loop-b")
    server.redirect("/loop-b", "/loop-a")
    text = (FIXTURES / "pages" / "us-russia-deconfliction.html").read_text(encoding="utf-8")
    text = text.replace("The line connects", "The line, says Ségolène Dubois of the Élysée, "
                        "connects")
    server.static("/wrong-charset.html", text.encode("cp1252"), "text/html; charset=utf-8")
    server.static("/private/secret.html", "secret")
    return ["/slow.html", "/e500.html", "/busy.html", "/busy-long.html", "/loop-a",
            "/huge.html", "/wrong-charset.html", "/private/secret.html",
            "/pages/india-pakistan-dgmo.html", "/missing.html"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=None, help="where the stores go")
    work = parser.parse_args().work or Path(tempfile.mkdtemp(prefix="parley-fetch-"))
    work.mkdir(parents=True, exist_ok=True)
    server = start_server()
    db = work / "feed.db"
    store = f"sqlite:///{db}"

    print("== 1. a feed stored whole; a second run fetches 0 pages")
    server.fixture("/feed.xml", "feed.xml", "application/rss+xml", etag='"v1"')
    parley("fetch", server.url("/feed.xml"), "--db", store)
    mark = len(server.paths())
    parley("fetch", server.url("/feed.xml"), "--db", store, "--json")
    print(f"  article pages requested by run 2: {len(article_requests(server, mark))}")
    with sqlite3.connect(db) as connection:
        for row in connection.execute("SELECT url, status, http_status FROM fetch_log "
                                      "ORDER BY url"):
            print(f"  fetch_log: {row}")

    print("== 2. each fault one line, the rest of the batch stored")
    urls = work / "urls.txt"
    urls.write_text("\n".join(server.url(p) for p in serve_faults(server))
                    + "\nnot a url\n", encoding="utf-8")
    parley("fetch", str(urls), "--db", store)
    print(f"  /private/secret.html requested: {server.hits('/private/secret.html')} times")

    print("== 3. a feed that changes between two runs")
    server.fixture("/feed.xml", "feed-changed.xml", "application/rss+xml", etag='"v2"')
    mark = len(server.paths())
    parley("fetch", server.url("/feed.xml"), "--db", store)
    print(f"  article pages requested: {article_requests(server, mark)}")

    print("== 4. GDELT export and mentions filtered by --cameo 04,12,16 --pair USA CHN")
    for name in GDELT:
        buffer = io.BytesIO()
        text = (FIXTURES / "gdelt" / name).read_text(encoding="utf-8")
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(name, text.replace("{base}", server.base))
        server.static(f"/gdeltv2/{name}.zip", buffer.getvalue(), "application/zip")
    mark = len(server.paths())
    parley("fetch", *(server.url(f"/gdeltv2/{name}.zip") for name in GDELT),
           "--cameo", "04,12,16", "--pair", "USA", "CHN", "--db", f"sqlite:///{work / 'g.db'}")
    print(f"  article pages requested: {sorted(article_requests(server, mark))}")
    mark = len(server.paths())
    parley("fetch", server.url(f"/gdeltv2/{GDELT[0]}.zip"), "--quiet", "--db",
           f"sqlite:///{work / 'g-all.db'}")
    print(f"  without the filters: {len(article_requests(server, mark))} article pages")

    print("== 5. the rate bound: PARLEY_FETCH_RATE_PER_HOST=5, 8 threads, 30 pages")
    for i in range(30):
        server.fixture(f"/rate/{i}.html", "pages/korea-liaison.html")
    listing = work / "rate.txt"
    listing.write_text("\n".join(server.url(f"/rate/{i}.html") for i in range(30)),
                       encoding="utf-8")
    mark = len(server.seen)
    parley("fetch", str(listing), "--quiet", "--db", f"sqlite:///{work / 'rate.db'}",
           PARLEY_FETCH_RATE_PER_HOST="5", PARLEY_FETCH_HOST_CONCURRENCY="8",
           PARLEY_FETCH_CONCURRENCY="8")
    times = sorted(seen.at for seen in server.seen[mark:])
    span = times[-1] - times[0]
    print(f"  {len(times)} requests in {span:.2f} s ({(len(times) - 1) / span:.2f} per s)")
    for window in (1.0, 0.98, 0.95):
        most = max(sum(1 for t in times if start <= t < start + window) for start in times)
        print(f"  most requests in any {window:.2f} s the server saw: {most} (bound 5)")
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    fifth = [b - a for a, b in zip(times, times[5:], strict=False)]
    print(f"  smallest gap {min(gaps):.3f} s (1/rate = 0.200 s); smallest span of 6 "
          f"requests {min(fifth):.3f} s")


if __name__ == "__main__":
    main()
