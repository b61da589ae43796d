"""Theme checks of demands (trigger theme 'any'): what is demanded must be asked of the
other side, not be talks (a request) or the speaker's own plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.registry import registry
from parley.extract.syntax import SUBJECT_DEPS, Tree
from parley.extract.vocabulary import (
    CONDITION_PREPOSITIONS,
    CONDITIONING_VERBS,
    DEMAND_STANCE_VERBS,
    DEMANDED_ACTIONS,
    DIRECTIVE_VERBS,
    ORGANISATION_NOUNS,
    SHARED_AIM_WORDS,
)
from parley.types import MentionKind

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

ANY = ("any",)


@registry.theme_check("parley.pushed-for-not-talks.v1", themes=ANY)
def pushed_for_not_talks(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                         ) -> bool | None:
    """'pushed for US support' is a demand; 'pushed for talks' is a request."""
    lemmas = candidate.trigger.entry.lemmas
    if len(lemmas) <= 1 or lemmas[-1] != "for":
        return None
    talk_words = coder.lexicon.talk_nouns | coder.lexicon.talk_verbs
    if _calls_for_a_shared_aim(view.tree, candidate.index) and not candidate.words & (
            coder.lexicon.sanction_words | DEMANDED_ACTIONS):
        return False
    return bool(candidate.arguments) and not candidate.words & talk_words


def _calls_for_a_shared_aim(tree: Tree, index: int) -> bool:
    """'called for a roadmap to ease tensions', 'called for rebuilding trust': what the call
    is for is a plan or a betterment both sides would work at, which asks nothing of the
    other side in particular (the spec's DEMAND is addressed to it)."""
    aims = [o for p in tree.dependents(index, ("prep", "prt"))
            if tree.tokens[p].lower == "for" for o in tree.dependents(p, ("pobj", "pcomp"))]
    return any(tree.tokens[o].lemma in SHARED_AIM_WORDS for o in aims)


@registry.theme_check("parley.talks-tied-to-condition.v1", themes=ANY)
def talks_tied_to_condition(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                            ) -> bool | None:
    """'ties any meeting to the lifting of sanctions': a precondition."""
    tree = view.tree
    if candidate.trigger.entry.lemmas[0] not in CONDITIONING_VERBS:
        return None
    return any(tree.tokens[c].lower in CONDITION_PREPOSITIONS
               for c in tree.dependents(candidate.index, ("prep",))) and any(
        tree.tokens[i].lemma in coder.lexicon.talk_nouns for i in candidate.arguments)


@registry.theme_check("parley.stance-asks-the-other-side.v1", themes=ANY)
def stance_asks_the_other_side(coder: ArticleCoder, view: SentenceView,
                               candidate: Candidate) -> bool | None:
    """'warned that …', 'insisted that Pakistan end the firing', 'wants Washington to drop the
    sanctions': a stance is a demand when it lays a condition or names what the other side
    must do; 'wants to help Israel' is the wanter's own plan."""
    tree = view.tree
    index, arguments, words = candidate.index, candidate.arguments, candidate.words
    lemma = candidate.trigger.entry.lemmas[0]
    if lemma not in DEMAND_STANCE_VERBS:
        return None
    if coder._has_condition(tree, index):
        return True
    if lemma != "want" and _directive_to_a_state(view, index):
        return True  # "warned Caracas not to interfere", "advised Tokyo to stay out"
    if lemma == "insist":
        # "insisted on", "insisted that Pakistan should stop", and the subjunctive
        # "insisted that Pakistan end the firing" (a bare verb after 'that').
        return any(tree.tokens[c].lower == "on" for c in tree.children[index]) or \
            coder._modal_complement(tree, index) or any(
                tree.tokens[c].tag == "VB" and tree.dependents(c, SUBJECT_DEPS)
                for c in tree.dependents(index, ("ccomp",)))
    # "want those sanctions dropped", "want signs from the US": a demand made of the other
    # side names it, its sanctions, or something to stop.
    if any(tree.tokens[c].lemma in DEMANDED_ACTIONS and (
            tree.dependents(c, SUBJECT_DEPS) or tree.dependents(index, ("dobj",)))
           for c in tree.dependents(index, ("xcomp", "ccomp"))):
        return True  # "wants Washington to drop the sanctions"
    if lemma == "want" and tree.dependents(index, ("xcomp",)) and not \
            tree.dependents(index, ("dobj", "ccomp")):
        return False
    return lemma == "want" and bool(arguments) and not words & (
        coder.lexicon.talk_nouns | coder.lexicon.talk_verbs) and bool(
        words & (coder.lexicon.sanction_words | DEMANDED_ACTIONS)
        or any(view.token_mention.get(i) and view.token_mention[i].state for i in arguments))


def _directive_to_a_state(view: SentenceView, index: int) -> bool:
    """'warned Caracas not to interfere', 'advised the government in Caracas not to pursue
    …': a stance verb with a state as its addressee (the object, or a phrase between the
    object and the infinitive) and an infinitive says what that state must do."""
    tree = view.tree
    infinitives = tree.dependents(index, ("xcomp",))
    objects = tree.dependents(index, ("dobj",))
    if not infinitives or not objects:
        return False
    addressee = {i for o in objects for i in tree.subtree(o)}
    if any(tree.tokens[o].lemma in ORGANISATION_NOUNS for o in objects):
        # "the government in Caracas": the body's state may stand after the object
        addressee |= {i for p in tree.dependents(index, ("prep",))
                      if objects[0] < p < infinitives[0] for i in tree.subtree(p)}
    return any(view.token_mention.get(i) and view.token_mention[i].state
               and not _located(tree, view.mention_root.get(i, i), objects)
               for i in addressee)


def _located(tree: Tree, index: int, objects: list[int]) -> bool:
    """'travellers in Venezuela': a state after 'in' on an object that is no state body
    only places the people addressed."""
    token = tree.tokens[index]
    return token.dep == "pobj" and tree.tokens[token.head].head in objects and not any(
        tree.tokens[o].lemma in ORGANISATION_NOUNS for o in objects)


@registry.theme_check("parley.directive-to-a-state.v1", themes=ANY)
def directive_to_a_state(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                         ) -> bool | None:
    """'urged its citizens to avoid …': a directive not addressed to a state is no demand."""
    tree = view.tree
    addressees = tree.dependents(candidate.index, ("dobj",))
    if addressees and candidate.trigger.entry.lemmas[0] in DIRECTIVE_VERBS and not any(
            view.token_mention.get(i) for a in addressees for i in tree.subtree(a)):
        return False
    return None


#: Mention kinds of the one visited in a courtesy call ("called on President Zardari").
VISITED_KINDS = (MentionKind.PERSON, MentionKind.ROLE)


@registry.theme_check("parley.courtesy-call-is-no-demand.v1", themes=ANY)
def courtesy_call_is_no_demand(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                               ) -> bool | None:
    """'Bagheri also called on President Zardari', 'the visiting minister called on the prime
    minister': 'call on' an official, with nothing asked of him (no infinitive, no clause, no
    'for' what), is a courtesy visit, no demand; 'called on Washington to withdraw its
    missiles' and 'called on the minister to resign' ask."""
    if tuple(candidate.trigger.entry.lemmas[:2]) != ("call", "on"):
        return None
    tree = view.tree
    index = candidate.index
    if tree.dependents(index, ("xcomp", "ccomp")) or any(
            tree.tokens[p].lower == "for" for p in tree.dependents(index, ("prep",))):
        return None
    # the 'on' of 'call on' comes first ("called on the president on Friday")
    ons = sorted(p for p in tree.dependents(index, ("prep", "prt")) if tree.tokens[p].lower == "on")
    visited = tree.dependents(ons[0], ("pobj",)) if ons else tree.dependents(index, ("dobj",))
    if not visited:
        return None
    heard = {i for o in visited for i in tree.subtree(o)}
    if any(tree.tokens[i].lower == "to" and tree.tokens[i].dep == "aux" for i in heard):
        return None  # "called on the minister to resign": the infinitive hangs on him
    heads = [view.token_mention.get(view.mention_root.get(o, o)) or view.token_mention.get(o)
             for o in visited]
    if all(m is not None and m.kind in VISITED_KINDS for m in heads):
        return False  # the one called on is an official, not a state
    return None


@registry.theme_check("parley.demand-has-content.v1", themes=ANY)
def demand_has_content(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                       ) -> bool | None:
    """Any other demand word is a demand when it has arguments (what is demanded)."""
    return bool(candidate.arguments)
