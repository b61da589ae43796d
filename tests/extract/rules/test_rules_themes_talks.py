"""Theme checks of talks (extract/themes_talks.py) on stored parses: milliseconds, no spaCy."""

from __future__ import annotations

import pytest

from parley.extract import themes_talks


@pytest.mark.parametrize(("key", "lemma", "rule", "verdict"), [
    ("declined-request", "decline", themes_talks.refusal_needs_a_request, True),
    # "declined to comment": no request refused, so the rule passes on.
    ("declined-comment", "decline", themes_talks.refusal_needs_a_request, None),
    ("suspended-hotline", "suspend", themes_talks.channel_in_theme, True),
    ("suspended-drills", "suspend", themes_talks.channel_in_theme, None),
    ("suspended-drills", "suspend", themes_talks.talk_word_in_theme, None),
])
def test_talks_checks(rule_verdict, key, lemma, rule, verdict) -> None:
    assert rule_verdict(key, lemma, rule) is verdict


@pytest.mark.parametrize(("key", "lemma", "fits"), [
    ("declined-request", "decline", True),
    ("declined-comment", "decline", False),
    ("suspended-hotline", "suspend", True),
    ("suspended-drills", "suspend", False),
])
def test_the_first_verdict_decides(stored_sentence, candidate_of, key, lemma, fits) -> None:
    coder, view = stored_sentence(key)
    found = candidate_of(coder, view, lemma)
    assert coder.theme_fits(view, found.trigger, found.arguments) is fits
