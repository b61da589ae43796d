"""Theme checks of demands (extract/themes_demands.py) on stored parses."""

from __future__ import annotations

from parley.extract import themes_demands


def test_a_directive_must_be_addressed_to_a_state(stored_sentence, candidate_of) -> None:
    coder, view = stored_sentence("urged-citizens")
    found = candidate_of(coder, view, "urge")
    assert themes_demands.directive_to_a_state(coder, view, found) is False
    coder, view = stored_sentence("urged-state")
    found = candidate_of(coder, view, "urge")
    assert themes_demands.directive_to_a_state(coder, view, found) is None
    assert coder.theme_fits(view, found.trigger, found.arguments) is True
