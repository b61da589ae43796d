"""Sentence table: a date on the gathering or period a clause happens at (extract/date_frames.py).

Published on Monday 26 June 2023. "At the 2019 gathering, they met": the date is the
meeting's; "talks on the 2020 clashes": the date is the clashes', not the talks'.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

FRAMES = [
    case("At the 2019 gathering in Singapore, the US and Chinese defence ministers met.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2019")),
    case("At a 2022 ceremony in Jakarta, the Indian and Chinese defence ministers met briefly.",
         E("MEET", "IND", "CHN", "defence-ministers", date="2022")),
    case("The Japanese and Chinese defence ministers spoke by phone during the 2021 crisis.",
         E("CALL", "JPN", "CHN", "defence-ministers", date="2021")),
    case("Indian and Chinese corps commanders held talks throughout the 2020 standoff.",
         E("MEET", "IND", "CHN", "theater-command-talks", date="2020")),
    # What the talks are about is not when they were held.
    case("The Indian and Chinese defence ministers held talks on the 2020 clashes.",
         E("MEET", "IND", "CHN", "defence-ministers", date="2023-06-26")),
    case("The Indian and Chinese defence ministers spoke by phone about the 2020 standoff on "
         "Tuesday.",
         E("CALL", "IND", "CHN", "defence-ministers", date="2023-06-20")),
]

TABLES: dict[str, list[Any]] = {"date frame": FRAMES}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_a_date_on_the_frame_dates_the_clause(
        realis: Pipeline, text: str, published: date, expected: Sequence[Expected],
        allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
