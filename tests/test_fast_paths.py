"""The shortcuts taken for speed give the same values as the plain ways."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from parley.resolve.caseless import caseless
from parley.resolve.gazetteer import load_gazetteer
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


def test_date_rules_lowered_twins_find_the_same_matches() -> None:
    from parley.dates.find import _PLAN, _matches

    rng = random.Random(11)
    pieces = ["March 3, 2023", "3 March 2023", "Sept. 12", "the past two weeks", "Christmas Eve",
              "three days ago", "last Monday night", "2019–2021", "mid-2022", "this weekend",
              "New Year’s Day", "2024-01-05", "12/05/2021", "in recent weeks", "Dec and Jan",
              "this time last year", "the two years since", "May", "tonight", "next month",
              "İ", "é", " ", ", ", " — ", "-", "and"]
    texts = []
    for _ in range(1500):
        parts = [rng.choice(pieces) for _ in range(rng.randint(1, 6))]
        text = "".join(c.upper() if rng.random() < 0.25 else c for c in " ".join(parts))
        if rng.random() < 0.2:  # letters a case-insensitive regex reads as s, k, i
            text = text.replace("s", "ſ").replace("k", "\u212a").replace("i", "ı")
        texts.append(text)
    assert all(twin is not None for _, _, twin, _ in _PLAN)
    for _, rule, twin, _ in _PLAN:
        for text in texts:
            got = [(m.span(), m.groupdict()) for m in _matches(rule.pattern, twin, text,
                                                               caseless(text))]
            assert got == [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]


def test_lowered_twin_only_for_patterns_it_can_vouch_for() -> None:
    from parley.resolve.caseless import lowered_twin

    assert lowered_twin(re.compile(r"(?<![\w-])may(?:\.|(?![a-z]))\s+[0-9]+", re.I))
    assert lowered_twin(re.compile(r"May", re.I)) is None  # an upper-case literal
    assert lowered_twin(re.compile(r"[A-Z]x", re.I)) is None
    assert lowered_twin(re.compile(r"(?-i:x)y", re.I)) is None  # an inline flag
    assert lowered_twin(re.compile(r"may")) is None  # not case-insensitive: nothing to do
