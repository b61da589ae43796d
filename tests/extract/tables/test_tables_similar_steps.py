"""Sentence table: past events told by likeness to the one just told
(extract/similar_steps.py): "It took a similar step in 2010" after a suspension is a second
suspension in 2010; with no date of its own, or after no recurring act, it tells nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, PUB, E, Expected, case, check_realis, rows, run

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# --------------------------------------------------------- likened, with a date: again
LIKENED = [
    case("China suspended military talks with the US in 2022. It took a similar step in 2010 "
         "after an arms sale to Taiwan.",
         E("SUSPEND", "CHN", "USA", date="2022"), E("SUSPEND", "CHN", "USA", date="2010")),
    case("North Korea cut the hotline with South Korea in June 2020. It did the same in 2016.",
         E("SUSPEND", "PRK", "KOR", "hotline", date="2020-06"),
         E("SUSPEND", "PRK", "KOR", "hotline", date="2016")),
    case("The US imposed sanctions on Russia's defence minister on Friday. Washington took the "
         "same action against his predecessor in 2014.",
         E("SANCTION", "USA", "RUS", date="2023-06-23"),
         E("SANCTION", "USA", "RUS", date="2014")),
]

# ------------------------------------------------------------------- nothing likened
NOT_LIKENED = [
    # no date of its own: nothing new is told
    case("China suspended military talks with the US in 2022. It has taken similar steps "
         "before.",
         E("SUSPEND", "CHN", "USA", date="2022")),
    # after a contact only: a meeting is not retold as a step
    case("The defence ministers of Japan and China met in Tokyo on Monday. Japan took a "
         "similar step with South Korea in 2019.",
         E("MEET", "JPN", "CHN", date="2023-06-26")),
    # no likening
    case("China suspended military talks with the US in 2022. It took a hard line in 2010.",
         E("SUSPEND", "CHN", "USA", date="2022")),
]

TABLES: dict[str, list[Any]] = {"likened": LIKENED, "not likened": NOT_LIKENED}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_similar_steps(realis: Pipeline, text: str, published: date,
                       expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)


@pytest.mark.parametrize("text", [row.values[0] for row in NOT_LIKENED])
def test_nothing_likened_is_retold(realis: Pipeline, text: str) -> None:
    """The negatives tell exactly their first event: no second record on another date."""
    assert len(run(realis, text, PUB)) == 1
