"""Theme checks of contacts (extract/themes_contacts.py) on stored parses."""

from __future__ import annotations

import pytest

from parley.extract import themes_contacts


@pytest.mark.parametrize(("key", "lemma", "rule", "verdict"), [
    ("welcomed-guest", "welcome", themes_contacts.welcomed_a_guest, True),
    ("welcomed-statement", "welcome", themes_contacts.welcomed_a_guest, False),
    ("called-counterpart", "call", themes_contacts.call_is_a_phone_call, True),
    ("called-unsafe", "call", themes_contacts.call_is_a_phone_call, False),
    # A lemma-specific check gives no verdict on another word.
    ("called-counterpart", "call", themes_contacts.welcomed_a_guest, None),
    ("called-counterpart", "call", themes_contacts.signed_together, None),
])
def test_contact_checks(rule_verdict, key, lemma, rule, verdict) -> None:
    assert rule_verdict(key, lemma, rule) is verdict
