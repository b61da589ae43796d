"""The closed word classes the coder's rules read (saying verbs, party prepositions, modal
words, …), loaded from `data/lexicons/grammar.json`: the rules are code, the words are data."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    text = (resources.files("parley.data") / "lexicons" / "grammar.json").read_text(
        encoding="utf-8")
    return {name: frozenset(spec["words"]) for name, spec in json.loads(text)["classes"].items()}


def grammar_words(name: str) -> frozenset[str]:
    """The words of one class; an unknown name is a programming error (KeyError)."""
    return _classes()[name]
