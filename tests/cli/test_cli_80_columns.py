"""Issue 15's acceptance: at COLUMNS=80, no command prints a line holding a single word of a
wrapped sentence, no line is wider than the terminal, and no article id is broken, on the
bundled corpus (every pair it covers, every command that prints to the terminal)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.cli.serve import sample_corpus
from parley.cli.tables import text_width

runner = CliRunner()

PAIRS = [("USA", "CHN"), ("IND", "PAK"), ("KOR", "PRK"), ("CHN", "JPN"), ("USA", "RUS")]
PAIR_COMMANDS = ["status", "timeline", "channels", "requests", "freeze"]


def run(*args: str, columns: int = 80) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": str(columns)})
    assert result.exit_code in (0, 3), (args, result.stderr)
    return result.stdout


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'parley.db'}"
    result = runner.invoke(app, ["ingest", "--db", url, "--quiet", str(sample_corpus())])
    assert result.exit_code == 0, result.stderr
    return url


@pytest.fixture(scope="module")
def sentences(corpus_store: str) -> dict[str, set[str]]:
    """Each word of an evidence sentence of several words -> the sentences holding it, and
    the article ids, under the key ""."""
    words: dict[str, set[str]] = {"": set()}
    for a, b in PAIRS:
        for event in json.loads(run("timeline", a, b, "--db", corpus_store, "--json")):
            words[""].add(event["article"])
            text = event["evidence"]["sentence"]
            if len(text.split()) > 1:
                for word in text.split():
                    words.setdefault(word, set()).add(text)
    return words


def outputs(corpus_store: str, tmp_path: Path) -> dict[str, str]:
    """Every terminal output of the commands on the corpus store, by command line."""
    found: dict[str, str] = {}
    for a, b in PAIRS:
        for name in PAIR_COMMANDS:
            found[f"{name} {a} {b}"] = run(name, a, b, "--db", corpus_store)
        found[f"watch {a} {b}"] = run("watch", a, b, "--db", corpus_store, "--state-file",
                                      str(tmp_path / f"{a}{b}.json"))
    found["timeline USA CHN --channel DTL"] = run("timeline", "USA", "CHN", "--channel", "DTL",
                                                  "--db", corpus_store)
    found["extract -f table"] = run("extract", "-f", "table", str(sample_corpus()))
    return found


def lone_words(text: str, words: dict[str, set[str]]) -> list[str]:
    """Lines holding nothing but one word of a sentence of several words."""
    return [line for line in text.splitlines()
            if len(line.split()) == 1 and line.strip() in words]


def test_no_lone_word_no_wide_line_and_no_broken_id_at_80_columns(
        corpus_store: str, sentences: dict[str, set[str]], tmp_path: Path) -> None:
    found = outputs(corpus_store, tmp_path)
    assert len(found) == len(PAIRS) * 6 + 2
    shown_ids: set[str] = set()
    for command, text in found.items():
        assert text.strip(), command
        assert lone_words(text, sentences) == [], command
        wide = [line for line in text.splitlines() if text_width(line) > 80]
        assert wide == [], (command, wide)
        shown_ids |= set(re.findall(r"\b[a-z]{4,6}-\d{2}-[a-z0-9-]+", text))
    corpus_ids = {path.stem for path in sample_corpus().glob("*.json")}
    assert sentences[""] <= corpus_ids
    assert shown_ids and shown_ids <= corpus_ids  # every id printed is a whole, known id


def test_the_lone_word_check_can_fail(sentences: dict[str, set[str]]) -> None:
    """The old layout (a sentence squeezed in a narrow column) is caught by the same check."""
    sentence = next(iter(next(iter(v for k, v in sentences.items() if k))))
    squeezed = "\n".join(f"hotline  active  {word}" if i == 0 else f"                 {word}"
                         for i, word in enumerate(sentence.split()))
    assert lone_words(squeezed, sentences)


def test_at_120_columns_a_timeline_row_keeps_its_columns(corpus_store: str) -> None:
    text = run("timeline", "USA", "CHN", "--db", corpus_store, columns=120)
    header = text.splitlines()[0].split()
    assert header == ["date", "type", "from→to", "channel", "article"]
    assert max(text_width(line) for line in text.splitlines()) <= 120
    events = len(json.loads(run("timeline", "USA", "CHN", "--db", corpus_store, "--json")))
    assert len(text.splitlines()) < events * 6  # a sentence takes a few lines, not dozens


def test_wide_prints_one_line_per_row(corpus_store: str) -> None:
    text = run("status", "USA", "CHN", "--db", corpus_store, "--wide")
    lines = text.splitlines()
    assert len(lines) == 2 + 12  # the title, the header and one line per catalogue channel
