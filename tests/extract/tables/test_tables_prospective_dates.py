"""Sentence table: dates of what is to come (extract/prospective_dates.py).

Published on Monday 26 June 2023 unless a row says otherwise. A bare month or weekday in a
clause of time to come is the next one; one in a past clause, or with a year, stays as it is;
and a date to come never dates the undated sentences after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check, check_realis, rows, run

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# ----------------------------------------------------------- placed ahead of publication
AHEAD = [
    case("US and Chinese officials will meet again in October.",
         E("MEET", "USA", "CHN", date="2023-10", hypothetical=True)),
    case("The Indian and Pakistani DGMOs will speak on the hotline on Thursday.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06-29", hypothetical=True)),
    case("US and Chinese defence ministers are scheduled to meet on Tuesday.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-27", hypothetical=True)),
    case("India and China plan to hold corps commander talks in September.",
         E("MEET", "IND", "CHN", "theater-command-talks", date="2023-09", hypothetical=True)),
    # Written in June: "will meet in May" is next May.
    case("Australian and Chinese defence officials will hold their strategic dialogue in May.",
         E("MEET", "AUS", "CHN", date="2024-05", hypothetical=True)),
    # Told from a report of the time of writing, near: the next August.
    case("A US official said American and Chinese commanders would speak by phone in July.",
         E("CALL", "USA", "CHN", date="2023-07", hypothetical=True)),
]

# Told from a report of a stated day: the next one after that day.
FROM_REPORT = [
    case("Seoul said last Thursday the North would reopen the military hotline on Monday.",
         E("RESUME", "PRK", "KOR", "hotline", date="2023-06-26", hypothetical=True),
         published=date(2023, 6, 28)),
    case("Seoul said on Monday the North would reopen the military hotline on Friday.",
         E("RESUME", "PRK", "KOR", "hotline", date="2023-06-30", hypothetical=True),
         published=date(2023, 6, 28)),
    case("Seoul said the North would reopen the military hotline on Friday.",
         E("RESUME", "PRK", "KOR", "hotline", date="2023-06-30", hypothetical=True),
         published=date(2023, 6, 28)),
]

# ------------------------------------------------------------------ left as written
AS_WRITTEN = [
    case("US and Chinese officials met in October.",
         E("MEET", "USA", "CHN", date="2022-10")),
    case("US and Chinese officials will meet in March 2024.",
         E("MEET", "USA", "CHN", date="2024-03", hypothetical=True)),
    # A future told in March about May: May is past by June, and a year ahead is too far.
    case("US and Chinese officials said in March that they would meet in May.",
         E("MEET", "USA", "CHN", date="2023-05", hypothetical=True)),
    case("Japanese and Chinese defence officials spoke on the hotline on Thursday.",
         E("CALL", "JPN", "CHN", "hotline", date="2023-06-22")),
    # The report's Thursday, before the complement's subject, is not the cut's.
    # A state's report of its own coming cut is its decision, told on the report's day.
    case("North Korea said on Thursday it would cut the military hotline with South Korea.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2023-06-22", hypothetical=False)),
    case("US and Chinese defence ministers would have met in May had Beijing agreed.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-05", hypothetical=True),
         allow={"REQUEST", "DECLINE"}),
]

# --------------------------------------------- a date to come does not carry the story
STORY = [
    case("US Defense Secretary Lloyd Austin met Chinese Defence Minister Li Shangfu in "
         "Singapore on Saturday. The two men agreed that their staffs would meet again in "
         "August. Li told Austin that China wanted the sanctions lifted.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-24"),
         E("DEMAND", "CHN", "USA", date="2023-06-24")),
    case("Indian and Chinese corps commanders met on Sunday at Chushul. The two sides will "
         "hold another round of talks next month. India asked China to pull back its troops.",
         E("MEET", "IND", "CHN", "theater-command-talks", date="2023-06-25"),
         E("DEMAND", "IND", "CHN", date="2023-06-25")),
    case("China and the United States held maritime safety talks in Hawaii last week. The "
         "delegations will meet again in October. The US side pressed for a defence "
         "ministers' call.",
         E("MEET", "USA", "CHN", "maritime-safety-talks", date="2023-06"),
         E("REQUEST", "USA", "CHN", "defence-ministers", date="2023-06")),
]


@pytest.mark.parametrize(ARGS, rows({"ahead": AHEAD, "from report": FROM_REPORT,
                                    "as written": AS_WRITTEN}))
def test_dates_of_time_to_come(irrealis: Pipeline, text: str, published: date,
                               expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check(run(irrealis, text, published), expected, allow)


TABLES: dict[str, list[Any]] = {"story": STORY}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_a_date_to_come_does_not_date_the_story(
        realis: Pipeline, text: str, published: date, expected: Sequence[Expected],
        allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
