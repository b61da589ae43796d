"""Sentence table: "since then" runs from the date the article last stated
(extract/anaphoric_dates.py). Published on Monday 26 June 2023."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ANY, ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

SINCE_THEN = [
    case("The hotline was cut in 2016. Since then, Seoul has called the North every day "
         "without an answer.",
         E("DECLINE", "PRK", "KOR", date="2016", date_end="2023-06-26"), allow={"SUSPEND"}),
    case("Pyongyang severed the military hotline with Seoul in April 2013. Ever since, South "
         "Korean calls on the line have gone unanswered.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2013-04"),
         E("DECLINE", "PRK", "KOR", "hotline", date="2013-04", date_end="2023-06-26"),
         allow={"REQUEST"}),
    case("China suspended the theatre command talks with the United States in August 2022. "
         "Since then, Beijing has rejected every US request for talks between the commanders.",
         E("DECLINE", "CHN", "USA", date="2022-08", date_end="2023-06-26"),
         allow={"SUSPEND", "REQUEST"}),
    # "ever since" is the dormant channel's, not the refusal's.
    case("Beijing cited the 2018 sanctions in refusing to let Li meet Austin, and the "
         "ministerial channel has lain dormant ever since.",
         E("DECLINE", ANY, ANY, "defence-ministers", date="2023-06-26", date_end=None),
         allow={"STATUS"}),
    # Without the phrase, the refusal is told as of the day of writing.
    case("China suspended the theatre command talks with the United States in August 2022. "
         "Beijing has rejected every US request for talks between the commanders.",
         E("DECLINE", "CHN", "USA", date="2023-06-26", date_end=None),
         allow={"SUSPEND", "REQUEST"}),
]

PERIODS = [
    case("North Korea cut the military hotline with South Korea in March 2013. It restored "
         "the line later that year.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2013-03"),
         E("RESUME", "PRK", "KOR", "hotline", date="2013")),
    case("India and Pakistan agreed to a ceasefire in February 2021. Their DGMOs spoke on the "
         "hotline in the same month.",
         E("CALL", "IND", "PAK", "hotline", date="2021-02")),
    case("US and Chinese defence ministers met in Singapore on 3 June. The previous day, China "
         "had rejected a US request for a call.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-03"),
         E("DECLINE", "CHN", "USA", date="2023-06-02"), allow={"REQUEST"}),
    # Counted from the day the sentence before stated, however long ago.
    case("North Korea cut the military hotline with South Korea on 9 June 2020. A day earlier, "
         "the North had ignored Seoul's calls.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2020-06-09"),
         E("DECLINE", "PRK", "KOR", date="2020-06-08")),
    # A year of background just before does not count: "two days earlier" is from the day
    # the story stands at, the meeting's.
    case("US and Chinese defence ministers met in Singapore on 3 June. They had last met in "
         "2019. Two days earlier, China had rejected a US request for a call.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-03"),
         E("DECLINE", "CHN", "USA", date="2023-06-01"), allow={"REQUEST", "MEET"}),
]

# ---------------------------------------------------- a month of the year named before
#: "in October that year", "in March of the same year": the month of the last stated year.
MONTH_OF_THAT_YEAR = [
    case("North Korea cut the military line in 2016. Seoul proposed talks in March of the "
         "same year.",
         E("SUSPEND", "PRK", "KOR", date="2016"), E("REQUEST", "KOR", "PRK", date="2016-03")),
    case("China suspended the maritime talks with the United States in 2020. The two sides "
         "met again in October that year.",
         E("SUSPEND", "CHN", "USA", date="2020"), E("MEET", "USA", "CHN", date="2020-10"),
         allow=("RESUME",)),
    case("India and China held talks in Beijing in October.",
         E("MEET", "IND", "CHN", date="2022-10")),
]

#: "Relations sank further that year when Seoul announced in August …": a month or day
#: after 'that year' in its sentence is of the last stated year; a weekday is not.
MONTH_AFTER_THAT_YEAR = [
    case("Japan broke off the talks in January 2019. Relations worsened that year when Seoul "
         "said in August that it would scrap the intelligence-sharing pact with Tokyo.",
         E("SUSPEND", "KOR", "JPN", date="2019-08"), allow=("SUSPEND",),
         published=date(2024, 6, 2)),
    case("Greece and Turkey suspended the talks in 2016. Later that year the defence "
         "ministers of Greece and Turkey met in Brussels on November 14.",
         E("SUSPEND", "GRC", "TUR", date="2016"),
         E("MEET", "GRC", "TUR", "defence-ministers", date="2016-11-14")),
    case("Japan broke off the talks in January 2019. That same year, on Monday, Seoul "
         "scrapped the intelligence-sharing pact with Tokyo.",
         E("SUSPEND", "KOR", "JPN", date="2023-06-26"), allow=("SUSPEND",)),
]

# ------------------------------------------------------------ a story of an earlier year
#: "Relations soured in March 2024 … spoke on March 9" (written in 2025): a yearless day of
#: the month the story stands in is of the story's year (extract/story_year.py); a day of
#: another month stays in the publication year.
STORY_YEAR = [
    case("India suspended military talks with China in March 2024. The two defence ministers "
         "spoke by phone on March 9.",
         E("CALL", "IND", "CHN", "defence-ministers", date="2024-03-09"), allow=("SUSPEND",),
         published=date(2025, 6, 10)),
    # The story's month told earlier in the same sentence, then carried on by the day.
    case("Pakistan suspended military talks with Iran in January 2024, after Iranian drones "
         "struck its territory on January 16. On January 22 the defence ministers of Iran and "
         "Pakistan met in Tehran.",
         E("MEET", "IRN", "PAK", "defence-ministers", date="2024-01-22"),
         allow=("ENCOUNTER", "SUSPEND"), published=date(2025, 1, 30)),
    # Another month: the story has moved on towards publication.
    case("India suspended military talks with China in March 2024. The two defence ministers "
         "spoke by phone on May 9.",
         E("CALL", "IND", "CHN", "defence-ministers", date="2025-05-09"), allow=("SUSPEND",),
         published=date(2025, 6, 10)),
    # A day with its own year is left as written.
    case("India suspended military talks with China in March 2024. The two defence ministers "
         "spoke by phone on March 9, 2025.",
         E("CALL", "IND", "CHN", "defence-ministers", date="2025-03-09"), allow=("SUSPEND",),
         published=date(2025, 6, 10)),
]

TABLES: dict[str, list[Any]] = {"since then": SINCE_THEN, "period": PERIODS,
                                "month of that year": MONTH_OF_THAT_YEAR,
                                "month after that year": MONTH_AFTER_THAT_YEAR,
                                "story year": STORY_YEAR}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_since_then_runs_from_the_last_date(
        realis: Pipeline, text: str, published: date, expected: Sequence[Expected],
        allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
