"""Channel names found in text: the catalogue's patterns, read generally (paraphrases, coordinated
units, elided heads), and phrases that name no channel."""

from __future__ import annotations

import pytest

from parley.extract import RuleExtractor, load_lexicon
from parley.resolve import load_gazetteer


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor(load_lexicon(), load_gazetteer())


@pytest.mark.parametrize(("text", "slugs"), [
    # Coordinated units of operational communication.
    ("Ship-to-ship and aircraft-to-aircraft communication still works.", ["operational-comms"]),
    ("Vessel-to-vessel radio contacts continued at sea.", ["operational-comms"]),
    ("Pilot-to-pilot or bridge-to-bridge communications broke down.", ["operational-comms"]),
    # Gatherings of intelligence officials, whatever their modifiers.
    ("A conclave of Asian intelligence chiefs met in Singapore.", ["intelligence"]),
    ("The annual meeting of regional spy agencies was held in Bangkok.", ["intelligence"]),
    # Working-level engagements with modifiers.
    ("Nearly ten working-level staff exchanges were refused.", ["working-level"]),
    ("Working-level maritime talks resumed.", ["working-level"]),
    # An elided head noun: "the policy and maritime safety dialogues".
    ("The policy and maritime safety dialogues remain frozen.",
     ["defence-policy-talks", "maritime-safety-talks"]),
    ("Both the theatre and the policy talks were cancelled.",
     ["theater-command-talks", "defence-policy-talks"]),
    # Talks between top officers, whoever's they are said to be.
    ("Talks between the two militaries' top officers resumed.", ["military-chiefs"]),
    ("Calls between the armies' top generals stopped in May.", ["military-chiefs"]),
    # A named mechanism of a pair the catalogue's patterns do not know.
    ("The Security Consultative Meeting opened in Seoul.", ["defence-ministers"]),
    ("Officers met at a border personnel meeting.", ["theater-command-talks"]),
])
def test_channel_names(extractor: RuleExtractor, text: str, slugs: list[str]) -> None:
    assert [s.slug for s in extractor.find_channels(text) if s.slug] == slugs


@pytest.mark.parametrize("text", [
    "Foreign policy and trade talks resumed in Geneva.",
    "The gathering of intelligence on troop moves continued.",
    "Relations depend on peace on the border.",
    "Air-to-ground missiles were fired.",
])
def test_no_channel_named(extractor: RuleExtractor, text: str) -> None:
    assert [s.slug for s in extractor.find_channels(text) if s.slug] == []
