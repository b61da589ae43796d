"""Two ingests into one store at the same moment both finish, and the store equals the one
two ingests in a row leave, on SQLite and on PostgreSQL (issue 14: one aborted with
"database is locked" on SQLite, with a duplicate-key error on PostgreSQL).

Both read the same 150 articles first (so they race on the same ids from the start), then
150 of their own. They read standard input, so an article's origin (`<stdin>:LINE`) is the
same whichever ingest stored it, and the store can be compared row for row.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from reliability_support import bulk_articles, store_digest, write_jsonl

from parley.config import load_settings
from parley.pipeline import ingest_paths
from parley.store import Store

#: The longest one ingest may take before the test calls it a hang.
RUN_BOUND = 300.0


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    shared = bulk_articles(150, "shared-")
    first = write_jsonl(tmp_path / "first.jsonl", shared + bulk_articles(150, "first-"))
    second = write_jsonl(tmp_path / "second.jsonl", shared + bulk_articles(150, "second-"))
    return first, second


def _start(path: Path, url: str) -> subprocess.Popen[bytes]:
    with open(path, "rb") as source, open(f"{path}.stderr", "wb") as errors:
        return subprocess.Popen(
            [sys.executable, "-m", "parley", "ingest", "-", "--db", url, "--quiet"],
            stdin=source, stdout=subprocess.DEVNULL, stderr=errors,
            env={**os.environ, "PARLEY_CONFIG": ""})


def test_two_concurrent_ingests_both_finish_with_the_serial_store(
        fresh_url: Callable[[str], str], tmp_path: Path) -> None:
    first, second = _inputs(tmp_path)

    serial_url = fresh_url("serial")
    settings = load_settings(environ={}, database_url=serial_url)
    with Store(serial_url) as store:
        for path in (first, second):
            with open(path, "rb") as stream:
                result = ingest_paths(["-"], settings, store, stdin=stream)
            assert not result.failures
    expected = store_digest(serial_url)
    assert expected[0]["articles"] == 450

    url = fresh_url("concurrent")  # not even created: both ingests migrate it at once
    processes = [_start(first, url), _start(second, url)]
    codes = [process.wait(RUN_BOUND) for process in processes]
    errors = [Path(f"{path}.stderr").read_text(encoding="utf-8") for path in (first, second)]
    assert codes == [0, 0], errors
    assert store_digest(url) == expected
