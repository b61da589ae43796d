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
#: A two-word trigger of a verb and its object matches with words between them ("pointed a
#: military-grade laser at"; extract/trigger_entries.py `_match_rest`); a laser or a finger
#: pointed at no platform is no encounter.
VERB_AND_OBJECT = [
    case("A Chinese coast guard ship pointed a military-grade laser at a Philippine patrol "
         "boat near the shoal in February.",
         E("ENCOUNTER", "CHN", "PHL", date="2023-02")),
    case("Three months earlier, a Chinese navy ship had directed a laser at an Australian "
         "P-8A.",
         E("ENCOUNTER", "CHN", "AUS", date="2023-03")),
    case("Canberra said a PLA warship had lased an Australian surveillance aircraft in "
         "February.",
         E("ENCOUNTER", "CHN", "AUS", date="2023-02")),
    case("Australian scientists directed a laser at a satellite from a station near Canberra "
         "on Tuesday."),
    case("The ministry pointed a finger at Beijing over the hacking."),
]

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


# -------------------------------------------------------- flying or sailing near a platform
#: "flew near a US destroyer", "sailed near the frigate", "came close to a navy vessel": a
#: platform moving close to the other side's; near a coast, an island or a border is none.
FLEW_NEAR = [
    case("Two Venezuelan military aircraft flew near a U.S. Navy destroyer in international "
         "waters on Thursday, the Pentagon said.",
         E("ENCOUNTER", "VEN", "USA", date="2023-06-22")),
    case("A Russian warship sailed near the Dutch frigate Tromp in the Baltic on Tuesday.",
         E("ENCOUNTER", "RUS", "NLD", date="2023-06-20")),
    case("Chinese navy ships came close to a Philippine navy vessel near the shoal on Tuesday.",
         E("ENCOUNTER", "CHN", "PHL", date="2023-06-20")),
    case("Two Russian bombers passed near a Japanese destroyer over the Sea of Japan on "
         "Tuesday.",
         E("ENCOUNTER", "RUS", "JPN", date="2023-06-20")),
    case("Tourists flew near the Chinese border on Tuesday."),
    case("The ferry passed close to the Greek island of Lesbos on Tuesday."),
    case("A Chinese airliner flew near Taiwan's coast on Tuesday."),
]

#: The tables above read with the default pipeline, one test per row.
#: A navy's ship prefix names its state ("the USS Chung-Hoon", "HMAS Toowoomba"); a prefix
#: alone with no act of a platform is no encounter.
SHIP_PREFIXES = [
    case("A Chinese destroyer cut across the bow of the USS Chung-Hoon in the Taiwan Strait on "
         "Saturday.",
         E("ENCOUNTER", "CHN", "USA", date="2023-06-24")),
    case("A Chinese frigate shadowed HMAS Toowoomba for hours on Tuesday.",
         E("ENCOUNTER", "CHN", "AUS", date="2023-06-20")),
    case("A Russian warship tailed HMS Defender off Crimea on Wednesday.",
         E("ENCOUNTER", "RUS", "GBR", date="2023-06-21")),
    case("A Chinese fighter flew close to a helicopter from HMCS Ottawa on Sunday.",
         E("ENCOUNTER", "CHN", "CAN", date="2023-06-25")),
    case("HMS Spey and the USS Ralph Johnson sailed through the Taiwan Strait together on "
         "Sunday."),
    case("The BRP Sierra Madre has been grounded on the shoal since 1999."),
]

#: Acts of a ship or aircraft across another's way or on it ("cut in front of", "dumped fuel
#: on", "forced down", "clipped"); crossing a border or an ocean is none, nor weather forcing
#: an airliner down.
PATH_ACTS = [
    case("A Chinese destroyer cut in front of a US destroyer in the Taiwan Strait on "
         "Saturday.",
         E("ENCOUNTER", "CHN", "USA", date="2023-06-24")),
    case("A Russian fighter dumped fuel on a US drone over the Black Sea on Tuesday.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20")),
    case("Two Russian jets sprayed fuel on an American drone over the Black Sea on Tuesday.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20")),
    # forcing a platform down, clipping or sideswiping it
    case("Russian Su-27 jets forced down a U.S. MQ-9 drone over the Black Sea on Tuesday, the "
         "Pentagon said.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20")),
    case("A Chinese fighter clipped the wing of a U.S. Navy EP-3 surveillance plane in April "
         "2001.",
         E("ENCOUNTER", "CHN", "USA", date="2001-04")),
    case("A Chinese navy ship sideswiped a Philippine supply boat near the shoal on Monday.",
         E("ENCOUNTER", "CHN", "PHL", date="2023-06-26")),
    case("Bad weather forced down a Chinese airliner in Vietnam on Sunday."),
    case("The United States forced down its deficit last year, while China clipped its growth "
         "forecast."),
    case("The Chinese delegation crossed the border into India on Monday."),
    case("Ships of the US and Japanese navies sailed across the Pacific on Monday."),
]

#: An encounter adjective before its manoeuvre noun tells the encounter; one after it, the
#: object's predicate of a verb of naming ("called the conduct coercive"), is a verdict on
#: an act told before, no encounter of its own.
VERDICTS = [
    case("A navy spokesman for Manila on Tuesday called the Chinese conduct coercive, "
         "aggressive and deceptive."),
    case("Japan's navy chief called the Chinese pilots' conduct aggressive and unsafe on "
         "Monday."),
    case("A Canadian air force commander described the Chinese manoeuvre as aggressive."),
    # positives: the adjective stands before the manoeuvre noun
    case("A Chinese fighter carried out an aggressive manoeuvre near a Philippine aircraft on "
         "Monday.",
         E("ENCOUNTER", "CHN", "PHL", date="2023-06-26")),
    case("A Chinese J-16 made an unsafe approach to an Australian P-8 on Sunday.",
         E("ENCOUNTER", "CHN", "AUS", date="2023-06-25")),
]

TABLES: dict[str, list[Any]] = {
    "verdict on conduct": VERDICTS,
    "ship prefixes": SHIP_PREFIXES,
    "acts across the way": PATH_ACTS,
    "verb and object": VERB_AND_OBJECT,
    "flew near": FLEW_NEAR,
    "encounter": ENCOUNTERS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
