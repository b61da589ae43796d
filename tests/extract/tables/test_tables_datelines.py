"""Sentence table: a wire dateline ("VIENTIANE, June 21 - ", "QINGDAO, China, June 23 — ",
"MOSCOW/ANKARA, June 23 (Wire) - ") is where the story was filed: its places are no party
and no part of the first clause's subject (nlp/sentences.DATELINE, left out of the parse);
a dateline naming one state still gives the state of a ministry no sentence names
(`article.code`; one naming two, "DOHA/ISLAMABAD", gives none).

Each row gives a short article published on Monday 26 June 2023 and the exact realis
records it must give. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

FILED_FROM = [
    # the place of filing takes no part in the talks held there
    record_row("VIENTIANE, June 21 - Defence Minister Rajnath Singh held talks with his Chinese "
               "counterpart Dong Jun here on Wednesday.",
               ("MEET", "IND", "CHN", "defence-ministers", "2023-06-21")),
    # the dateline's country is not the subject that asks
    record_row("QINGDAO, China, June 23 — Defence Minister Rajnath Singh asked his counterpart "
               "for talks on the border on Friday.",
               ("REQUEST", "IND", "CHN", "defence-ministers", "2023-06-23")),
    record_row("HANOI, June 23 - Defence Minister Teodoro asked his counterpart for talks on "
               "Friday.",
               ("REQUEST", "PHL", "VNM", "defence-ministers", "2023-06-23")),
    record_row("MOSCOW/ANKARA, June 23 (Wire) - Turkey asked Russia on Friday for a call "
               "between their defence ministers.",
               ("REQUEST", "TUR", "RUS", "defence-ministers", "2023-06-23")),
]

FILING_STATE = [
    # one state in the dateline: the ministry no sentence places is that state's
    record_row("SEOUL — The defence ministry said on Friday it had offered military talks to "
               "North Korea.",
               ("REQUEST", "KOR", "PRK", None, "2023-06-23")),
]


@pytest.mark.parametrize("text, published, records", FILED_FROM + FILING_STATE)
def test_datelines(realis: Pipeline, text: str, published: date,
                   records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
