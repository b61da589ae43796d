"""Dates counted from the story's last stated date ("three weeks later", "the same day")."""

from __future__ import annotations

from datetime import date

import pytest

from parley.config import load_settings
from parley.pipeline import Pipeline
from parley.types import Article, EventType


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(load_settings(environ={}, database_url="sqlite://"))


def _events(pipeline: Pipeline, text: str, published: date) -> list[tuple[str, str | None]]:
    result = next(iter(pipeline.extract([Article(id="d", text=text, published=published)])))
    return [(e.type.value, e.date) for e in result.events]


def test_weeks_later_counts_from_the_last_stated_date(pipeline: Pipeline) -> None:
    text = ("China called off a planned visit by Jim Mattis on 30 September 2018. "
            "Three weeks later Mattis met Defence Minister Wei Fenghe in Singapore.")
    found = _events(pipeline, text, date(2018, 12, 1))
    assert (EventType.MEET.value, "2018-10") in found


def test_the_same_day_is_the_last_stated_day(pipeline: Pipeline) -> None:
    text = ("North Korea cut the military hotline with South Korea on 9 June 2020. "
            "Seoul's calls on the line went unanswered the same day, officials said.")
    found = _events(pipeline, text, date(2020, 6, 12))
    assert (EventType.DECLINE.value, "2020-06-09") in found


def _dated(pipeline: Pipeline, text: str, published: date, etype: EventType) -> list[str | None]:
    return [d for t, d in _events(pipeline, text, published) if t == etype.value]


def test_an_undated_past_sentence_goes_on_with_the_story_day(pipeline: Pipeline) -> None:
    # The 'since … in August' clause and the undated report between do not move the story.
    text = ("US Defense Secretary Lloyd Austin met Chinese Defence Minister Wei Fenghe in "
            "Jakarta on Tuesday. It was their first meeting since Beijing froze several military "
            "dialogues in August. Austin pressed for better crisis communication, an aide said. "
            "Wei told Austin that Washington must respect China's red lines on Taiwan.")
    found = _events(pipeline, text, date(2022, 11, 24))
    assert (EventType.DEMAND.value, "2022-11-22") in found
    assert (EventType.REQUEST.value, "2022-11-22") in found


def test_a_year_of_background_does_not_move_the_story_day(pipeline: Pipeline) -> None:
    text = ("US Defense Secretary Lloyd Austin met Chinese Defence Minister Dong Jun in "
            "Singapore on Friday. A year ago at the same meeting, China turned down talks "
            "between Austin and Dong's predecessor. Austin told Dong that Beijing must not use "
            "the election in Taiwan as a pretext for pressure.")
    assert _dated(pipeline, text, date(2024, 6, 1), EventType.DEMAND) == ["2024-05-31"]


def test_days_after_counts_back_from_the_event_the_subject_names(pipeline: Pipeline) -> None:
    text = ("Senior Australian and Chinese defence officials met in Canberra on Monday for "
            "their annual strategic dialogue. The meeting came five days after a Chinese fighter "
            "released flares close to an Australian patrol plane over the Yellow Sea.")
    assert _dated(pipeline, text, date(2025, 3, 12), EventType.ENCOUNTER) == ["2025-03-05"]


def test_months_after_counts_back_from_the_story(pipeline: Pipeline) -> None:
    text = ("China stayed away from maritime safety talks with the United States. The dispute "
            "comes three months after a phone call between the US defence secretary and "
            "China's defence minister.")
    assert _dated(pipeline, text, date(2020, 11, 20), EventType.CALL) == ["2020-08"]


def test_a_day_after_counts_back_from_the_clause_it_hangs_on(pipeline: Pipeline) -> None:
    text = ("The talks followed a meeting in Jakarta on May 9 between the US and Chinese "
            "defence ministers, held a day after President Joe Biden met Xi Jinping in Bali.")
    assert "2025-05-08" in _dated(pipeline, text, date(2025, 5, 20), EventType.MEET)


def test_a_relative_clause_on_the_talks_dates_them(pipeline: Pipeline) -> None:
    text = ("India and China agreed on new patrolling rules on Monday. The earlier withdrawals "
            "were settled mostly in the corps commander talks, which began at Chushul on "
            "12 May 2021, weeks after a clash in the mountains.")
    assert _dated(pipeline, text, date(2024, 10, 22), EventType.MEET) == ["2021-05-12"]


def test_a_when_clause_takes_the_date_it_hangs_on(pipeline: Pipeline) -> None:
    text = ("The incident recalls March 2015, when a Chinese frigate aimed its fire-control "
            "radar at a Japanese destroyer.")
    assert _dated(pipeline, text, date(2025, 6, 2), EventType.ENCOUNTER) == ["2015-03"]


def test_staying_away_from_talks_happens_when_they_were_set(pipeline: Pipeline) -> None:
    # The report's day ("said on Friday") dates the report, not the talks skipped.
    text = ("The Chinese navy did not take part in maritime safety talks with the United States "
            "that had been scheduled for March 3 to 5, the Pentagon said on Friday.")
    assert _dated(pipeline, text, date(2021, 3, 6), EventType.DECLINE) == ["2021-03-03"]


def test_a_participle_takes_the_day_of_the_noun_it_describes(pipeline: Pipeline) -> None:
    text = ("Russian Defence Minister Sergei Shoigu called US Defense Secretary Lloyd Austin on "
            "Sunday. Friday's call, requested by Washington, was their first since May.")
    assert _dated(pipeline, text, date(2022, 10, 24), EventType.REQUEST) == ["2022-10-21"]


def test_a_weekday_after_on_opens_the_sentence(pipeline: Pipeline) -> None:
    text = ("On Wednesday Defense Secretary Lloyd Austin telephoned Russian Defence Minister "
            "Sergei Shoigu, their first conversation since October.")
    assert _dated(pipeline, text, date(2023, 3, 17), EventType.CALL) == ["2023-03-15"]


def test_the_span_since_a_request_starts_that_long_ago(pipeline: Pipeline) -> None:
    text = ("The head of US Indo-Pacific Command said on Thursday that Chinese theatre "
            "commanders had not answered any of his requests for talks in the two years since "
            "he first asked.")
    assert _dated(pipeline, text, date(2023, 3, 17), EventType.DECLINE) == ["2021"]


def test_a_narrower_date_of_the_clause_tells_when_within_the_year(pipeline: Pipeline) -> None:
    text = ("US Defense Secretary Lloyd Austin spoke with Chinese Defence Minister Dong Jun by "
            "video on Tuesday. Further down, the maritime safety consultations have gone on this "
            "year, with a working group meeting in Qingdao in March.")
    found = [(e.type.value, e.channel, e.date) for e in next(iter(pipeline.extract(
        [Article(id="d", text=text, published=date(2025, 9, 10))]))).events]
    assert (EventType.MEET.value, "maritime-safety-talks", "2025-03") in found


def test_the_year_an_ordinal_summit_is_counted_in_is_not_its_date(pipeline: Pipeline) -> None:
    text = ("South Korean and North Korean defence ministers met in Panmunjom on Wednesday. "
            "The two leaders looked on. The agreement was the main result of the second summit "
            "between the two leaders this year.")
    assert _dated(pipeline, text, date(2018, 9, 20), EventType.MEET) == [
        "2018-09-19", "2018-09-19"]
