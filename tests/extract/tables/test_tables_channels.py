"""Sentence table: Channels read from the people taking part (extract/channels.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# ------------------------------------------------------------- channels read from people
#: A plural role is both sides holding it; a definite plural names the people of the channel
#: told just before; answering without an object answers the line the text was about.
CHANNEL_BY_PEOPLE = [
    case("The ceasefire followed a phone call between the directors general of military "
         "operations of India and Pakistan on Saturday.",
         E("CALL", "IND", "PAK", "hotline", date="2023-06-24")),
    case("Washington proposed that regional commanders of the US and China start holding "
         "video calls.",
         E("REQUEST", "USA", "CHN", "theater-command-talks")),
    case("India and China began corps commander talks at Moldo in June 2020. The commanders "
         "met again on 19 February.",
         E("MEET", "IND", "CHN", "theater-command-talks", date="2023-02-19")),
    case("Seoul made its routine calls on the inter-Korean military hotline in the morning. "
         "Pyongyang stopped answering in the afternoon.",
         E("DECLINE", "PRK", "KOR", "hotline"), allow=("CALL", "REQUEST")),
]


#: The tables above read with the default pipeline, one test per row.
# ------------------------------------------------------------- relations between states
#: Diplomatic relations or ties cut or restored, and diplomats' talks, are the diplomatic
#: channel; relations marked or celebrated, and ties of trade, are no event.
DIPLOMATIC_RELATIONS = [
    case("Caracas broke off diplomatic relations with Washington in 2019.",
         E("SUSPEND", "VEN", "USA", "diplomatic", date="2019")),
    case("Saudi Arabia severed diplomatic ties with Iran in January 2016.",
         E("SUSPEND", "SAU", "IRN", "diplomatic", date="2016-01")),
    case("Qatar restored diplomatic relations with Saudi Arabia in January 2021.",
         E("RESUME", "QAT", "SAU", "diplomatic", date="2021-01")),
    case("Vietnam and China marked 75 years of diplomatic relations on Saturday."),
    # Diplomats taking part hold the diplomatic channel (a role, as foreign ministers are).
    case("Greece and Turkey set up a military hotline on Thursday. Diplomats from the two "
         "countries agreed last month to resume exploratory talks.",
         E("ESTABLISH", "GRC", "TUR", "hotline"), E("RESUME", "GRC", "TUR", "diplomatic")),
    case("Chinese and Japanese diplomats met in Tokyo on Tuesday.",
         E("MEET", "CHN", "JPN", "diplomatic", date="2023-06-20")),
    case("A Chinese diplomat said on Tuesday that Beijing valued its ties with Tokyo."),
    # Diplomats expelled for spying are people sent home, not a channel cut off.
    case("Switzerland expelled two Russian diplomats based in Geneva for spying on Tuesday."),
    case("Trade ties between Greece and Turkey grew by a fifth last year."),
]

# ------------------------------------------------------------- intelligence-sharing pacts
#: A pact for sharing military intelligence is the intelligence channel; a trade pact or an
#: intelligence report is none.
INTELLIGENCE_PACTS = [
    case("Tokyo scrapped its intelligence-sharing agreement with Seoul in 2019.",
         E("SUSPEND", "JPN", "KOR", "intelligence", date="2019")),
    case("South Korea suspended the General Security of Military Information Agreement with "
         "Japan on Friday.",
         E("SUSPEND", "KOR", "JPN", "intelligence")),
    case("Seoul restored its pact on the sharing of military intelligence with Tokyo in March "
         "2023.",
         E("RESUME", "KOR", "JPN", "intelligence", date="2023-03")),
    case("Japan and South Korea revived the GSOMIA in 2023.",
         E("RESUME", "JPN", "KOR", "intelligence", date="2023")),
    case("Tokyo scrapped its trade pact with Seoul in 2019."),
    # "the pact" after an intelligence-sharing pact names that channel again.
    case("Seoul scrapped its intelligence-sharing pact with Tokyo in 2019. The pact was "
         "restored in March 2023.",
         E("SUSPEND", "KOR", "JPN", "intelligence", date="2019"),
         E("RESUME", "KOR", "JPN", "intelligence", date="2023-03")),
    case("Japan and South Korea revived their intelligence-sharing pact in 2023. Seoul had "
         "suspended the agreement in 2019.",
         E("RESUME", "JPN", "KOR", "intelligence", date="2023"),
         E("SUSPEND", "KOR", "JPN", "intelligence", date="2019")),
    case("Tokyo and Seoul signed a trade pact in 2019. The pact was restored in 2023."),
]

# ------------------------------------------------------- a channel told of in a relative
#: "a forum Beijing had shut down", in a sentence naming no channel, is the channel the text
#: was about; a sentence that names its channel keeps it.
RELATIVE_CHANNEL_NOUNS = [
    case("US and Chinese officers held military maritime consultative talks in Hawaii in "
         "April. Officials described the session as a return to a forum Beijing had shut "
         "down in 2022.",
         E("SUSPEND", "CHN", "USA", "maritime-safety-talks", date="2022"), allow={"MEET"}),
    case("US and Chinese officers held military maritime consultative talks in Hawaii in "
         "April. Washington called the meeting a step back into a dialogue that Beijing had "
         "suspended in 2022.",
         E("SUSPEND", "CHN", "USA", "maritime-safety-talks", date="2022"),
         allow={"MEET", "RESUME"}),
]


TABLES: dict[str, list[Any]] = {
    "channel told of in a relative": RELATIVE_CHANNEL_NOUNS,
    "channel by people": CHANNEL_BY_PEOPLE,
    "diplomatic relations": DIPLOMATIC_RELATIONS,
    "intelligence-sharing pacts": INTELLIGENCE_PACTS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
