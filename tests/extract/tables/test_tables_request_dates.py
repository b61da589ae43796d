"""Sentence table: a refused request is dated by the clause that describes it
(extract/date_frames.py `noun_clause_date`, read by constructions.implied_requests).
Published on Monday 26 June 2023."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

REQUEST_DATES = [
    case("Beijing rejected a US request made in May for a call between the defence ministers.",
         E("DECLINE", "CHN", "USA", "defence-ministers", date="2023-06-26"),
         E("REQUEST", "USA", "CHN", "defence-ministers", date="2023-05")),
    case("Moscow turned down a US request, submitted in April, for talks between the military "
         "chiefs.",
         E("DECLINE", "RUS", "USA", "military-chiefs", date="2023-06-26"),
         E("REQUEST", "USA", "RUS", "military-chiefs", date="2023-04")),
    # What the proposal asks for ("to meet … in July") is not when it was made.
    case("China declined a US proposal for the defence ministers to meet in Singapore in "
         "July.",
         E("DECLINE", "CHN", "USA", "defence-ministers", date="2023-06-26"),
         E("REQUEST", "USA", "CHN", "defence-ministers", date="2023-06-26"),
         allow={"MEET"}),
    # No clause on the request: it is dated with its refusal.
    case("Beijing rejected a US request for a call between the defence ministers on Monday.",
         E("DECLINE", "CHN", "USA", "defence-ministers", date="2023-06-26"),
         E("REQUEST", "USA", "CHN", "defence-ministers", date="2023-06-26")),
]

TABLES: dict[str, list[Any]] = {"request date": REQUEST_DATES}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_a_refused_request_keeps_its_own_date(
        realis: Pipeline, text: str, published: date, expected: Sequence[Expected],
        allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
