"""A command that only reads the store refuses a SQLite file that does not exist (one line,
exit code 1, nothing created); the commands that write create it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app

runner = CliRunner()

READERS = [
    ("status", "USA", "CHN"), ("timeline", "USA", "CHN"), ("report", "USA", "CHN"),
    ("channels", "USA", "CHN"), ("requests", "USA", "CHN"), ("freeze", "USA", "CHN"),
    ("sources", "list"), ("sources", "remove", "ledger"), ("serve",),
]


@pytest.mark.parametrize("words", READERS, ids=" ".join)
def test_a_read_command_refuses_a_missing_store(tmp_path: Path, words: tuple[str, ...]) -> None:
    path = tmp_path / "nostore" / "none.db"
    result = runner.invoke(app, [*words, "--db", f"sqlite:///{path}"])
    assert result.exit_code == 1
    assert result.stderr == (f"error: no store at {path}; run `parley ingest` or "
                             "`parley demo --db ...`\n")
    assert not path.parent.exists()


def test_watch_and_export_refuse_a_missing_store(tmp_path: Path) -> None:
    path = tmp_path / "none.db"
    for args in (["watch", "USA", "CHN", "--state-file", str(tmp_path / "w.json")],
                 ["export", "--output", str(tmp_path / "out")]):
        result = runner.invoke(app, [*args, "--db", f"sqlite:///{path}"])
        assert result.exit_code == 1 and "no store at" in result.stderr, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_sources_add_creates_the_store_a_reader_then_opens(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    added = runner.invoke(app, ["sources", "add", "ledger", "https://news.example/rss.xml",
                                "--db", url])
    assert added.exit_code == 0, added.stderr
    listed = runner.invoke(app, ["sources", "list", "--db", url, "--json"])
    assert listed.exit_code == 0 and '"ledger"' in listed.stdout
