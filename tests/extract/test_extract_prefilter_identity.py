"""The lexical pre-filter only saves parsing: every event, with all its fields (dates too),
comes out the same whether the other sentences were parsed or not."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from parley.config import load_settings
from parley.pipeline import Pipeline, read_articles
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


SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _shared(folder: str) -> list[Article]:
    path = SHARED / folder
    if not path.is_dir():
        pytest.skip(f"{path} is absent: the real articles are read only where they are")
    settings = load_settings(environ={}, database_url="sqlite://")
    return [a for a in read_articles([str(path)], settings) if isinstance(a, Article)]


@pytest.mark.parametrize("folder", ["stream", "dev"])
def test_real_news_gives_the_same_events_with_and_without_the_gates(folder: str) -> None:
    """General news (../shared/stream) and real channel news (../shared/dev): the article
    gate and the sentence pre-filter change no event."""
    articles = _shared(folder)
    on, off = _events(True, articles), _events(False, articles)
    differing = {k: (on[k], off[k]) for k in on if on[k] != off[k]}
    assert not differing, json.dumps(differing, indent=1)[:3000]


def test_the_gate_drops_most_general_news_before_splitting() -> None:
    articles = _shared("stream")
    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://"))
    dropped = [a.id for a in articles if pipeline.gated(a)]
    assert len(dropped) > len(articles) / 2


def _kept(text: str) -> tuple[int, int]:
    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://"))
    sentences = pipeline.split(Article(id="a", text=text, published=date(2024, 1, 20)))
    return len(pipeline.candidates_of(sentences)), len(sentences)


def test_a_day_counted_from_the_sentence_before_has_that_sentence_parsed() -> None:
    """'… the following day' dates its event from the sentence before, so the pre-filter
    keeps that sentence too (pipeline.Pipeline._refers_back, `day_anaphors`); a sentence
    with a date of its own does not need it."""
    story = "Missiles struck a village in Balochistan on January 16, killing two children. "
    assert _kept(story + "Pakistan recalled its ambassador from Tehran the following day.") \
        == (2, 2)
    assert _kept(story + "A day earlier, Iran had summoned the Pakistani envoy.") == (2, 2)
    assert _kept(story + "Pakistan recalled its ambassador from Tehran on January 17.") \
        == (1, 2)


#: A restoration or suspension whose object is a pronoun for a channel told before
#: ('restored it'): the coder reads it from the channel of an earlier sentence, so the
#: pre-filter passes it once a sentence before it is kept, and only then.
PRONOUN_STORIES = [
    "North Korea cut the military hotline with South Korea in 2016. North Korea restored "
    "it on Monday.",
    "Seoul scrapped the intelligence-sharing pact with Tokyo in August. It was restored in "
    "March, the ministry said.",
    "India and Pakistan froze the DGMO hotline in May. Its restoration was agreed on "
    "Friday.",
]


@pytest.mark.parametrize("text", PRONOUN_STORIES)
def test_a_pronoun_for_a_channel_told_before_is_parsed(text: str) -> None:
    article = Article(id="p", text=text, published=date(2024, 6, 5))
    on, off = _events(True, [article]), _events(False, [article])
    assert on == off
    assert any('"RESUME"' in e for e in on["p"]), on


def test_a_pronoun_with_nothing_read_before_it_is_not_parsed() -> None:
    assert _kept("The weather in Seoul was mild on Monday. North Korea restored it on "
                 "Monday.") == (0, 2)
