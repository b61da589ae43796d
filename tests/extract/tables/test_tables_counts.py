"""Sentence table: Counts of aggregated events (extract/counts.py, story_dates.count_for)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- counts
COUNTS = [
    case("Since 2021 China has declined more than a dozen US requests for talks.",
         E("DECLINE", "CHN", "USA", count=12, count_qualifier="more_than"),
         E("REQUEST", "USA", "CHN", count=12, count_qualifier="more_than")),
    case("Washington has made nearly 10 requests for working-level talks with Beijing.",
         E("REQUEST", "USA", "CHN", "working-level", count=10, count_qualifier="nearly")),
    case("The Pentagon sent fewer than five requests for a call to the Russian defence "
         "ministry last year.",
         E("REQUEST", "USA", "RUS", date="2022", count=5, count_qualifier="fewer_than")),
    case("US commanders have made three requests for talks with their Chinese counterparts "
         "this year.",
         E("REQUEST", "USA", "CHN", date="2023", count=3, count_qualifier="exact")),
    case("Pakistan rejected over a dozen Indian requests for talks.",
         E("DECLINE", "PAK", "IND", count=12, count_qualifier="more_than"),
         E("REQUEST", "IND", "PAK", count=12, count_qualifier="more_than")),
    case("Japan has sent at least four proposals for a defence ministers' meeting to Beijing "
         "since 2020.",
         E("REQUEST", "JPN", "CHN", "defence-ministers", date="2020", date_end="2023-06-26",
           count=4, count_qualifier="at_least")),
    case("Seoul made at least three calls on the military hotline that Pyongyang did not "
         "answer.",
         E("DECLINE", "PRK", "KOR", "hotline", count=3, count_qualifier="at_least"),
         allow={"REQUEST"}),
    case("About 20 proposals for military talks from the Pentagon went unanswered by Moscow "
         "last year.",
         E("REQUEST", "USA", "RUS", date="2022", count=20, count_qualifier="about"),
         E("DECLINE", "RUS", "USA", date="2022", count=20, count_qualifier="about")),
    case("Pakistan rejected over a dozen Indian invitations to hold flag meetings.",
         E("DECLINE", "PAK", "IND", count=12, count_qualifier="more_than"),
         E("REQUEST", "IND", "PAK", count=12, count_qualifier="more_than")),
]


#: The tables above read with the default pipeline, one test per row.
TABLES: dict[str, list[Any]] = {
    "count": COUNTS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
