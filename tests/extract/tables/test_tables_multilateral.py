"""Sentence table: explicit participants beat the article's pair (extract/multilateral.py).

A contact whose 'between' or 'among' phrase, or whose subject ("the defence ministers of A, B
and C met"), names its states is among exactly those states, one record per pair; no side is
borrowed from the article's pair or another contact of the sentence. What a contact is about
("talks on Russia's war") names no party (extract/subject_matter.py). Each row gives the
exact pairs of the contact type expected (unordered).
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
    # the states of the subject of a contact with no other party all take part
    ("China and Russia argued. The defence ministers of Japan, Australia and the United "
     "States met in Singapore on Saturday.",
     "MEET", {("AUS", "JPN"), ("JPN", "USA"), ("AUS", "USA")}),
    ("China and Russia argued. Japan, Australia and the United States held defence talks on "
     "Saturday.",
     "MEET", {("AUS", "JPN"), ("JPN", "USA"), ("AUS", "USA")}),
    ("China and Russia argued. The foreign ministers of France, Britain and Germany held a "
     "call on Monday.",
     "CALL", {("DEU", "FRA"), ("DEU", "GBR"), ("FRA", "GBR")}),
    # negatives: the subject's states meet a partner outside them, or only two are named
    ("The defence ministers of Japan, Australia and the US met their Chinese counterpart on "
     "Saturday.",
     "MEET", {("CHN", "JPN")}),
    ("Japan, Australia and the Philippines held talks with China on Monday.",
     "MEET", {("CHN", "JPN")}),
    ("China and Russia argued. The defence ministers of Japan and Australia met on Saturday.",
     "MEET", {("AUS", "JPN")}),
    # the host and the attendants of a contact all take part (passive agents of 'hosted',
    # 'attended', 'co-chaired'), even when the parser joins 'attended' to the main verb
    ("A ceasefire was agreed on 28 May in Kuala Lumpur at talks hosted by Malaysia's prime "
     "minister and attended by the prime ministers of Cambodia and Thailand.",
     "MEET", {("KHM", "MYS"), ("MYS", "THA"), ("KHM", "THA")}),
    ("The truce was agreed on 12 May in Doha at talks hosted by the Emir of Qatar and "
     "attended by the Indian and Pakistani national security advisers.",
     "MEET", {("IND", "QAT"), ("PAK", "QAT"), ("IND", "PAK")}),
    # two states in the subject and a third as the partner all take part
    # (multilateral.two_with_a_partner)
    ("In April, Kishida and Marcos met U.S. President Joe Biden in Washington.",
     "MEET", {("JPN", "USA"), ("PHL", "USA"), ("JPN", "PHL")}),
    ("The Japanese and Philippine defence ministers met their US counterpart in Hawaii.",
     "MEET", {("JPN", "USA"), ("PHL", "USA"), ("JPN", "PHL")}),
    ("Seoul and Tokyo held military talks with Washington on Monday.",
     "MEET", {("JPN", "USA"), ("KOR", "USA"), ("JPN", "KOR")}),
    # negative: one state with a partner is a pair
    ("The Japanese defence minister met his Philippine counterpart in Manila.",
     "MEET", {("JPN", "PHL")}),
    # negative: a host and one attendant are a pair, as the pair rules read them
    ("India and Pakistan argued. Talks in Doha hosted by Qatar's foreign minister and "
     "attended by the Indian envoy took place on Monday.",
     "MEET", {("IND", "QAT")}),
]

#: (text, contact type, the exact pairs expected): what a contact is about is not a party
SUBJECT_MATTER = [
    ("Talks on Russia's war in Ukraine between the US and Chinese defence ministers lasted "
     "two hours.",
     "MEET", {("CHN", "USA")}),
    ("The US and Chinese defence ministers held talks on Russia's war in Ukraine on Monday.",
     "MEET", {("CHN", "USA")}),
    ("Talks between the US and Chinese defence ministers on Russia's war lasted two hours.",
     "MEET", {("CHN", "USA")}),
    ("The Japanese defence minister spoke with his US counterpart about North Korea on "
     "Monday.",
     "CALL", {("JPN", "USA")}),
    ("The US defence secretary held talks with his Japanese counterpart over China's "
     "military build-up on Monday.",
     "MEET", {("JPN", "USA")}),
    # negative: a call paid on someone is a visit to them
    ("Austin paid a call on the Chinese defence minister in Beijing on Monday.",
     "MEET", {("CHN", "USA")}),
    # circumstances ('amid', 'despite') name no party either
    ("Japan and the Philippines signed a troop access pact on Monday, as the two countries "
     "held security talks in Manila amid China's growing assertiveness at sea.",
     "MEET", {("JPN", "PHL")}),
    ("The Japanese and Philippine defence chiefs met in Tokyo on Tuesday amid Chinese pressure "
     "on the shoal.",
     "MEET", {("JPN", "PHL")}),
    ("The Indian and Bangladeshi border chiefs held talks in Delhi despite Pakistan's "
     "objections.",
     "MEET", {("BGD", "IND")}),
    # negative: a state after 'with' still takes part, whatever the circumstances
    ("Amid the standoff, the Philippine defence chief held talks with his Chinese counterpart "
     "on Tuesday.",
     "MEET", {("CHN", "PHL")}),
]


@pytest.mark.parametrize(("text", "etype", "pairs"), NAMED_PARTICIPANTS,
                         ids=[row[0][:60] for row in NAMED_PARTICIPANTS])
def test_named_participants_are_the_sides(realis: Pipeline, text: str, etype: str,
                                          pairs: set[tuple[str, str]]) -> None:
    got = {tuple(sorted((e.source, e.target))) for e in run(realis, text, PUB)
           if e.type == etype}
    assert got == pairs



@pytest.mark.parametrize(("text", "etype", "pairs"), SUBJECT_MATTER,
                         ids=[row[0][:60] for row in SUBJECT_MATTER])
def test_subject_matter_is_no_party(realis: Pipeline, text: str, etype: str,
                                    pairs: set[tuple[str, str]]) -> None:
    got = {tuple(sorted((e.source, e.target))) for e in run(realis, text, PUB)
           if e.type == etype}
    assert got == pairs
