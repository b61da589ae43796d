"""`store.records.stored_event` builds the very records the dataclasses' own constructors do."""

from __future__ import annotations

import json
import pickle
from dataclasses import FrozenInstanceError, fields
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.store.records import stored_event
from parley.types import ChannelStatus, CountQualifier, Event, EventType, Evidence, StoredEvent

TEXT = st.text(max_size=30)
MAYBE_TEXT = st.none() | TEXT


@given(
    article=TEXT, kind=st.sampled_from(EventType), source=MAYBE_TEXT, target=MAYBE_TEXT,
    channel=MAYBE_TEXT, status=st.none() | st.sampled_from(ChannelStatus),
    when=MAYBE_TEXT, when_end=MAYBE_TEXT, negated=st.sampled_from([0, 1, False, True]),
    hypothetical=st.sampled_from([0, 1, False, True]), count=st.none() | st.integers(),
    qualifier=st.none() | st.sampled_from(CountQualifier),
    persons=st.lists(TEXT, max_size=3), mechanism=MAYBE_TEXT,
    evidence=st.none() | st.tuples(TEXT, st.integers(), st.integers(), st.integers()),
    published=st.none() | st.dates(), title=MAYBE_TEXT, url=MAYBE_TEXT,
)
def test_a_record_equals_the_one_its_constructor_builds(
    article: str, kind: EventType, source: str | None, target: str | None,
    channel: str | None, status: ChannelStatus | None, when: str | None,
    when_end: str | None, negated: int, hypothetical: int, count: int | None,
    qualifier: CountQualifier | None, persons: list[str], mechanism: str | None,
    evidence: tuple[str, int, int, int] | None, published: date | None, title: str | None,
    url: str | None,
) -> None:
    row = (7, article, kind.value, source, target, channel, status.value if status else None,
           when, when_end, negated, hypothetical, count,
           qualifier.value if qualifier else None, json.dumps(persons), mechanism)
    built = stored_event(row, evidence, (published, title, url))
    sentence, start, end = evidence[:3] if evidence else ("", 0, 0)
    expected = StoredEvent(
        Event(article=article, type=kind, source=source, target=target, channel=channel,
              evidence=Evidence(sentence, start, end), status=status, date=when,
              date_end=when_end, negated=bool(negated), hypothetical=bool(hypothetical),
              count=count, count_qualifier=qualifier, persons=tuple(persons),
              mechanism=mechanism),
        published, title, url)
    assert built == expected
    assert hash(built) == hash(expected)
    for name in (f.name for f in fields(Event)):
        assert getattr(built.event, name) == getattr(expected.event, name)
        assert type(getattr(built.event, name)) is type(getattr(expected.event, name))
    assert pickle.loads(pickle.dumps(built)) == expected


def test_a_built_record_stays_frozen() -> None:
    row = (1, "a", "MEET", "USA", "CHN", None, None, None, None, 0, 0, None, None, None, None)
    built = stored_event(row, None, (None, None, None))
    with pytest.raises(FrozenInstanceError):
        built.event.date = "2020"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        built.title = "x"  # type: ignore[misc]
