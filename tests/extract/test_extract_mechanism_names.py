"""Named mechanisms found in text (extract/mechanism_names.py): reference names and aliases in
any article, reference patterns only between their pair, general name patterns for any pair,
and phrases that name no mechanism. Sentences are our own paraphrases."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.extract.mechanism_names import (
    find_mechanisms,
    is_proper_name,
    mechanism_of,
)

#: (sentence, the names found with their channels), no pair given.
NAMED = [
    # General patterns: a pair's standing defence dialogue, in both word orders.
    ("Officials from Canberra and Beijing held the Australia-China Defence Strategic Dialogue "
     "in 2024.", [("Australia-China Defence Strategic Dialogue", "defence-policy-talks")]),
    ("The Indonesia-Japan Defense Policy Dialogue resumed after three years.",
     [("Indonesia-Japan Defense Policy Dialogue", "defence-policy-talks")]),
    ("Wellington will host the next New Zealand–China Strategic Defence Dialogue.",
     [("New Zealand–China Strategic Defence Dialogue", "defence-policy-talks")]),
    ("The Philippines-Vietnam Joint Defence Cooperation Committee met in Hanoi.",
     [("Philippines-Vietnam Joint Defence Cooperation Committee", "defence-policy-talks")]),
    # Foreign and defence ministers together.
    ("The U.S.-Japan 2+2 produced a joint statement on Taiwan.",
     [("U.S.-Japan 2+2", "diplomatic")]),
    ("An India-Australia two-plus-two ministerial dialogue is planned for November.",
     [("India-Australia two-plus-two ministerial dialogue", "diplomatic")]),
    # Hotlines of a service or of a pair.
    ("The navy hotline rang twice during the stand-off.", [("navy hotline", "hotline")]),
    ("Both air forces tested an air force-to-air force hotline.",
     [("air force-to-air force hotline", "hotline")]),
    ("Hanoi and Phnom Penh agreed to open a Vietnam-Cambodia defence hotline.",
     [("Vietnam-Cambodia defence hotline", "hotline")]),
    # Field commanders at the border.
    ("Indian and Chinese officers held a border personnel meeting at Bum La.",
     [("border personnel meeting", "theater-command-talks")]),
    ("A brigade commander-level meeting followed the clash on the Line of Control.",
     [("brigade commander-level meeting", "theater-command-talks")]),
    ("Local commanders called a flag meeting after the firing.",
     [("flag meeting", "theater-command-talks")]),
    # Maritime and air safety consultations.
    ("Navy officers met for military maritime consultative agreement talks in Hawaii.",
     [("military maritime consultative agreement talks", "maritime-safety-talks")]),
    ("The annual Incidents at Sea review was held in Moscow.",
     [("Incidents at Sea review", "maritime-safety-talks")]),
    # Reference names and aliases, whatever their case or hyphens.
    ("Seoul hosted the Security Consultative Meeting last autumn.",
     [("Security Consultative Meeting", "defence-ministers")]),
    ("Calls over the defense telephone link were rare.",
     [("defense telephone link", "hotline")]),
    ("The corps commander level talks made no progress.",
     [("corps commander level talks", "theater-command-talks")]),
    # Expert bodies below the policy talks.
    ("Experts met in the Russia-Israel joint working group on Syria.",
     [("Russia-Israel joint working group", "working-level")]),
    ("A joint military working group will meet in Tokyo.",
     [("joint military working group", "working-level")]),
    ("A working group on tariffs met in Geneva.", []),
    ("The 25th Army-to-Army Staff Talks were held in New Delhi.",
     [("Army-to-Army Staff Talks", "working-level")]),
    ("Officers opened the India-US navy-to-navy staff talks in Goa.",
     [("India-US navy-to-navy staff talks", "working-level")]),
    ("The staff talks of the two firms failed.", []),
    # Nothing named: generic words of any pair's talks, and a name of no mechanism.
    ("The zoo set up a coordination mechanism with the city.", []),
    ("Maritime safety talks between the two clubs were cancelled.", []),
    ("The Asia-Pacific Economic Cooperation summit opened in Lima.", []),
    ("A hotline for consumers opened in Madrid.", []),
    ("The commanders of the two fleets spoke by radio.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_names_found_without_a_pair(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.channel) for m in find_mechanisms(text)] == expected


#: (sentence, pair, the names found): patterns read only between their pair.
BETWEEN_A_PAIR = [
    ("The MMCA working group meeting opened in Qingdao.", ("CHN", "USA"),
     ["MMCA working group meeting"]),
    ("The MMCA met in Hawaii.", ("USA", "CHN"), ["MMCA"]),
    # A three-letter acronym is that pair's mechanism only between them; one of four
    # letters or more, or a name in capitals, is a proper name anywhere.
    ("The SCM met in Seoul.", ("USA", "KOR"), ["SCM"]),
    ("The SCM met in Seoul.", ("USA", "JPN"), []),
    ("The MMCA met in Hawaii.", None, ["MMCA"]),
    ("Officers held the Mutual Defense Board meeting in Manila.", None,
     ["Mutual Defense Board meeting"]),
    ("A mutual defense board of the two firms met.", None, []),
    ("They met in the UNIFIL tripartite meeting at Naqoura.", None,
     ["UNIFIL tripartite meeting"]),
    ("They held a tripartite meeting on trade.", None, []),
    # A headline capitalises every word: its capitals are no proper name.
    ("US And China Agree On New Coordination Mechanism", None, []),
    ("US And China Agree On New Coordination Mechanism", ("ISR", "RUS"),
     ["Coordination Mechanism"]),
    ("The coordination mechanism kept Israeli and Russian jets apart.", ("RUS", "ISR"),
     ["coordination mechanism"]),
    ("The coordination mechanism kept Israeli and Russian jets apart.", ("USA", "RUS"), []),
    # Part of a phrase that is no mechanism's name: a person, or commanders.
    ("India's DGMO said the firing had stopped.", ("IND", "PAK"), []),
    ("Talks between theatre commanders resumed.", ("USA", "CHN"), []),
]


@pytest.mark.parametrize(("text", "pair", "expected"), BETWEEN_A_PAIR)
def test_patterns_read_between_their_pair(text: str, pair: tuple[str, str] | None,
                                          expected: list[str]) -> None:
    assert [m.name for m in find_mechanisms(text, pair)] == expected


def test_reference_mechanism_wins_a_tie_with_a_general_pattern() -> None:
    found = find_mechanisms("They revived the Australia-China Defence Strategic Dialogue.")
    assert [m.id for m in found] == ["aus-chn-defence-strategic-dialogue"]


@pytest.mark.parametrize(("name", "proper"), [
    ("Border Personnel Meetings", True),
    ("Japan-U.S. 2+2", True),
    ("Syria deconfliction mechanism", True),
    ("coordination mechanism", False),
    ("maritime safety talks", False),
    ("Chiefs of defence talks", False),
])
def test_proper_names(name: str, proper: bool) -> None:
    assert is_proper_name(name, frozenset({"Syria", "Japan"})) is proper


@pytest.mark.parametrize(("sentence", "channel", "pair", "expected"), [
    ("The two navies held the MMCA working group meeting.", "maritime-safety-talks",
     ("USA", "CHN"), "MMCA working group meeting"),
    ("Seoul suspended the Comprehensive Military Agreement in part.", None, ("KOR", "PRK"),
     "Comprehensive Military Agreement"),
    # The name is on another channel than the event's: not its mechanism.
    ("After the MMCA talks, the ministers met.", "defence-ministers", ("USA", "CHN"), None),
])
def test_mechanism_of_an_event(sentence: str, channel: str | None, pair: tuple[str, str],
                               expected: str | None) -> None:
    assert mechanism_of(sentence, channel, pair) == expected


def _reference() -> list[dict[str, object]]:
    """The reference mechanisms that text can name (not 'Defence minister meetings and
    calls', a description with no patterns)."""
    node = resources.files("parley.data") / "mechanisms.json"
    return [r for r in json.loads(node.read_text(encoding="utf-8"))["mechanisms"]
            if r["patterns"]]


@pytest.mark.parametrize("record", _reference(), ids=lambda r: str(r["id"]))
def test_every_reference_name_is_found_between_its_pair(record: dict[str, object]) -> None:
    """Each of the reference mechanisms is recognised by its own name in a sentence."""
    name = str(record["name"])
    pair = tuple(str(code) for code in record["pair"])  # type: ignore[attr-defined]
    found = find_mechanisms(f"Officials said the {name} was discussed.", pair)
    assert any(m.id == record["id"] or m.channel == record["channel"] for m in found), found


@given(st.text(max_size=200))
def test_any_text_gives_names_inside_it(text: str) -> None:
    for mechanism in find_mechanisms(text):
        assert text[mechanism.start:mechanism.end] == mechanism.name
        assert mechanism.name.strip()
