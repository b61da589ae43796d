"""The persons column reads the same whether the driver hands over JSON text (SQLite) or an
already parsed list (PostgreSQL's json type), and repeated lists parse to equal tuples."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from parley.store.records import persons_of as _persons

NAMES = st.lists(st.text(min_size=1, max_size=20), max_size=5)


@given(NAMES)
def test_text_and_parsed_lists_read_alike(names: list[str]) -> None:
    assert _persons(json.dumps(names)) == tuple(names)
    assert _persons(names) == tuple(names)


def test_missing_and_empty_lists_read_as_no_persons() -> None:
    assert _persons(None) == ()
    assert _persons("[]") == ()
    assert _persons("null") == ()
