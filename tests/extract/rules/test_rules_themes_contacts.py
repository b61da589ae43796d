"""Theme checks of contacts (extract/themes_contacts.py) on stored parses."""

from __future__ import annotations

from parley.extract import themes_contacts


def test_a_welcome_is_a_meeting_with_a_guest(stored_sentence, candidate_of) -> None:
    coder, context = stored_sentence("welcomed-guest")
    found = candidate_of(coder, context, "welcome")
    assert themes_contacts.welcomed_a_guest(coder, context, found) is True
    coder, context = stored_sentence("welcomed-statement")
    found = candidate_of(coder, context, "welcome")
    assert themes_contacts.welcomed_a_guest(coder, context, found) is False


def test_a_call_is_a_phone_call_to_a_person(stored_sentence, candidate_of) -> None:
    coder, context = stored_sentence("called-counterpart")
    found = candidate_of(coder, context, "call")
    assert themes_contacts.call_is_a_phone_call(coder, context, found) is True
    coder, context = stored_sentence("called-unsafe")
    found = candidate_of(coder, context, "call")
    assert themes_contacts.call_is_a_phone_call(coder, context, found) is False


def test_other_lemmas_pass_on(stored_sentence, candidate_of) -> None:
    """A lemma-specific check gives no verdict on another word."""
    coder, context = stored_sentence("called-counterpart")
    found = candidate_of(coder, context, "call")
    assert themes_contacts.welcomed_a_guest(coder, context, found) is None
    assert themes_contacts.signed_together(coder, context, found) is None
