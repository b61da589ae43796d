"""Trigger finders: triggers of constructions the lexicon does not list, each a registered rule.

A finder reads a sentence's parse and returns the triggers its construction makes; the
triggers then go through the same argument reading and theme checks as the lexicon's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from parley.extract.vocabulary import DISCUSSING_VERBS

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
