"""Sentence table: a round of a series told before is another meeting of that series
(extract/series_rounds.py).

Each row gives a short article and the exact realis records it must give. "The previous
round", "the 12th round", "the last session" after a series told as rounds or sessions is a
meeting between the same two states on the same channel, on its own date; as negatives, a
round of something else ("a round of sanctions"), and a round placed in no series the article
told. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

def row(text: str, *records: Record) -> Any:
    return record_row(text, *records, words=slice(-12, None))


SERIES = [
    row("India and China held a 21st round of corps commander talks at Moldo on Tuesday. "
        "The previous round, in February, was held on the Chinese side.",
        ("MEET", "CHN", "IND", "theater-command-talks", "2023-06-20"),
        ("MEET", "CHN", "IND", "theater-command-talks", "2023-02")),
    row("India and China held a 21st round of corps commander talks at Moldo on Tuesday. "
        "In October last year the 17th round agreed on a buffer zone near the lake.",
        ("MEET", "CHN", "IND", "theater-command-talks", "2023-06-20"),
        ("MEET", "CHN", "IND", "theater-command-talks", "2022-10")),
    row("Naval officers of Japan and China held a fourth session of maritime safety talks "
        "in Tokyo on Tuesday. The last session, in January, was held in Qingdao.",
        ("MEET", "CHN", "JPN", "maritime-safety-talks", "2023-06-20"),
        ("MEET", "CHN", "JPN", "maritime-safety-talks", "2023-01")),
    row("Pakistani and Indian army officers held a fresh round of flag meeting talks at Wagah "
        "on Monday. An earlier round in March produced an agreement on the border.",
        ("MEET", "IND", "PAK", "theater-command-talks", "2023-06-26"),
        ("MEET", "IND", "PAK", "theater-command-talks", "2023-03")),
]

NO_SERIES = [
    # A round of something else is no meeting.
    row("India and China held a 21st round of corps commander talks at Moldo on Tuesday. "
        "The previous round of fighting there, in 2020, killed 20 soldiers.",
        ("MEET", "CHN", "IND", "theater-command-talks", "2023-06-20")),
    # No series of rounds was told: a bare round names neither parties nor a channel.
    row("Naval officers of Japan and China met in Tokyo on Tuesday. The previous round, in "
        "March, was held in Beijing.",
        ("MEET", "CHN", "JPN", None, "2023-06-20"),
        ("MEET", "CHN", "JPN", None, "2023-03")),
    row("The previous round, in March, was held in Beijing, the ministry said.",),
]


@pytest.mark.parametrize("text, published, records", SERIES + NO_SERIES)
def test_rounds_of_a_series(realis: Pipeline, text: str, published: date,
                            records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
