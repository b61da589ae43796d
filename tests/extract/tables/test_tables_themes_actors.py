"""Sentence table: only states act: talks of scientists or players are no channel, a meeting
of private people is no contact between the states where they are (places do not make a
pair), nor is one whose partner is private people ("spoke to their families"), one state's
own meeting is no contact, and asking the other side to speak carefully
asks for no talks; officials, sides and named channels still act (extract/themes_actors.py,
themes_domestic.py, parties.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# --------------------------------------------------------------- talks of non-officials
NON_OFFICIALS = [
    case("Chinese and American scientists resumed talks on climate data in Geneva on Monday."),
    case("Indian and Pakistani students suspended their exchange programme talks on Friday."),
    case("Russian and Ukrainian players refused a meeting with each other before the final."),
    # officials still hold channels
    case("China and the United States resumed military talks in Geneva on Monday.",
         E("RESUME", "CHN", "USA", date="2023-06-26")),
]

# ------------------------------------------------------------ meetings of private people
PRIVATE_PEOPLE = [
    case("Keepers from a city zoo held a video meeting with conservationists in the "
         "Seychelles and Chile on Monday."),
    case("Teachers from a school in Ohio held a meeting with parents in Canada and Mexico on "
         "Monday."),
    case("Volunteers in Kenya had a call with farmers in Uganda and Tanzania last week."),
    # sides, officers and named channels still stand for states
    case("China and Japan argued. The two sides held a meeting in Beijing on Monday.",
         E("MEET", "CHN", "JPN", date="2023-06-26")),
    case("China and Japan argued. Officers from both navies held a meeting in Beijing on "
         "Monday.",
         E("MEET", "CHN", "JPN", date="2023-06-26")),
    case("US and Chinese maritime safety working groups convened in Honolulu in April.",
         E("MEET", "USA", "CHN", "maritime-safety-talks", date="2023-04")),
]

# ------------------------------------------------- a contact whose partner is private people
PRIVATE_PARTNERS = [
    case("China and the US argued. The crew spoke to their families by telephone on Monday."),
    case("China and the US argued. The freed sailors met their relatives on Monday."),
    # a team led by an official, or officials, are still a side
    case("Ukraine and Russia argued. A Ukrainian delegation met a Russian team headed by "
         "Kremlin aide Vladimir Medinsky on Monday.",
         E("MEET", "UKR", "RUS", date="2023-06-26")),
    case("China and the US argued. US officers met with their Chinese counterparts on "
         "Monday.",
         E("MEET", "USA", "CHN", date="2023-06-26")),
]

# ---------------------------------------------------------------- one state's meeting
INTERNAL = [
    case("China and the US argued. Xi told a meeting of Chinese military officers in Beijing "
         "on Monday that the army must be ready."),
    case("Japan and China argued. A meeting of Japanese defence officials on Friday "
         "discussed the Chinese carrier."),
    # a meeting of both states' people is a contact
    case("A meeting of Russian and American officers took place in Geneva on Monday.",
         E("MEET", "RUS", "USA", date="2023-06-26")),
]

# ------------------------------------------------------ careful speech asked for
SPEECH = [
    case("China and Japan argued. China asks Japan to speak prudently on Taiwan."),
    # a demand on what the other side says, not a request for talks
    case("Seoul urged Tokyo to speak responsibly about the island dispute with South Korea.",
         allow=("DEMAND",)),
    case("Russia and the United States argued. The two men had last spoken on 20 January, "
         "the Pentagon said.",
         E("CALL", "RUS", "USA", date="2023-01-20")),
    case("China asked Japan to speak with its defence officials about the patrols.",
         E("REQUEST", "CHN", "JPN")),
]


# ------------------------------------------------------------ a team led by an official
#: "a Russian team headed by Kremlin aide Vladimir Medinsky": a group led by someone is a
#: state's delegation; a football or business team stays private people.
LED_DELEGATIONS = [
    case("On Friday, a Ukrainian delegation led by Defence Minister Rustem Umerov met a "
         "Russian team headed by a Kremlin aide in Istanbul.",
         E("MEET", "UKR", "RUS", date="2023-06-23")),
    case("A Chinese team led by a deputy foreign minister met an Indian delegation in Delhi "
         "on Tuesday.",
         E("MEET", "CHN", "IND", date="2023-06-20")),
    case("A Russian football team met a Ukrainian team in Istanbul on Tuesday."),
    case("A Japanese business team met Chinese investors in Shanghai on Tuesday."),
]

# -------------------------------------------------------- summoning the other's diplomat
#: "summoned the British defence attache", "summoned China's ambassador": the diplomat is
#: called in and seen; summoning one's own commanders or a parliament is no contact.
SUMMONED = [
    case("The Russian defence ministry summoned the British defence attache in Moscow on "
         "Tuesday.",
         E("MEET", "RUS", "GBR", "attaches", date="2023-06-20")),
    case("Beijing summoned the Japanese ambassador on Tuesday over the visit.",
         E("MEET", "CHN", "JPN", date="2023-06-20")),
    case("Seoul summoned a senior Japanese diplomat on Tuesday to protest.",
         E("MEET", "KOR", "JPN", date="2023-06-20"), allow=("DEMAND",)),
    case("The Russian president summoned his security council on Tuesday."),
]

# ---------------------------------------------------- unions and professions meeting
#: Unions, teachers, doctors and pensioners meeting are private people, not states.
UNIONS = [
    case("Washington urged Belgrade to delay the rule. Unions representing Serb teachers in "
         "Kosovo have called meetings of their members to discuss their pay.",
         E("DEMAND", "USA", "SRB")),
    case("Greek and Turkish doctors met in Izmir on Tuesday to share earthquake experience."),
    case("Pensioners from Serbia and Hungary met in Szeged on Tuesday."),
]

# ------------------------------------------------------------ a meeting one side chairs
#: A meeting chaired by one official with no partner named is that side's own; one held by
#: both sides' people, or chaired jointly, is a contact.
CHAIRED = [
    case("South Korea suspended the 2018 military agreement with North Korea on Tuesday. The "
         "cabinet approved the suspension at a meeting chaired by the prime minister.",
         E("SUSPEND", "KOR", "PRK", date="2023-06-20")),
    case("China and Japan argued. The Japanese security council discussed the Chinese drills "
         "at a session presided over by the prime minister on Monday."),
    case("Israeli and Lebanese officers held a meeting chaired by the UNIFIL force commander "
         "in Naqoura on Monday.",
         E("MEET", "ISR", "LBN", date="2023-06-26")),
    case("The defence ministers of Japan and China held a meeting on Monday chaired jointly "
         "by the two ministers.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-26")),
]

#: The tables above read with the default pipeline, one test per row.
TABLES: dict[str, list[Any]] = {
    "chaired by one side": CHAIRED,
    "unions and professions": UNIONS,
    "summoned diplomats": SUMMONED,
    "led delegations": LED_DELEGATIONS,
    "non-officials' talks": NON_OFFICIALS,
    "private people": PRIVATE_PEOPLE,
    "private partners": PRIVATE_PARTNERS,
    "one state's meeting": INTERNAL,
    "careful speech": SPEECH,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_only_states_act(realis: Pipeline, text: str, published: date,
                         expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
