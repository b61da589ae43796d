"""The shortcuts taken for speed give the same values as the plain ways."""

from __future__ import annotations

import dataclasses

import pytest

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
