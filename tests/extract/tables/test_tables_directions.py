"""Sentence table: who acts in a directed event told from the other side: the side whose
platform acted in an encounter, also when the victim tells it; the owner of a request that is
the occasion of a call; who imposes sanctions told as a means ('hit with sanctions by'); an
encounter under 'without' that did not happen (extract/directions.py, event_absences.py,
themes_weapons.py, themes_sanction_means.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ANY, ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------------- encounters told by the victim
ENCOUNTERS = [
    case("China and the United States traded blame. On 19 June a US Navy P-8A patrol "
         "aircraft was flying east of Hainan when a J-11 fighter intercepted it.",
         E("ENCOUNTER", "CHN", "USA", date="2023-06-19")),
    case("China and the United States traded blame. On 19 June a US Navy P-8A patrol "
         "aircraft was intercepted by a J-11 fighter east of Hainan.",
         E("ENCOUNTER", "CHN", "USA", date="2023-06-19")),
    case("China and the United States traded blame. On 19 June a J-11 fighter intercepted a "
         "US Navy P-8A patrol aircraft east of Hainan.",
         E("ENCOUNTER", "CHN", "USA", date="2023-06-19")),
    case("Japan and China traded blame. Tokyo said its P-3C patrol plane had been "
         "intercepted over the East China Sea on Monday.",
         E("ENCOUNTER", "CHN", "JPN", date="2023-06-26")),
    case("Canada and China traded blame. A Canadian patrol plane was buzzed by fighter jets "
         "over the East China Sea on Sunday.",
         E("ENCOUNTER", "CHN", "CAN", date="2023-06-25")),
    case("Canada and China traded blame. Fighter jets buzzed a Canadian patrol plane over the "
         "East China Sea on Sunday.",
         E("ENCOUNTER", "CHN", "CAN", date="2023-06-25")),
    case("A US surveillance drone was harassed by two Russian Su-27 jets over the Black Sea "
         "on Tuesday.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20")),
    case("A Russian jet harassed a US drone over the Black Sea on Tuesday.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20")),
    case("Japan said a Chinese fighter had intercepted its patrol plane on Monday.",
         E("ENCOUNTER", "CHN", "JPN", date="2023-06-26")),
    case("Australia said a Chinese fighter released flares near its P-8 aircraft on Sunday.",
         E("ENCOUNTER", "CHN", "AUS", date="2023-06-25")),
    # encounter nouns: who made the intercept, whom it was of
    case("The US Navy said a Russian Su-35 made an unsafe intercept of a US P-8A over the "
         "Mediterranean on Friday.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-23")),
    case("Russia defended the intercept of a US RC-135 by its Su-27 jet over the Baltic Sea "
         "on Friday.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-23")),
    case("China and the US argued. The intercept of the US drone by a Chinese J-11 came on "
         "Friday.",
         E("ENCOUNTER", "CHN", "USA", date="2023-06-23")),
    # platforms that have an encounter hold no meeting
    case("China and the US argued. A US P-8A had a dangerous encounter with a Chinese J-11 "
         "on Friday.",
         E("ENCOUNTER", ANY, ANY, date="2023-06-23")),
    case("Austin had a brief encounter with Li in Singapore on Friday.",
         E("MEET", "USA", "CHN", date="2023-06-23")),
]

# ------------------------------------------------------- a weapon released near a platform
WEAPONS = [
    case("A Russian fighter released a missile near a British surveillance plane over the "
         "Black Sea in September.",
         E("ENCOUNTER", "RUS", "GBR", date="2022-09"), published=date(2022, 10, 20)),
    case("A Chinese helicopter released a rocket close to an Australian frigate on Sunday, "
         "Canberra said.",
         E("ENCOUNTER", "CHN", "AUS", date="2023-06-25")),
    case("A Chinese bomber dropped a missile near a US destroyer in the South China Sea on "
         "Sunday.",
         E("ENCOUNTER", "CHN", "USA", date="2023-06-25")),
    case("A Russian jet released a missile into the sea during a drill on Monday."),
]

# ------------------------------------------------------------ encounters that did not happen
ABSENT = [
    case("The two warships passed each other without a collision on Monday, the Pentagon "
         "said."),
    case("The Chinese and Philippine vessels sailed side by side for an hour without an "
         "encounter on Sunday."),
]

# ---------------------------------------------------------- a request as the occasion
OCCASIONS = [
    case("Radakin and Gerasimov spoke at the request of the Russian defence ministry on "
         "Monday.",
         E("REQUEST", "RUS", "GBR"), E("CALL", "GBR", "RUS", date="2023-06-26")),
    case("Britain and Russia talked. Radakin and Gerasimov spoke at Moscow's request on "
         "Monday.",
         E("REQUEST", "RUS", "GBR"), E("CALL", "GBR", "RUS", date="2023-06-26")),
    case("Austin and Li met in Singapore at China's request on Monday.",
         E("REQUEST", "CHN", "USA"), E("MEET", "USA", "CHN", date="2023-06-26")),
    # the request is on the channel of the contact it occasions, also when that contact is
    # one told before ("the call")
    case("The chiefs of defence of Britain and Russia spoke by phone on Monday. The call was "
         "placed at the request of the Russian side.",
         E("REQUEST", "RUS", "GBR", "military-chiefs"),
         E("CALL", "GBR", "RUS", "military-chiefs", date="2023-06-26")),
    case("The defence ministers of Japan and China met in Tokyo on Friday. The meeting was "
         "held at the invitation of the Japanese side.",
         E("REQUEST", "JPN", "CHN", "defence-ministers"),
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-23")),
    case("The Indian and Pakistani DGMOs spoke on the hotline on Sunday. The call took place "
         "at the request of the Pakistani side.",
         E("REQUEST", "PAK", "IND", "hotline"),
         E("CALL", "IND", "PAK", "hotline", date="2023-06-25")),
    # a request that occasions no contact asks for no talks
    case("Canada arrested a Huawei executive at Washington's request in 2018."),
    case("Seoul extradited the suspect to the United States at Washington's request on "
         "Monday."),
    case("India froze the accounts at the request of the United States on Friday."),
    case("Wang Yi visited Moscow at the invitation of Russia on Monday.",
         E("REQUEST", "RUS", "CHN"), E("MEET", "CHN", "RUS", date="2023-06-26")),
    # the subject still asks when the request is its own
    case("Japan asked China for a meeting of defence ministers on Monday.",
         E("REQUEST", "JPN", "CHN", "defence-ministers")),
    case("China was asked by Japan for talks between the defence ministers on Monday.",
         E("REQUEST", "JPN", "CHN", "defence-ministers")),
]

# ------------------------------------------- sanctions as a means: who imposes them
SANCTION_MEANS = [
    case("China was hit with sanctions by the United States over its support for Russia on "
         "Monday.",
         E("SANCTION", "USA", "CHN", date="2023-06-26")),
    case("Beijing retaliated with sanctions on Lockheed Martin, the US arms maker, on Monday.",
         E("SANCTION", "CHN", "USA", date="2023-06-26")),
    case("Russia faces new British sanctions over its invasion of Ukraine.",
         E("SANCTION", "GBR", "RUS")),
    case("Moscow responded with sanctions against British defence officials on Friday.",
         E("SANCTION", "RUS", "GBR", date="2023-06-23")),
    # no owner: a threat, not sanctions imposed
    case("Russia faces sanctions if it invades Ukraine, Britain warned."),
]


# --------------------------------------------- the doer of a word without its own subject
#: "made dangerous and harassing approaches to US ships", "intercepted and harassed the
#: drone": the word shares the doer of the verb it is coordinated with or complements, and
#: a noun's 'to' phrase is what it acts on.
SHARED_DOERS = [
    case("Eleven Iranian naval vessels made dangerous and harassing approaches to U.S. Navy "
         "ships in the Gulf on Wednesday.",
         E("ENCOUNTER", "IRN", "USA", date="2023-06-21")),
    case("Chinese navy ships made harassing approaches to a Philippine supply vessel on "
         "Tuesday.",
         E("ENCOUNTER", "CHN", "PHL", date="2023-06-20")),
    case("A Russian Su-27 made an unsafe approach to a British RC-135 over the Black Sea on "
         "Tuesday.",
         E("ENCOUNTER", "RUS", "GBR", date="2023-06-20")),
    case("Russian jets made unsafe and unprofessional intercepts of a US drone over Syria on "
         "Tuesday.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20")),
    case("Eleven Iranian vessels made harassing approaches to U.S. ships on Wednesday, "
         "and Washington filed no protest.",
         E("ENCOUNTER", "IRN", "USA", date="2023-06-21")),
]

#: The tables above read with the default pipeline, one test per row.
#: An unplaced platform that flew or sailed close to another: what it came close to is the
#: acted-on side, the actor the pair's other side.
CLOSE_TO = [
    case("Canada and China traded blame. On Sunday fighter jets flew dangerously close to a "
         "Canadian patrol plane over the East China Sea.",
         E("ENCOUNTER", "CHN", "CAN", date="2023-06-25"), allow=("DEMAND",)),
    case("Australia and China traded blame. Fighters from a carrier twice flew unusually close "
         "to an Australian P-8 on Friday.",
         E("ENCOUNTER", "CHN", "AUS", date="2023-06-23"), allow=("DEMAND",)),
    case("Russia and the United States traded blame. On Tuesday two jets flew close to a US "
         "drone over the Black Sea.",
         E("ENCOUNTER", "RUS", "USA", date="2023-06-20"), allow=("DEMAND",)),
    # negative: the close platform named with its state acts
    case("Japan and China traded blame. On Sunday a Japanese destroyer sailed close to a "
         "Chinese frigate near the islands.",
         E("ENCOUNTER", "JPN", "CHN", date="2023-06-25"), allow=("DEMAND",)),
]

TABLES: dict[str, list[Any]] = {
    "close to a platform": CLOSE_TO,
    "doer of a coordinated or modifying word": SHARED_DOERS,
    "encounter told by the victim": ENCOUNTERS,
    "weapon near a platform": WEAPONS,
    "absent encounter": ABSENT,
    "request as occasion": OCCASIONS,
    "sanctions as a means": SANCTION_MEANS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_direction(realis: Pipeline, text: str, published: date,
                   expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
