"""Every bad input of issue 14 fails alone, with one line, and the articles around it are
stored; the work one article, command or request may cost is bounded.

Before the fix each of these lost the batch with a traceback (a JSON integer of 5,000
digits, a lone surrogate, dates at the calendar's edges, a sentence over a million
characters), hung (a FIFO), ran for minutes (4 MB of trigger sentences), or stored values a
correction had changed as "unchanged".
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from reliability_support import within
from typer.testing import CliRunner

from parley.cli import app
from parley.config import load_settings
from parley.errors import StoreError
from parley.fetch.ingest import ingest_articles
from parley.pipeline import Pipeline, ingest_paths
from parley.store import Store
from parley.types import Article, Event

runner = CliRunner()

GOOD = ("China suspended military talks with the United States on Friday, the defence "
        "ministry in Beijing said. Story {n}.")


def _good_files(directory: Path, count: int = 3) -> list[Path]:
    paths = []
    for n in range(count):
        path = directory / f"good{n}.json"
        path.write_text(json.dumps({"id": f"good{n}", "published": "2024-03-08",
                                    "text": GOOD.format(n=n)}), encoding="utf-8")
        paths.append(path)
    return paths


def _ingest(db_url: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["ingest", "--db", db_url, "--quiet", *args])
    return result.exit_code, result.stderr


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


#: (name, raw JSON of the bad input, a part of its one-line reason).
BAD_JSON = [
    ("huge-integer", '{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}", "5,000 digits"),
    ("surrogate-in-text", '{"id": "s", "text": "The hotline \\ud800 was cut."}',
     "lone surrogate"),
    ("surrogate-in-title", '{"id": "t", "title": "\\udfff", "text": "The hotline was cut."}',
     "'title' holds a lone surrogate"),
    ("nul-in-text", '{"id": "n", "text": "The hotline\\u0000 was cut."}', "NUL"),
    ("long-id", json.dumps({"id": "i" * 300, "text": "The hotline was cut."}),
     "'id' is 300 characters"),
    ("long-source", json.dumps({"source": "s" * 300, "text": "The hotline was cut."}),
     "'source' is 300 characters"),
    ("year-one", json.dumps({"id": "y1", "published": "0001-01-01",
                             "text": "Six days before, China suspended talks with the US."}),
     "outside the supported dates"),
    ("year-9999", json.dumps({"id": "y9", "published": "9999-12-31",
                              "text": "China suspended talks with the US six days later."}),
     "outside the supported dates"),
]


@pytest.mark.parametrize(("name", "raw", "reason"), BAD_JSON, ids=[b[0] for b in BAD_JSON])
def test_a_bad_json_input_fails_alone(tmp_path: Path, db_url: str, name: str, raw: str,
                                      reason: str) -> None:
    good = _good_files(tmp_path)
    bad = tmp_path / f"{name}.json"
    bad.write_text(raw, encoding="utf-8")
    code, stderr = _ingest(db_url, str(good[0]), str(bad), str(good[1]), str(good[2]))
    assert code == 1
    assert "Traceback" not in stderr
    [line] = _error_lines(stderr)
    assert line.startswith(f"error: {bad}: ") and reason in line
    with Store(db_url) as store:
        assert store.article_ids() == ["good0", "good1", "good2"]


def test_a_sentence_over_a_million_characters_is_not_parsed_and_the_batch_goes_on(
        tmp_path: Path, db_url: str) -> None:
    good = _good_files(tmp_path)
    long = tmp_path / "long.json"
    text = "China suspended talks with the United States. " + "x" * 1_000_001
    long.write_text(json.dumps({"id": "long", "published": "2024-03-08", "text": text}),
                    encoding="utf-8")
    settings = load_settings(environ={}, database_url=db_url)
    with Store(db_url) as store:
        result = within(120, lambda: ingest_paths([str(long), *map(str, good)], settings,
                                                  store))
        assert sorted(store.article_ids()) == ["good0", "good1", "good2", "long"]
    assert not result.failures
    assert [w.origin for w in result.warnings] == [str(long)]
    assert "max_sentence_chars" in result.warnings[0].message


def test_megabytes_of_trigger_sentences_are_capped_with_a_warning(
        tmp_path: Path, db_url: str) -> None:
    """4 MB of repeated trigger sentences took 121 s and 629 MB; the caps bound it."""
    flood = tmp_path / "flood.json"
    flood.write_text(json.dumps({"id": "flood", "published": "2024-03-08",
                                 "text": GOOD.format(n=0) * 30_000}), encoding="utf-8")
    settings = load_settings(environ={}, database_url=db_url)
    with Store(db_url) as store:
        result = within(240, lambda: ingest_paths([str(flood)], settings, store))
        assert store.article_ids() == ["flood"]
    messages = [w.message for w in result.warnings if w.origin == str(flood)]
    assert any("max_sentences" in m for m in messages)
    assert any("max_candidate_sentences" in m for m in messages)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fifo_is_refused_without_being_opened(tmp_path: Path, db_url: str) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    good = _good_files(tmp_path, 1)
    code, stderr = within(60, lambda: _ingest(db_url, str(fifo), str(good[0])))
    assert code == 1
    [line] = _error_lines(stderr)
    assert line == f"error: {fifo}: a named pipe (FIFO), not a regular file: not read"


def test_an_article_whose_extraction_raises_fails_alone(
        tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Articles are parsed in chunks; one raising inside the coder once dropped the chunk."""
    good = _good_files(tmp_path, 4)
    real_code = Pipeline.code

    def code(self: Pipeline, parsed: Any, read: Any = None) -> list[Event]:
        if parsed.article.id == "good2":
            raise RuntimeError("a rule broke\non two lines")
        return real_code(self, parsed, read)

    monkeypatch.setattr(Pipeline, "code", code)
    settings = load_settings(environ={}, database_url=db_url)
    with Store(db_url) as store:
        result = ingest_paths([str(p) for p in good], settings, store)
        assert store.article_ids() == ["good0", "good1", "good3"]
    [failure] = result.failures
    assert failure.origin == str(good[2])
    assert failure.reason == "could not be coded (RuntimeError: a rule broke)"
    assert (result.articles_read, result.articles_stored, result.articles_unchanged) == \
        (4, 3, 0)


def test_a_parse_that_raises_fails_its_article_only(
        tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A chunk whose parse raises is parsed again article by article (spaCy's E088 was one)."""
    good = _good_files(tmp_path, 3)
    settings = load_settings(environ={}, database_url=db_url)
    pipeline_parse = Pipeline._parse_prepared

    def parse(self: Pipeline, prepared: Sequence[Any]) -> Any:
        if any(item.article.id == "good1" for item in prepared):
            raise ValueError("[E088] Text of length 1000001 exceeds maximum")
        return pipeline_parse(self, prepared)

    monkeypatch.setattr(Pipeline, "_parse_prepared", parse)
    with Store(db_url) as store:
        result = ingest_paths([str(p) for p in good], settings, store)
        assert store.article_ids() == ["good0", "good2"]
    assert [f.origin for f in result.failures] == [str(good[1])]
    assert "E088" in result.failures[0].reason


class RefusingStore(Store):
    """A store whose database refuses one article (as PostgreSQL refuses a NUL)."""

    def save_article(self, article: Article, events: Sequence[Event]) -> Any:
        if article.id == "good1":
            raise StoreError("cannot save to store: invalid byte sequence")
        return super().save_article(article, events)


def test_an_article_the_database_refuses_fails_alone(tmp_path: Path, db_url: str) -> None:
    good = _good_files(tmp_path, 3)
    settings = load_settings(environ={}, database_url=db_url)
    with RefusingStore(db_url) as store:
        result = ingest_paths([str(p) for p in good], settings, store)
        assert store.article_ids() == ["good0", "good2"]
    [failure] = result.failures
    assert failure == type(failure)(str(good[1]), "cannot be stored: cannot save to store: "
                                                  "invalid byte sequence")


def test_on_postgresql_a_nul_the_database_refuses_fails_that_page_only(
        fresh_url: Callable[[str], str], backend: str,
        pipeline: Pipeline) -> None:
    """Fetched pages are not read by ingest's readers: a NUL reaching PostgreSQL itself
    (which refuses it; SQLite keeps it) fails that page with one line, the rest is stored."""
    url = fresh_url("nul")
    pages = [Article(id="p0", text=GOOD.format(n=0), origin="https://news.example/0"),
             Article(id="p1", text=GOOD.format(n=1) + "\x00", origin="https://news.example/1"),
             Article(id="p2", text=GOOD.format(n=2), origin="https://news.example/2")]
    with Store(url) as store:
        saved = list(ingest_articles(pages, lambda: pipeline, store))
        stored = store.article_ids()
    failed = [s.article.id for s in saved if s.failure is not None]
    if backend == "postgresql":
        assert failed == ["p1"] and stored == ["p0", "p2"]
        assert "\n" not in (saved[1].failure or "")
    else:
        assert failed == [] and stored == ["p0", "p1", "p2"]


@pytest.mark.parametrize("args", [
    ["report", "USA", "CHN", "--as-of", "0001-01-01"],
    ["status", "USA", "CHN", "--as-of", "9999-12-31"],
    ["freeze", "USA", "CHN", "--to", "9999-12"],
    ["freeze", "USA", "CHN", "--from", "0001-01"],
    ["timeline", "USA", "CHN", "--as-of", "0001"],
])
def test_commands_refuse_dates_outside_the_supported_range(db_url: str,
                                                           args: list[str]) -> None:
    result = within(60, lambda: runner.invoke(app, [*args, "--db", db_url]))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: invalid --")
    assert "outside the supported dates (1900-01-01 to 2100-12-31)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_refuses_a_published_option_outside_the_range(tmp_path: Path,
                                                             db_url: str) -> None:
    text = tmp_path / "a.txt"
    text.write_text(GOOD.format(n=0), encoding="utf-8")
    code, stderr = _ingest(db_url, "--published", "0001-01-01", str(text))
    assert code == 1 and stderr.strip() == (
        "error: invalid --published date: 0001-01-01 is outside the supported dates "
        "(1900-01-01 to 2100-12-31)")


def test_a_corrected_publication_date_moves_the_events_dates(tmp_path: Path,
                                                             db_url: str) -> None:
    """Re-ingesting an article with the same id and text but a corrected date reported
    "unchanged" and kept the old date; now it is updated and its relative dates move."""
    path = tmp_path / "story.json"
    story = {"id": "story", "title": "Talks off", "text": (
        "China suspended military talks with the United States on Friday, the defence "
        "ministry said.")}

    def ingest(published: str, title: str) -> tuple[Any, Store]:
        path.write_text(json.dumps({**story, "published": published, "title": title}),
                        encoding="utf-8")
        settings = load_settings(environ={}, database_url=db_url)
        with Store(db_url) as store:
            result = ingest_paths([str(path)], settings, store)
            return result, [e.event.date for e in store.events()], store.article("story")

    first, first_dates, _ = ingest("2024-03-13", "Talks off")  # a Wednesday
    again, _, _ = ingest("2024-03-13", "Talks off")
    corrected, corrected_dates, article = ingest("2024-04-10", "Talks off (corrected)")
    assert (first.articles_stored, again.articles_unchanged) == (1, 1)
    assert corrected.articles_stored == 1 and corrected.articles_unchanged == 0
    assert article is not None and article.title == "Talks off (corrected)"
    assert article.published is not None and article.published.isoformat() == "2024-04-10"
    assert first_dates == ["2024-03-08"] and corrected_dates == ["2024-04-05"]
