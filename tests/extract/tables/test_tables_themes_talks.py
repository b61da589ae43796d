"""Sentence table: Refusals, proposals and cancellations (extract/themes_talks.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ANY, ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ unanswered lines
UNANSWERED = [
    case("Messages sent by Seoul on the military hotline last week have gone unanswered.",
         E("REQUEST", "KOR", ANY, "hotline"), E("DECLINE", ANY, "KOR", "hotline"),
         xfail="one state only: who did not answer is not named in a one-sentence text"),
    case("Calls placed on Monday by the Indian DGMO to his Pakistani counterpart went "
         "unanswered.",
         E("REQUEST", "IND", "PAK", "hotline", date="2023-06-26"),
         E("DECLINE", "PAK", "IND", "hotline", date="2023-06-26")),
    case("Austin spoke to Li in May. The ministers' line still exists, but nobody in Beijing "
         "is picking up.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2022-05"),
         E("STATUS", "USA", "CHN", "defence-ministers", status="degraded"),
         published=date(2022, 8, 6)),
    case("Pyongyang has not answered Seoul's calls on the military hotline since March, the "
         "unification ministry said on Monday.",
         E("DECLINE", "PRK", "KOR", "hotline", date="2023-03"),
         E("STATUS", "PRK", "KOR", "hotline", status="degraded")),
    case("By one official's count, Beijing has refused or ignored more than ten US requests "
         "for talks since 2021.",
         E("DECLINE", "CHN", "USA", count=10, count_qualifier="more_than", date="2021"),
         E("REQUEST", "USA", "CHN", count=10, count_qualifier="more_than", date="2021")),
    case("North Korea does not answer the inter-Korean military hotline, Seoul says.",
         E("STATUS", "PRK", "KOR", "hotline", status="degraded")),
]



# ------------------------------------------------------------------------- proposals
PROPOSALS = [
    case("China said on Monday it was willing to hold talks with India on the border.",
         E("REQUEST", "CHN", "IND", date="2023-06-26")),
    case("Moscow called off the session with Washington on 28 November. The State Department "
         "said at the time that the US was ready to reschedule the meeting.",
         E("SUSPEND", "RUS", "USA", date="2022-11-28"),
         E("REQUEST", "USA", "RUS", date="2022-11-28"), published=date(2023, 2, 22)),

    case("Austin raised the idea of talks between theatre commanders when he met Wei in "
         "Cambodia on Tuesday.",
         E("REQUEST", "USA", "CHN", "theater-command-talks"),
         E("MEET", "USA", "CHN", "defence-ministers", date="2022-11-22"),
         published=date(2022, 11, 23)),
    case("Seoul floated the idea of reopening the military hotline with Pyongyang last week.",
         E("REQUEST", "KOR", "PRK", "hotline", date="2023-06"), allow=("RESUME",)),
    case("Manila raised the possibility of a defence ministers' meeting with Beijing.",
         E("REQUEST", "PHL", "CHN", "defence-ministers")),
    # an adjunct between the verb of asking and what it asks for ("offered on Friday to
    # hold talks", parsed as an adverbial clause)
    case("Seoul offered on Friday to hold talks with Pyongyang.",
         E("REQUEST", "KOR", "PRK", date="2023-06-23")),
    case("China offered last week to resume the defence talks with Washington.",
         E("REQUEST", "CHN", "USA")),
    case("The US proposed on Monday to hold a video call between the defence chiefs of the "
         "two countries and China.",
         E("REQUEST", "USA", "CHN", date="2023-06-26")),
    case("China offered on Tuesday to help rebuild the flooded villages of Laos."),
]



# ------------------------------------------------------------- cancelled visits and acts
#: Visits cut short or called off, postponed talks, and the acting side read through a
#: sentence-initial "It" or an institution placed in a capital.
CANCELLATIONS = [
    case("Moscow's reply was swift. It recalled its air force chief from a visit to India, "
         "put off staff talks with New Delhi and refused a port call by an Indian frigate.",
         E("SUSPEND", "RUS", "IND"), E("DECLINE", "RUS", "IND")),
    case("China recalled its navy commander from a US visit on Saturday.",
         E("SUSPEND", "CHN", "USA", date="2023-06-24")),
    case("The Philippine army chief will no longer pay a planned call on his Chinese "
         "counterpart in Beijing.",
         E("SUSPEND", "PHL", "CHN")),
    case("Japan's defence minister paid a courtesy call on the Australian prime minister in "
         "Canberra on Tuesday.",
         E("MEET", "JPN", "AUS", date="2023-06-20")),
    case("The defence ministry in Moscow put off talks with the US military on Monday.",
         E("SUSPEND", "RUS", "USA", date="2023-06-26")),
    case("The sanctions Washington imposed on Russia's defence minister in February angered "
         "Moscow.",
         E("SANCTION", "USA", "RUS", date="2023-02")),
    case("Pakistan on Friday declared the naval and air advisers at India's mission in "
         "Islamabad persona non grata.",
         E("SUSPEND", "PAK", "IND", "attaches", date="2023-06-23")),
    case("New Delhi responded by ordering the Pakistani defence advisers to leave within a week.",
         E("SUSPEND", "IND", "PAK", "attaches")),
    case("Russia said on Tuesday it was suspending its participation in the Open Skies treaty "
         "with the United States.",
         E("SUSPEND", "RUS", "USA", None, date="2023-06-20")),
]


#: The tables above read with the default pipeline, one test per row.
#: One sitting of talks that "ended" was held and is over; talks ended by a side, or told
#: as ended for good, are suspended.
SITTINGS_ENDED = [
    case("Indian and Chinese corps commanders held a 20th round of talks on Monday. The "
         "previous round, in August, ended without agreement.",
         E("MEET", "IND", "CHN", "theater-command-talks", date="2023-06-26"),
         allow=("MEET",)),
    case("Japanese and Chinese defence officials met in Tokyo on Monday. The meeting ended "
         "without a joint statement.",
         E("MEET", "JPN", "CHN", date="2023-06-26")),
    case("US and Chinese officials held maritime talks in Honolulu on Monday. The session "
         "ended inconclusively after two days.",
         E("MEET", "USA", "CHN", date="2023-06-26"), allow=("MEET",)),
    # a side that ends talks suspends them
    case("North Korea ended military talks with South Korea in 2019.",
         E("SUSPEND", "PRK", "KOR", date="2019")),
    case("Russia ended the talks with Ukraine on Tuesday.",
         E("SUSPEND", "RUS", "UKR", date="2023-06-20")),
]

#: "ready to work with the Russian side to deepen cooperation": improving a relationship
#: (cooperation, ties, relations) offers no contact; readiness to hold, resume or restore
#: talks, exchanges or ties does (themes_talks.offer_to_talk, `relationship_nouns`).
RELATIONSHIP_OFFERS = [
    case("Dong said the Chinese side was ready to work with the Russian side to deepen mutual "
         "trust and to enrich practical cooperation between the two armies."),
    case("The Vietnamese minister said Hanoi was willing to strengthen defence ties with Manila."),
    case("Tokyo said it stood ready to push military relations with Canberra to a new level."),
    case("Beijing said it was ready to resume military exchanges with Washington.",
         E("REQUEST", "CHN", "USA")),
    case("Seoul said it was ready to hold military talks with Pyongyang at any time.",
         E("REQUEST", "KOR", "PRK")),
]


#: "provided training at the request of the Syrian government": a request told as the
#: occasion of an act asks for talks only when the act is a contact (a visit, a call, talks);
#: troops, training or aid granted on request are no talks
#: (themes_talks.occasion_request_needs_contact).
OCCASION_REQUESTS = [
    case("A Turkish spokesman said Ankara would keep providing training to strengthen the "
         "Syrian army at the request of the Syrian government."),
    case("Turkey sent troops to Qatar at the request of the Qatari government."),
    case("Japan shipped radar equipment to Manila at the request of the Philippine navy."),
    case("The Syrian defence minister visited Ankara at the invitation of his Turkish "
         "counterpart.", E("MEET", "SYR", "TUR"), E("REQUEST", "TUR", "SYR")),
    case("Austin and Belousov held a phone call on Friday at Moscow's request.",
         E("CALL", "USA", "RUS"), E("REQUEST", "RUS", "USA")),
]


TABLES: dict[str, list[Any]] = {
    "occasion request": OCCASION_REQUESTS,
    "relationship offer": RELATIONSHIP_OFFERS,
    "sittings that ended": SITTINGS_ENDED,
    "unanswered": UNANSWERED,
    "proposal": PROPOSALS,
    "cancellation": CANCELLATIONS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
