"""Trigger finder of calls told by a message passed over a line: "the Israeli side gave
less than a minute's warning over the deconfliction hotline", "Seoul sent a message to the
North via the military line". One side reached the other over the line, so the line was
used: a CALL on it, as the contract codes a line's use. Without a line ("gave a warning to
the press", "sent a message of support") nothing was passed between militaries.

Words are in `data/lexicons/contact_media.json` (`sending_verbs`, `message_nouns`,
`medium_prepositions`, `line_objects`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.contact_kinds import media_words, word_of
from parley.extract.lexicon import TriggerEntry
from parley.extract.records import Trigger
from parley.extract.registry import registry
from parley.extract.syntax import Tree
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import RuleExtractor

#: "gave warning over the hotline": a message passed over a line, a call.
_MESSAGE_OVER_A_LINE = TriggerEntry(EventType.CALL, ("give",), "verb", "self")


def _names_a_line(tree: Tree, noun: int) -> bool:
    """'the hotline', 'the deconfliction hotline' (even parsed as 'deconfliction' with
    'hotline' its modifier), 'the military telephone link'."""
    return any(word_of(tree, n) & media_words("line_objects")
               for n in (noun, *tree.dependents(noun, ("compound", "amod"))))


def message_over_a_line(tree: Tree, index: int) -> bool:
    """A sending verb whose object is a message noun, with 'over', 'via', 'through' or
    'by' a line on the verb or on the message."""
    token = tree.tokens[index]
    if token.pos != "VERB" or not word_of(tree, index) & media_words("sending_verbs"):
        return False
    messages = [o for o in tree.dependents(index, ("dobj",))
                if word_of(tree, o) & media_words("message_nouns")]
    if not messages:
        return False
    return any(_names_a_line(tree, o)
               for holder in (index, *messages)
               for p in tree.dependents(holder, ("prep",))
               if tree.tokens[p].lower in media_words("medium_prepositions")
               for o in tree.dependents(p, ("pobj",)))


@registry.trigger_finder("parley.message-over-a-line-calls.v1")
def messages_over_line(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'The Israeli side gave less than a minute's warning over the deconfliction hotline':
    the line was used to reach the other side, a call."""
    return [Trigger(_MESSAGE_OVER_A_LINE, token.i, token.i) for token in tree.tokens
            if message_over_a_line(tree, token.i)]
