"""Golden output of the event coder: the full JSONL contract output, byte for byte.

The coder is run as `parley extract` runs it (`Pipeline(settings).extract`), with irrealis
events kept, pre-filter on and off, over
- the bundled corpus (`src/parley/data/corpus`): snapshot `golden/corpus.<mode>.jsonl`;
- every sentence-table text of `tests/extract` (each module-level list of table rows, one
  article per distinct text and publication date): snapshot `golden/sentences.<mode>.jsonl`;
- `../shared/dev` when present: the real texts must not enter the repository, so the snapshot
  `golden/dev.json` holds, per article, only the sha256 of its JSONL output and its event count.

The `parley eval` figures on the bundled corpus and on both halves of the committed dev split
are asserted as constants too. These pin the rule path: the learned second opinion is set off
explicitly, so they hold with or without the `embeddings` extra installed.

A change of output on purpose regenerates the snapshots with one command:

    PARLEY_UPDATE_GOLDEN=1 .venv/bin/pytest -p no:cacheprovider tests/extract/test_golden_output.py

(the eval constants below are then updated by hand from the failure message).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from parley.cli.evaluate import gold_article
from parley.config import load_settings
from parley.evaluation import evaluate, load_gold, select_half
from parley.pipeline import Pipeline, read_articles
from parley.types import Article

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GOLDEN = HERE / "golden"
CORPUS = ROOT / "src" / "parley" / "data" / "corpus"
DEV = ROOT.parent / "shared" / "dev"
SPLIT = ROOT / "eval" / "dev-split.json"
UPDATE = os.environ.get("PARLEY_UPDATE_GOLDEN") == "1"
MODES = {"prefilter-on": True, "prefilter-off": False}

#: `parley eval` figures: (TP, FP, FN, dates scored, dates correct).
CORPUS_SCORES = (357, 29, 33, 352, 342)
DEV_SCORES = {"tuning": (59, 2, 4), "checking": (22, 9, 14)}


def _pipeline(prefilter: bool) -> Pipeline:
    return Pipeline(load_settings(environ={}, database_url="sqlite://", second_opinion="off",
                                  include_irrealis=True, prefilter=prefilter))


def _jsonl(pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[tuple[str, str]]:
    """(article id, its JSONL output as `parley extract` prints it) per article."""
    for result in pipeline.extract(articles):
        lines = "".join(json.dumps(e.to_contract(), ensure_ascii=False) + "\n"
                        for e in result.events)
        yield result.article.id, lines


def _table_modules() -> Iterator[ModuleType]:
    for path in sorted(HERE.rglob("test_*.py")):
        if path.name == Path(__file__).name:
            continue
        spec = importlib.util.spec_from_file_location(f"_golden_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        # A table module imports its helpers from its own folder, as pytest lets it.
        sys.path.insert(0, str(path.parent))
        try:
            spec.loader.exec_module(module)
        finally:
            sys.path.remove(str(path.parent))
        yield module


def table_texts() -> list[tuple[str, date]]:
    """Every (text, published) of a sentence-table row under tests/extract, sorted."""
    found: set[tuple[str, date]] = set()
    for module in _table_modules():
        for value in vars(module).values():
            if not isinstance(value, list):
                continue
            for row in value:
                values = getattr(row, "values", None)
                if (isinstance(values, tuple) and len(values) >= 2
                        and isinstance(values[0], str) and isinstance(values[1], date)):
                    found.add((values[0], values[1]))
    return sorted(found)


def _sentence_articles() -> list[Article]:
    return [Article(id="s-" + hashlib.sha256(f"{published}|{text}".encode()).hexdigest()[:12],
                    text=text, published=published)
            for text, published in table_texts()]


def _compare_text(name: str, got: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
        return
    assert path.is_file(), f"{path} missing: regenerate with PARLEY_UPDATE_GOLDEN=1"
    want = path.read_text(encoding="utf-8")
    if got != want:
        got_lines, want_lines = got.splitlines(), want.splitlines()
        first = next((i for i, (g, w) in enumerate(zip(got_lines, want_lines, strict=False))
                      if g != w), min(len(got_lines), len(want_lines)))
        shown_got = got_lines[first] if first < len(got_lines) else "(end)"
        shown_want = want_lines[first] if first < len(want_lines) else "(end)"
        pytest.fail(f"{name} differs at line {first + 1} ({len(got_lines)} lines, "
                    f"{len(want_lines)} expected)\n got:  {shown_got}\n want: {shown_want}")


def test_table_texts_are_collected() -> None:
    """The collector finds the sentence tables (so the golden test cannot pass on nothing)."""
    assert len(table_texts()) > 200


@pytest.mark.parametrize("mode", MODES)
def test_corpus_output_is_unchanged(mode: str) -> None:
    articles = list(read_articles([str(CORPUS)], load_settings(environ={})))
    assert len(articles) == 87
    got = "".join(lines for _, lines in _jsonl(_pipeline(MODES[mode]), articles))
    _compare_text(f"corpus.{mode}.jsonl", got)


@pytest.mark.parametrize("mode", MODES)
def test_sentence_table_output_is_unchanged(mode: str) -> None:
    got = "".join(lines for _, lines in _jsonl(_pipeline(MODES[mode]), _sentence_articles()))
    _compare_text(f"sentences.{mode}.jsonl", got)


def _dev_digests(mode: str) -> dict[str, dict[str, object]]:
    articles = list(read_articles([str(DEV)], load_settings(environ={})))
    return {article_id: {"sha256": hashlib.sha256(lines.encode()).hexdigest(),
                         "events": lines.count("\n")}
            for article_id, lines in _jsonl(_pipeline(MODES[mode]), articles)}


def test_dev_output_is_unchanged(shared_dev: Path) -> None:
    """One sha256 and event count per dev article and mode: a change shows, no text is kept."""
    got = {mode: _dev_digests(mode) for mode in MODES}
    path = GOLDEN / "dev.json"
    if UPDATE:
        path.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return
    want = json.loads(path.read_text(encoding="utf-8"))
    changed = sorted(f"{mode} {article}" for mode in MODES
                     for article in set(got[mode]) | set(want[mode])
                     if got[mode].get(article) != want[mode].get(article))
    assert not changed, "dev output changed for: " + ", ".join(changed)


def _eval(paths: list[str], half: str | None = None) -> tuple[int, ...]:
    articles = load_gold(paths)
    if half is not None:
        articles = select_half(articles, str(SPLIT), half)
    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://", second_opinion="off"))
    inputs = [gold_article(g.record, g.id) for g in articles]
    result = evaluate(articles, {r.article.id: r.events for r in pipeline.extract(inputs)})
    s = result.overall
    return (s.true_positives, s.false_positives, s.false_negatives, s.dates_scored,
            s.dates_correct)


def test_corpus_eval_figures_are_unchanged() -> None:
    assert _eval([str(CORPUS)]) == CORPUS_SCORES


@pytest.mark.parametrize("half", DEV_SCORES)
def test_dev_eval_figures_are_unchanged(shared_dev: Path, half: str) -> None:
    assert _eval([str(shared_dev)], half)[:3] == DEV_SCORES[half]
