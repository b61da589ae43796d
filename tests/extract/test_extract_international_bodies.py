"""Which phrases name an international body (extract/international_bodies.py)."""

from __future__ import annotations

import pytest

from parley.extract.international_bodies import names_a_body


@pytest.mark.parametrize("text, body", [
    ("the UN Security Council", True),
    ("the U.N. General Assembly", True),
    ("NATO", True),
    ("the Association of Southeast Asian Nations", True),
    ("the European Union", True),
    # Names are whole words and proper: 'UNHCR', 'Nato' in a word, 'un' are not bodies.
    ("the UNHCR camp", False),
    ("Natolia", False),
    ("the un-named official", False),
    ("Thailand", False),
    ("the defence ministry", False),
])
def test_names_a_body(text: str, body: bool) -> None:
    assert names_a_body(text) is body
