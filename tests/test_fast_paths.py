"""The shortcuts taken for speed give the same values as the plain ways."""

from __future__ import annotations

import dataclasses
import random

import pytest

from parley.resolve.gazetteer import caseless, load_gazetteer
from parley.resolve.mentions import MentionFinder
from parley.types import Token, make_token


def test_make_token_is_the_token_the_constructor_builds() -> None:
    fast = make_token(3, "Talks", "talk", "NOUN", "NNS", "nsubj", 5, 17)
    plain = Token(3, "Talks", "talk", "NOUN", "NNS", "nsubj", 5, 17)
    assert type(fast) is Token
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert fast.lower == "talks" and fast.ent_type == ""
    assert dataclasses.replace(fast, idx=20) == dataclasses.replace(plain, idx=20)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "other"  # type: ignore[misc]


def _mixed_texts(phrases: list[str], count: int) -> list[str]:
    """Texts made of phrases in random case, cut, glued and padded with odd characters."""
    rng = random.Random(7)
    fillers = [" ", "-", " - ", ", ", "’s ", "—", "x", "é", "İ", "ı", "ſ", "\u212a", "“", "2", "_"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 4)):
            phrase = rng.choice(phrases)
            if rng.random() < 0.3:
                phrase = phrase[: rng.randint(1, len(phrase))]
            phrase = "".join(c.upper() if rng.random() < 0.3 else c for c in phrase)
            parts.append(phrase.replace(" ", rng.choice([" ", "-", "  ", " -"])))
            parts.append(rng.choice(fillers) if rng.random() < 0.6 else " and ")
        texts.append("".join(parts))
    return texts


def test_caseless_patterns_find_what_the_case_insensitive_ones_find() -> None:
    gazetteer = load_gazetteer()
    finder = MentionFinder(gazetteer)
    phrases = {
        "people": [alias for person in gazetteer.people for alias in person.aliases],
        "actors": list(gazetteer.surface),
        "roles": [phrase for role in gazetteer.roles for phrase in role.phrases],
    }
    patterns = {"people": finder._people, "actors": finder._actors_ci, "roles": finder._roles}
    for name, pattern in patterns.items():
        assert pattern is not None and pattern.lowered is not None
        found = 0
        for text in _mixed_texts(phrases[name], 3000):
            expected = [m.span() for m in pattern.pattern.finditer(text)]
            assert list(pattern.spans(text, caseless(text))) == expected, text
            found += len(expected)
        assert found > 1000


def test_caseless_refuses_texts_with_cased_non_ascii_letters() -> None:
    assert caseless("Talks resumed — “at last”") == "talks resumed — “at last”"
    assert caseless("Türkiye") is None and caseless("İstanbul") is None


def test_attribute_rules_on_token_rows_give_the_tokens_of_the_ruled_doc() -> None:
    from parley.nlp.parse import SentenceParser, _tokens, attribute_rules, load_model

    nlp = load_model("auto")
    rules = attribute_rules(nlp)
    if rules is None or rules.patches is None:
        pytest.skip("the model's attribute ruler is run by spaCy")
    texts = ["There were no talks in 2023, and there is still no hotline.",
             "Let's go, y'all: he ain't gonna call, they're gotta meet.",
             "Beijing's defence minister, Gen. Li, met Lloyd Austin in Singapore."]
    lemmatizer = nlp.get_pipe("lemmatizer")
    statistical = ["ner", "attribute_ruler", "lemmatizer"]
    ruled = [rules(doc) for doc in nlp.pipe(texts, disable=statistical)]
    plain_memo = SentenceParser()._word_memo(nlp)
    expected = [_tokens(doc, plain_memo.lemmas_of(lemmatizer), plain_memo.strings)
                for doc in ruled]
    memo = SentenceParser()._word_memo(nlp)
    got = [_tokens(doc, memo.lemmas_of(lemmatizer), memo.strings, (rules, memo.starts))
           for doc in nlp.pipe(texts, disable=statistical)]
    assert got == expected
    assert [[t.lemma for t in ts] for ts in got] == [[t.lemma for t in ts] for ts in expected]
