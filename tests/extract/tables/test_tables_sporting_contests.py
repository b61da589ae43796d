"""Sentence table: a sporting contest between two countries' teams is no contact between the
states. Sides, teams and countries that "meet", "face", "play" or "hold talks" in a story about a
match, a tournament or a league are sportsmen and sports bodies, whatever states the words
name; officials named in such a story still hold contacts, and a story that only mentions
a sport in passing keeps its events (extract/themes_sport.py, data/lexicons/sport.json).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------------ the contest in the sentence itself
IN_THE_SENTENCE = [
    case("India and Pakistan played again on Sunday. The two sides last met at the World Cup "
         "in Ahmedabad, where India won by seven wickets."),
    case("India and Pakistan will meet in the final of the tournament in Colombo on Sunday."),
    case("Japan met South Korea in a football friendly in Tokyo on Tuesday and the match "
         "ended in a draw."),
    case("The United States and Iran met in a World Cup group match in Doha on Tuesday."),
    case("Greece and Turkey will face each other in the basketball championship semi-final "
         "in Athens on Friday."),
]

# ------------------------------------------------------------- a story about a contest
#: The sentence that tells the meeting names no sport; the story does, many times.
IN_THE_STORY = [
    case("The cricket boards announced the tournament schedule on Monday. India and Pakistan "
         "will meet on March 9 in Dubai. The match is sold out, and the stadium expects "
         "25,000 fans. Both squads arrived on Sunday."),
    case("The football federations confirmed the qualifier on Monday. South Korea and North "
         "Korea last met in Pyongyang in 2019, a match played in an empty stadium. The "
         "tournament resumes in June with the same squads."),
    # a story told in sport throughout, though a king or a minister congratulates the
    # winners in it
    case("Morocco beat Spain on penalties to reach the World Cup semi-final on Tuesday. King "
         "Mohammed VI called the players to congratulate them. \"We met a great Spanish side "
         "tonight and we answered on the pitch,\" the coach said. The striker scored the "
         "decisive penalty. Morocco's fans celebrated in Rabat long after the match ended."),
    case("Jordan qualified for the World Cup with a win in Muscat on Thursday. Oman's prime "
         "minister praised both teams. Jordan and Oman last met in Amman in March. Jordan's "
         "striker scored twice in the match. The play-offs start in October, and the "
         "qualifier against Iraq is sold out."),
]

# -------------------------------------------------- officials and passing mentions still act
OFFICIALS_STILL_ACT = [
    # officials named in a story about a contest still meet
    case("The cricket boards announced the tournament on Monday. Indian Defence Minister "
         "Rajnath Singh met Pakistan's defence minister Khawaja Asif in Dubai on Sunday. The "
         "match is sold out and the stadium expects 25,000 fans.",
         E("MEET", "IND", "PAK", "defence-ministers", date="2023-06-25"),
         allow=("MEET",)),
    case("On the sidelines of the Olympic Games in Paris, the defence ministers of Japan and "
         "China met on Monday.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-26")),
    # one sport word in a military story does not silence it
    case("The defence ministers of China and the United States met in Singapore on Monday, "
         "days after the city hosted a tennis tournament.",
         E("MEET", "CHN", "USA", "defence-ministers", date="2023-06-26")),
    # talks about a sport between the states are contacts ("talks" is no game's word)
    case("South Korea and North Korea held talks at Panmunjom on Tuesday on fielding a joint "
         "ice hockey team at the Olympics.",
         E("MEET", "KOR", "PRK", date="2023-06-20")),
    case("China and Japan argued over the islands. The two sides held military talks in "
         "Beijing on Monday.",
         E("MEET", "CHN", "JPN", date="2023-06-26")),
]

#: The tables above read with the default pipeline, one test per row.
TABLES: dict[str, list[Any]] = {
    "contest in the sentence": IN_THE_SENTENCE,
    "contest in the story": IN_THE_STORY,
    "officials still act": OFFICIALS_STILL_ACT,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_sporting_contests_are_no_contacts(realis: Pipeline, text: str, published: date,
                                           expected: Sequence[Expected],
                                           allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
