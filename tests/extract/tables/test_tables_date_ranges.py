"""Sentence table: two days in a row are one meeting's days (extract/date_ranges.py), and
listed weekdays fall in order. Published on Monday 26 June 2023."""

from __future__ import annotations

import pytest
from sentence_tables import PUB, run

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

#: (text, the dates of its MEET or ENCOUNTER events, in order)
DAYS: list[tuple[str, list[str]]] = [
    ("Indian and Chinese corps commanders held talks at Chushul on Wednesday and Thursday.",
     ["2023-06-21"]),
    ("US and Chinese maritime officials met in Hawaii on Thursday and Friday.",
     ["2023-06-22"]),
    ("Indian and Chinese corps commanders met on Monday and again on Thursday.",
     ["2023-06-19", "2023-06-22"]),
    ("Indian and Chinese corps commanders met on Monday and Thursday.",
     ["2023-06-19", "2023-06-22"]),
    # Encounters on two days are two encounters.
    ("Russian jets intercepted a US drone over the Black Sea on Saturday and Sunday.",
     ["2023-06-24", "2023-06-25"]),
]


@pytest.mark.parametrize(("text", "dates"), DAYS, ids=[t[:50] for t, _ in DAYS])
def test_days_in_a_row_are_one_meeting(realis: Pipeline, text: str, dates: list[str]) -> None:
    found = sorted(e.date or "" for e in run(realis, text, PUB)
                   if e.type in ("MEET", "ENCOUNTER"))
    assert found == dates

