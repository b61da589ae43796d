"""kill -9 at five random moments of a 1,000-article ingest, then a resume: the store equals
a clean run's, row for row (counts and a digest of every article, event and evidence row),
on SQLite and on PostgreSQL (issue 14).

Each kill comes once the store holds a random number of articles (drawn from a seeded
generator, printed on failure), so every kill lands in the middle of the ingest, never
before it started or after it ended.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability_support import bulk_articles, store_digest, write_jsonl
from sqlalchemy import Engine, create_engine, pool, text
from sqlalchemy.exc import SQLAlchemyError

from parley.config import load_settings
from parley.pipeline import ingest_paths
from parley.store import Store

ARTICLES = 1000
KILLS = 5
SEED = int(os.environ.get("PARLEY_KILL_SEED", "14"))
#: The longest one ingest run may take before the test calls it a hang.
RUN_BOUND = 300.0


def _ingest(path: Path, url: str) -> subprocess.Popen[bytes]:
    """`parley ingest` as a user runs it; its error output goes to `path`.stderr."""
    with open(f"{path}.stderr", "ab") as errors:
        return subprocess.Popen(
            [sys.executable, "-m", "parley", "ingest", str(path), "--db", url, "--quiet"],
            stdout=subprocess.DEVNULL, stderr=errors,
            env={**os.environ, "PARLEY_CONFIG": ""})


def _errors(path: Path) -> str:
    return Path(f"{path}.stderr").read_text(encoding="utf-8", errors="replace")[-800:]


def _stored(engine: Engine) -> int:
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM articles")).scalar_one())
    except SQLAlchemyError:  # the tables are not created yet
        return 0


def _kill_when_stored(process: subprocess.Popen[bytes], url: str, target: int,
                      path: Path) -> int:
    """SIGKILL the ingest once the store holds at least `target` articles; what it held."""
    started = time.monotonic()
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        while time.monotonic() - started < RUN_BOUND:
            count = _stored(engine)
            if count >= target:
                process.send_signal(signal.SIGKILL)
                process.wait(30)
                return count
            if process.poll() is not None:
                break
            time.sleep(0.05)
    finally:
        engine.dispose()
    if process.poll() is not None:
        pytest.fail(f"the ingest ended (code {process.returncode}) before {target} "
                    f"articles were stored: {_errors(path)}")
    process.kill()
    pytest.fail(f"no {target} articles stored after {RUN_BOUND:.0f} s: a hang")


def test_kill_nine_five_times_then_resume_equals_a_clean_run(
        fresh_url: Callable[[str], str], tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bulk.jsonl", bulk_articles(ARTICLES))
    rng = random.Random(SEED)
    targets = sorted(rng.sample(range(20, ARTICLES - 20), KILLS))

    clean_url = fresh_url("clean")  # in this process: the same library call the command makes
    with Store(clean_url) as store:
        result = ingest_paths([str(path)], load_settings(environ={}, database_url=clean_url),
                              store)
    assert not result.failures
    expected = store_digest(clean_url)
    assert expected[0]["articles"] == ARTICLES

    url = fresh_url("killed")
    held = []
    for target in targets:
        held.append(_kill_when_stored(_ingest(path, url), url, target, path))
    resumed = _ingest(path, url)
    assert resumed.wait(RUN_BOUND) == 0, _errors(path)
    assert held == sorted(held) and held[-1] < ARTICLES, (SEED, targets, held)
    assert store_digest(url) == expected, (SEED, targets, held)
