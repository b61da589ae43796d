"""Trigger finder: contact made over a line is a call ("a hotline contact was established
between the two DGMOs", "the two navies made radio contact"). The setting-up verb is no
ESTABLISH here (contact is not a channel, `themes_establish`); the contact itself happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.lexicon import TriggerEntry
from parley.extract.records import Trigger
from parley.extract.registry import registry
from parley.extract.syntax import PASSIVE_SUBJECT_DEPS
from parley.extract.vocabulary import PHONE_WORDS, VIDEO_WORDS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import RuleExtractor
    from parley.extract.syntax import Tree

#: Verbs that, with 'contact' as object, say a contact took place ("established contact").
CONTACT_MAKING_VERBS = grammar_words("contact_making_verbs")
#: Nouns of a contact that takes place ("contact", "contacts").
MADE_CONTACT_NOUNS = grammar_words("made_contact_nouns")
#: Words of a line a contact is made over, beside the phone and video words ("radio").
LINE_WORDS = grammar_words("contact_line_words") | PHONE_WORDS | VIDEO_WORDS


def line_contact(tree: Tree, index: int) -> bool:
    """'a special hotline contact was established', 'made radio contact': the verb's object
    (or passive subject) is a contact noun named with a line word."""
    for noun in tree.dependents(index, ("dobj", *PASSIVE_SUBJECT_DEPS)):
        if tree.tokens[noun].lemma not in MADE_CONTACT_NOUNS:
            continue
        if any(tree.tokens[i].lemma in LINE_WORDS or tree.tokens[i].lower in LINE_WORDS
               for i in tree.subtree(noun)):
            return True
    return False


@registry.trigger_finder("parley.line-contact-made-is-call.v1")
def line_contact_made(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'A special hotline contact was established on Tuesday between the DGMOs': a call."""
    return [Trigger(TriggerEntry(EventType.CALL, (token.lemma,), "verb", "self"), token.i,
                    token.i)
            for token in tree.tokens
            if token.lemma in CONTACT_MAKING_VERBS and token.pos == "VERB"
            and line_contact(tree, token.i)]
