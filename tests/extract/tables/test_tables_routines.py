"""Sentence table: a frequency makes a contact a routine, a stretch of time does not
(extract/event_filters.py `routine`, `HABITUAL_FREQUENCY` in extract/vocabulary.py).

Our own paraphrases: "twice a week", "three calls a day" and "every month" tell no event;
a bare "a week" or "a day" beside a word of a stretch of time ("after a week of strain",
"a week later", "for a month", "a day before") leaves the contact an event.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

ROUTINES = [
    case("The Indian and Pakistani DGMOs speak twice a week over the hotline."),
    case("Officers of the two navies exchange three calls a day on the maritime line."),
    case("The defence ministers of Japan and Australia meet every month."),
]

STRETCHES_OF_TIME = [
    case("The defence ministers of India and China met in Delhi on Friday after a week of "
         "strain on the border.",
         E("MEET", "IND", "CHN", "defence-ministers", date="2023-06-23")),
    case("The defence ministers of India and China met in Delhi on Friday, after a week in "
         "which the capital hosted a summit of regional leaders.",
         E("MEET", "IND", "CHN", "defence-ministers", date="2023-06-23")),
    case("Beijing froze the talks in May. A week later, the defence ministers of the United "
         "States and China met in Singapore.",
         E("MEET", "USA", "CHN", "defence-ministers"), allow=("SUSPEND",)),
    case("The foreign ministers of Japan and China spoke by phone on Tuesday, a day before "
         "the anniversary.",
         E("CALL", "JPN", "CHN", "diplomatic", date="2023-06-20")),
    case("The foreign ministers of Japan and China spoke by phone on Tuesday, barely a week "
         "after the collision at sea.",
         E("CALL", "JPN", "CHN", "diplomatic", date="2023-06-20")),
    case("The defence ministers of South Korea and Japan met in Tokyo on Thursday after a "
         "month of wrangling over radar.",
         E("MEET", "KOR", "JPN", "defence-ministers", date="2023-06-22")),
]

TABLES: dict[str, list[Any]] = {
    "a frequency: a routine": ROUTINES,
    "a stretch of time: an event": STRETCHES_OF_TIME,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_routines_and_stretches_of_time(realis: Pipeline, text: str, published: date,
                                        expected: Sequence[Expected],
                                        allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
