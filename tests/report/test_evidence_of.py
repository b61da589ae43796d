"""`report.status.evidence_of` builds the same `StoredEvidence` its constructor does."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.report.status import evidence_of
from parley.types import Event, EventType, Evidence, StoredEvent, StoredEvidence


def test_the_setters_follow_every_field_in_order() -> None:
    assert [f.name for f in fields(StoredEvidence)] == [
        "article", "sentence", "start", "end", "published", "title", "url"]


@given(article=st.text(max_size=20), sentence=st.text(max_size=40), start=st.integers(),
       end=st.integers(), published=st.none() | st.dates(),
       title=st.none() | st.text(max_size=20), url=st.none() | st.text(max_size=20))
def test_evidence_of_equals_the_keyword_built_record(
    article: str, sentence: str, start: int, end: int, published: date | None,
    title: str | None, url: str | None,
) -> None:
    told = StoredEvent(Event(article, EventType.MEET, "USA", "CHN", None,
                             Evidence(sentence, start, end)), published, title, url)
    built = evidence_of(told)
    expected = StoredEvidence(article=article, sentence=sentence, start=start, end=end,
                              published=published, title=title, url=url)
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)
    with pytest.raises(FrozenInstanceError):
        built.title = "changed"  # type: ignore[misc]
