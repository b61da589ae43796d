"""Sentence table: Sentences that mention a channel or a trigger word but hold no event (every
theme check).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from sentence_tables import ARGS, Expected, case, run

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- no event
#: A channel, a state or a trigger word, but no event between two states. Run with irrealis
#: events kept: not even a negated or hypothetical event may come out.
NO_EVENT = [
    case("The hotline was set up in 2008 for use in a crisis."),
    # A passing fault or talks not yet scheduled state no channel's standing.
    case("The inter-Korean military line was not working on Tuesday morning because of a "
         "power cut, but it was repaired by noon."),
    case("Defence talks between Japan and Russia are yet to be scheduled."),
    case("The DGMO hotline was set up in 1987."),
    case("The book traces the history of the hotline between Moscow and Washington."),
    case("Analysts say talks could matter."),
    case("He called the move provocative."),
    case("Russian officials called the report baseless."),
    case("North Korean state media called the drills a rehearsal for invasion."),
    case("The ship made a port call in Manila."),
    case("The US Navy ship called at Cam Ranh Bay for the first time since the war."),
    case("Officials spoke to reporters on condition of anonymity."),
    case("A former US ambassador to China spoke at a university event."),
    case("South Korean soldiers talked with villagers near the border."),
    case("Reporters called the Pentagon for comment."),
    case("The defence ministry called for calm after the storm."),
    case("The South Korean president called for unity in a speech."),
    case("The Shangri-La Dialogue in Singapore draws defence officials from across Asia every "
         "year."),
    case("The Pentagon's budget request for next year includes money for new submarines."),
    case("The Pentagon asked Congress for more money."),
    case("The navy called off its annual parade because of heavy rain."),
    case("The Chinese general declined to comment on the report."),
    case("A Russian suspension bridge was damaged by floods."),
    case("Pakistan's army chief met flood victims in Sindh."),
    case("India's defence minister visited a shipyard in Mumbai on Monday."),
    case("Japan's coast guard intercepted a fishing boat carrying smuggled goods."),
    case("Indian and Chinese troops clashed in the Galwan valley in June 2020."),
    case("The sanctions debate in Congress dragged on for weeks."),
    case("Japanese officials said China's defence spending keeps rising."),
    case("The Pentagon's annual report on China's military was released on Tuesday."),
    case("China's foreign ministry spokesperson answered questions about the balloon."),
    case("The US and South Korea held joint drills in March."),
    case("Seoul's mayor met business leaders from Tokyo to discuss tourism."),
    case("American and Chinese scientists met at a climate conference in Geneva."),
    case("A delegation of American farmers visited Beijing last month."),
    case("The Indian cricket team will meet Pakistan in the final on Sunday."),
    case("The press conference in Seoul ended in silence after the question about the North."),
    case("The North of England saw heavy rain, while Russia and China held a naval parade."),
    case("The Russian navy recalled faulty radios from its ships in the Black Sea."),
    case("The general ordered his troops to leave the village before dawn."),
    case("Tokyo asked that reporters not be allowed into the briefing."),
    case("Russia signed a grain deal with Turkey on Monday."),
    case("Normal relations between India and China depend on peace on the border."),
    case("The new hotline between Seoul and Pyongyang is ready to use, officials said."),
    case("The Indian defence minister was at a conference in Tokyo last week."),
    case("The Japanese cabinet discussed the defence budget by video on Monday."),
    case("Under the Code for Unplanned Encounters at Sea, Chinese and Japanese warships that "
         "meet at sea are to talk on set frequencies."),
    case("Indian and Pakistani patrol boats that come close to each other must signal their "
         "intentions."),
]


@pytest.mark.parametrize(ARGS, NO_EVENT)
def test_no_event(irrealis: Pipeline, text: str, published: date,
                  expected: Sequence[Expected], allow: frozenset[str]) -> None:
    got = run(irrealis, text, published)
    assert not got, "expected no event, got:\n  " + "\n  ".join(repr(g) for g in got)
