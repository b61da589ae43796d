"""Trigger finders: triggers of constructions the lexicon does not list, each a registered rule.

A finder reads a sentence's parse and returns the triggers its construction makes; the
triggers then go through the same argument reading and theme checks as the lexicon's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.lexicon import TriggerEntry
from parley.extract.records import Trigger
from parley.extract.registry import registry
from parley.extract.trigger_entries import (
    _DISCUSSED_BY_PHONE,
    _PRESENT_AT,
    _RESUME_BY_ENDING,
    _SUSPEND_BY_EXPULSION,
    _SUSPEND_BY_RECALL,
    _at_gathering,
    _over_a_line,
)
from parley.extract.vocabulary import (
    DISCUSSING_VERBS,
    PERSON_NOUNS,
    VISITING_TRAVEL_VERBS,
)
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import RuleExtractor
    from parley.extract.syntax import Tree


@registry.trigger_finder("parley.ended-silence-resumes.v1")
def ended_silence(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'broke a two-year silence', 'ending nearly two months of silence': a resumption."""
    return [Trigger(_RESUME_BY_ENDING, token.i, token.i) for token in tree.tokens
            if token.lemma in extractor.lexicon.ending_verbs and token.pos == "VERB"
            and extractor._ended_absence(tree, token.i) is not None]


@registry.trigger_finder("parley.recall-from-visit-suspends.v1")
def recalled_from_visit(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'recalled its navy chief from a US visit': the visit is cut short."""
    return [Trigger(_SUSPEND_BY_RECALL, token.i, token.i) for token in tree.tokens
            if token.lemma in extractor.lexicon.recalling_verbs and token.pos == "VERB"
            and extractor._recalled_from_visit(tree, token.i)]


@registry.trigger_finder("parley.expulsion-suspends.v1")
def expulsion(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'declared the advisers persona non grata', 'ordered the attachés to leave'."""
    return [Trigger(_SUSPEND_BY_EXPULSION, token.i, token.i) for token in tree.tokens
            if token.pos == "VERB" and extractor._expels(tree, token.i)]


@registry.trigger_finder("parley.present-at-gathering-meets.v1")
def present_at_gathering(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'Austin and Li were both at the Shangri-La Dialogue': being at a gathering together."""
    return [Trigger(_PRESENT_AT, token.i, token.i) for token in tree.tokens
            if token.lemma == "be" and _at_gathering(tree, token.i)]


@registry.trigger_finder("parley.discussed-by-phone-calls.v1")
def discussed_by_phone(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'discussed the drone by phone': talking something over a line is a call."""
    return [Trigger(_DISCUSSED_BY_PHONE, token.i, token.i) for token in tree.tokens
            if token.lemma in DISCUSSING_VERBS and token.pos == "VERB"
            and _over_a_line(tree, token.i)]


#: "Netanyahu flew to Moscow": an official's journey to another state is a visit there.
_TRAVELLED_TO = TriggerEntry(EventType.MEET, ("visit",), "verb", "self")


def travelled_to_a_place(tree: Tree, index: int) -> bool:
    """A journey verb with a named person or an official as subject ('Netanyahu', 'the
    defence minister') and 'to' a named place ('flew to Moscow'); a journey 'for' something
    ('flew to Moscow for talks') is told by its own talks, and aircraft or tourists flying
    somewhere make no visit."""
    token = tree.tokens[index]
    if token.pos != "VERB" or token.lemma not in VISITING_TRAVEL_VERBS:
        return False
    if any(tree.tokens[p].lower == "for" for p in tree.dependents(index, ("prep",))):
        return False
    subjects = tree.dependents(index, ("nsubj",))
    if not any(tree.tokens[s].pos == "PROPN" or tree.tokens[s].lemma in PERSON_NOUNS
               for s in subjects):
        return False
    return any(tree.tokens[o].pos == "PROPN"
               for p in tree.dependents(index, ("prep",)) if tree.tokens[p].lower == "to"
               for o in tree.dependents(p, ("pobj",)))


@registry.trigger_finder("parley.travelled-to-visits.v1")
def travelled_to(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'The mechanism was agreed when Netanyahu flew to Moscow in September 2015': the
    prime minister visited Russia, a meeting there."""
    return [Trigger(_TRAVELLED_TO, token.i, token.i) for token in tree.tokens
            if travelled_to_a_place(tree, token.i)]
