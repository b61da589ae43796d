"""The one month arithmetic (`parley.dates.calendar`) and the one table of number words."""

from __future__ import annotations

import pytest

from parley.dates import lexicon as date_words
from parley.dates.calendar import shift_date, shift_months, shift_year_month
from parley.extract import counts


@pytest.mark.parametrize(
    ("anchor", "amount", "unit", "expected"),
    [
        ("2018-10-18", 21, "day", "2018-11-08"),
        ("2018-10-18", 3, "week", "2018-11"),
        ("2018-10", 3, "week", "2018-11"),
        ("2018-10", 5, "day", "2018-10"),
        ("2025-11", -1, "month", "2025-10"),
        ("2025-01", -2, "month", "2024-11"),
        ("2025-01-20", 1, "month", "2025-02"),
        ("2020", 2, "year", "2022"),
        ("2020-06-09", -1, "day", "2020-06-08"),
        ("2020", 1, "month", None),
    ],
)
def test_shift_date_keeps_a_fitting_precision(anchor: str, amount: int, unit: str,
                                              expected: str | None) -> None:
    assert shift_date(anchor, amount, unit) == expected


def test_months_cross_years_both_ways() -> None:
    assert shift_year_month(2024, 12, 1) == (2025, 1)
    assert shift_year_month(2024, 1, -13) == (2022, 12)
    assert shift_months("2024-12", 1) == "2025-01"
    assert shift_months("2025-03", -3) == "2024-12"


def test_dates_and_counts_read_the_same_cardinals() -> None:
    """Both tables come from data/lexicons/numbers.json: a cardinal added there reaches both."""
    cardinals = date_words.number_words("cardinals")
    assert cardinals["ninety"] == 90
    assert all(date_words.NUMBER_WORDS[w] == n == counts.NUMBER_WORDS[w]
               for w, n in cardinals.items())
    # Each use keeps its own extras: a bare article counts in dates, a dozen only in counts.
    assert date_words.NUMBER_WORDS["a"] == 1 and "a" not in counts.NUMBER_WORDS
    assert counts.NUMBER_WORDS["dozens of"] == 24 and "dozens of" not in date_words.NUMBER_WORDS
    assert counts.parse_count("more than sixty") == (60, counts.QUALIFIERS["more than"])
