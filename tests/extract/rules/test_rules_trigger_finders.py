"""Trigger finders (extract/trigger_finders.py) on stored parses."""

from __future__ import annotations

from parley.extract import trigger_finders
from parley.types import EventType


def test_ending_a_silence_is_a_resumption(stored_sentence) -> None:
    coder, context = stored_sentence("ended-silence")
    found = trigger_finders.ended_silence(coder.extractor, context.tree)
    assert [(t.entry.type, context.tree.tokens[t.index].lemma) for t in found] == [
        (EventType.RESUME, "end")]
    coder, context = stored_sentence("suspended-drills")
    assert trigger_finders.ended_silence(coder.extractor, context.tree) == []


def test_the_extractor_runs_the_registered_finders(stored_sentence) -> None:
    coder, context = stored_sentence("ended-silence")
    types = {t.entry.type for t in coder.extractor.find_triggers(context.tree)}
    assert EventType.RESUME in types
