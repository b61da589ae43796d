"""Sentence table: a side asked to pass a message on ("asked Trump to tell the Cambodian side
that Bangkok wanted talks", "to convey to Pyongyang") is a messenger: it is neither asked for
talks nor made a demand of (extract/messengers.py); the talks the message asks for stay a
request of the side it is meant for. An object asked to act itself ("asked China to stop the
flights", "to restore the hotline") is still asked.

Each row gives a short article published on Monday 26 June 2023 and the exact realis records
it must give. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

MESSENGERS = [
    record_row("Thailand and Cambodia traded fire. Thailand asked the United States to tell "
               "the Cambodian side that Bangkok wanted direct talks.",
               ("REQUEST", "THA", "KHM", None, "2023-06-26")),
    record_row("Japan asked China on Friday to convey to North Korea its wish for talks."),
    record_row("Seoul asked Beijing on Friday to pass a message to Pyongyang urging it to "
               "return to talks."),
]

ASKED_TO_ACT = [
    record_row("Japan asked China on Friday to stop the flights near its islands.",
               ("DEMAND", "JPN", "CHN", None, "2023-06-23")),
    record_row("Tokyo told Beijing on Friday to halt the drills.",
               ("DEMAND", "JPN", "CHN", None, "2023-06-23")),
    record_row("Seoul asked Pyongyang on Friday to restore the military hotline.",
               ("DEMAND", "KOR", "PRK", None, "2023-06-23"),
               ("REQUEST", "KOR", "PRK", "hotline", "2023-06-23")),
]


@pytest.mark.parametrize("text, published, records", MESSENGERS + ASKED_TO_ACT)
def test_messengers(realis: Pipeline, text: str, published: date,
                    records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
