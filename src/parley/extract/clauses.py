"""Tests on a trigger's clause read off the dependency tree alone: subjunctive, blocked,
denied, 'no longer', generic relatives, plural heads, participles told at a point in time.
"""

from __future__ import annotations

from parley.extract.records import SentenceView
from parley.extract.syntax import (
    Tree,
)
from parley.extract.vocabulary import (
    BLOCKING_VERBS,
    DENYING_VERBS,
    LIKELIHOOD_WORDS,
    PARTICIPATION_NOUNS,
    POINT_IN_TIME_PREPOSITIONS,
)


def _subjunctive(tree: Tree, verb: int) -> bool:
    """'(asked) that the flights stop', '… that such approaches not be repeated'."""
    if not any(tree.tokens[m].lower == "that" for m in tree.dependents(verb, ("mark",))):
        return False
    auxiliaries = [tree.tokens[a] for a in tree.dependents(verb, ("aux", "auxpass"))]
    if any(a.tag == "MD" for a in auxiliaries):
        return False
    return tree.tokens[verb].tag == "VB" or any(
        a.lemma == "be" and a.tag == "VB" for a in auxiliaries)


def _plural_head(tree: Tree, indices: list[int]) -> bool:
    """Whether a phrase's head word is plural ('directors general of …', not 'Chairman of
    the Joint Chiefs')."""
    inside = set(indices)
    heads = [i for i in indices if tree.tokens[i].head not in inside or tree.tokens[i].head == i]
    return bool(heads) and tree.tokens[heads[0]].tag in ("NNS", "NNPS")


def _participation_in(tree: Tree, prep: int) -> bool:
    """'its participation in the treaty': what one takes part in is the theme."""
    token = tree.tokens[prep]
    return token.lower == "in" and tree.tokens[token.head].lemma in PARTICIPATION_NOUNS


def _likelihood_subject(tree: Tree, index: int) -> bool:
    """Whether a noun (or the conjunct it joins) is what a copula calls likely, unlikely,
    possible or expected ("a meeting is unlikely", "neither a call nor a meeting is likely")."""
    token = tree.tokens[index]
    if token.pos != "NOUN":
        return False
    noun = token.head if token.dep == "conj" else index
    if tree.tokens[noun].dep not in ("nsubj", "nsubjpass"):
        return False
    verb = tree.tokens[noun].head
    return tree.tokens[verb].lemma == "be" and any(
        tree.tokens[a].lemma in LIKELIHOOD_WORDS for a in tree.dependents(verb, ("acomp",)))


def _generic_relative(tree: Tree, index: int) -> bool:
    """A present-tense relative clause on a bare plural ("ships that come close"): a kind of
    situation, not an incident."""
    token = tree.tokens[index]
    if token.dep != "relcl" or token.tag not in ("VBP", "VBZ") or token.head == index:
        return False
    noun = tree.tokens[token.head]
    return noun.tag in ("NNS", "NNPS") and not tree.dependents(noun.i, ("det", "poss", "nummod"))


def _blocked(tree: Tree, index: int) -> bool:
    """Whether a verb that keeps things from happening governs the trigger ("refused to let
    him meet", "slowed to avoid a collision"), not across a coordination ("rejected the
    account and said aircraft had harassed …")."""
    current = index
    for _ in range(4):
        token = tree.tokens[current]
        if token.dep == "conj" or token.head == current:
            return False
        current = token.head
        if tree.tokens[current].lemma in BLOCKING_VERBS:
            return True
    return False


def _denied(tree: Tree, index: int) -> bool:
    """Whether the trigger's clause is what a denying verb calls untrue."""
    clause = tree.clause_head(index)
    token = tree.tokens[clause]
    return token.dep == "ccomp" and token.head != clause and \
        tree.tokens[token.head].lemma in DENYING_VERBS and any(
            tree.tokens[m].lower == "that" for m in tree.dependents(clause, ("mark",)))


def _no_longer(tree: Tree, index: int) -> bool:
    """'no longer' on the trigger's clause ('will no longer visit', 'no longer meet')."""
    verb = tree.clause_head(index)
    return any(tree.tokens[c].lower == "longer" and any(
        tree.tokens[n].lower == "no" for n in tree.children[c])
        for c in tree.dependents(verb, ("advmod",)))



def told_at_a_point(view: SentenceView, participle: int) -> bool:
    """'the inspections, halted in August', 'the talks, cancelled on Friday': a participle
    dated at a point in time tells the step taken then; 'the channel, frozen for most of
    2023' or 'dormant since 2019' describes how it stands, and is no event."""
    tree = view.tree
    dated = [i for d in view.dates if d.end_value is None
             for i in view.token_range(d.start, d.end)]
    return any(
        tree.tokens[p].lower in POINT_IN_TIME_PREPOSITIONS and any(
            o in dated for o in tree.dependents(p, ("pobj",)))
        for p in tree.dependents(participle, ("prep",))) or any(
        n in dated for n in tree.dependents(participle, ("npadvmod",)))
