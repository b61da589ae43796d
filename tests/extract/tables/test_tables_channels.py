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

#: Working-level or staff-level officials, officers or delegations who hold the talks name
#: the working-level channel; aides beside the ministers who hold them do not.
WORKING_LEVEL_PEOPLE = [
    case("Working-level officials of Japan and South Korea met in Seoul on Tuesday to discuss "
         "the radar dispute.",
         E("MEET", "JPN", "KOR", "working-level", date="2023-06-20")),
    case("Japan and South Korea held talks in Tokyo on Tuesday. The meeting, attended by "
         "working-level officials of both defence ministries, lasted three hours.",
         E("MEET", "JPN", "KOR", "working-level", date="2023-06-20")),
    case("A working-level delegation from the Pentagon met Chinese military officers in "
         "Beijing last week.",
         E("MEET", "USA", "CHN", "working-level", date="2023-06")),
    case("Staff-level officers of the Indian and Chinese armies met at Chushul on Friday.",
         E("MEET", "IND", "CHN", "working-level", date="2023-06-23")),
    # negatives: the ministers hold the talks; officials who only brief hold none
    case("The defence ministers of Japan and South Korea met in Tokyo on Tuesday, with "
         "working-level officials taking notes.",
         E("MEET", "JPN", "KOR", "defence-ministers", date="2023-06-20")),
    case("Working-level officials of Japan's defence ministry briefed reporters on Tuesday."),
]

#: "the line" names again the last channel the text named as a line, not the channel of
#: a meeting told in between; a line between foreign ministries is the diplomatic channel.
LINE_NAMED_AGAIN = [
    case("Seoul and Tokyo use a hotline between their foreign ministries, set up during a "
         "summit of their leaders in 2019. In May, Seoul said it could not get through to "
         "Japanese officials on the line for a day.",
         E("REQUEST", "KOR", "JPN", "diplomatic", date="2023-05"),
         E("DECLINE", "JPN", "KOR", "diplomatic", date="2023-05"), allow=("MEET", "CALL")),
    case("Manila and Beijing agreed in 2023 on a direct line between their foreign ministries "
         "during a state visit by President Marcos. In August, Manila said Chinese officials "
         "did not answer calls on the line.",
         E("DECLINE", "CHN", "PHL", "diplomatic", date="2022-08"), allow=("MEET",)),
    case("South Korea restored the military hotline with North Korea in January. The two "
         "leaders met in Panmunjom in April. In May, Seoul said North Korean officials did "
         "not answer its calls on the line.",
         E("DECLINE", "PRK", "KOR", "hotline", date="2023-05"), allow=("MEET", "RESUME")),
    # a line set up between foreign ministries is diplomatic, and so is its state told after
    # a leaders' meeting; a line between defence ministries stays a military hotline
    case("Seoul and Tokyo agreed in March to set up a direct line between their foreign "
         "ministries. Their leaders met in Tokyo in May. Officials say the line is still not "
         "working as intended.",
         E("ESTABLISH", "KOR", "JPN", "diplomatic", date="2023-03"),
         E("MEET", "KOR", "JPN", "leaders", date="2023-05"),
         E("STATUS", "KOR", "JPN", "diplomatic")),
    case("India and Pakistan opened a hotline between their foreign ministries in 2004.",
         E("ESTABLISH", "IND", "PAK", "diplomatic", date="2004")),
    case("China and Vietnam set up a hotline between their defence ministries in 2015.",
         E("ESTABLISH", "CHN", "VNM", "hotline", date="2015")),
    # negative: a line of the military named last stays the military's
    case("Talks between the foreign ministers of India and Pakistan were held in Delhi in "
         "March. On Monday, Delhi said Pakistan had not answered its calls on the DGMO "
         "hotline.",
         E("MEET", "IND", "PAK", "diplomatic", date="2023-03"),
         E("DECLINE", "PAK", "IND", "hotline", date="2023-06-26"), allow=("REQUEST",)),
]

#: A possessive in what talks are about ("talks on their maritime differences") refers to
#: no channel: the talks' own people decide; a pronoun the talks are held over is the line.
POSSESSIVE_IN_SUBJECT_MATTER = [
    case("Greece and Turkey set up a military hotline on Thursday. Diplomats from the two "
         "countries agreed last month to resume exploratory talks on their maritime "
         "differences.",
         E("ESTABLISH", "GRC", "TUR", "hotline", date="2023-06-22"),
         E("RESUME", "GRC", "TUR", "diplomatic", date="2023-05")),
    case("India and China opened a hotline in May. Their foreign ministers agreed on Monday to "
         "resume talks about their border dispute.",
         E("ESTABLISH", "IND", "CHN", "hotline", date="2023-05"),
         E("RESUME", "IND", "CHN", "diplomatic", date="2023-06-26")),
    case("China's defence ministry opened a direct telephone link with its counterpart in "
         "Vietnam on Thursday, and the two defence ministers held their first conversation "
         "over it.",
         E("ESTABLISH", "CHN", "VNM", "hotline", date="2023-06-22"),
         E("CALL", "CHN", "VNM", "hotline", date="2023-06-22")),
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


#: "the President's state visit to Hanoi": a state visit is a head of state's, on `leaders`
#: (pattern in data/channels.json), whoever else the sentence names; an official visit by a
#: minister is not.
STATE_VISITS = [
    case("Ties grew closer after the Philippine president's state visit to Hanoi in January.",
         E("MEET", "PHL", "VNM", "leaders", date="2024-01"), published=date(2024, 8, 30)),
    case("Giang said cooperation had deepened since Xi Jinping's state visit to Vietnam last "
         "December.", E("MEET", "CHN", "VNM", "leaders", date="2023-12"),
         published=date(2024, 4, 12)),
    case("The Vietnamese defence minister paid an official visit to Manila on Friday.",
         E("MEET", "VNM", "PHL", "defence-ministers", date="2024-08-30"),
         published=date(2024, 8, 30)),
]


TABLES: dict[str, list[Any]] = {
    "state visits": STATE_VISITS,
    "channel told of in a relative": RELATIVE_CHANNEL_NOUNS,
    "channel by people": CHANNEL_BY_PEOPLE,
    "working-level people": WORKING_LEVEL_PEOPLE,
    "line named again": LINE_NAMED_AGAIN,
    "possessive in subject matter": POSSESSIVE_IN_SUBJECT_MATTER,
    "diplomatic relations": DIPLOMATIC_RELATIONS,
    "intelligence-sharing pacts": INTELLIGENCE_PACTS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
