"""Sentence table: a silence or a refusal that answers an ask just before it
(extract/unanswered_asks.py).

The contract counts a request that went unanswered as a DECLINE; when the silence names
nothing ("has not responded"), what it answers is the ask in the same sentence or the one
before. A reporter's unanswered question, or a silence after anything but an ask for talks,
is no DECLINE.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

#: The silence in the sentence after the ask, told with several verbs and tenses.
NEXT_SENTENCE = [
    case("Seoul proposed military talks with Pyongyang on Monday. The North has not responded.",
         E("REQUEST", "KOR", "PRK", date="2023-06-26"), E("DECLINE", "PRK", "KOR")),
    case("Tokyo has proposed a fresh round of security talks with Beijing. China did not reply, "
         "a Japanese official said.",
         E("REQUEST", "JPN", "CHN"), E("DECLINE", "CHN", "JPN")),
    case("Seoul offered on Friday to hold talks with Pyongyang. North Korea is yet to reply.",
         E("REQUEST", "KOR", "PRK", date="2023-06-23"), E("DECLINE", "PRK", "KOR")),
    case("Manila invited Beijing last week to a meeting of coast guard chiefs. Beijing has not "
         "answered.",
         E("REQUEST", "PHL", "CHN"), E("DECLINE", "CHN", "PHL")),
]

#: The ask and the silence in one sentence, after a semicolon or a "but".
SAME_SENTENCE = [
    case("India sought a meeting of the two armies' commanders; Pakistan has not replied.",
         E("REQUEST", "IND", "PAK"), E("DECLINE", "PAK", "IND")),
    case("South Korea proposed military talks to North Korea last week, but Pyongyang has yet "
         "to respond.",
         E("REQUEST", "KOR", "PRK"), E("DECLINE", "PRK", "KOR")),
]

#: Silences that answer no ask for talks.
NO_ASK = [
    # the reporter's own question
    case("Reuters asked the Chinese defence ministry about the meeting. The ministry did not "
         "immediately respond.",
         allow=("MEET",)),
    case("The Pentagon asked China for comment. Beijing has not responded."),
    # an ask, but not for talks
    case("The minister asked Beijing to release the crew. China has not responded."),
    # a silence after a sanction
    case("The United States imposed sanctions on two Chinese firms. China has not responded.",
         E("SANCTION", "USA", "CHN")),
    # the silence names what it does not answer
    case("Seoul proposed military talks with Pyongyang on Monday. The North has not responded "
         "to questions about the missile launch.",
         E("REQUEST", "KOR", "PRK")),
]

#: "the offer", "the proposal", "Seoul's invitation" refused: the ask for talks told just
#: before, in the sentence before or earlier in the same one; one request, not a second
#: one made on the day of the refusal.
REFUSED_ASK = [
    case("Seoul proposed talks with Pyongyang on March 3. The North rejected the offer the "
         "next day.",
         E("REQUEST", "KOR", "PRK", date="2023-03-03"),
         E("DECLINE", "PRK", "KOR", date="2023-03-04")),
    case("India proposed a meeting of corps commanders, but China rejected the proposal.",
         E("REQUEST", "IND", "CHN"), E("DECLINE", "CHN", "IND")),
    case("Tokyo asked Beijing on Monday to hold a defence ministers' meeting. China turned "
         "down Japan's proposal on Wednesday.",
         E("REQUEST", "JPN", "CHN", date="2023-06-26"),
         E("DECLINE", "CHN", "JPN", date="2023-06-28"), published=date(2023, 6, 29)),
    # not an ask for talks
    case("Tokyo offered aid to Beijing after the floods. China rejected the offer."),
    case("Russia proposed a ceasefire to Ukraine. Kyiv rejected the proposal."),
    case("Russia proposed a prisoner exchange to Ukraine. Kyiv rejected the proposal."),
    # an offer of something else, though talks were asked for before
    case("Seoul proposed talks with Pyongyang. The North rejected the offer of food aid.",
         E("REQUEST", "KOR", "PRK")),
]

#: "declined to take part", "refused to join" with nothing else named: the ask for talks told
#: just before is refused; joining something else, or with no ask before, is no refusal.
REFUSED_TO_TAKE_PART = [
    case("Defense Secretary Lloyd Austin sought a call with Sergei Shoigu in March, but the "
         "Russians declined to take part.",
         E("REQUEST", "USA", "RUS", "defence-ministers"),
         E("DECLINE", "RUS", "USA", "defence-ministers"), published=date(2022, 5, 14)),
    case("South Korea proposed military talks with the North on Monday. Pyongyang refused to "
         "join.",
         E("REQUEST", "KOR", "PRK"), E("DECLINE", "PRK", "KOR")),
    case("Japan asked China for a meeting of defence ministers in May, but Beijing declined to "
         "attend.",
         E("REQUEST", "JPN", "CHN", "defence-ministers"),
         E("DECLINE", "CHN", "JPN", "defence-ministers")),
    # something else to take part in, or no ask before
    case("South Korea invited the North to the joint drills on Monday. Pyongyang refused to "
         "join the drills."),
    case("Japan asked China for a meeting of defence ministers in May. Beijing refused to take "
         "part in the naval exercise.",
         E("REQUEST", "JPN", "CHN", "defence-ministers")),
    case("The weather in Seoul was mild on Monday. Pyongyang refused to take part."),
]

#: A call not put through, not gone through or not answered, told in a clause coordinated
#: with the attempt: whoever attempted asked, the other side declined
#: (parties._attempter_of_unanswered; 'put through' and 'go through' are negated DECLINE
#: verbs). A call put through is a call.
NOT_PUT_THROUGH = [
    case("Turkey's president tried twice this week to reach Putin by phone, and neither call "
         "was put through.",
         E("REQUEST", "TUR", "RUS", "leaders"), E("DECLINE", "RUS", "TUR", "leaders")),
    case("Tokyo tried to reach Beijing on the defence hotline, but the call did not go "
         "through.",
         E("REQUEST", "JPN", "CHN", "hotline"), E("DECLINE", "CHN", "JPN", "hotline"),
         xfail="the call noun, subject of an active negated 'go', still gives a CALL"),
    case("Tokyo tried to reach Beijing on the defence hotline, but the call was not put "
         "through.",
         E("REQUEST", "JPN", "CHN", "hotline"), E("DECLINE", "CHN", "JPN", "hotline")),
    case("Seoul sought a call with Pyongyang on Monday, but the call was not answered.",
         E("REQUEST", "KOR", "PRK"), E("DECLINE", "PRK", "KOR")),
    case("Erdogan's call to Putin was put through on Friday.",
         E("CALL", "TUR", "RUS", "leaders")),
]


TABLES: dict[str, list[Any]] = {
    "a call not put through": NOT_PUT_THROUGH,
    "refused to take part": REFUSED_TO_TAKE_PART,
    "a refused ask told before": REFUSED_ASK,
    "in the next sentence": NEXT_SENTENCE,
    "in the same sentence": SAME_SENTENCE,
    "no ask for talks": NO_ASK,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_unanswered_ask(realis: Pipeline, text: str, published: date,
                        expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
