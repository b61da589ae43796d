"""Sentence table: contacts told as possibilities or failed attempts, not as done
(extract/possibilities.py): "did not rule out talks", "the possibility of a call", "open to
talks", "no plans to hold talks", "a meeting has been scheduled" are hypothetical; "failed to
hold talks", "have yet to hold talks" are negated; held contacts stay realis."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------ admitted or excluded as a possibility
POSSIBLE = [
    case("China did not rule out talks with the United States on Monday.",
         E("MEET", "CHN", "USA", hypothetical=True)),
    case("Japan has not ruled out a meeting between the defence ministers of Japan and China.",
         E("MEET", "JPN", "CHN", "defence-ministers", hypothetical=True)),
    case("China ruled out a meeting between the defence ministers of China and the US.",
         E("MEET", "CHN", "USA", "defence-ministers", hypothetical=True)),
    case("Russia left open the possibility of talks with the United States.",
         E("MEET", "RUS", "USA", hypothetical=True)),
    case("The chances of a call between the defence chiefs of South Korea and Japan are slim.",
         E("CALL", "KOR", "JPN", hypothetical=True)),
    case("China said it was open to talks with the US military.",
         E("MEET", "CHN", "USA", hypothetical=True)),
    case("India said it was receptive to a meeting with Pakistan's army chief.",
         E("MEET", "IND", "PAK", hypothetical=True)),
    # a gerund after the possibility noun is as much a possibility as a noun
    case("Officials in Seoul see little prospect of restoring the military hotline with "
         "Pyongyang.",
         E("RESUME", "KOR", "PRK", "hotline", hypothetical=True)),
    case("Diplomats discussed the possibility of resuming the defence policy talks between "
         "China and the US.",
         E("RESUME", "CHN", "USA", "defence-policy-talks", hypothetical=True),
         allow={"MEET"}),
    case("The chances of reopening the hotline between India and Pakistan are slim.",
         E("RESUME", "IND", "PAK", "hotline", hypothetical=True)),

    # intended or put on a calendar: not yet held
    case("China has no plans to hold talks with the US defence secretary.",
         E("MEET", "CHN", "USA", "defence-ministers", hypothetical=True)),
    case("A meeting between the defence ministers of China and the US has been scheduled "
         "for July.",
         E("MEET", "CHN", "USA", "defence-ministers", hypothetical=True)),
    case("A meeting between the defence ministers of China and the US has not been "
         "scheduled.",
         E("MEET", "CHN", "USA", "defence-ministers", hypothetical=True)),
]

# -------------------------------------------------------- failed: it did not take place
FAILED = [
    case("The US and Chinese defence ministers have yet to hold talks.",
         E("MEET", "USA", "CHN", "defence-ministers", negated=True)),
    case("Japan and China failed to hold talks at the forum on Monday.",
         E("MEET", "JPN", "CHN", negated=True)),
    case("The defence ministers of India and China failed to meet in Moscow last week.",
         E("MEET", "IND", "CHN", "defence-ministers", negated=True)),
]

# ------------------------------------------------------------ held: stays a plain contact
HELD = [
    case("China and the United States held talks on the possibility of a ceasefire on Monday.",
         E("MEET", "CHN", "USA", date="2023-06-26")),
    case("The defence ministers of Japan and China met on Monday and kept the option of "
         "further talks open.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-26")),
    case("India and Pakistan held talks on Monday after earlier attempts failed.",
         E("MEET", "IND", "PAK", date="2023-06-26")),
    case("The planned talks between the Chinese and US defence ministers took place on "
         "Monday.",
         E("MEET", "CHN", "USA", "defence-ministers", date="2023-06-26")),
    case("India and Pakistan restored the hotline on Monday, raising the prospect of further "
         "talks.",
         E("RESUME", "IND", "PAK", "hotline", date="2023-06-26"), allow={"MEET", "REQUEST"}),
    case("The US and Chinese defence ministers met on Monday and have yet to agree on a "
         "hotline.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-26")),
]

TABLES: dict[str, list[Any]] = {"possible": POSSIBLE, "failed": FAILED, "held": HELD}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_possibilities(irrealis: Pipeline, text: str, published: date,
                       expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(irrealis, text, published, expected, allow)
