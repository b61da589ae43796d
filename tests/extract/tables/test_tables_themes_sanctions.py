"""Sentence table: Sanctions (extract/themes_sanctions.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- sanctions
SANCTIONS = [
    case("Washington imposed sanctions on Li Shangfu in 2018 over his purchase of Russian "
         "fighter jets.",
         E("SANCTION", "USA", "CHN", date="2018")),
    case("Beijing placed sanctions on two US defence firms over arms sales to Taiwan.",
         E("SANCTION", "CHN", "USA")),
    case("Japan sanctioned North Korean officials over the missile launches.",
         E("SANCTION", "JPN", "PRK")),
    case("The US Treasury blacklisted a Russian defence company in 2022.",
         E("SANCTION", "USA", "RUS", date="2022")),
    case("In 2001 the United States lifted the sanctions it had imposed on India after its "
         "1998 nuclear tests.",
         E("EASE", "USA", "IND", date="2001"), allow={"SANCTION"}),
    case("The US eased sanctions on Pakistan after the September 11 attacks.",
         E("EASE", "USA", "PAK")),
    case("Washington dropped sanctions on a Chinese military research institute in 2021.",
         E("EASE", "USA", "CHN", date="2021")),
]


#: The tables above read with the default pipeline, one test per row.
#: Sanctions owned by a body of states ("the UN sanctions", "the Security Council sanctions")
#: are not imposed by the state that backs, supports or enforces them; a state's own
#: sanctions are still its own.
BODIES_SANCTIONS = [
    case("Canada has long backed the UN sanctions on North Korea, and its aircraft watch for "
         "transfers at sea."),
    case("Japan supports the United Nations sanctions against North Korea."),
    case("South Korea will strictly enforce the Security Council sanctions on North Korea, "
         "its defence ministry said on Tuesday."),
    case("Australia said on Monday it backed the EU sanctions on Iran's drone makers."),
    case("Britain welcomed the US sanctions on Iranian drone makers on Monday.",
         E("SANCTION", "USA", "IRN"), allow=("SANCTION",)),
    case("Washington imposed fresh sanctions on Russian military intelligence officers on "
         "Tuesday.",
         E("SANCTION", "USA", "RUS", date="2023-06-20")),
]

TABLES: dict[str, list[Any]] = {
    "sanction": SANCTIONS,
    "sanctions of a body of states": BODIES_SANCTIONS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
