"""Every record `parley extract --format jsonl` prints keeps the event contract.

The records are validated against `data/schema/event.schema.json`, and the evidence offsets are
checked against the article's own text: `text[start:end] == sentence`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from parley.cli import app

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "src/parley/data/schema/event.schema.json"
CORPUS = ROOT / "src/parley/data/corpus"

runner = CliRunner()


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def extract_records(paths: Iterable[Path]) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["extract", "--format", "jsonl", "--quiet", *map(str, paths)])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def article_texts(paths: Iterable[Path]) -> dict[str, str]:
    texts = {}
    for path in paths:
        document = json.loads(path.read_text(encoding="utf-8"))
        texts[document["id"]] = document["text"]
    return texts


def check_records(records: list[dict[str, Any]], texts: dict[str, str],
                  validator: Draft202012Validator) -> None:
    problems = []
    for number, record in enumerate(records, start=1):
        for error in validator.iter_errors(record):
            where = "/".join(map(str, error.absolute_path)) or "(record)"
            problems.append(f"record {number} ({record.get('article')}): {where}: "
                            f"{error.message}")
        article = record.get("article")
        assert article in texts, f"record {number} names unknown article {article!r}"
        evidence = record["evidence"]
        quoted = texts[article][evidence["start"]:evidence["end"]]
        if quoted != evidence["sentence"]:
            problems.append(f"record {number} ({article}): text[{evidence['start']}:"
                            f"{evidence['end']}] is {quoted!r}, not the evidence sentence")
    assert not problems, "\n".join(problems)


def test_schema_rejects_a_broken_record(validator: Draft202012Validator) -> None:
    # The gate can fail: a STATUS record without a status and a bad channel are caught.
    record: dict[str, Any] = {
        "article": "a", "type": "STATUS", "source": "USA", "target": "CHN",
        "channel": "hotlines", "status": None, "date": "2023-13", "date_end": None,
        "negated": False, "hypothetical": False, "count": None, "count_qualifier": None,
        "persons": [], "evidence": {"sentence": "s", "start": 0, "end": 1},
    }
    paths = {tuple(e.absolute_path) for e in validator.iter_errors(record)}
    assert {("channel",), ("status",), ("date",)} <= paths


def test_bundled_corpus_records_keep_the_contract(validator: Draft202012Validator) -> None:
    paths = sorted(CORPUS.glob("*.json"))
    assert len(paths) == 87
    records = extract_records(paths)
    texts = article_texts(paths)
    assert records
    assert {r["article"] for r in records} <= set(texts)
    check_records(records, texts, validator)


def test_shared_dev_records_keep_the_contract(shared_dev: Path,
                                              validator: Draft202012Validator) -> None:
    seed = shared_dev / "seed.json"
    if not seed.is_file():
        pytest.skip(f"{seed} is absent")
    paths = sorted(shared_dev.glob("*.json"))
    records = extract_records(paths)
    assert any(r["article"] == "seed" for r in records)
    check_records(records, article_texts(paths), validator)


def test_identity_is_the_one_notion_of_the_same_event() -> None:
    """Unordered types ignore the order of the states; a plan and its fact differ only by
    mood, which the coder's in-article merge (`by_mood=False`) sets aside."""
    from parley.types import Event, EventType, Evidence

    said = Evidence("s", 0, 1)
    meet = Event("a", EventType.MEET, "USA", "CHN", None, said)
    assert meet.identity() == Event("b", EventType.MEET, "CHN", "USA", None, said).identity()
    cut = Event("a", EventType.SUSPEND, "CHN", "USA", "hotline", said)
    assert cut.identity() != Event("a", EventType.SUSPEND, "USA", "CHN", "hotline",
                                   said).identity()
    planned = Event("a", EventType.RESUME, "KOR", "PRK", "hotline", said, hypothetical=True)
    done = Event("a", EventType.RESUME, "PRK", "KOR", "hotline", said, date="2021-10")
    assert planned.identity() != done.identity()
    assert planned.identity(by_mood=False) == done.identity(by_mood=False)
