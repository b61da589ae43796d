"""A yearless day of the month an earlier year's story stands in takes the story's year
(extract/story_year.py); the rule alone, on date mentions written by hand."""

from __future__ import annotations

from parley.extract.story_year import (
    in_the_story_year,
    sentence_in_the_story_year,
    story_month,
    yearless_day,
)
from parley.types import DateMention, Precision


def _day(text: str, value: str, start: int = 0) -> DateMention:
    return DateMention(text, start, start + len(text), value, Precision.DAY)


def _month(text: str, value: str, start: int = 0) -> DateMention:
    return DateMention(text, start, start + len(text), value, Precision.MONTH)


def test_a_calendar_day_without_a_year_is_yearless() -> None:
    assert yearless_day(_day("on January 16", "2025-01-16"))
    assert yearless_day(_day("Jan. 19", "2025-01-19"))


def test_a_day_with_its_year_a_weekday_or_a_month_is_not() -> None:
    assert not yearless_day(_day("on January 16, 2025", "2025-01-16"))
    assert not yearless_day(_day("on Monday", "2025-01-13"))
    assert not yearless_day(_month("in January", "2025-01"))
    assert not yearless_day(_day("last January 16", "2024-01-16"))


def test_the_story_month_is_the_nearest_date_before() -> None:
    assert story_month([_month("in March 2024", "2024-03")], "2023-11") == "2024-03"
    assert story_month([], "2023-11-02") == "2023-11"
    assert story_month([], "2023") is None
    assert story_month([], None) is None


def test_a_day_of_the_story_month_takes_the_story_year() -> None:
    moved = in_the_story_year(_day("on January 19", "2025-01-19"), [], "2024-01")
    assert moved is not None and moved.value == "2024-01-19"


def test_a_day_of_another_month_or_a_later_story_is_left() -> None:
    day = _day("on May 9", "2025-05-09")
    assert in_the_story_year(day, [], "2024-03") is day
    later = _day("on March 9", "2024-03-09")
    assert in_the_story_year(later, [], "2024-03") is later
    assert in_the_story_year(later, [], "2025-03") is later


def test_a_moved_day_carries_the_story_on_within_its_sentence() -> None:
    dates = [_day("On January 18", "2025-01-18", 40), _month("last January", "2024-01", 0),
             _day("January 20", "2025-01-20", 70)]
    placed = sentence_in_the_story_year(dates, "2025-01-30")
    assert [d.value for d in placed] == ["2024-01-18", "2024-01", "2024-01-20"]
