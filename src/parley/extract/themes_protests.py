"""Theme check of protests: a protest lodged with another state is a DEMAND of it; a crowd's
protest, a protest at no state, and a protest that is the purpose of a summons are not.

"Tokyo lodged a strong protest with the Russian government", "Manila has lodged a diplomatic
protest with Beijing", "Japan protested to China over the incident", "Japan protested against
Russia's decision": a state objects to another's act and asks it, in effect, to undo it or not
repeat it (the lexicon's `protest`, `lodge protest`, `file protest`). A protest is told as a
demand only when

* its party, the object of 'with', 'to' or 'against', names a state ('against the pension
  reform' names none);
* who protests names a state or an official ('thousands of people protested' is a crowd);
* it is not the purpose of another act ('summoned the ambassador to lodge a protest': the
  summons is the contact told, the protest what was said at it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView, Trigger

#: Lemmas of a protest trigger (data/lexicons/grammar.json).
PROTEST_WORDS = grammar_words("protest_words")
#: Prepositions of whom a protest is lodged with or made against.
PROTEST_PARTY_PREPOSITIONS = grammar_words("protest_party_prepositions")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: Dependencies of a verb that is the purpose or a step of another verb ("summoned ... to
#: lodge a protest").
_PURPOSE_DEPS = frozenset({"xcomp", "advcl"})


def is_protest(trigger: Trigger) -> bool:
    """A trigger of the lexicon's protests ('protested', 'lodged a protest'): what it is
    against took place, and is not what the protest asks for (`sentence.drop_governed_triggers`)."""
    return bool(set(trigger.entry.lemmas) & PROTEST_WORDS)


def _names_state(view: SentenceView, tokens: set[int]) -> bool:
    return any((m := view.token_mention.get(i)) is not None and m.state for i in tokens)


def protest_party_names_state(view: SentenceView, heads: list[int]) -> bool:
    """Whether a 'with', 'to' or 'against' phrase of the protest names a state."""
    tree = view.tree
    for head in heads:
        for prep in tree.dependents(head, ("prep",)):
            if tree.tokens[prep].lower in PROTEST_PARTY_PREPOSITIONS and _names_state(
                    view, {i for o in tree.dependents(prep, ("pobj",))
                           for i in tree.subtree(o)}):
                return True
    return False


@registry.theme_check("parley.protest-needs-a-state.v1", types=(EventType.DEMAND,),
                      themes=("any",))
def protest_lodged_with_a_state(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                                ) -> bool | None:
    """'Japan protested to China', 'lodged a protest with Beijing': a demand of that state;
    'people protested in Paris', 'summoned the envoy to lodge a protest': none."""
    if not is_protest(candidate.trigger):
        return None
    tree = view.tree
    index = candidate.index
    token = tree.tokens[index]
    if token.dep in _PURPOSE_DEPS and tree.tokens[token.head].pos == "VERB":
        return False  # "summoned China's ambassador to lodge a strong protest"
    subjects = {i for s in tree.dependents(index, _SUBJECT_DEPS) for i in tree.subtree(s)}
    if not subjects or not any(view.token_mention.get(i) is not None for i in subjects):
        return False  # "thousands of people protested"
    nouns = [c for c in range(index, candidate.trigger.last + 1)
             if tree.tokens[c].lemma in PROTEST_WORDS]
    return protest_party_names_state(view, [index, *nouns])
