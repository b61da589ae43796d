"""An exchange of prisoners, bodies or fire is a handover or a clash, not talks.

"Exchange" is a talk noun ("an exchange of views", "a video exchange between the chiefs"),
so "Russia proposed a prisoner exchange" would read as an ask for talks and "Kyiv rejected
the proposal" as its refusal. What is exchanged decides: when it is named and is a thing two
states hand over or trade (`exchanged_things` in `data/lexicons/grammar.json`), the exchange
is no contact between their militaries. Talks *about* such an exchange ("asked for talks on a
prisoner swap") keep their own talk word and stay a request for talks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView
    from parley.extract.syntax import Tree

#: 'exchange', 'swap': nouns whose talk depends on what is swapped.
EXCHANGE_NOUNS = grammar_words("exchange_nouns")
#: 'prisoners', 'bodies', 'fire': things swapped, not words.
EXCHANGED_THINGS = grammar_words("exchanged_things")


def _is_thing(tree: Tree, index: int) -> bool:
    token = tree.tokens[index]
    return token.lemma in EXCHANGED_THINGS or token.lower in EXCHANGED_THINGS


def exchange_of_things(tree: Tree, index: int) -> bool:
    """'a prisoner exchange', 'an exchange of fire', 'the swap of detainees': an exchange
    noun whose modifier or 'of' object is a thing handed over; 'an exchange of views' and a
    bare 'exchange' are not."""
    token = tree.tokens[index]
    if token.lemma not in EXCHANGE_NOUNS and token.lower not in EXCHANGE_NOUNS:
        return False
    if any(_is_thing(tree, c) for c in tree.dependents(index, ("compound", "amod", "nmod"))):
        return True
    return any(_is_thing(tree, o) for p in tree.dependents(index, ("prep",))
               if tree.tokens[p].lower == "of" for o in tree.dependents(p, ("pobj",)))


def only_exchanges_of_things(words: set[str], talk_words: Iterable[str]) -> bool:
    """A sentence's words (lower case) whose only talk words are exchange nouns, beside a
    thing exchanged: 'Russia proposed a prisoner exchange' asks for no talks. Read from the
    words, like the ask it qualifies (`unanswered_asks.asks_for_talks`)."""
    talking = words & frozenset(talk_words)
    return bool(talking) and talking <= EXCHANGE_NOUNS and bool(words & EXCHANGED_THINGS)


@registry.theme_check("parley.exchange-of-things-is-no-talks.v1",
                      types=(EventType.REQUEST, EventType.DECLINE), themes=("talks",))
def exchange_of_things_is_no_talks(coder: ArticleCoder, view: SentenceView,
                                   candidate: Candidate) -> bool | None:
    """'Ukraine asked for an exchange of prisoners', 'Moscow turned down a prisoner swap':
    when the only talk words asked for or refused are exchanges of things, no talks were."""
    tree = view.tree
    talk = coder.lexicon.talk_nouns | coder.lexicon.talk_verbs
    talking = [i for i in candidate.arguments
               if tree.tokens[i].lemma in talk or tree.tokens[i].lower in talk
               or i in view.token_channel]
    if talking and all(exchange_of_things(tree, i) for i in talking):
        return False
    return None
