"""The per-host rate bound as the server sees it, with the real `parley fetch` command.

The command runs in its own process, as a user runs it: its main thread loads spaCy while the
download threads fetch, which holds them up at times. (The pages are one story at many URLs,
so only the first is parsed: the test stays short.) The server, in the
test's process, stamps every request; in every stretch of its log request i+N comes at least
a second after request i (50 ms allowed for the server's own scheduling).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from local_server import FIXTURES, LocalServer

RATE = 10
PAGES = 24


def test_the_command_keeps_to_the_rate_per_host(server: LocalServer, db_url: str,
                                                tmp_path: Path) -> None:
    text = (FIXTURES / "pages" / "korea-liaison.html").read_text(encoding="utf-8")
    for i in range(PAGES):
        server.static(f"/rate/{i}.html", text)
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(server.url(f"/rate/{i}.html") for i in range(PAGES)),
                    encoding="utf-8")
    env = {**os.environ, "PARLEY_FETCH_RATE_PER_HOST": str(RATE),
           "PARLEY_FETCH_HOST_CONCURRENCY": "8", "PARLEY_FETCH_CONCURRENCY": "8"}
    result = subprocess.run([sys.executable, "-m", "parley", "fetch", str(urls), "--db", db_url,
                             "--quiet", "--json"], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    times = sorted(server.times())
    assert len(times) == PAGES + 1  # and robots.txt
    most = max(sum(1 for t in times if start <= t < start + 0.95) for start in times)
    assert most <= RATE
    assert min(later - earlier for earlier, later in zip(times, times[RATE:], strict=False)) \
        >= 0.95
