"""The name of the mechanism an ESTABLISH sets up (extract/themes_establish.named_mechanism),
read on live parses of our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from parley.config import load_settings
from parley.extract import ArticleCoder, ArticleState
from parley.extract.article import sentence_contexts
from parley.extract.themes_establish import named_mechanism
from parley.pipeline import Pipeline
from parley.types import Article, EventType

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    # Every sentence parsed: some name no state, which the article gate would drop unparsed.
    return Pipeline(load_settings(environ={}, database_url="sqlite://", prefilter=False))


def _mechanism(pipeline: Pipeline, text: str) -> str | None:
    parsed = pipeline.parse([Article(id="t", text=text, published=date(2023, 6, 26))])[0]
    coder = ArticleCoder(pipeline.extractor, pipeline.finder.for_article(date(2023, 6, 26)),
                         ArticleState("t", date(2023, 6, 26), None))
    found = [coder.mentions.find(s.text) for s in parsed.sentences]
    view = sentence_contexts(coder, parsed.sentences, found)[0]
    trigger = next(t for t in coder.extractor.find_triggers(view.tree)
                   if t.entry.type is EventType.ESTABLISH)
    return named_mechanism(view, trigger.index)


@pytest.mark.parametrize(("text", "name"), [
    ("Japan and China launched the Maritime and Aerial Communication Mechanism on 8 June.",
     "Maritime and Aerial Communication Mechanism"),
    ("The Defense Telephone Link was set up in 2008.", "Defense Telephone Link"),
    ("India and Pakistan set up a hotline in 1971.", None),
    ("The two navies set up a new communication line on Friday.", None),
])
def test_the_mechanism_is_the_proper_name_of_what_is_set_up(pipeline: Pipeline, text: str,
                                                             name: str | None) -> None:
    assert _mechanism(pipeline, text) == name
