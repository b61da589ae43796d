"""Sentence table: talking held in person (extract/themes_talking.py, contact_kinds.at_a_place):
"talked in Tokyo", "spoke with Dong at a dinner", "talked over lunch" are meetings; a bare
"talked" or talk to reporters is no contact; "spoke with" with no place stays a call."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------------------ in person: a meeting
IN_PERSON = [
    case("The defence ministers of Japan and China talked for an hour in Tokyo on Saturday.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-24")),
    case("Austin talked with Dong Jun over lunch in Singapore on Saturday.",
         E("MEET", "USA", "CHN", date="2023-06-24")),
    case("The US defence secretary briefly spoke with the Chinese defence minister at a dinner "
         "on Friday.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-23")),
    case("The leaders of China and the US talked over dinner on Friday.",
         E("MEET", "CHN", "USA", "leaders", date="2023-06-23")),
]

# ---------------------------------------------------------------- no contact, or a call
NOT_IN_PERSON = [
    case("The Chinese defence minister talked to reporters about Taiwan on Monday."),
    case("The Japanese minister talked about China's drills on Monday."),
    case("Austin spoke with his Chinese counterpart on Saturday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-24")),
    case("Austin talked by phone with Dong Jun on Monday.",
         E("CALL", "USA", "CHN", date="2023-06-26")),
]

TABLES: dict[str, list[Any]] = {"in person": IN_PERSON, "not in person": NOT_IN_PERSON}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_talking(realis: Pipeline, text: str, published: date,
                 expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
