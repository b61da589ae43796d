"""Sentence table: Who acts and what about: passive agents and nominalisations
(extract/arguments.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- passive voice
PASSIVE = [
    case("Defence policy coordination talks with Washington were cancelled by China last "
         "August.",
         E("SUSPEND", "CHN", "USA", "defence-policy-talks", date="2022-08")),
    case("The military maritime consultations with the US were scrapped by the PLA in August "
         "2022.",
         E("SUSPEND", "CHN", "USA", "maritime-safety-talks", date="2022-08")),
    case("Talks between the Russian and American chiefs of general staff were called off by "
         "Moscow.",
         E("SUSPEND", "RUS", "USA", "military-chiefs")),
    case("A request from Austin for a call with Li was turned down by Beijing.",
         E("DECLINE", "CHN", "USA", "defence-ministers"),
         E("REQUEST", "USA", "CHN", "defence-ministers")),
    case("An invitation to talks from the Pentagon was rejected by the Russian defence ministry.",
         E("DECLINE", "RUS", "USA"), E("REQUEST", "USA", "RUS")),
    case("Sanctions on Li Shangfu were imposed by Washington in 2018.",
         E("SANCTION", "USA", "CHN", date="2018")),
    case("The military hotline with Seoul was cut off by Pyongyang in June 2020.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2020-06")),
    case("The inter-Korean military hotline was cut off by Pyongyang in June 2020.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2020-06")),
]



# --------------------------------------------------------------------------- nominalisations
NOMINALISATIONS = [
    case("China's suspension of theatre-level talks with the US in August 2022 angered "
         "Washington.",
         E("SUSPEND", "CHN", "USA", "theater-command-talks", date="2022-08")),
    case("Beijing's scrapping of the military maritime consultations with Washington was "
         "announced in August 2022.",
         E("SUSPEND", "CHN", "USA", "maritime-safety-talks", date="2022-08")),
    case("China's cancellation of a meeting between its defence minister and Lloyd Austin was "
         "announced on Friday.",
         E("SUSPEND", "CHN", "USA", "defence-ministers", date="2023-06-23")),
    case("The restoration of theatre-level talks between China and the US was agreed in "
         "November 2023.",
         E("RESUME", "CHN", "USA", "theater-command-talks", date="2023-11")),
    case("Moscow's refusal of a US request for talks between military chiefs surprised nobody.",
         E("DECLINE", "RUS", "USA", "military-chiefs"),
         E("REQUEST", "USA", "RUS", "military-chiefs")),
    case("Beijing's rejection of Austin's invitation to meet in Singapore was reported on "
         "Friday.",
         E("DECLINE", "CHN", "USA", "defence-ministers"),
         E("REQUEST", "USA", "CHN", "defence-ministers")),
    case("The suspension by Pyongyang of the inter-Korean military hotline drew criticism from "
         "Seoul.",
         E("SUSPEND", "PRK", "KOR", "hotline")),
    case("Beijing's scrapping of the maritime consultations with Washington was announced in "
         "August 2022.",
         E("SUSPEND", "CHN", "USA", "maritime-safety-talks", date="2022-08")),
    case("Tokyo's proposal of a defence ministers' meeting with Beijing was welcomed by China.",
         E("REQUEST", "JPN", "CHN", "defence-ministers")),
    case("Seoul's offer of military talks with Pyongyang went unanswered.",
         E("REQUEST", "KOR", "PRK"), E("DECLINE", "PRK", "KOR")),
    case("The cancellation by Beijing of the defence policy coordination talks with Washington "
         "came in August 2022.",
         E("SUSPEND", "CHN", "USA", "defence-policy-talks")),
]

#: The infinitive of a decision noun is done by whose decision it is ("Russia's decision to
#: break off talks"), not by the subject of the clause around it ("Japan protested").
DECISION_INFINITIVES = [
    case("Tokyo protested against Moscow's decision to break off the military talks with "
         "Japan.",
         E("SUSPEND", "RUS", "JPN"), E("DEMAND", "JPN", "RUS")),
    case("Seoul condemned Pyongyang's move to cut the military hotline on Monday.",
         E("SUSPEND", "PRK", "KOR", "hotline")),
    case("Washington welcomed the decision by Beijing to restore the theatre-level talks with "
         "the US.",
         E("RESUME", "CHN", "USA", "theater-command-talks")),
    case("Washington regretted the move by Moscow to suspend the New START inspections.",
         E("SUSPEND", "RUS", "USA")),
    # No owner of the decision: the clause's subject still acts.
    case("India took the decision to restore the DGMO hotline with Pakistan on Monday.",
         E("RESUME", "IND", "PAK", "hotline")),
]


#: The tables above read with the default pipeline, one test per row.
#: A state's adjective before a contact noun names who acts ("a Chinese proposal"); an ordinal
#: or a common adjective ("a 20th round", "repeated requests", "a new proposal") does not, so
#: the light verb's subject or the other words name the sides.
NOUN_MODIFIERS = [
    case("Indian and Chinese corps commanders held a 20th round of talks on Monday.",
         E("MEET", "IND", "CHN", "theater-command-talks", date="2023-06-26")),
    case("Indian and Chinese corps commanders held a fresh round of talks on Monday.",
         E("MEET", "IND", "CHN", "theater-command-talks", date="2023-06-26")),
    case("Japanese and Chinese defence officials held a third round of consultations in "
         "Tokyo on Monday.",
         E("MEET", "JPN", "CHN", date="2023-06-26")),
    case("Beijing rejected a Japanese proposal for defence talks on Monday.",
         E("DECLINE", "CHN", "JPN", date="2023-06-26"),
         E("REQUEST", "JPN", "CHN", date="2023-06-26")),
]

#: "ties had been frozen, including the hotline": the parser reads the participle as a
#: complement of a perfect 'been'; it is a passive, its subject what was frozen, not who
#: froze it, and what hangs on 'been' after it is the participle's
#: (arguments._perfect_participle_complement). A 'been' with an adjective stays as it was.
PERFECT_PARTICIPLES = [
    case("Moscow said all military ties with Turkey had been frozen, including the hotline.",
         E("SUSPEND", "RUS", "TUR", "hotline")),
    case("Moscow said all contacts with Ankara had been frozen, including the hotline the two "
         "air forces had used over Syria.",
         E("SUSPEND", "RUS", "TUR", "hotline")),
    case("Seoul said all exchanges with Pyongyang had been frozen, including the military "
         "hotline.",
         E("SUSPEND", "KOR", "PRK", "hotline")),
    case("Moscow said all military ties with Turkey had been suspended, including the hotline.",
         E("SUSPEND", "RUS", "TUR", "hotline")),
]


TABLES: dict[str, list[Any]] = {
    "perfect participle": PERFECT_PARTICIPLES,
    "noun modifiers": NOUN_MODIFIERS,
    "passive voice": PASSIVE,
    "nominalisation": NOMINALISATIONS,
    "decision infinitives": DECISION_INFINITIVES,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_construction(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
