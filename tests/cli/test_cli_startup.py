"""Commands that need no model or web stack start without importing them.

`parley --help` and store queries such as `parley status` import neither spaCy nor the web
stack (FastAPI, uvicorn, Jinja2) nor the HTML extractor (trafilatura): each runs in a fresh
interpreter here, and the modules it loaded are listed. (A check of the module set, not of
time; `benchmarks/startup.py` measures the wall times.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from parley.store import Store
from parley.types import Article, Event, EventType, Evidence

HEAVY = ("spacy", "fastapi", "uvicorn", "trafilatura", "jinja2")

#: Runs in a fresh interpreter: imports the CLI, then runs a command with typer's CliRunner,
#: printing the heavy modules loaded after each step (and the command's exit code).
PROBE = """
import json, sys
heavy = {heavy!r}
loaded = lambda: sorted(m for m in sys.modules if m.split(".")[0] in heavy)
import parley.cli
after_import = loaded()
from typer.testing import CliRunner
result = CliRunner().invoke(parley.cli.app, {args!r})
print(json.dumps({{"import": after_import, "command": loaded(), "exit": result.exit_code,
                  "output": result.output}}))
"""


def probe(*args: str) -> dict[str, object]:
    code = PROBE.format(heavy=HEAVY, args=list(args))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.fixture()
def store_with_an_event(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'parley.db'}"
    sentence = "The defence ministers of the United States and China met in Singapore."
    article = Article(id="startup-1", text=sentence, published=date(2024, 6, 1))
    event = Event(article="startup-1", type=EventType.MEET, source="USA", target="CHN",
                  channel="defence-ministers", date="2024-05-31",
                  evidence=Evidence(sentence, 0, len(sentence)))
    with Store(url) as store:
        store.save_article(article, [event])
    return url


def test_help_imports_no_model_and_no_web_stack() -> None:
    found = probe("--help")
    assert found["exit"] == 0 and "status" in str(found["output"])
    assert found["import"] == [] and found["command"] == []


def test_a_store_query_imports_no_model_and_no_web_stack(store_with_an_event: str) -> None:
    found = probe("status", "USA", "CHN", "--db", store_with_an_event, "--json",
                  "--as-of", "2024-06-30")
    assert found["exit"] == 0, found["output"]
    rows = {row["channel"]: row["status"] for row in json.loads(str(found["output"]))}
    assert rows["defence-ministers"] == "active"
    assert found["import"] == [] and found["command"] == []


def test_the_probe_sees_a_heavy_import() -> None:
    """The same probe on a command that renders HTML does list Jinja2: the check can fail."""
    found = probe("report", "USA", "CHN", "--db", "sqlite://", "--format", "html")
    assert found["exit"] == 0, found["output"]
    assert "jinja2" in found["command"]  # type: ignore[operator]
