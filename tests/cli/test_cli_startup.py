"""Commands that need no model or web stack start without importing them.

`parley --help` and store queries such as `parley status` import neither spaCy nor the web
stack (FastAPI, uvicorn, Jinja2) nor the HTML extractor (trafilatura), nor Alembic (the
schema is already at head), Pydantic (plain values are coerced without it) or Rich (tables are
plain text); `--help` imports no SQLAlchemy either. Each runs in a fresh interpreter here, and
the modules it loaded are listed. (A check of the module set, not of time;
`benchmarks/startup.py` measures the wall times.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from parley.store import Store
from parley.types import Article, Event, EventType, Evidence

HEAVY = ("spacy", "fastapi", "uvicorn", "trafilatura", "jinja2", "alembic", "pydantic", "rich",
         "dask", "pyarrow", "httpx")

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


def test_help_and_a_usage_error_import_no_store() -> None:
    code = ("import sys\nfrom typer.testing import CliRunner\nimport parley.cli\n"
            "for args in (['--help'], ['status', '--help'], ['status', 'USA']):\n"
            "    CliRunner().invoke(parley.cli.app, args)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_a_store_at_head_opens_without_alembic_and_coerces_without_pydantic(
        store_with_an_event: str) -> None:
    found = probe("timeline", "USA", "CHN", "--db", store_with_an_event, "--channel", "DTL",
                  "--as-of", "2024")
    assert found["exit"] == 0, found["output"]
    assert found["command"] == []


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


def parley_script() -> list[str]:
    script = Path(sys.executable).with_name("parley")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "parley"]


def test_the_quick_exit_keeps_the_output_and_the_exit_code(store_with_an_event: str,
                                                          tmp_path: Path) -> None:
    """`main` leaves with os._exit after flushing: every byte and each exit code survive."""
    listed = subprocess.run([*parley_script(), "status", "USA", "CHN", "--db",
                             store_with_an_event, "--json"], capture_output=True, text=True,
                            timeout=120, check=False)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 12
    out = tmp_path / "status.txt"
    with out.open("w", encoding="utf-8") as handle:  # a file, not a pipe, is flushed too
        subprocess.run([*parley_script(), "timeline", "USA", "CHN", "--db",
                        store_with_an_event, "--wide"], stdout=handle, timeout=120, check=True)
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("2024-05-31  MEET")
    # The event is of 2024: a long staleness window keeps its channel known for watch.
    environment = {**os.environ, "PARLEY_STALE_AFTER_MONTHS": "1200"}
    codes = [subprocess.run([*parley_script(), *args], capture_output=True, timeout=120,
                            check=False, env=environment).returncode
             for args in (["status", "USA"],
                          ["watch", "USA", "CHN", "--db", store_with_an_event,
                           "--state-file", str(tmp_path / "watch.json")])]
    assert codes == [1, 3]
