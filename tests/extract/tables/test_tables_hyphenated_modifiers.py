"""Sentence table: a present participle inside a hyphenated modifier ("a Chinese
intelligence-gathering plane") names a kind of the noun it modifies and tells no event
(`trigger_entries._in_hyphenated_modifier`); the verb on its own still does ("officials
gathered in Tokyo for talks").

Each row gives a short article published on Monday 26 June 2023 and the exact realis records
it must give. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

MODIFIERS = [
    record_row("Japan and China argued. A Chinese Y-9 intelligence-gathering plane violated "
               "Japanese airspace on Monday.",
               ("ENCOUNTER", "CHN", "JPN", None, "2023-06-26")),
    record_row("Japan and Russia argued. Two Russian intelligence-gathering aircraft entered "
               "Japan's airspace off Hokkaido on Monday.",
               ("ENCOUNTER", "RUS", "JPN", None, "2023-06-26")),
]

VERBS = [
    record_row("Officials of Japan and China gathered in Tokyo on Monday for talks.",
               ("MEET", "CHN", "JPN", None, "2023-06-26")),
]


@pytest.mark.parametrize("text, published, records", MODIFIERS + VERBS)
def test_hyphenated_modifiers(realis: Pipeline, text: str, published: date,
                              records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
