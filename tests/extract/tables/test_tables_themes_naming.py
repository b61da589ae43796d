"""Sentence table: 'so-called' names, it calls nobody (extract/themes_naming.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

NAMING = [
    case("Russia and the United States argued. Moscow showed so-called evidence of the "
         "strike to Washington on Monday."),
    case("China and Japan argued. Beijing showed its so-called proof of the radar lock to "
         "Japanese diplomats on Friday."),
    case("Russia and the United States argued. \"Washington will show so called proof of "
         "victims caused by Damascus,\" the general said on Monday."),
    # a call is still a call
    case("The Japanese minister called his Chinese counterpart on Monday.",
         E("CALL", "JPN", "CHN", date="2023-06-26")),
    case("Russia's defence minister called his US counterpart on Friday, the so-called "
         "hawks in Moscow said.",
         E("CALL", "RUS", "USA", date="2023-06-23")),
]

TABLES: dict[str, list[Any]] = {"so-called": NAMING}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_naming_is_no_call(realis: Pipeline, text: str, published: date,
                           expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
