"""Which state an aircraft type alone names (extract/aircraft_operators.py)."""

from __future__ import annotations

import pytest

from parley.extract.aircraft_operators import sole_operator


@pytest.mark.parametrize("text, state", [
    ("a Tu-95 bomber", "RUS"),
    ("two TU-160 strategic bombers", "RUS"),
    ("an H-6K bomber", "CHN"),
    ("a Y-9 surveillance plane", "CHN"),
    ("a U-2 spy plane", "USA"),
    # Types several states fly name none: whose they are is not said.
    ("an F-16", None),
    ("a Su-24", None),
    ("a P-8 patrol aircraft", None),
    # A longer designation is another type: "H-60" is no H-6, "Tu-950" no Tu-95.
    ("an H-60 helicopter", None),
    ("a Tu-950", None),
    # Types of two states in one phrase: no one operator.
    ("a Tu-95 and a B-52", None),
    ("a passenger jet", None),
])
def test_sole_operator(text: str, state: str | None) -> None:
    assert sole_operator(text) == state
