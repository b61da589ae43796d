"""Sentence table: a suspension told in the perfect passive over a stretch of time ("had been
frozen since June 2020", "from 2020") tells how the channel stood, a STATUS suspended, not a
SUSPEND; with an agent or at a point in time ("had been cut by Pyongyang in June 2020"), or in
the active voice, it is still the step (extract/suspended_stretches.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------------------- how a channel stood
STOOD_SUSPENDED = [
    case("India and China pulled back their troops. Relations had been frozen since June 2020, "
         "when the two armies clashed in the mountains.",
         E("STATUS", "IND", "CHN", None, status="suspended", date="2020-06")),
    case("Australian and Chinese officers met on Monday for their first Defence Strategic "
         "Dialogue since 2019. The dialogue had been frozen from 2020 as ties worsened.",
         E("MEET", "AUS", "CHN", "defence-policy-talks", date="2023-06-26"),
         E("STATUS", "AUS", "CHN", "defence-policy-talks", status="suspended", date="2020"),
         allow=("MEET",)),
    case("Japan and Russia held security talks in Tokyo in 2019. The talks have been "
         "suspended since March 2022.",
         E("MEET", "JPN", "RUS", date="2019"),
         E("STATUS", "JPN", "RUS", status="suspended", date="2022-03")),
    case("Japan and Russia argued. Their exchanges had been halted since 2022.",
         E("STATUS", "JPN", "RUS", status="suspended", date="2022")),
]

# ------------------------------------------------------------------- the step itself
STEPS = [
    case("Seoul and Pyongyang traded charges. Every channel had been cut by Pyongyang in June "
         "2020.",
         E("SUSPEND", "PRK", "KOR", date="2020-06")),
    case("Australia and China met. Military talks had been frozen in 2020 after the dispute.",
         E("SUSPEND", "AUS", "CHN", date="2020"), allow=("MEET",)),
    case("Australia and China met. Beijing had frozen the defence dialogue in 2020.",
         E("SUSPEND", "CHN", "AUS", date="2020"), allow=("MEET",)),
]

TABLES: dict[str, list[Any]] = {
    "stood suspended": STOOD_SUSPENDED,
    "the step": STEPS,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_suspended_stretches(realis: Pipeline, text: str, published: date,
                             expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
