"""Sentence table: 'so-called' names, it calls nobody (extract/themes_naming.py); 'called the
conduct dangerous' names what was done, it calls nobody (extract/theme_tests.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

NAMING = [
    case("Russia and the United States argued. Moscow showed so-called evidence of the "
         "strike to Washington on Monday."),
    case("China and Japan argued. Beijing showed its so-called proof of the radar lock to "
         "Japanese diplomats on Friday."),
    case("Russia and the United States argued. \"Washington will show so called proof of "
         "victims caused by Damascus,\" the general said on Monday."),
    # a call is still a call
    case("The Japanese minister called his Chinese counterpart on Monday.",
         E("CALL", "JPN", "CHN", date="2023-06-26")),
    case("Russia's defence minister called his US counterpart on Friday, the so-called "
         "hawks in Moscow said.",
         E("CALL", "RUS", "USA", date="2023-06-23")),
]

#: "called the conduct dangerous", "called the drills a threat": a verb of naming with an
#: object and what the object is called, however the parser hangs the second part (an
#: adjective after the object's noun, a second noun phrase under it).
CALLED_SOMETHING = [
    # (what was called dangerous may tell the encounter itself: not read here)
    case("Manila called the Chinese navy's conduct dangerous and provocative on Tuesday.",
         allow=("ENCOUNTER",)),
    case("Japan called China's drills a threat to regional peace on Monday."),
    case("Seoul called the North's launch a grave provocation on Friday."),
    case("Tokyo called the flight by the Chinese drone unacceptable on Sunday."),
    case("The Philippine coast guard called the manoeuvre by the Chinese ship reckless on "
         "Monday, and Beijing called the Philippine account false.", allow=("ENCOUNTER",)),
    case("Australia called the Chinese pilot's action unsafe and unprofessional.",
         allow=("ENCOUNTER",)),
    # calls of a person, a role or a state are still calls
    case("The Japanese defence minister called his Chinese counterpart on Monday to protest.",
         E("CALL", "JPN", "CHN", "defence-ministers", date="2023-06-26")),
    case("Austin called Li Shangfu, his Chinese counterpart, on Tuesday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("South Korea's defence minister called the Japanese defence minister on Friday.",
         E("CALL", "KOR", "JPN", "defence-ministers", date="2023-06-23")),
]

TABLES: dict[str, list[Any]] = {"so-called": NAMING, "called something": CALLED_SOMETHING}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_naming_is_no_call(realis: Pipeline, text: str, published: date,
                           expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
