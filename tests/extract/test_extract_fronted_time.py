"""Unit tests of extract/fronted_time.py on hand-made parses (no spaCy): the shapes the small
model gives a fronted day with no comma, and shapes that must be left alone."""

from __future__ import annotations

from parley.extract.fronted_time import repair_fronted_time
from parley.types import Token


def _tokens(*rows: tuple[str, str, str, int]) -> tuple[Token, ...]:
    """Tokens from (text, pos, dep, head) rows, offsets one character apart per token."""
    tokens = []
    offset = 0
    for i, (text, pos, dep, head) in enumerate(rows):
        tokens.append(Token(i, text, text.lower(), pos, pos, dep, head, offset))
        offset += len(text) + 1
    return tuple(tokens)


def _arcs(tokens: tuple[Token, ...]) -> list[tuple[str, str, int]]:
    return [(t.text, t.dep, t.head) for t in tokens]


def test_state_read_as_the_object_of_on_becomes_the_subject() -> None:
    # "On Friday Seoul offered talks .": Seoul the object of "On", the verb subjectless.
    parsed = _tokens(("On", "ADP", "prep", 3), ("Friday", "PROPN", "compound", 2),
                     ("Seoul", "PROPN", "pobj", 0), ("offered", "VERB", "ROOT", 3),
                     ("talks", "NOUN", "dobj", 3), (".", "PUNCT", "punct", 3))
    assert _arcs(repair_fronted_time(parsed))[:3] == [
        ("On", "prep", 3), ("Friday", "pobj", 0), ("Seoul", "nsubj", 3)]


def test_day_inside_the_subject_goes_back_to_its_preposition() -> None:
    # "On 12 May India proposed talks .": the date a modifier of the subject.
    parsed = _tokens(("On", "ADP", "prep", 4), ("12", "NUM", "nummod", 3),
                     ("May", "PROPN", "compound", 3), ("India", "PROPN", "nsubj", 4),
                     ("proposed", "VERB", "ROOT", 4), ("talks", "NOUN", "dobj", 4))
    assert _arcs(repair_fronted_time(parsed))[:4] == [
        ("On", "prep", 4), ("12", "nummod", 2), ("May", "pobj", 0), ("India", "nsubj", 4)]


def test_a_fronted_place_is_left_alone() -> None:
    # "In Ankara Turkey asked Russia": no day after the preposition.
    parsed = _tokens(("In", "ADP", "prep", 3), ("Ankara", "PROPN", "compound", 2),
                     ("Turkey", "PROPN", "pobj", 0), ("asked", "VERB", "ROOT", 3),
                     ("Russia", "PROPN", "dobj", 3))
    assert repair_fronted_time(parsed) == parsed


def test_a_day_the_parser_kept_apart_is_left_alone() -> None:
    # "On Monday Beijing cancelled talks": "Monday" already the object of "On".
    parsed = _tokens(("On", "ADP", "prep", 3), ("Monday", "PROPN", "pobj", 0),
                     ("Beijing", "PROPN", "nsubj", 3), ("cancelled", "VERB", "ROOT", 3),
                     ("talks", "NOUN", "dobj", 3))
    assert repair_fronted_time(parsed) == parsed


def test_a_subjectless_verb_whose_day_stands_alone_is_left_alone() -> None:
    # "On Friday offered ...": nothing after the day to be the subject.
    parsed = _tokens(("On", "ADP", "prep", 2), ("Friday", "PROPN", "pobj", 0),
                     ("offered", "VERB", "ROOT", 2), ("talks", "NOUN", "dobj", 2))
    assert repair_fronted_time(parsed) == parsed
