"""Usage errors are one line with exit code 1; every --help reads (metavars, an example)."""

from __future__ import annotations

import re

import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner, Result

from parley.cli import app

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args), env={"COLUMNS": "80"}, prog_name="parley")


def every_command() -> list[tuple[str, ...]]:
    """Each command's words ("status", "sources add"), read from the app itself."""
    root = typer.main.get_command(app)
    assert isinstance(root, TyperGroup)
    found: list[tuple[str, ...]] = []
    for name, command in root.commands.items():
        if isinstance(command, TyperGroup):
            found += [(name, sub) for sub in command.commands]
        else:
            found.append((name,))
    return found


@pytest.mark.parametrize(("args", "reason"), [
    (("status", "USA"), "missing argument 'STATE_B'"),
    (("extract", "-f", "xml", "a.json"), "'xml' is not one of 'jsonl', 'table'"),
    (("ingest", "--workers", "0", "a.json"), "'--workers': must be at least 1 (got 0)"),
    (("serve", "--port", "70000"), "must be at most 65535 (got 70000)"),
    (("serve", "--port", "eighty"), "'eighty' is not a whole number"),
    (("fetch", "--pair", "USA"), "option '--pair' requires 2 arguments"),
    (("status", "USA", "CHN", "--as-off", "2022"), "no such option: --as-off"),
    (("report", "USA", "CHN", "-f", "pdf"), "'pdf' is not one of"),
    (("sources", "frob"), "no such command 'frob'"),
    (("frob",), "no such command 'frob'"),
])
def test_a_usage_error_is_one_line_and_exit_code_1(args: tuple[str, ...], reason: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: parley") and reason in line, line
    assert "Value error" not in line and "╭" not in line and "Usage:" not in line


@pytest.mark.parametrize("words", every_command(), ids=" ".join)
def test_help_shows_readable_metavars_and_an_example(words: tuple[str, ...]) -> None:
    result = invoke(*words, "--help")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert not re.search(r"<(?:bool|str|int|list\[str\]|[a-z ]+range)>|\{\w", text), text
    assert "╭" not in text
    usage = text.splitlines()[0]
    assert usage.startswith(f"Usage: parley {' '.join(words)}")
    assert usage == usage.replace("{", "").replace("<", "")
    example = text.split("Example:\n", 1)
    assert len(example) == 2, f"no example under parley {' '.join(words)} --help"
    assert example[1].lstrip().startswith(f"parley {' '.join(words)}")
    assert max(len(line) for line in text.splitlines()) <= 80


def test_pair_commands_name_their_states() -> None:
    for name in ("status", "timeline", "report", "channels", "requests", "freeze", "watch"):
        usage = invoke(name, "--help").stdout.splitlines()[0]
        assert usage == f"Usage: parley {name} [OPTIONS] STATE_A STATE_B"
    assert "--as-of DATE" in invoke("status", "--help").stdout
    assert invoke("ingest", "--help").stdout.splitlines()[0] == \
        "Usage: parley ingest [OPTIONS] PATH..."


def test_no_arguments_prints_the_commands() -> None:
    result = invoke()
    assert result.exit_code == 0
    assert "Commands:" in result.stdout and "status" in result.stdout
