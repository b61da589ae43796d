"""Sentence table: Demands (extract/themes_demands.py, constructions.deontic_demands)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- demands
DEMANDS = [
    case("The Pentagon said it was incumbent on Beijing to operate its aircraft safely.",
         E("DEMAND", "USA", "CHN")),
    case("Seoul voiced concern to Pyongyang and asked that the drone flights not be repeated.",
         E("DEMAND", "KOR", "PRK")),
    case("Moscow said that Washington could not expect dialogue while arming Kyiv, and that it "
         "should change course.",
         E("DEMAND", "RUS", "USA")),
    case("China says the US must lift the sanctions on Li Shangfu before the defence chiefs "
         "can meet.",
         E("DEMAND", "CHN", "USA")),
    case("Pyongyang demanded that Seoul halt its joint drills with the US.",
         E("DEMAND", "PRK", "KOR")),
    case("Moscow called on Washington to withdraw its missiles from Europe.",
         E("DEMAND", "RUS", "USA")),
    case("Tokyo urged Beijing to set up a hotline for maritime emergencies.",
         E("DEMAND", "JPN", "CHN"), allow={"REQUEST"}),
    case("Beijing has told the US that it must end weapons sales to Taipei.",
         E("DEMAND", "CHN", "USA")),
    case("Beijing wants Washington to drop the sanctions on Li before any talks.",
         E("DEMAND", "CHN", "USA")),
    case("Beijing wants the sanctions on Li dropped before any talks.",
         E("DEMAND", "CHN", "USA"),
         xfail="one state only: who imposed the sanctions is not named in a one-sentence text"),
    case("Washington placed sanctions on Li Shangfu in 2018. Beijing wants the sanctions on Li "
         "dropped before any talks.",
         E("SANCTION", "USA", "CHN", date="2018"), E("DEMAND", "CHN", "USA")),
    case("Moscow wants the US sanctions on its defence minister lifted before any dialogue.",
         E("DEMAND", "RUS", "USA")),
    case("India insisted that Pakistan end cross-border firing as a precondition for talks.",
         E("DEMAND", "IND", "PAK")),
    case("China will not restore military talks with the US until sanctions on Li are dropped.",
         E("DEMAND", "CHN", "USA")),
]


# ----------------------------------------- a warning or advice to a state to (not) act
#: "warned Caracas not to interfere", "advised the government in Caracas not to pursue":
#: a stance verb with a state as addressee and an infinitive is a demand; advice to one's
#: own staff, or to travellers who are in a state, is none.
ADDRESSED_STANCES = [
    case("The Pentagon warned Caracas not to interfere with U.S. military operations.",
         E("DEMAND", "USA", "VEN")),
    case("In a statement, the Pentagon said it strongly advised the government in Caracas not "
         "to obstruct U.S. operations.",
         E("DEMAND", "USA", "VEN")),
    case("Beijing warned Manila not to send more ships to the shoal.",
         E("DEMAND", "CHN", "PHL")),
    case("Seoul advised Pyongyang to return to talks on Tuesday.",
         E("DEMAND", "KOR", "PRK"), allow=("REQUEST",)),
    case("The Pentagon advised its staff to avoid travel to Venezuela."),
    case("The Pentagon advised travellers in Venezuela to leave."),
    case("Japan's defence ministry advised residents to stay indoors during the drills."),
]

#: The tables above read with the default pipeline, one test per row.
# ------------------------------------------------ preconditions on one side's own step
#: "would reconsider only if Japan lifted its curbs": the side whose step waits demands the
#: other side's act (extract/precondition_clauses.py). A bare 'if', a step told as a fact,
#: or a condition with no state for its subject is none.
PRECONDITIONS = [
    case("Seoul said it would reconsider only if Tokyo first lifted its export curbs.",
         E("DEMAND", "KOR", "JPN", None)),
    case("Beijing will not return to the table unless Washington drops the sanctions on its "
         "defence minister.",
         E("DEMAND", "CHN", "USA", None), allow={"SANCTION", "EASE", "MEET"}),
    case("Pyongyang would change course only if Seoul halted the joint drills.",
         E("DEMAND", "PRK", "KOR", None)),
    case("Moscow would come back to the treaty talks only if Washington withdrew its "
         "missiles from Europe.",
         E("DEMAND", "RUS", "USA", None), allow={"MEET", "RESUME"}),
    case("Seoul said it would reconsider if Tokyo lifted its export curbs."),
    case("Seoul reconsidered only after Tokyo lifted its export curbs."),
    case("Japan and South Korea would sign the deal only if the weather allowed."),
]


# ------------------------------------------------------------- asked for an answer
#: Asking the other side to reply or respond seeks contact, not an act: no demand. Asking it
#: to act is one.
ASKED_TO_ANSWER = [
    case("Seoul asked Pyongyang to reply through the military hotline by Friday.",
         allow={"REQUEST", "CALL"}),
    case("Seoul asked Pyongyang to respond to its offer of military talks within a week.",
         allow={"REQUEST", "MEET"}),
    case("Manila asked Beijing to answer on the foreign ministries' hotline.",
         allow={"REQUEST", "CALL"}),
    case("Seoul asked Pyongyang to stop the artillery drills near the border.",
         E("DEMAND", "KOR", "PRK", None)),
]

#: A directive coordinated inside a report, its own subject naming no state ("said its
#: forces had acted lawfully and told Manila to stop"): the reporter demands it.
DIRECTIVE_IN_A_REPORT = [
    case("China's defence ministry said its forces had acted lawfully and told Manila to "
         "stop its provocations at once.",
         E("DEMAND", "CHN", "PHL", None)),
    case("The Russian defence ministry said its pilots had acted professionally and told "
         "Washington to end its drone flights over the Black Sea.",
         E("DEMAND", "RUS", "USA", None)),
    case("Pakistan's army said its troops had shown restraint and urged India to respect the "
         "ceasefire.",
         E("DEMAND", "PAK", "IND", None)),
    # negative: the one told is no state
    case("China's defence ministry said its forces had acted lawfully and told reporters to "
         "wait for a statement."),
]


# ------------------------------------------- an obligation laid on both sides together
#: "the two armed forces should maintain exchanges": the speaker's own side is among those
#: obliged, so it is a shared aim, not a demand; one side, or "all militaries", is obliged
#: by the other (constructions._laid_on_both_sides).
BOTH_SIDES_OBLIGED = [
    case("Dong said the two armed forces should keep up high-level exchanges and handle "
         "maritime issues properly."),
    case("The Vietnamese minister said both militaries should deepen strategic communication."),
    case("Beijing said the two sides should manage their differences through consultation."),
    case("The Indian minister said each side should respect the other's concerns along the "
         "border."),
    case("Dong said Hanoi should stop sending fishing boats to the disputed islands.",
         E("DEMAND", "CHN", "VNM")),
    case("Canberra stressed that all militaries should operate safely after the Chinese "
         "intercept.", E("DEMAND", "AUS", "CHN")),
]


# ------------------------------------------------ a courtesy call on an official
#: "called on President Zardari": 'call on' an official with nothing asked of him is a
#: visit, no demand (themes_demands.courtesy_call_is_no_demand); 'call on' a state, or an
#: official with an infinitive or a 'for' phrase, asks.
COURTESY_CALLS = [
    case("The visiting Iranian general also called on President Asif Ali Zardari.",
         allow={"MEET"}),
    case("The visiting Vietnamese minister called on the Philippine president at the palace "
         "on Friday.", allow={"MEET"}),
    case("During the trip the Chinese envoy called on Japan's defence minister in Tokyo.",
         allow={"MEET"}),
    case("Tokyo called on the Chinese defence minister to explain the drills.",
         E("DEMAND", "JPN", "CHN")),
    case("Seoul called on Pyongyang for restraint after the launch.",
         E("DEMAND", "KOR", "PRK")),
]


# ------------------------------------------------------ a call for a shared aim
#: "called for a roadmap to ease tensions", "called for rebuilding trust": a call for a
#: plan, or for a betterment both sides work at, asks nothing of the other side
#: (themes_demands._calls_for_a_shared_aim); a call for the other side's act, or for its
#: sanctions lifted, still demands.
SHARED_AIMS = [
    case("The Indian defence minister met his Chinese counterpart on Monday and called for a "
         "clear roadmap to reduce friction on the border.", allow={"MEET"}),
    case("In talks with Beijing, Hanoi's minister called for a framework to handle incidents "
         "at sea.", allow={"MEET"}),
    case("India's minister met Dong in Beijing and called for rebuilding the trust lost in "
         "the 2020 clashes.", allow={"MEET"}),
    case("Japan called for the lifting of Chinese sanctions on its seafood.",
         E("DEMAND", "JPN", "CHN")),
    case("Seoul called on Pyongyang for the removal of its border guard posts.",
         E("DEMAND", "KOR", "PRK")),
]


TABLES: dict[str, list[Any]] = {
    "call for a shared aim": SHARED_AIMS,
    "directive in a report": DIRECTIVE_IN_A_REPORT,
    "courtesy call": COURTESY_CALLS,
    "obligation on both sides": BOTH_SIDES_OBLIGED,
    "asked for an answer": ASKED_TO_ANSWER,
    "precondition on a step": PRECONDITIONS,
    "stance addressed to a state": ADDRESSED_STANCES,
    "demand": DEMANDS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
