"""Sentence table: Resumptions by ending an absence (extract/trigger_finders.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# ------------------------------------------------------- resumption by ending an absence
#: Ending a silence, a hiatus or a freeze of the channels the clause names is a resumption;
#: "the North" names North Korea once the article has named both Koreas.
ENDED_ABSENCES = [
    case("Pyongyang picked up Seoul's calls on the military hotline on Tuesday, ending seven "
         "weeks of silence.",
         E("RESUME", "PRK", "KOR", "hotline", date="2023-06-20")),
    case("Russia broke a two-year silence on the deconfliction line with the United States "
         "last week.",
         E("RESUME", "RUS", "USA", "hotline", date="2023-06")),
    case("The defence ministers of China and Australia held talks in Canberra in May, ending "
         "a three-year freeze.",
         E("MEET", "CHN", "AUS", "defence-ministers", date="2023-05"), allow=("RESUME",)),
    case("South Korea said North Korea had cut the military lines in April. The North stopped "
         "answering after Seoul's drills.",
         E("SUSPEND", "PRK", "KOR", "hotline"), E("DECLINE", "PRK", "KOR")),
    case("Seoul placed its routine calls on Monday on the inter-Korean military line, but "
         "Pyongyang did not answer.",
         E("DECLINE", "PRK", "KOR", "hotline"), allow=("REQUEST", "CALL")),
]


# --------------------------------------------------------- an official's journey abroad
#: "Netanyahu flew to Moscow", "the defence minister travelled to Hanoi": an official's
#: journey to another state is a visit there; aircraft, tourists, a trip home are none.
JOURNEYS = [
    case("Israeli Prime Minister Benjamin Netanyahu flew to Moscow on Tuesday.",
         E("MEET", "ISR", "RUS", "leaders", date="2023-06-20")),
    case("Japan's defence minister travelled to Hanoi on Tuesday.",
         E("MEET", "JPN", "VNM", "defence-ministers", date="2023-06-20")),
    case("The mechanism was agreed when Netanyahu flew to Moscow in September 2015.",
         E("MEET", "ISR", "RUS", date="2015-09"), allow=("ESTABLISH",)),
    case("Chinese bombers flew to the western Pacific on Tuesday."),
    case("Chinese tourists flew to Bangkok on Tuesday."),
    case("Putin flew to Sochi on Tuesday."),
]

#: The tables above read with the default pipeline, one test per row.
TABLES: dict[str, list[Any]] = {
    "journey to a place": JOURNEYS,
    "ended absence": ENDED_ABSENCES,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
