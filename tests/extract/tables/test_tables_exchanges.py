"""Sentence table: an exchange of prisoners, bodies or fire is no talks (extract/exchanges.py).

"Exchange" is a talk noun ("an exchange of views"), but what is swapped decides: asking for
or refusing a swap of captives is no request for talks and no refusal of them, while talks
about such a swap stay talks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.extract.exchanges import only_exchanges_of_things
from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

#: A swap of things asked for, offered or refused: no event.
SWAPS = [
    case("Ukraine asked Russia for an exchange of prisoners, but Moscow refused."),
    case("Moscow offered Kyiv a swap of detainees on Monday. Ukraine turned down the offer."),
    case("Armenia proposed to Azerbaijan an exchange of captives after the clashes."),
    case("Pakistan sought a swap of the bodies of soldiers killed near the border, but India "
         "did not reply."),
    case("Russia and Ukraine agreed on Thursday to an exchange of prisoners of war."),
    case("Indian and Pakistani troops had an exchange of fire along the frontier on Tuesday."),
]

#: Talks about a swap, and exchanges of words, are still talks.
TALKS = [
    case("Ukraine asked Russia for talks on a prisoner exchange, but Moscow refused.",
         E("REQUEST", "UKR", "RUS"), E("DECLINE", "RUS", "UKR")),
    case("Russian and Ukrainian negotiators met in Istanbul on Tuesday to discuss a swap of "
         "prisoners.", E("MEET", "RUS", "UKR", date="2024-03-12"),
         published=date(2024, 3, 14)),
    case("Seoul proposed an exchange of military officers' views with Pyongyang. The North has "
         "not responded.", E("REQUEST", "KOR", "PRK"), E("DECLINE", "PRK", "KOR")),
]

TABLES: dict[str, list[Any]] = {
    "a swap of things": SWAPS,
    "talks about a swap": TALKS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_exchange_is_no_talks(realis: Pipeline, text: str, published: date,
                              expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)


@pytest.mark.parametrize(("words", "expected"), [
    ({"russia", "proposed", "a", "prisoner", "exchange"}, True),
    ({"moscow", "sought", "a", "swap", "of", "bodies"}, True),
    ({"kyiv", "sought", "talks", "on", "a", "prisoner", "exchange"}, False),
    ({"they", "sought", "an", "exchange", "of", "views"}, False),
    ({"they", "sought", "a", "meeting"}, False),
])
def test_only_exchanges_of_things(words: set[str], expected: bool) -> None:
    talk = {"talks", "exchange", "swap", "meeting"}
    assert only_exchanges_of_things(words, talk) is expected
