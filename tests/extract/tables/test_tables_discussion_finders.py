"""Sentence table: talks told by what was talked over (extract/discussion_finders.py): a
discussion with a partner or between two named sides is a meeting; one by phone is a call;
one with a single side, one that details a contact told beside it, or one told again after a
contact, is none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------------------- discussed together: a meeting
DISCUSSED = [
    case("The Indian army chief discussed the border with his Chinese counterpart on Monday.",
         E("MEET", "IND", "CHN", date="2023-06-26")),
    case("Austin discussed Taiwan with the Chinese defence minister on Monday.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-26")),
    case("The defence ministers of Japan and China discussed the East China Sea on Monday.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-26")),
    case("Austin and Dong Jun discussed the South China Sea in Singapore on Saturday.",
         E("MEET", "USA", "CHN", date="2023-06-24")),
    case("Austin said he discussed Taiwan with the Chinese defence minister on Monday.",
         E("MEET", "USA", "CHN", "defence-ministers", date="2023-06-26")),
    # by phone it is a call
    case("Austin discussed Taiwan by phone with the Chinese defence minister on Monday.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-26")),
]

# ------------------------------------------ views exchanged: a discussion, told as Xinhua does
EXCHANGED_VIEWS = [
    case("The Chinese and Singaporean defence ministers exchanged views on regional security "
         "in Beijing on Monday.",
         E("MEET", "CHN", "SGP", "defence-ministers", date="2023-06-26")),
    case("Russia's defence minister exchanged opinions with his Indian counterpart on arms "
         "supplies on Monday.",
         E("MEET", "RUS", "IND", "defence-ministers", date="2023-06-26")),
    case("The defence ministers of Vietnam and Cambodia held an in-depth exchange of views on "
         "border security on Monday.",
         E("MEET", "VNM", "KHM", "defence-ministers", date="2023-06-26")),
    case("The Chinese and Pakistani army chiefs had a frank exchange of views by telephone on "
         "Monday.", E("CALL", "CHN", "PAK", date="2023-06-26")),
    case("The defence ministers of Malaysia and Thailand exchanged views by video link on "
         "Monday.", E("CALL", "MYS", "THA", "defence-ministers", date="2023-06-26")),
    # what else two sides exchange is no discussion
    case("Indian and Pakistani troops exchanged fire along the frontier on Monday."),
    case("Armenia and Azerbaijan exchanged prisoners on Monday."),
]

# ---------------------------------------------------------------------- no new contact
NOT_DISCUSSED_TOGETHER = [
    case("China's defence ministry discussed the budget for its navy on Monday."),
    case("Japanese officials discussed China's drills near Taiwan on Monday."),
    # a detail of a contact told beside it retells that contact
    case("The defence ministers of Russia and the US had not spoken since March, when Austin "
         "and Shoigu discussed a downed drone.",
         E("CALL", "RUS", "USA", "defence-ministers", date="2023-03")),
    case("Austin spoke by phone with the Chinese defence minister on Monday. The two discussed "
         "Taiwan and the South China Sea.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-26")),
    case("Austin spoke by phone with the Chinese defence minister on Monday. Neither side said "
         "what the two men discussed.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-26")),
]

TABLES: dict[str, list[Any]] = {
    "discussed": DISCUSSED,
    "views exchanged": EXCHANGED_VIEWS,
    "not discussed together": NOT_DISCUSSED_TOGETHER,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_discussions(realis: Pipeline, text: str, published: date,
                     expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)
