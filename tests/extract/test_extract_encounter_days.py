"""The day the sentence after a month-dated encounter gives it (extract/encounter_days.py):
the rule alone, on sentences and events written by hand."""

from __future__ import annotations

from datetime import date

from parley.extract.encounter_days import (
    dated_by_writing_only,
    day_of_the_month,
    earliest_recent_day,
    encounter_days_told_next,
    names_a_platform,
)
from parley.types import Event, EventType, Evidence, Sentence

PUBLISHED = date(2023, 6, 26)
PLATFORMS = frozenset({"jet", "jets", "destroyer", "p-8"})


def test_one_day_of_the_month_is_read() -> None:
    assert day_of_the_month("The jets closed in on May 26.", "2023-05", PUBLISHED) == \
        "2023-05-26"


def test_no_day_two_days_or_another_month_give_none() -> None:
    assert day_of_the_month("The jets closed in last month.", "2023-05", PUBLISHED) is None
    assert day_of_the_month("They closed in on May 24 and May 26.", "2023-05",
                            PUBLISHED) is None
    assert day_of_the_month("They closed in on June 2.", "2023-05", PUBLISHED) is None


def test_a_platform_word_names_the_incident() -> None:
    assert names_a_platform("The P-8 was on patrol.", PLATFORMS)
    assert not names_a_platform("Officials briefed parliament.", PLATFORMS)


def _event(etype: EventType, text: str, start: int, when: str) -> Event:
    return Event(article="t", type=etype, source="CHN", target="AUS", channel=None, date=when,
                 evidence=Evidence(text, start, start + len(text)))


def test_only_a_month_dated_encounter_takes_the_next_day() -> None:
    lead = "A jet buzzed a patrol plane last month."
    detail = "The P-8 was on patrol on May 26."
    sentences = [Sentence(lead, 0, len(lead)), Sentence(detail, 40, 40 + len(detail))]
    encounter = _event(EventType.ENCOUNTER, lead, 0, "2023-05")
    protest = _event(EventType.DEMAND, lead, 0, "2023-05")
    dated = encounter_days_told_next([encounter, protest], sentences, PLATFORMS, PUBLISHED)
    assert [e.date for e in dated] == ["2023-05-26", "2023-05"]


def test_a_next_sentence_with_its_own_encounter_gives_no_day() -> None:
    lead = "A jet buzzed a patrol plane last month."
    detail = "A destroyer shadowed the P-8 on May 26."
    sentences = [Sentence(lead, 0, len(lead)), Sentence(detail, 40, 40 + len(detail))]
    events = [_event(EventType.ENCOUNTER, lead, 0, "2023-05"),
              _event(EventType.ENCOUNTER, detail, 40, "2023-05-26")]
    dated = encounter_days_told_next(events, sentences, PLATFORMS, PUBLISHED)
    assert [e.date for e in dated] == ["2023-05", "2023-05-26"]


def test_the_earliest_recent_day_is_the_incident() -> None:
    text = "The minister said on Saturday that the frigate had stopped on Tuesday."
    assert earliest_recent_day(text, PUBLISHED) == "2023-06-20"
    assert earliest_recent_day("The frigate stopped on 2 May.", PUBLISHED) is None


def test_an_undated_lead_takes_the_earliest_day_told_next() -> None:
    lead = "Canberra has accused a jet of buzzing its patrol plane."
    detail = "The P-8 was on patrol on Tuesday, the minister said on Saturday."
    sentences = [Sentence(lead, 0, len(lead)), Sentence(detail, 60, 60 + len(detail))]
    undated = _event(EventType.ENCOUNTER, lead, 0, "2023-06-26")
    assert dated_by_writing_only(undated, PUBLISHED)
    dated = encounter_days_told_next([undated], sentences, PLATFORMS, PUBLISHED)
    assert [e.date for e in dated] == ["2023-06-20"]


def test_a_lead_that_states_the_day_of_writing_keeps_it() -> None:
    lead = "A jet buzzed a patrol plane on Monday."
    assert not dated_by_writing_only(_event(EventType.ENCOUNTER, lead, 0, "2023-06-26"),
                                     PUBLISHED)
