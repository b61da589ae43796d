"""Sentence table: warnings told as demands (extract/themes_warnings.py): a warning against an
act of the other side, or a threat under a condition, against warnings to one's own people and
forecasts; a demand sent over a line is on that line (extract/demand_channels.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------- a warning against an act of the other side
WARNED_AGAINST = [
    case("Russia warned the United States against any strike on Syria on Monday.",
         E("DEMAND", "RUS", "USA", date="2023-06-26")),
    case("Gerasimov warned the US on Tuesday against retaliatory strikes over Syria.",
         E("DEMAND", "RUS", "USA", date="2023-06-20")),
    case("Shoigu warned Washington against sending more weapons to Ukraine.",
         E("DEMAND", "RUS", "USA")),
    case("China warned Japan against interfering in the Taiwan question on Monday.",
         E("DEMAND", "CHN", "JPN", date="2023-06-26")),
]

# ------------------------------------------------------------ a threat under a condition
CONDITIONAL_THREATS = [
    case("India warned Pakistan that it would respond firmly if the violations were repeated.",
         E("DEMAND", "IND", "PAK")),
    case("North Korea warned South Korea that it would retaliate if the leaflet launches "
         "continued.",
         E("DEMAND", "PRK", "KOR")),
]

# ------------------------------------------ a demand sent over a line is on that line
OVER_A_LINE = [
    # told over the line, the warning is also a contact on it (contact_finders: told over a
    # medium), which is the hotline's evidence of use
    case("India warned Pakistan over the DGMO hotline that it would respond firmly if the "
         "firing went on.",
         E("DEMAND", "IND", "PAK", "hotline"), E("CALL", "IND", "PAK", "hotline")),
    case("South Korea demanded over the military line that North Korea stop the drone flights.",
         E("DEMAND", "KOR", "PRK", "hotline")),
    # no line named: a demand is on no channel
    case("Pyongyang demanded that Seoul halt its joint drills with the US.",
         E("DEMAND", "PRK", "KOR", None)),
]

# ------------------------------------------------------------------ no demand of a state
NO_DEMAND = [
    case("Japan warned its citizens against travel to the border region with China."),
    case("Russia warned that prices would rise if sanctions on China continued."),
    case("China warned that the situation near Taiwan and the United States was dangerous."),
    case("The Indian ministry warned against complacency about Pakistan on Monday."),
]

TABLES: dict[str, list[Any]] = {
    "warned against": WARNED_AGAINST,
    "conditional threat": CONDITIONAL_THREATS,
    "over a line": OVER_A_LINE,
    "no demand": NO_DEMAND,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_warnings(realis: Pipeline, text: str, published: date,
                  expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
