"""`parley export`: events and articles as Parquet, JSON lines and CSV, read back whole."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.errors import ParleyError
from parley.report import dataset
from parley.report.dataset import ARTICLE_FIELDS, export_store
from parley.report.exports import EVENT_CSV_FIELDS
from parley.store import Store
from parley.types import Article, Event, EventType, Evidence

TEXTS = {
    "call": ("The American and Chinese defence chiefs spoke by video link on Monday.",
             EventType.CALL, "USA", "CHN", "military-chiefs"),
    "line": ("Seoul and Pyongyang reopened the western military line.",
             EventType.RESUME, "KOR", "PRK", "hotline"),
    "quiet": ("Moscow said nothing about the talks, which were cancelled.",
              EventType.SUSPEND, "RUS", "USA", "defence-ministers"),
}


def _fill(store: Store) -> None:
    for article_id, (text, kind, source, target, channel) in TEXTS.items():
        event = Event(article=article_id, type=kind, source=source, target=target,
                      channel=channel, date="2024-05", persons=("Someone Named",),
                      mechanism="western military line" if kind is EventType.RESUME else None,
                      evidence=Evidence(text, 0, len(text)))
        store.save_article(Article(id=article_id, text=text, title=article_id.title(),
                                   published=date(2024, 5, 6)), [event])


@pytest.fixture()
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as opened:
        _fill(opened)
        yield opened


def test_parquet_tables_have_every_row_and_typed_columns(store: Store, tmp_path: Path) -> None:
    result = export_store(store, tmp_path / "out", "parquet")
    assert (result.events, result.articles) == (3, 3)
    events = pq.read_table(tmp_path / "out" / "events.parquet")
    assert tuple(events.column_names) == EVENT_CSV_FIELDS
    assert str(events.schema.field("negated").type) == "bool"
    assert str(events.schema.field("start").type) == "int64"
    assert sorted(events.column("article").to_pylist()) == ["call", "line", "quiet"]
    assert "western military line" in events.column("mechanism").to_pylist()
    articles = pq.read_table(tmp_path / "out" / "articles.parquet")
    assert tuple(articles.column_names) == ARTICLE_FIELDS
    assert articles.column("published").to_pylist() == ["2024-05-06"] * 3


def test_jsonl_and_csv_hold_the_same_rows(store: Store, tmp_path: Path) -> None:
    export_store(store, tmp_path / "j", "jsonl")
    export_store(store, tmp_path / "c", "csv")
    lines = (tmp_path / "j" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    with (tmp_path / "c" / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["sentence"] for r in records] == [r["sentence"] for r in rows]
    assert {r["type"] for r in records} == {"CALL", "RESUME", "SUSPEND"}


def test_a_pair_keeps_its_events_and_only_their_articles(store: Store, tmp_path: Path) -> None:
    result = export_store(store, tmp_path, "jsonl", pair=("CHN", "USA"))
    assert (result.events, result.articles) == (1, 1)
    [article] = (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(article)["id"] == "call"


def test_rows_are_read_in_pages(store: Store, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataset, "PAGE_SIZE", 2)
    result = export_store(store, tmp_path, "parquet")
    assert (result.events, result.articles) == (3, 3)
    assert pq.read_table(tmp_path / "events.parquet").num_rows == 3


def test_an_unwritable_folder_is_one_clear_error(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ParleyError, match="cannot write"):
        export_store(store, blocker / "out", "csv")


def test_cli_export_writes_both_files(db_url: str, tmp_path: Path) -> None:
    with Store(db_url) as opened:
        _fill(opened)
    result = CliRunner().invoke(app, ["export", "--db", db_url, "-o", str(tmp_path / "x"),
                                      "-f", "csv", "--pair", "USA", "China", "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["events"] == 1
    assert (tmp_path / "x" / "events.csv").exists()
    bad = CliRunner().invoke(app, ["export", "--db", db_url, "-o", str(tmp_path / "y"),
                                   "--pair", "USA", "Atlantis"])
    assert bad.exit_code == 1 and bad.stderr.startswith("error: ")
