"""Which links set up are communication channels (extract/establish_links.py) on stored
parses: milliseconds, no spaCy."""

from __future__ import annotations

import pytest

from parley.extract import establish_links


@pytest.mark.parametrize(("key", "noun", "transport"), [
    ("rail-link", "link", True),  # a rail link joins cities, not officials
    ("air-sea-mechanism", "mechanism", False),  # "communication" outweighs "air"
    ("telephone-link", "link", False),
])
def test_transport_links(stored_sentence, key, noun, transport) -> None:
    _, view = stored_sentence(key)
    head = next(t.i for t in view.tree.tokens if t.lemma == noun)
    assert establish_links.is_transport_link(view.tree, head) is transport


def test_kind_words_follow_coordination(stored_sentence) -> None:
    _, view = stored_sentence("air-sea-mechanism")
    head = next(t.i for t in view.tree.tokens if t.lemma == "mechanism")
    assert {"air", "sea", "communication"} <= establish_links.kind_words(view.tree, head)
