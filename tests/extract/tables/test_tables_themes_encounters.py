"""Sentence table: Encounters (extract/themes_encounters.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- encounters
ENCOUNTERS = [
    case("A PLA J-16 fighter made an unsafe intercept of a US RC-135 over the South China Sea.",
         E("ENCOUNTER", "CHN", "USA")),
    case("A US Navy P-8 was intercepted by a Chinese fighter jet over the Taiwan Strait.",
         E("ENCOUNTER", "CHN", "USA")),
    case("A Russian Su-27 collided with a US MQ-9 drone over the Black Sea in March.",
         E("ENCOUNTER", "RUS", "USA", date="2023-03")),
    case("A Chinese destroyer cut across the bow of a US destroyer in the Taiwan Strait.",
         E("ENCOUNTER", "CHN", "USA")),
    case("A South Korean destroyer locked its fire-control radar on a Japanese patrol plane in "
         "2018.",
         E("ENCOUNTER", "KOR", "JPN", date="2018")),
    case("A North Korean patrol boat fired warning shots at a South Korean navy vessel.",
         E("ENCOUNTER", "PRK", "KOR")),
    case("A Chinese fighter released flares near an Australian patrol aircraft.",
         E("ENCOUNTER", "CHN", "AUS")),
    case("On Sunday a Russian destroyer cut across the bow of a British frigate, forcing it to "
         "turn hard to avoid a collision.",
         E("ENCOUNTER", "RUS", "GBR", date="2023-06-25")),
    case("Beijing rejected Manila's account and said Philippine vessels had repeatedly "
         "harassed its coast guard ships near the shoal.",
         E("ENCOUNTER", "PHL", "CHN")),
    case("In December 2022 a PLA J-11 fighter flew within 20 feet of a US Air Force RC-135 "
         "over the South China Sea.",
         E("ENCOUNTER", "CHN", "USA", date="2022-12")),
    case("A Russian fighter flew dangerously close to an American surveillance plane over "
         "Syria.",
         E("ENCOUNTER", "RUS", "USA")),
]


#: The tables above read with the default pipeline, one test per row.
TABLES: dict[str, list[Any]] = {
    "encounter": ENCOUNTERS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
