"""Sentence table: a contact and a set-up (or a request) told in coordinated clauses are both
events (extract/coordinated_clauses.py); a governing trigger still absorbs the event word
it is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

SISTER_CLAUSES = [
    case("The defence ministers of India and Australia held phone talks on Monday and agreed "
         "to set up a new hotline.",
         E("CALL", "IND", "AUS", date="2023-06-26"),
         E("ESTABLISH", "IND", "AUS", "hotline")),
    case("The Japanese and Chinese defence ministers met in Beijing on Monday and agreed to "
         "launch a maritime hotline.",
         E("MEET", "JPN", "CHN", date="2023-06-26"),
         E("ESTABLISH", "JPN", "CHN", "hotline")),
    case("South Korean and Vietnamese defence chiefs held talks in Hanoi on Friday and "
         "signed a deal to open a military hotline.",
         E("MEET", "KOR", "VNM", date="2023-06-23"),
         E("ESTABLISH", "KOR", "VNM", "hotline")),
]

# A governing trigger about the event word absorbs it: no contact took place.
ABSORBED = [
    case("Japan asked China on Monday for talks between the defence ministers.",
         E("REQUEST", "JPN", "CHN")),
    case("India sought a phone call with the Pakistani army chief on Monday.",
         E("REQUEST", "IND", "PAK")),
]

TABLES: dict[str, list[Any]] = {"sister clauses": SISTER_CLAUSES, "absorbed": ABSORBED}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_coordinated_clauses(realis: Pipeline, text: str, published: date,
                             expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
