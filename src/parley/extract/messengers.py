"""A state asked to pass a message on is a messenger, not the side asked.

"Phumtham asked Trump to tell the Cambodian side that Bangkok wanted talks", "Tokyo asked
Beijing to convey to Pyongyang its wish for talks": what is asked for is meant for the third
side; the one asked to tell, convey or relay it is neither asked for talks nor made a demand
of. The talks the message asks for are still a request of the side it is meant for, told by
the message's own words ("Bangkok wanted direct talks"). Read by the event filter below and
by `constructions.deontic_demands`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.extract.syntax import Tree
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView, Trigger
    from parley.types import DateMention

#: "tell", "convey", "relay", "pass on": what a messenger is asked to do with a message
#: (data/lexicons/grammar.json).
MESSENGER_VERBS = grammar_words("messenger_verbs")


def asks_a_messenger(tree: Tree, verb: int) -> bool:
    """Whether the verb `verb` asks its object to pass something on: an object, then an
    infinitive of a messenger verb ("asked Trump to tell the Cambodian side that …")."""
    if not tree.dependents(verb, ("dobj",)):
        return False
    return any(tree.tokens[c].lemma in MESSENGER_VERBS and any(
        tree.tokens[a].lower == "to" for a in tree.dependents(c, ("aux",)))
        for c in tree.dependents(verb, ("xcomp",)))


@registry.event_filter("parley.messenger-is-not-asked.v1",
                       types=(EventType.REQUEST, EventType.DEMAND))
def messenger_is_not_asked(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
                           etype: EventType, when: DateMention | None) -> bool:
    """'asked Trump to tell the Cambodian side that Bangkok wanted talks': no request of
    the messenger (the talks wanted are the message's own trigger)."""
    return asks_a_messenger(view.tree, trigger.index)
