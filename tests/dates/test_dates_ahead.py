"""`find_dates(ahead=True)`: dates of a clause of time to come placed after publication."""

from __future__ import annotations

from datetime import date

import pytest

from parley.dates import find_dates

MONDAY = date(2023, 6, 26)


@pytest.mark.parametrize(
    ("text", "plain", "ahead"),
    [
        ("They will meet in August.", "2022-08", "2023-08"),
        ("They will meet in May.", "2023-05", "2024-05"),
        ("They will meet in June.", "2023-06", "2023-06"),
        ("They will meet on March 3.", "2023-03-03", "2024-03-03"),
        ("They will meet on Tuesday.", "2023-06-20", "2023-06-27"),
        ("They will meet on Monday.", "2023-06-26", "2023-07-03"),
        ("They will meet on Sunday.", "2023-06-25", "2023-07-02"),
        # Dates that say where they fall stay as written.
        ("They will meet next Monday.", "2023-07-03", "2023-07-03"),
        ("They met last March.", "2023-03", "2023-03"),
        ("They will meet in March 2022.", "2022-03", "2022-03"),
        ("They will meet later this month.", "2023-06", "2023-06"),
        ("They met three days ago.", "2023-06-23", "2023-06-23"),
    ],
)
def test_a_bare_month_or_weekday_is_the_next_one(text: str, plain: str, ahead: str) -> None:
    [found] = find_dates(text, MONDAY)
    [placed] = find_dates(text, MONDAY, ahead=True)
    assert (found.value, placed.value) == (plain, ahead)
    assert (found.start, found.end) == (placed.start, placed.end)


def test_a_range_ahead_ends_after_its_start() -> None:
    [placed] = find_dates("from March 3 to 5", MONDAY, ahead=True)
    assert (placed.value, placed.end_value) == ("2024-03-03", "2024-03-05")


def test_a_shared_year_is_kept() -> None:
    placed = find_dates("in December and January 2024", MONDAY, ahead=True)
    assert [m.value for m in placed] == ["2023-12", "2024-01"]


def test_without_a_publication_date_nothing_is_placed() -> None:
    [placed] = find_dates("They will meet in May.", None, ahead=True)
    assert placed.value is None
