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


def test_a_routine_is_filtered_out(stored_sentence) -> None:
    """extract/event_filters.py: 'they speak twice a day' tells no call; a dated call does."""
    from parley.extract import event_filters

    coder, view = stored_sentence("called-counterpart")
    trigger = next(t for t in coder.extractor.find_triggers(view.tree)
                   if t.entry.type is EventType.CALL)
    assert not event_filters.routine(coder, view, trigger, EventType.CALL, None)
    assert not event_filters.blocked(coder, view, trigger, EventType.CALL, None)
