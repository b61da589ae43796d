"""Stored parses for rule tests without spaCy (tests/extract/parses/stored.json).

`stored_sentence(key)` gives a coder and the context of the first sentence of a stored
parse, the way the article pass builds them; `candidate(...)` the trigger of a lemma there
with its arguments, as the theme checks read it. Regenerate the parses with
`.venv/bin/python tests/extract/parses/make_parses.py`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from parley.extract import ArticleCoder, ArticleState, RuleExtractor, load_lexicon
from parley.extract.article import sentence_contexts
from parley.extract.records import Candidate, SentenceView
from parley.resolve import MentionFinder, load_gazetteer
from parley.types import ParsedArticle, Sentence, Token

STORED = Path(__file__).resolve().parent / "parses" / "stored.json"


@lru_cache(maxsize=1)
def _stored() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(STORED.read_text(encoding="utf-8"))
    return data


def stored_article(key: str) -> ParsedArticle:
    """A stored parse as the pipeline hands it to the coder."""
    from parley.types import Article

    entry = _stored()[key]
    sentences = tuple(
        Sentence(s["text"], s["start"], s["end"], tuple(Token(*row) for row in s["tokens"]))
        for s in entry["sentences"])
    article = Article(id=key, text=entry["text"],
                      published=date.fromisoformat(entry["published"]))
    return ParsedArticle(article, sentences)


@lru_cache(maxsize=1)
def _extractor() -> tuple[RuleExtractor, MentionFinder]:
    gazetteer = load_gazetteer()
    return RuleExtractor(load_lexicon(), gazetteer), MentionFinder(gazetteer)


def coder_for(parsed: ParsedArticle) -> ArticleCoder:
    extractor, finder = _extractor()
    article = parsed.article
    return ArticleCoder(extractor, finder.for_article(article.published),
                        ArticleState(article.id, article.published, None))


def stored_view(key: str) -> tuple[ArticleCoder, SentenceView]:
    """A coder for a stored parse and the view of its first sentence."""
    parsed = stored_article(key)
    coder = coder_for(parsed)
    found = [coder.mentions.find(s.text) for s in parsed.sentences]
    return coder, sentence_contexts(coder, parsed.sentences, found)[0]


@pytest.fixture()
def stored_sentence() -> Callable[[str], tuple[ArticleCoder, SentenceView]]:
    return stored_view


def candidate(coder: ArticleCoder, context: SentenceView, lemma: str) -> Candidate:
    """The trigger whose head word has `lemma`, with its arguments."""
    tree = context.tree
    trigger = next(t for t in coder.extractor.find_triggers(tree)
                   if tree.tokens[t.index].lemma == lemma)
    arguments = coder.extractor.arguments(tree, trigger.index)
    words = frozenset({tree.tokens[i].lemma for i in arguments}
                      | {tree.tokens[i].lower for i in arguments})
    return Candidate(trigger, arguments, words)


@pytest.fixture()
def candidate_of() -> Callable[[ArticleCoder, SentenceView, str], Candidate]:
    return candidate


@pytest.fixture()
def code_stored() -> Callable[[str], list[Any]]:
    """The events the coder gives a stored parse (irrealis kept), without spaCy."""
    def run(key: str) -> list[Any]:
        parsed = stored_article(key)
        return coder_for(parsed).code(parsed.sentences, parsed.article.title)
    return run


@pytest.fixture()
def rule_verdict() -> Callable[[str, str, Callable[..., bool | None]], bool | None]:
    """The verdict of a theme check on the trigger of `lemma` in a stored parse."""
    def verdict(key: str, lemma: str, rule: Callable[..., bool | None]) -> bool | None:
        coder, view = stored_view(key)
        return rule(coder, view, candidate(coder, view, lemma))
    return verdict
