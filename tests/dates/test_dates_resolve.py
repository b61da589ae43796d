"""The ISO helpers of `parley.dates`, and properties of resolution against publication."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.dates import cut, find_dates, precision_of, published_default
from parley.types import Precision

Y, M, D = Precision.YEAR, Precision.MONTH, Precision.DAY

MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)
published_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31))


def _month_index(value: str) -> int:
    year, month = value.split("-")
    return int(year) * 12 + int(month) - 1


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2022", Y), ("2022-08", M), ("2022-08-05", D), ("1999-12-31", D)],
)
def test_precision_of(value: str, precision: Precision) -> None:
    assert precision_of(value) is precision


@pytest.mark.parametrize("value", ["", "22", "2022-8", "2022-08-5", "2022/08/05", "August"])
def test_precision_of_rejects_non_iso(value: str) -> None:
    with pytest.raises(ValueError):
        precision_of(value)


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2022-08-05", D, "2022-08-05"),
        ("2022-08-05", M, "2022-08"),
        ("2022-08-05", Y, "2022"),
        ("2022-08", M, "2022-08"),
        ("2022-08", Y, "2022"),
        ("2022", Y, "2022"),
    ],
)
def test_cut(value: str, precision: Precision, expected: str) -> None:
    assert cut(value, precision) == expected


@pytest.mark.parametrize(("value", "precision"), [("2022", M), ("2022", D), ("2022-08", D)])
def test_cut_refuses_to_invent_precision(value: str, precision: Precision) -> None:
    with pytest.raises(ValueError):
        cut(value, precision)


def test_published_default() -> None:
    assert published_default(date(2022, 5, 13)) == "2022-05-13"
    assert published_default(None) is None


@given(published_dates, st.sampled_from([Y, M, D]))
def test_cut_then_precision_of_round_trips(day: date, precision: Precision) -> None:
    value = cut(day.isoformat(), precision)
    assert precision_of(value) is precision
    assert day.isoformat().startswith(value)


@given(
    published_dates,
    st.sampled_from(MONTHS),
    st.sampled_from([str.title, str.lower, str.upper]),
    st.sampled_from(["in", "In", "appointed in", "since"]),
)
def test_month_alone_is_within_the_year_before_publication(
    published: date, month: str, case: object, lead: str
) -> None:
    assert callable(case)
    text = f"The chief was {lead} {case(month)}, officials said."
    mentions = find_dates(text, published)
    assert len(mentions) == 1
    mention = mentions[0]
    assert mention.precision is M
    assert mention.value is not None
    gap = _month_index(f"{published.year}-{published.month:02d}") - _month_index(mention.value)
    assert 0 <= gap <= 11
    assert int(mention.value[5:7]) == MONTHS.index(month) + 1
    if lead == "since":
        assert mention.end_value == published.isoformat()
    else:
        assert mention.end_value is None


@given(published_dates, st.sampled_from(WEEKDAYS), st.sampled_from(["on ", "", "early on "]))
def test_weekday_is_within_six_days_before_publication(
    published: date, weekday: str, lead: str
) -> None:
    mentions = find_dates(f"The ministers spoke {lead}{weekday}.", published)
    assert len(mentions) == 1
    assert mentions[0].precision is D
    assert mentions[0].value is not None
    resolved = date.fromisoformat(mentions[0].value)
    assert 0 <= (published - resolved).days <= 6
    assert calendar.day_name[resolved.weekday()] == weekday


@given(published_dates, st.sampled_from(MONTHS), st.integers(min_value=1, max_value=28))
def test_month_and_day_is_the_latest_not_after_publication(
    published: date, month: str, day: int
) -> None:
    mentions = find_dates(f"They met on {month} {day}.", published)
    assert len(mentions) == 1
    assert mentions[0].precision is D
    assert mentions[0].value is not None
    resolved = date.fromisoformat(mentions[0].value)
    assert resolved <= published
    assert (published - resolved).days < 366
    assert (resolved.month, resolved.day) == (MONTHS.index(month) + 1, day)


@given(published_dates, st.integers(min_value=0, max_value=999))
def test_days_ago_counts_back_from_publication(published: date, days: int) -> None:
    mentions = find_dates(f"The incident happened {days} days ago.", published)
    assert [m.value for m in mentions] == [(published - timedelta(days=days)).isoformat()]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), published_dates)
def test_absolute_dates_ignore_publication(day: date, published: date) -> None:
    written = f"{calendar.month_name[day.month]} {day.day}, {day.year}"
    for when in (published, None):
        mentions = find_dates(f"They met on {written} at the border.", when)
        assert [(m.text, m.value, m.precision) for m in mentions] == [(written, day.isoformat(), D)]


@given(st.text(max_size=200), st.one_of(st.none(), published_dates))
def test_any_text_gives_consistent_mentions(text: str, published: date | None) -> None:
    mentions = find_dates(text, published)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        previous_end = mention.end
        if mention.value is None:
            assert mention.precision is None and mention.end_value is None
        else:
            assert precision_of(mention.value) is mention.precision


@given(
    st.lists(
        st.sampled_from(
            [
                "on Thursday", "in March", "since 2021", "last week", "two years ago",
                "on February 18", "between 2019 and 2021", "yesterday", "in early 2023",
                "2,000 troops", "at 12:00", "No. 2020", "the talks", "officials said",
            ]
        ),
        max_size=8,
    ),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2039, 12, 31)),
)  # fmt: skip
def test_sentences_of_known_phrases_are_consistent(parts: list[str], published: date) -> None:
    text = " and ".join(parts)
    mentions = find_dates(text, published)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.value is not None
        if mention.end_value is not None:
            assert mention.end_value[: len(mention.value)] >= mention.value
