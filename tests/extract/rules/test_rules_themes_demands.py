"""Theme checks of demands (extract/themes_demands.py) on stored parses."""

from __future__ import annotations

from parley.extract import themes_demands


def test_a_directive_must_be_addressed_to_a_state(stored_sentence, candidate_of) -> None:
    coder, context = stored_sentence("urged-citizens")
    found = candidate_of(coder, context, "urge")
    assert themes_demands.directive_to_a_state(coder, context, found) is False
    coder, context = stored_sentence("urged-state")
    found = candidate_of(coder, context, "urge")
    assert themes_demands.directive_to_a_state(coder, context, found) is None
    assert coder.theme_fits(context, found.trigger, found.region) is True
