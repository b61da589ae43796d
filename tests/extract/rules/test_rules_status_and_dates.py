"""Status statements (extract/status.py) and story dates (extract/story_dates.py, dating.py)
on stored parses: what used to travel through coder attributes is returned."""

from __future__ import annotations

from parley.types import ChannelStatus, EventType


def test_a_status_statement_returns_its_span(stored_sentence) -> None:
    coder, context = stored_sentence("remain-suspended")
    reading = coder.status_events(context)
    assert [(e.type, e.channel, e.status) for e in reading.events] == [
        (EventType.STATUS, "maritime-safety-talks", ChannelStatus.SUSPENDED)]
    (start, end), = reading.spans
    assert context.sentence.text[start:end].startswith("remain")
    coder, context = stored_sentence("suspended-drills")
    assert coder.status_events(context).spans == []


def test_a_sentence_returns_how_its_triggers_were_dated(stored_sentence) -> None:
    coder, context = stored_sentence("suspended-hotline")
    told = coder.code_sentence(context)
    assert [(e.type, e.date) for e in told.events] == [(EventType.SUSPEND, "2020-06")]
    assert [(t.type, t.main_clause, t.date.value if t.date else None)
            for t in told.tellings] == [(EventType.SUSPEND, True, "2020-06")]


def test_weeks_later_counts_from_the_stored_story(code_stored) -> None:
    events = code_stored("weeks-later")
    assert (EventType.MEET, "2018-10") in [(e.type, e.date) for e in events]
