"""Sentence table: a fronted day with no comma ("On Friday Seoul offered talks") that the
parser fuses with the subject after it: the subject still acts and the day still dates the
clause (extract/fronted_time.py); a fronted phrase that is no day, or a comma, changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------- the day read as part of the name after it
FUSED_DAY = [
    case("On Wednesday Turkey asked Russia for talks between their defence ministers.",
         E("REQUEST", "TUR", "RUS", date="2023-06-21")),
    case("On Friday Seoul offered military talks to Pyongyang.",
         E("REQUEST", "KOR", "PRK", date="2023-06-23")),
    case("On Monday Greece invited Turkey to talks.",
         E("REQUEST", "GRC", "TUR", date="2023-06-26")),
]

# ------------------------------------------------------------------ nothing to repair
NOT_FUSED = [
    # a comma keeps the day apart
    case("On Wednesday, Turkey asked Russia for talks between their defence ministers.",
         E("REQUEST", "TUR", "RUS", date="2023-06-21")),
    # a fronted place is no day: the parse is left as it is
    case("In Ankara the Turkish foreign minister asked Russia for talks on Wednesday.",
         E("REQUEST", "TUR", "RUS", date="2023-06-21")),
    # a determiner after the day: the parser already splits them
    case("On Monday the Chinese defence ministry rejected the American request for talks.",
         E("DECLINE", "CHN", "USA", date="2023-06-26"), allow=("REQUEST",)),
]

# ------------------------------------------- the day kept inside a subject that still acts
DAY_IN_SUBJECT = [
    case("On 12 May India proposed talks to Pakistan.",
         E("REQUEST", "IND", "PAK", date="2023-05-12")),
    case("In March Japan protested to China over the flights.",
         E("DEMAND", "JPN", "CHN", date="2023-03")),
]

TABLES: dict[str, list[Any]] = {
    "fused day": FUSED_DAY,
    "day in the subject": DAY_IN_SUBJECT,
    "not fused": NOT_FUSED,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_fronted_time(realis: Pipeline, text: str, published: date,
                      expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
