"""Sentence table: a state's own gathering is no contact between states
(extract/themes_gatherings.py).

An official who tells, addresses or meets his own side's people holds no MEET or CALL with
the article's other state nor with a state named in his speech; a meeting with the other
side's people still is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ---------------------------------------------------------------- one side's gathering
OWN_GATHERING = [
    case("Russia and the United States argued. \"Washington will blame Damascus for the "
         "attack,\" Gerasimov told a meeting of Russian military officers convened to "
         "review the situation in Syria."),
    case("Russia and the United States argued. Gerasimov told a meeting of Russian "
         "generals that the US plans to accuse Syria."),
    case("China and the US argued. The general addressed a conference of his commanders in "
         "Beijing on Monday."),
    case("China and the US argued. Admiral Dong held a meeting with his own staff in "
         "Beijing on Monday."),
    case("China and the US argued. Austin met his top commanders in Hawaii on Monday."),
    case("Japan and China argued. The Japanese defence minister spoke to a gathering of "
         "his officers on Monday."),
    case("India and Pakistan argued. The army chief briefed a session of Pakistani corps "
         "commanders in Rawalpindi on Tuesday, saying India would be blamed."),
]

# ------------------------------------------------- contacts with the other side stay
OTHER_SIDE = [
    case("China and the US argued. Austin met his Chinese counterpart in Singapore on "
         "Monday.",
         E("MEET", "USA", "CHN", date="2023-06-26")),
    case("China and the US argued. Austin held a meeting with Chinese officers in Singapore "
         "on Monday.",
         E("MEET", "USA", "CHN", date="2023-06-26")),
    case("A meeting of Chinese and American officers took place on Monday.",
         E("MEET", "CHN", "USA", date="2023-06-26")),
    case("Japan and China argued. The Japanese defence minister spoke to his Chinese "
         "counterpart by phone on Monday.",
         E("CALL", "JPN", "CHN", date="2023-06-26")),
]

#: "Iran's envoy, who was then visiting home": a journey to one's own country meets no other
#: state (themes_gatherings.visit_home_is_no_contact); a visit to another capital does.
VISITS_HOME = [
    case("Islamabad told Iran's envoy, who was then visiting home, not to return to his post.",
         allow={"DEMAND"}),
    case("The Pakistani ambassador flew home from Tehran on Monday."),
    case("The Iranian defence minister visited Islamabad on Monday.",
         E("MEET", "IRN", "PAK")),
]


TABLES: dict[str, list[Any]] = {
    "visit home": VISITS_HOME,
    "one side's gathering": OWN_GATHERING,
    "the other side's people": OTHER_SIDE,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_own_gatherings(realis: Pipeline, text: str, published: date,
                        expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
