"""Theme checks of talks (extract/themes_talks.py) on stored parses: milliseconds, no spaCy."""

from __future__ import annotations

from parley.extract import themes_talks


def test_a_refusal_counts_only_of_a_request(stored_sentence, candidate_of) -> None:
    coder, context = stored_sentence("declined-request")
    found = candidate_of(coder, context, "decline")
    assert themes_talks.refusal_needs_a_request(coder, context, found) is True
    coder, context = stored_sentence("declined-comment")
    found = candidate_of(coder, context, "decline")
    # "declined to comment": no request refused, so the rule passes and the default says no.
    assert themes_talks.refusal_needs_a_request(coder, context, found) is None
    assert coder.theme_fits(context, found.trigger, found.region) is False


def test_a_suspension_is_of_a_channel(stored_sentence, candidate_of) -> None:
    coder, context = stored_sentence("suspended-hotline")
    found = candidate_of(coder, context, "suspend")
    assert themes_talks.channel_in_theme(coder, context, found) is True
    coder, context = stored_sentence("suspended-drills")
    found = candidate_of(coder, context, "suspend")
    assert themes_talks.channel_in_theme(coder, context, found) is None
    assert themes_talks.talk_word_in_theme(coder, context, found) is None
    assert coder.theme_fits(context, found.trigger, found.region) is False

