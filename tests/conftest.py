"""Shared fixtures: a temporary store URL, a session-wide pipeline, the shared data folder, and
the modules a fresh interpreter loads."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
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


#: Imports `statements` in a fresh interpreter and prints the loaded modules under `prefix`.
_LOADED = """{statements}
import json, sys
print(json.dumps(sorted(m for m in sys.modules if m == {prefix!r} or m.startswith({dotted!r}))))
"""


@pytest.fixture()
def modules_loaded() -> Callable[[str, str], list[str]]:
    """A function: (Python statements, module prefix) -> the modules under the prefix that a
    fresh interpreter has loaded after running the statements."""
    def loaded(statements: str, prefix: str) -> list[str]:
        code = _LOADED.format(statements=statements, prefix=prefix, dotted=prefix + ".")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        found: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
        return found

    return loaded
