"""Dependency parsing of selected sentences with spaCy, batched through `nlp.pipe`.

Only the sentences a caller selects (the extractor's lexical pre-filter) go through the
statistical pipeline. Parsing a sentence alone rather than in its article changes little for a
sentence-level coder and saves most of the parsing time.

Sentences are parsed with the model's components the coder reads (tokens, tags, parse, parts
of speech and lemmas), not its entity recogniser. The attribute ruler's patterns are applied by
`AttributeRules` and the rule lemmatizer's lemmas read by `RuleLemmas`: the same annotations as
the components, at a fraction of their Python cost. `parse_texts` keeps the full pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from parley.nlp.attribute_rules import AttributeRules, RuleStarts, attribute_rules
from parley.nlp.matrix_products import numpy_blas
from parley.nlp.model import ModelNotFound, load_model, resolve_model_name
from parley.nlp.sentences import DATELINE, dateline_length, split_sentences
from parley.nlp.token_rows import RuleLemmas, StringNames, doc_tokens
from parley.types import Sentence, Token

# The names this module held before it was split stay importable from it.
__all__ = [
    "DATELINE",
    "UNUSED_COMPONENTS",
    "AttributeRules",
    "ModelNotFound",
    "ParseFunction",
    "RuleLemmas",
    "SentenceParser",
    "attribute_rules",
    "dateline_length",
    "load_model",
    "resolve_model_name",
    "split_sentences",
]

#: Components of the model Parley's coder never reads: named entities (the coder resolves
#: actors with the gazetteer). They are skipped when parsing sentences, on the same loaded
#: model; tokens, tags, parses and lemmas come from the earlier components and are unchanged.
UNUSED_COMPONENTS: tuple[str, ...] = ("ner",)


class SentenceParser:
    """Parses selected sentences with one spaCy model, in batches."""

    def __init__(self, model_setting: str = "auto", batch_size: int = 64) -> None:
        self.model_setting = model_setting
        self.batch_size = batch_size
        self._memo: _WordMemo | None = None

    @property
    def model_name(self) -> str:
        return resolve_model_name(self.model_setting)

    def parse(self, sentences: Sequence[Sentence]) -> list[Sentence]:
        """The same sentences with tokens filled in, in the same order."""
        if not sentences:
            return []
        nlp = load_model(self.model_setting)
        with numpy_blas(nlp):  # the same parses for less CPU (`matrix_products`)
            return self._parse(nlp, sentences)

    def _parse(self, nlp: Any, sentences: Sequence[Sentence]) -> list[Sentence]:
        # A dateline ("SIEM REAP, Cambodia — ") is not part of the sentence's grammar: it is
        # left out of the parse, and token offsets are shifted back to the full sentence.
        prefixes = [dateline_length(s.text) for s in sentences]
        texts = (s.text[cut:] for s, cut in zip(sentences, prefixes, strict=True))
        skipped = [name for name in UNUSED_COMPONENTS if name in nlp.pipe_names]
        rules = attribute_rules(nlp)
        memo = self._word_memo(nlp)
        lemmatizer: RuleLemmas | None = None
        if rules is None:
            docs: Iterable[Any] = nlp.pipe(texts, batch_size=self.batch_size, disable=skipped)
        else:
            # The attribute ruler and what follows it run here, one doc at a time, with the
            # ruler's patterns applied by `AttributeRules` (same annotations, less time); a
            # rule lemmatizer at the end is read in `doc_tokens` (its lemmas, from its cache).
            pipes = nlp.pipe_names
            later = [n for n in pipes[pipes.index(rules.name) + 1:] if n not in skipped]
            statistical = nlp.pipe(texts, batch_size=self.batch_size,
                                   disable=[*skipped, rules.name, *later])
            components = [nlp.get_pipe(name) for name in later]
            lemmatizer = memo.lemmas_of(components[-1]) if components else None
            if lemmatizer is not None:
                components = components[:-1]
            if components or rules.patches is None:
                docs = (_finish(doc, rules, components, memo.starts) for doc in statistical)
            else:
                # Nothing but `doc_tokens` reads the doc after the ruler: the rules' attributes
                # are set on the token rows it reads rather than on the doc.
                return _sentences(sentences, prefixes, (
                    doc_tokens(doc, lemmatizer, memo.strings, (rules, memo.starts))
                    for doc in statistical))
        return _sentences(sentences, prefixes, (
            doc_tokens(doc, lemmatizer, memo.strings) for doc in docs))

    def _word_memo(self, nlp: Any) -> _WordMemo:
        """This parser's memo of word-level answers, for the model it is now using (started
        afresh when it has grown large, so a long ingest does not keep every word)."""
        memo = self._memo
        if memo is None or memo.nlp is not nlp or len(memo.starts) > _MEMO_LIMIT:
            memo = self._memo = _WordMemo(nlp)
        return memo

    def parse_texts(self, texts: Iterable[str]) -> Iterable[Any]:
        """Raw `nlp.pipe` over whole texts with the full pipeline: the benchmark's baseline."""
        nlp = load_model(self.model_setting)
        docs: Iterable[Any] = nlp.pipe(texts, batch_size=self.batch_size)
        return docs


#: Distinct token attribute rows a parser remembers before starting its memo afresh.
_MEMO_LIMIT = 200_000


class _WordMemo:
    """What a parser works out per distinct word while parsing (strings of ids, attribute
    rules starting at a token, lemmas), kept across its calls: a batch's chunks share most
    words. Every answer depends on the word and the model alone."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.strings = StringNames(nlp.vocab.strings)
        self.starts: dict[tuple[int, ...], RuleStarts] = {}
        self.lemmas: RuleLemmas | None = None

    def lemmas_of(self, component: Any) -> RuleLemmas | None:
        if self.lemmas is None or self.lemmas.component is not component:
            self.lemmas = RuleLemmas.of(component)
        return self.lemmas


def _sentences(sentences: Sequence[Sentence], prefixes: Sequence[int],
               parses: Iterable[tuple[Token, ...]]) -> list[Sentence]:
    """The sentences with their tokens, shifted past their datelines."""
    return [Sentence(text=s.text, start=s.start, end=s.end, tokens=_shifted(tokens, cut))
            for s, tokens, cut in zip(sentences, parses, prefixes, strict=True)]


def _shifted(tokens: tuple[Token, ...], offset: int) -> tuple[Token, ...]:
    if not offset:
        return tokens
    return tuple(replace(t, idx=t.idx + offset) for t in tokens)


def _finish(doc: Any, rules: AttributeRules, components: Sequence[Any],
            starts: dict[tuple[int, ...], RuleStarts]) -> Any:
    rules(doc, starts)
    for component in components:
        doc = component(doc)
    return doc


ParseFunction = Callable[[Sequence[Sentence]], list[Sentence]]
