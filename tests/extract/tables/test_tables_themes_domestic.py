"""Sentence table: a state's own business is no contact between states: budget requests,
appeals to act, pushes for spending (extract/themes_domestic.py), beside the contacts the same
words still tell.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------------------------ requests for money
MONEY_REQUESTS = [
    case("The bill gives the navy $2 billion more than the White House budget request, at a "
         "time of tension with China."),
    case("Lawmakers added $400 million above the Pentagon's baseline request for missile "
         "defence against North Korea."),
    case("Congress trimmed the president's funding request for Ukraine aid by a third."),
    case("Japan's defence ministry submitted a record budget request on Friday, citing China's "
         "military build-up."),
    case("Seoul turned down Beijing's extradition request for the two smugglers."),
    case("The Pentagon's request for $8 billion to counter China was approved by the Senate."),
    # still requests for talks
    case("Japan's defence minister made a request for talks with his Chinese counterpart.",
         E("REQUEST", "JPN", "CHN", "defence-ministers")),
    case("China turned down a US request for a call between the defence chiefs.",
         E("DECLINE", "CHN", "USA"), E("REQUEST", "USA", "CHN")),
]

# --------------------------------------------------------------------- appeals to act
APPEALS = [
    case("US senators backed President Biden's call to boost military aid to Taiwan."),
    case("Lawmakers in Tokyo echoed the prime minister's call to raise defence spending as "
         "China's navy grows."),
    case("The German chancellor's call to rearm Europe against Russia won wide support."),
    case("Parliament heeded Macron's call to lift the budget, with Ukraine in mind."),
    # still phone calls
    case("Austin's call to his Chinese counterpart Dong Jun lasted an hour on Tuesday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20"),
         allow=("MEET",)),
    case("Japan's defence minister held a call with his Chinese counterpart on Monday.",
         E("CALL", "JPN", "CHN", "defence-ministers", date="2023-06-26")),
]

# ------------------------------------------------------------- pushes for spending
DOMESTIC_GOALS = [
    case("President Macron pushed for the bigger military budget, citing the war in Ukraine."),
    case("Japan's prime minister pressed for higher defence spending as China expands its "
         "fleet."),
    case("The South Korean president urged lawmakers to pass the defence bill, citing North "
         "Korean missile tests."),
    case("Polish ministers called for more funding for the army after Russia's invasion of "
         "Ukraine."),
    # still demands made of the other side
    case("India demanded that China withdraw its troops from the border areas.",
         E("DEMAND", "IND", "CHN")),
    case("Seoul pressed for the removal of North Korean guard posts from the border.",
         E("DEMAND", "KOR", "PRK")),
]


#: The tables above read with the default pipeline, one test per row.
# ------------------------------------------------------- a leader urging his own side
#: A leader who urges his own armed forces or people asks nothing of another state, even in
#: an article about two states; one who urges the other state, or both sides, demands.
OWN_SIDE_ADDRESSED = [
    case("The Philippines and China traded blame. President Marcos urged the armed forces to "
         "keep their composure."),
    case("Seoul and Pyongyang traded threats. President Yoon told the military to stay calm "
         "and called on citizens to ignore the rumours."),
    case("India and Pakistan exchanged fire. The Indian prime minister asked the nation to "
         "remain patient."),
    case("The Philippines and China traded blame. Marcos urged the Chinese forces to keep "
         "their distance.",
         E("DEMAND", "PHL", "CHN", None)),
    case("India and Pakistan exchanged fire. The Indian army chief urged the Pakistani army "
         "to respect the ceasefire.",
         E("DEMAND", "IND", "PAK", None)),
]


TABLES: dict[str, list[Any]] = {
    "own side addressed": OWN_SIDE_ADDRESSED,
    "money request": MONEY_REQUESTS,
    "appeal to act": APPEALS,
    "domestic goal": DOMESTIC_GOALS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_domestic_business(realis: Pipeline, text: str, published: date,
                           expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
