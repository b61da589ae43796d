"""Sentence table: explicit participants beat the article's pair (extract/multilateral.py).

A contact whose 'between' or 'among' phrase names its states is among exactly those states,
one record per pair; no side is borrowed from the article's pair or another contact of the
sentence. Each row gives the exact pairs of the contact type expected (unordered).
"""

from __future__ import annotations

import pytest
from sentence_tables import PUB, run

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

#: (text, contact type, the exact pairs of that type expected)
NAMED_PARTICIPANTS = [
    ("Britain and Russia argued. The conversation followed a call between the foreign "
     "ministers of France, the UK and the USA last night.",
     "CALL", {("FRA", "GBR"), ("FRA", "USA"), ("GBR", "USA")}),
    ("Russia and Britain argued. Talks among the defence ministers of Germany, France and "
     "Poland took place in Berlin on Friday.",
     "MEET", {("DEU", "FRA"), ("DEU", "POL"), ("FRA", "POL")}),
    ("Russia and Britain argued. Shoigu held a call with his British counterpart on Sunday, "
     "after a meeting between the German and French defence ministers.",
     "MEET", {("DEU", "FRA")}),
    ("Japan and China argued. On Tuesday there was a video call between the navy chiefs of "
     "Australia, India and Japan.",
     "CALL", {("AUS", "IND"), ("AUS", "JPN"), ("IND", "JPN")}),
    # negatives: a phrase naming the article's own pair, or no 'between' phrase at all,
    # keeps the pair
    ("China and the US argued. A meeting between the two sides' defence ministers took "
     "place on Monday.",
     "MEET", {("CHN", "USA")}),
    ("Britain and Russia argued. Wallace held a call with Shoigu on Sunday.",
     "CALL", {("GBR", "RUS")}),
]


@pytest.mark.parametrize(("text", "etype", "pairs"), NAMED_PARTICIPANTS,
                         ids=[row[0][:60] for row in NAMED_PARTICIPANTS])
def test_named_participants_are_the_sides(realis: Pipeline, text: str, etype: str,
                                          pairs: set[tuple[str, str]]) -> None:
    got = {tuple(sorted((e.source, e.target))) for e in run(realis, text, PUB)
           if e.type == etype}
    assert got == pairs

