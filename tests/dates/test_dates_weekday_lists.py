"""Weekdays listed together fall in the order they are told (`find_dates`)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.dates import find_dates

MONDAY = date(2023, 6, 26)


@pytest.mark.parametrize(
    ("text", "plain", "ahead"),
    [
        ("They met on Monday and again on Thursday.",
         ["2023-06-19", "2023-06-22"], ["2023-07-03", "2023-07-06"]),
        ("They met on Monday and Thursday.",
         ["2023-06-19", "2023-06-22"], ["2023-07-03", "2023-07-06"]),
        ("Talks ran on Monday, Tuesday and Wednesday.",
         ["2023-06-19", "2023-06-20", "2023-06-21"], ["2023-07-03", "2023-07-04", "2023-07-05"]),
        # Already in order: unchanged.
        ("They met on Thursday and Friday.",
         ["2023-06-22", "2023-06-23"], ["2023-06-29", "2023-06-30"]),
        ("They spoke on Friday and on Monday.",
         ["2023-06-23", "2023-06-26"], ["2023-06-30", "2023-07-03"]),
        # Not one list: each weekday is placed alone.
        ("They met on Monday, officials said of the talks due on Thursday.",
         ["2023-06-26", "2023-06-22"], ["2023-07-03", "2023-06-29"]),
        ("They met last Monday and on Thursday.",
         ["2023-06-19", "2023-06-22"], ["2023-06-19", "2023-06-29"]),
    ],
)
def test_listed_weekdays_fall_in_order(text: str, plain: list[str], ahead: list[str]) -> None:
    assert [m.value for m in find_dates(text, MONDAY)] == plain
    assert [m.value for m in find_dates(text, MONDAY, ahead=True)] == ahead
