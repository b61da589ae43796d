"""Sentence table: "a day after …" counted from the report's day when the act is reported
(extract/dating.py `_governing_date`), and gaps without a count ("hours after", "days
after"; extract/date_ranges.py `vague_gap`). Published on Monday 26 June 2023."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

REPORTED_GAPS = [
    case("China on Friday announced it would suspend the theatre command talks, two days "
         "after the US imposed sanctions on a Chinese firm.",
         E("SANCTION", "USA", "CHN", date="2023-06-21"),
         E("SUSPEND", "CHN", "USA", "theater-command-talks", date="2023-06-23")),
    case("Beijing said on Thursday that it had cancelled the maritime safety talks with "
         "Washington, a day after the US sanctioned two Chinese officials.",
         E("SUSPEND", "CHN", "USA", "maritime-safety-talks", date="2023-06-22"),
         E("SANCTION", "USA", "CHN", date="2023-06-21")),
    # Told without a report: counted from the act's own day, as before.
    case("China suspended the maritime safety talks with the United States on Friday, two "
         "days after the US imposed sanctions on a Chinese firm.",
         E("SUSPEND", "CHN", "USA", "maritime-safety-talks", date="2023-06-23"),
         E("SANCTION", "USA", "CHN", date="2023-06-21")),
]

VAGUE_GAPS = [
    case("The US and Russian defence ministers spoke by phone on Tuesday, hours after a "
         "Russian jet intercepted a US drone over the Black Sea.",
         E("CALL", "USA", "RUS", "defence-ministers", date="2023-06-20"),
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20")),
    case("The US and Russian defence ministers spoke by phone on Tuesday, shortly after a "
         "Russian jet intercepted a US drone over the Black Sea.",
         E("CALL", "USA", "RUS", "defence-ministers", date="2023-06-20"),
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20")),
    # "days after" tells only the month, not a day.
    case("The US and Russian defence ministers spoke by phone on Tuesday, days after a "
         "Russian jet intercepted a US drone over the Black Sea.",
         E("CALL", "USA", "RUS", "defence-ministers", date="2023-06-20"),
         E("ENCOUNTER", "RUS", "USA", date="2023-06")),
    case("The US and Russian defence ministers spoke by phone on 2 June, days after a Russian "
         "jet intercepted a US drone over the Black Sea.",
         E("CALL", "USA", "RUS", "defence-ministers", date="2023-06-02"),
         E("ENCOUNTER", "RUS", "USA", date="2023-05")),
]

TABLES: dict[str, list[Any]] = {"reported gap": REPORTED_GAPS, "vague gap": VAGUE_GAPS}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_a_gap_counts_from_the_report(
        realis: Pipeline, text: str, published: date, expected: Sequence[Expected],
        allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
