"""The helpers the date builders use to read what surrounds a match."""

from __future__ import annotations

from parley.dates.match_context import quantity_follows, word_after, word_before


def test_word_before_is_the_lower_cased_word_or_mark_before_a_position() -> None:
    text = "Talks resumed on Monday, in May."
    assert word_before(text, text.index("Monday")) == "on"
    assert word_before(text, text.index("in")) == ","
    assert word_before(text, 0) == ""


def test_word_after_is_the_next_lower_cased_word() -> None:
    text = "the 2018 Summit was held"
    assert word_after(text, text.index(" Summit")) == "summit"
    assert word_after(text, len(text)) == ""


def test_a_number_followed_by_a_unit_or_a_percent_sign_is_a_quantity() -> None:
    assert quantity_follows("2000 troops", 4)
    assert quantity_follows("2020% growth", 4)
    assert quantity_follows("2,000", 1)
    assert not quantity_follows("in 2020 the talks", 7)
