"""Dates counted from the story's last stated date ("three weeks later", "the same day")."""

from __future__ import annotations

from datetime import date

import pytest

from parley.config import load_settings
from parley.extract.coder import shift_date
from parley.pipeline import Pipeline
from parley.types import Article, EventType


@pytest.mark.parametrize(
    ("anchor", "amount", "unit", "expected"),
    [
        ("2018-10-18", 21, "day", "2018-11-08"),
        ("2018-10-18", 3, "week", "2018-11"),
        ("2018-10", 3, "week", "2018-11"),
        ("2025-11", -1, "month", "2025-10"),
        ("2025-01", -2, "month", "2024-11"),
        ("2020", 2, "year", "2022"),
        ("2020-06-09", -1, "day", "2020-06-08"),
    ],
)
def test_shift_date_keeps_a_fitting_precision(anchor: str, amount: int, unit: str,
                                              expected: str) -> None:
    assert shift_date(anchor, amount, unit) == expected


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
