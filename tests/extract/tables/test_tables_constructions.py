"""Sentence table: Lists over two sentences (extract/constructions.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ANY, ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------- lists over two sentences
LISTS = [
    case("In August 2022 Beijing cut off three channels of military contact with the United "
         "States. The move ended theatre commander talks, the defence policy coordination talks "
         "and the military maritime consultative agreement meetings.",
         E("SUSPEND", "CHN", "USA", "theater-command-talks", date="2022-08"),
         E("SUSPEND", "CHN", "USA", "defence-policy-talks", date="2022-08"),
         E("SUSPEND", "CHN", "USA", "maritime-safety-talks", date="2022-08")),
    case("In 2014 Washington suspended several military contacts with Moscow over Crimea. These "
         "included meetings between defence ministers, working-level staff talks and exchanges "
         "between military chiefs.",
         E("SUSPEND", "USA", "RUS", "defence-ministers", date="2014"),
         E("SUSPEND", "USA", "RUS", "working-level", date="2014"),
         E("SUSPEND", "USA", "RUS", "military-chiefs", date="2014")),
    case("Pyongyang severed two lines of communication with Seoul in June 2020. These were the "
         "military hotline and the liaison office line.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2020-06"),
         E("SUSPEND", "PRK", "KOR", None, date="2020-06"),
         xfail="the hotline is found; the channel-less liaison office line merges into the "
               "first sentence's general statement and is dropped with it"),
    case("In November 2023 China agreed to restore two channels with the US. They were the "
         "military chiefs' talks and the defence policy coordination talks.",
         E("RESUME", "CHN", "USA", "military-chiefs", date="2023-11"),
         E("RESUME", "CHN", "USA", "defence-policy-talks", date="2023-11")),
    case("In February 2021 India and Pakistan agreed to restore two mechanisms. These were the "
         "DGMO hotline and flag meetings between local commanders.",
         E("RESUME", "IND", "PAK", "hotline", date="2021-02"),
         E("RESUME", "IND", "PAK", "theater-command-talks", date="2021-02")),
    case("The two channels that Moscow froze with Washington in March 2022 remain suspended: "
         "the defence ministers' talks and the deconfliction line.",
         E("SUSPEND", "RUS", ANY, "defence-ministers", date="2022-03"),
         E("SUSPEND", "RUS", ANY, "hotline", date="2022-03"), allow=("STATUS",)),
    case("Under the deal, theatre commander calls will restart, as will the military maritime "
         "consultations and the defence policy coordination talks, Beijing and Washington said.",
         E("RESUME", "CHN", "USA", "theater-command-talks"),
         E("RESUME", "CHN", "USA", "maritime-safety-talks"),
         E("RESUME", "CHN", "USA", "defence-policy-talks")),
]


#: The tables above read with the default pipeline, one test per row.
TABLES: dict[str, list[Any]] = {
    "list over two sentences": LISTS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
