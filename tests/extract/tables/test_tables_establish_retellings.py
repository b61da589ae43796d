"""Sentence table: one set-up told twice is one record (extract/establish_retellings.py).

Each row gives a short article published on Monday 26 June 2023 and the exact realis
records it must give. A set-up told in the present perfect, with no day of its own, and the
same channel's set-up told with a day of the week before is one event on that day; as
negatives, an agreement years before the opening stays an event of its own, and set-ups of
two different channels stay two. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

def row(text: str, *records: Record) -> Any:
    return record_row(text, *records, words=slice(0, 10))


ONE_SET_UP = [
    row("Greece and Turkey have set up a military hotline to avoid clashes at sea, NATO said. "
        "The hotline was established on Thursday after weeks of talks in Brussels.",
        ("ESTABLISH", "GRC", "TUR", "hotline", "2023-06-22")),
    row("India and China have opened a hotline between their defence ministries, officials "
        "said. The line was launched on Saturday.",
        ("ESTABLISH", "CHN", "IND", "hotline", "2023-06-24")),
]

TWO_SET_UPS = [
    row("Japan and China have opened a defence hotline, officials said. They first agreed to "
        "set up the hotline in 2018.",
        ("ESTABLISH", "CHN", "JPN", "hotline", "2018"),
        ("ESTABLISH", "CHN", "JPN", "hotline", "2023-06-26")),
]


@pytest.mark.parametrize("text, published, records", ONE_SET_UP + TWO_SET_UPS)
def test_one_record_per_set_up(realis: Pipeline, text: str, published: date,
                               records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
