"""The lexical pre-filter only saves parsing: every event, with all its fields (dates too),
comes out the same whether the other sentences were parsed or not."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from parley.config import load_settings
from parley.pipeline import Pipeline
from parley.types import Article

pytestmark = pytest.mark.slow


def _corpus() -> list[Article]:
    folder = resources.files("parley.data") / "corpus"
    articles: list[Article] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        record = json.loads(entry.read_text(encoding="utf-8"))
        articles.append(Article(
            id=record["id"], text=record["text"], title=record.get("title"),
            published=date.fromisoformat(record["published"]) if record.get("published")
            else None,
        ))
    return articles


def _events(prefilter: bool, articles: list[Article]) -> dict[str, list[str]]:
    settings = load_settings(environ={}, database_url="sqlite://", prefilter=prefilter)
    return {r.article.id: sorted(json.dumps(e.to_contract(), sort_keys=True) for e in r.events)
            for r in Pipeline(settings).extract(articles)}


def test_events_are_the_same_with_and_without_the_prefilter() -> None:
    articles = _corpus()
    assert len(articles) >= 40
    on, off = _events(True, articles), _events(False, articles)
    assert sum(len(v) for v in on.values()) > 150
    differing = {k: (on[k], off[k]) for k in on if on[k] != off[k]}
    assert not differing, json.dumps(differing, indent=1)[:3000]
