"""Sentence table: the channel implied by the people taking part, and the channel and mechanism
of a named mechanism (extract/channel_from_roles.py, extract/mechanism_names.py).

Our own paraphrases, several wordings per rule, with sentences where the roles imply nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline
from parley.types import Article

pytestmark = pytest.mark.slow

#: Published on a Monday when these office holders held their offices.
PUB_2025 = date(2025, 6, 2)

#: Both sides hold roles of one channel: that channel.
SAME_CHANNEL_BOTH_SIDES = [
    case("Japanese Defence Minister Gen Nakatani met his Chinese counterpart Dong Jun in "
         "Singapore on Sunday.",
         E("MEET", "JPN", "CHN", "defence-ministers"), published=PUB_2025),
    case("Indian defence minister Rajnath Singh held talks with Australia's defence minister "
         "Richard Marles in Canberra on Tuesday.",
         E("MEET", "IND", "AUS", "defence-ministers"), published=PUB_2025),
    case("The defence ministers of South Korea and Japan met on the sidelines of a forum on "
         "Saturday.",
         E("MEET", "KOR", "JPN", "defence-ministers"), published=PUB_2025),
    case("Britain's Chief of the Defence Staff spoke by phone with the chief of the Russian "
         "General Staff on Wednesday.",
         E("CALL", "GBR", "RUS", "military-chiefs"), published=PUB_2025),
    case("The chairman of the US Joint Chiefs of Staff held a video call with the chief of "
         "China's Joint Staff Department on Thursday.",
         E("CALL", "USA", "CHN", "military-chiefs"), published=PUB_2025),
    case("Russia's foreign minister spoke by phone with his Turkish counterpart on Monday.",
         E("CALL", "RUS", "TUR", "diplomatic"), published=PUB_2025),
    case("The regional commanders of India and China held talks at the border on Friday.",
         E("MEET", "IND", "CHN", "theater-command-talks"), published=PUB_2025),
    case("Border commanders from Pakistan and Afghanistan met at Torkham on Thursday to calm "
         "tensions.",
         E("MEET", "PAK", "AFG", "theater-command-talks"), published=PUB_2025),
    case("The presidents of France and Brazil spoke by phone on Tuesday.",
         E("CALL", "FRA", "BRA", "leaders"), published=PUB_2025),
    case("The vice defence ministers of South Korea and Japan held talks in Tokyo on "
         "Tuesday.",
         E("MEET", "KOR", "JPN", "defence-policy-talks"), published=PUB_2025),
    case("The intelligence chiefs of Turkey and Syria met in Ankara on Monday.",
         E("MEET", "TUR", "SYR", "intelligence"), published=PUB_2025),
    case("The chief of Japan's Joint Staff met his Chinese counterpart in Tokyo on Friday.",
         E("MEET", "JPN", "CHN", "military-chiefs"), published=PUB_2025),
    case("Thai and Cambodian regional army commanders met at the border on Sunday to ease "
         "tensions.",
         E("MEET", "THA", "KHM", "theater-command-talks"), published=PUB_2025),
]

#: Roles of different channels, or no roles: the channel stays null.
NO_CHANNEL = [
    case("The Japanese defence minister met the Chinese foreign minister in Beijing on "
         "Monday.",
         E("MEET", "JPN", "CHN", None), published=PUB_2025),
    case("Officials from Vietnam and China met in Hanoi on Tuesday.",
         E("MEET", "VNM", "CHN", None), published=PUB_2025),
    case("China and the United States held talks between their defence chiefs on Tuesday.",
         E("MEET", "CHN", "USA", None), published=PUB_2025),
]

#: A contact told again as 'between the two' is on the channel of the two told before.
BETWEEN_THE_TWO = [
    case("US Defense Secretary Pete Hegseth met Chinese Defence Minister Dong Jun in Kuala "
         "Lumpur on Friday. It followed a video call in September between the two.",
         E("MEET", "USA", "CHN", "defence-ministers"),
         E("CALL", "USA", "CHN", "defence-ministers", date="2024-09"), published=PUB_2025),
    case("Britain's Chief of the Defence Staff spoke by phone with the chief of the Russian "
         "General Staff on Wednesday. A phone call in March between the two men had gone "
         "badly.",
         E("CALL", "GBR", "RUS", "military-chiefs", date="2025-05-28"),
         E("CALL", "GBR", "RUS", "military-chiefs", date="2025-03"), published=PUB_2025),
]

#: An ambiguous title naming a channel is read by the people the article names.
TITLES_IN_CONTEXT = [
    case("Defense Secretary Lloyd Austin wants to meet Admiral Dong Jun. China cancelled the "
         "defence chiefs' meeting planned for June.",
         E("REQUEST", "USA", "CHN", "defence-ministers"),
         E("SUSPEND", "CHN", "USA", "defence-ministers"), published=date(2024, 6, 3)),
    case("General Charles Q. Brown wants to speak with General Liu Zhenli. China cancelled the "
         "defence chiefs' meeting planned for June.",
         E("REQUEST", "USA", "CHN", "military-chiefs"),
         E("SUSPEND", "CHN", "USA", "military-chiefs"), published=date(2024, 6, 3)),
    case("China cancelled the defence chiefs' meeting with the United States planned for "
         "June.",
         E("SUSPEND", "CHN", "USA", None), published=date(2024, 6, 3)),
]

#: A named mechanism gives its channel, for pairs the catalogue's patterns do not know.
NAMED_MECHANISMS = [
    case("Officials of Japan and Indonesia held the Indonesia-Japan Defense Strategic Dialogue "
         "on Tuesday.",
         E("MEET", "IDN", "JPN", "defence-policy-talks"), published=PUB_2025),
    case("South Korea and the United States held the Security Consultative Meeting in Seoul "
         "on Friday.",
         E("MEET", "KOR", "USA", "defence-ministers"), published=PUB_2025),
    case("Indian and Chinese officers held a border personnel meeting at Bum La on Sunday.",
         E("MEET", "IND", "CHN", "theater-command-talks"), published=PUB_2025),
    case("Pakistan suspended the navy hotline with India on Saturday.",
         E("SUSPEND", "PAK", "IND", "hotline"), published=PUB_2025),
    # A reference mechanism's words written as a proper name, whatever the pair.
    case("Australia and the United States held AUSMIN talks in Washington on Tuesday.",
         E("MEET", "AUS", "USA", "diplomatic"), published=PUB_2025),
    case("Israeli and Lebanese officers met in the UNIFIL tripartite meeting at Naqoura on "
         "Wednesday.",
         E("MEET", "ISR", "LBN", "theater-command-talks"), published=PUB_2025),
    case("American and Philippine officers held the Mutual Defense Board meeting in Manila on "
         "Tuesday.",
         E("MEET", "USA", "PHL", "military-chiefs"), published=PUB_2025),
    case("The United States and Turkey held a meeting of the High Level Defense Group in "
         "Ankara on Tuesday.",
         E("MEET", "USA", "TUR", "defence-policy-talks"), published=PUB_2025),
    # A call on a named line is made over it.
    case("Japan and China held their first call on the defence hotline on Thursday.",
         E("CALL", "JPN", "CHN", "hotline"), published=PUB_2025),
]


#: One side's holder calling a counterpart: the holder's channel; 'on Saturday' is when the
#: call was made, not 'called on' (urged).
COUNTERPART_CALLS = [
    case("Austin called his Chinese counterpart on Saturday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2024-06-01"),
         published=date(2024, 6, 3)),
    case("Pakistan's army chief called his Indian counterpart on Saturday to discuss the "
         "ceasefire.",
         E("CALL", "PAK", "IND", "military-chiefs", date="2024-06-01"),
         published=date(2024, 6, 3)),
    case("Austin called on Beijing to restore the hotline.",
         E("DEMAND", "USA", "CHN"), published=date(2024, 6, 3)),
]

#: Several holders of one side, the other side named only as a state: each asks, and is
#: refused, on his own office's channel; a holder of the other side in another channel
#: still leaves it open.
ONE_SIDE_SEVERAL_HOLDERS = [
    case("Moscow rejected several requests by Austin and Milley to talk after the invasion.",
         E("REQUEST", "USA", "RUS", "defence-ministers"),
         E("REQUEST", "USA", "RUS", "military-chiefs"),
         E("DECLINE", "RUS", "USA", "defence-ministers"),
         E("DECLINE", "RUS", "USA", "military-chiefs"), published=date(2022, 5, 2)),
    case("Japan's defence minister and the chief of Japan's Joint Staff both asked China for "
         "talks on Monday.",
         E("REQUEST", "JPN", "CHN", "defence-ministers"),
         E("REQUEST", "JPN", "CHN", "military-chiefs"), published=PUB_2025),
    case("Beijing refused requests from Hegseth and the chairman of the US Joint Chiefs of "
         "Staff for phone calls.",
         E("REQUEST", "USA", "CHN", "defence-ministers"),
         E("REQUEST", "USA", "CHN", "military-chiefs"),
         E("DECLINE", "CHN", "USA", "defence-ministers"),
         E("DECLINE", "CHN", "USA", "military-chiefs"), published=PUB_2025),
    # The other side's holder is of another channel: which channel is left open.
    case("Requests by Austin and Milley to meet the Chinese foreign minister went nowhere.",
         E("REQUEST", "USA", "CHN", None), published=date(2022, 5, 2)),
]

#: A definite meeting noun whose 'of' or 'between' phrase names office holders is on their
#: channel, not on that of the meeting told just before it; without them it is that
#: meeting again.
HOLDERS_OF_A_TOLD_NOUN = [
    case("The presidents of South Korea and Japan met in Seoul on Friday. The previous "
         "meeting of the two countries' defence ministers took place in Tokyo in March.",
         E("MEET", "KOR", "JPN", "leaders", date="2025-05-30"),
         E("MEET", "KOR", "JPN", "defence-ministers", date="2025-03"), published=PUB_2025),
    case("The prime ministers of India and Australia held talks on Tuesday. The last meeting "
         "between their foreign ministers was held in Delhi in February.",
         E("MEET", "IND", "AUS", "leaders", date="2025-05-27"),
         E("MEET", "IND", "AUS", "diplomatic", date="2025-02"), published=PUB_2025),
    # negative: a meeting noun naming no holders is the meeting told before
    case("The presidents of South Korea and Japan met in Seoul on Friday. The meeting was "
         "held at the presidential office.",
         E("MEET", "KOR", "JPN", "leaders", date="2025-05-30"), published=PUB_2025),
]


#: "foreign and defence ministers of both sides held talks" (a "two-plus-two"): each channel
#: officials of both states hold is a meeting of its own (channel_from_roles.held_by_both_sides);
#: one official's aide or a role held by one side only adds none.
TWO_PLUS_TWO = [
    case("Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara held talks "
         "with Philippine Foreign Secretary Enrique Manalo and Defense Secretary Gilberto "
         "Teodoro on Monday.",
         E("MEET", "JPN", "PHL", "diplomatic"), E("MEET", "JPN", "PHL", "defence-ministers"),
         published=date(2024, 7, 8)),
    case("Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met Japanese "
         "Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara in Tokyo on "
         "Sunday.",
         E("MEET", "USA", "JPN", "diplomatic"), E("MEET", "USA", "JPN", "defence-ministers"),
         published=date(2024, 7, 29)),
    case("Japanese Defense Minister Minoru Kihara, with Foreign Minister Yoko Kamikawa at his "
         "side, held talks with Philippine Defense Secretary Gilberto Teodoro on Monday.",
         E("MEET", "JPN", "PHL", "defence-ministers"), published=date(2024, 7, 8)),
]


TABLES: dict[str, list[Any]] = {
    "holders of a told noun": HOLDERS_OF_A_TOLD_NOUN,
    "one side, several holders": ONE_SIDE_SEVERAL_HOLDERS,
    "two-plus-two": TWO_PLUS_TWO,
    "counterpart calls": COUNTERPART_CALLS,
    "same channel, both sides": SAME_CHANNEL_BOTH_SIDES,
    "no channel": NO_CHANNEL,
    "between the two": BETWEEN_THE_TWO,
    "titles in context": TITLES_IN_CONTEXT,
    "named mechanisms": NAMED_MECHANISMS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_channel_from_participants(realis: Pipeline, text: str, published: date,
                                   expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)


@pytest.mark.parametrize(("text", "mechanism"), [
    ("Officials of Japan and Indonesia held the Indonesia-Japan Defense Strategic Dialogue "
     "on Tuesday.", "Indonesia-Japan Defense Strategic Dialogue"),
    # A multilateral forum named like a dialogue is no mechanism of the pair.
    ("Singapore hosted the Shangri-La Dialogue on Friday, where Hegseth met Dong Jun.", None),
    ("South Korea and the United States held the Security Consultative Meeting in Seoul on "
     "Friday.", "Security Consultative Meeting"),
    ("Japanese Defence Minister Gen Nakatani met his Chinese counterpart Dong Jun in "
     "Singapore on Sunday.", None),
])
def test_the_mechanism_field(realis: Pipeline, text: str, mechanism: str | None) -> None:
    article = Article(id="t", text=text, published=PUB_2025)
    events = next(iter(realis.extract([article]))).events
    assert events and {e.mechanism for e in events} == {mechanism}
