"""Theme checks of warnings told as demands: "warned Washington against any strike" asks the
other side not to act, and "warned that it would respond firmly if the violations were
repeated" lays a condition on it; both are DEMANDs. A warning to one's own people ("warned
its citizens against travel") or a forecast ("warned that prices would rise") is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView
    from parley.extract.syntax import Tree

#: Verbs of warning whose 'against' or conditional threat is a demand ("warned … against").
WARNING_VERBS = grammar_words("warning_verbs")
#: Prepositions that name what the warned side must not do ("against any strike").
WARNING_PREPOSITIONS = grammar_words("warning_prepositions")
#: Acts a warning with no addressee forbids the other side ("warned against any strike").
HOSTILE_ACTS = grammar_words("hostile_act_nouns")
#: Subordinators of the condition of a threat ("would respond if they were repeated").
THREAT_CONDITIONS = grammar_words("threat_condition_subordinators")
#: Verbs of the warner's answer in a threat ("would respond", "will retaliate").
RESPONSE_VERBS = grammar_words("threat_response_verbs")

#: Labels of the words naming whose act a noun is ("any US strike", "Washington's moves").
ACTOR_DEPS = ("compound", "amod", "poss", "nmod")


def addressed_to_a_state(view: SentenceView, index: int) -> bool:
    """Whom the warning is told to is a state or its officials ('warned the US', 'warned
    Austin'), not 'its citizens'; told to no one, it must forbid a state's act ('warned
    against any retaliatory strike', 'against US strikes'), not a mood ('against
    complacency')."""
    tree = view.tree
    addressees = tree.dependents(index, ("dobj",))
    if addressees:
        return any(view.token_mention.get(i) for a in addressees for i in tree.subtree(a))
    return any(tree.tokens[o].lemma in HOSTILE_ACTS or tree.tokens[o].tag == "VBG"
               or any(view.token_mention.get(i) for i in tree.dependents(o, ACTOR_DEPS))
               for p in tree.dependents(index, ("prep",))
               if tree.tokens[p].lower in WARNING_PREPOSITIONS
               for o in tree.dependents(p, ("pobj", "pcomp")))


def warned_against(tree: Tree, index: int) -> bool:
    """'warned … against any retaliatory strike', 'warned against escalating': the warning
    names an act the other side must not take."""
    return any(tree.tokens[p].lower in WARNING_PREPOSITIONS
               and tree.dependents(p, ("pobj", "pcomp"))
               for p in tree.dependents(index, ("prep",)))


def conditional_threat(tree: Tree, index: int) -> bool:
    """'warned that India would respond firmly if they were repeated': the warning's clause
    is the warner's answer ('respond', 'retaliate') under a condition."""
    for clause in tree.dependents(index, ("ccomp",)):
        if tree.tokens[clause].lemma not in RESPONSE_VERBS:
            continue
        for sub in tree.dependents(clause, ("advcl",)):
            if any(tree.tokens[m].lower in THREAT_CONDITIONS
                   for m in tree.dependents(sub, ("mark",))):
                return True
    return False


@registry.theme_check("parley.warning-is-a-demand.v1", themes=("any",),
                      before="parley.stance-asks-the-other-side.v1")
def warning_is_a_demand(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                        ) -> bool | None:
    """'warned the US against any strike on Syria', 'warned that it would respond if the
    firing went on': a demand of the other side; a warning to one's own citizens is none.
    Other warnings pass on (the general stance rule decides)."""
    index = candidate.index
    if view.tree.tokens[index].lemma not in WARNING_VERBS:
        return None
    if conditional_threat(view.tree, index):
        # the condition is laid on the other side even when the warning names no addressee
        addressees = view.tree.dependents(index, ("dobj",))
        return not addressees or addressed_to_a_state(view, index)
    if not warned_against(view.tree, index):
        return None
    return addressed_to_a_state(view, index)
