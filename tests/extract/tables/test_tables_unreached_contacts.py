"""Sentence table: a contact tried and not reached (extract/unreached_contacts.py) is a request
by who tried and a refusal (unanswered) by who was not reached; reaching a thing, or reaching
someone, is none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------------------ tried and not reached
NOT_REACHED = [
    case("Manila said it could not get through to Chinese officials on the hotline for "
         "several hours.",
         E("REQUEST", "PHL", "CHN", "hotline"), E("DECLINE", "CHN", "PHL", "hotline")),
    case("The Philippines was unable to reach Chinese officials on the hotline during the "
         "stand-off.",
         E("REQUEST", "PHL", "CHN", "hotline"), E("DECLINE", "CHN", "PHL", "hotline")),
    case("South Korean officials failed to reach their North Korean counterparts on the "
         "military line on Monday.",
         E("REQUEST", "KOR", "PRK", "hotline", date="2023-06-26"),
         E("DECLINE", "PRK", "KOR", "hotline", date="2023-06-26")),
    case("Austin failed to reach his Chinese counterpart on Monday.",
         E("REQUEST", "USA", "CHN", date="2023-06-26"),
         E("DECLINE", "CHN", "USA", date="2023-06-26")),
]

# ---------------------------------------------------------------- nothing unanswered
NO_REFUSAL = [
    case("China failed to reach an agreement with the US on the hotline project on Monday."),
    case("The Indian army could not reach the border post with China in Ladakh on Monday."),
    # reached: no refusal (a call, if anything)
    case("Austin reached his Chinese counterpart by phone on Monday.",
         allow=("CALL", "REQUEST")),
]

TABLES: dict[str, list[Any]] = {"not reached": NOT_REACHED, "no refusal": NO_REFUSAL}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_unreached_contacts(realis: Pipeline, text: str, published: date,
                            expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
