"""Whether a trigger is about what its type needs: the registered theme checks run in order
(their rules are in themes_sanctions, themes_encounters, themes_contacts, themes_demands and
themes_talks), and what a request or a suspension is directly about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.arguments import asked_infinitives
from parley.extract.clauses import _participation_in
from parley.extract.records import Candidate, SentenceView, Trigger
from parley.extract.registry import registry
from parley.extract.syntax import (
    Tree,
)
from parley.extract.vocabulary import (
    CONTACT_VERBS,
    DEMANDED_ACTIONS,
    MAINTAINING_VERBS,
    NON_REQUEST_TALK_NOUNS,
    QUESTION_WORDS,
    REQUEST_THEME_PREPOSITIONS,
    SELF_SUFFICIENT_REQUESTS,
    THEME_PREPOSITIONS,
    WANTING_VERBS,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


def theme_fits(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
               arguments: set[int]) -> bool:
    """Whether a trigger is about what its type needs: the first registered theme check of
    its type and theme that gives a verdict decides (`registry.theme_checks`, in the order
    of `data/lexicons/rule_order.json`); when none does, there is no event."""
    tree = view.tree
    words = frozenset({tree.tokens[i].lemma for i in arguments}
                      | {tree.tokens[i].lower for i in arguments})
    candidate = Candidate(trigger, arguments, words)
    for rule in registry.theme_checks(trigger.entry.type, trigger.entry.theme):
        verdict = rule.check(coder, view, candidate)
        if verdict is not None:
            return verdict
    return False


def _request_theme(coder: ArticleCoder, view: SentenceView, trigger: Trigger, arguments: set[int]
                   ) -> bool:
    """A request is for talks: its object, complement or own noun says so directly."""
    tree = view.tree
    head = tree.tokens[trigger.index]
    for clause in tree.dependents(trigger.index, ("ccomp", "advcl")):
        words = QUESTION_WORDS if \
            tree.tokens[clause].dep == "ccomp" else ("whether",)
        if any(tree.tokens[c].lower in words for c in tree.subtree(clause) if c < clause):
            return False  # "asked whether the hotline was used": a question
    if head.pos == "NOUN" and head.lemma in SELF_SUFFICIENT_REQUESTS:
        return True
    direct: set[int] = set()
    for child in tree.children[trigger.index]:
        token = tree.tokens[child]
        if token.dep == "prep" and not tree.children[child]:
            direct |= {i for i in arguments if i > child}  # "asked for, and got, a call"
        if token.dep in ("dobj", "xcomp", "ccomp", "acl", "nsubjpass", "attr"):
            direct |= tree.subtree(child, stop=frozenset({"relcl", "advcl", "acl"})) \
                if token.dep != "acl" else {child} | set(tree.dependents(child, ("dobj",)))
        elif token.dep == "prep" and (token.lower in REQUEST_THEME_PREPOSITIONS or (
                token.lower == "of" and head.pos == "NOUN")):
            # "a request for talks", "the proposal of a ministers' meeting"
            direct |= tree.subtree(child, stop=frozenset({"relcl", "advcl"}))
    if head.dep in ("amod", "compound", "acl"):
        direct.add(head.head)
    direct |= asked_infinitives(tree, trigger.index)  # "offered on Friday to hold talks"
    if trigger.entry.lemmas[0] in CONTACT_VERBS or any(
            tree.tokens[i].lemma in CONTACT_VERBS and tree.tokens[i].pos == "VERB"
            for i in direct):
        # "reached out to his counterpart", "tried to reach General Xu"
        if any(view.token_mention.get(i) or tree.tokens[i].lemma == "counterpart"
               for i in direct | arguments):
            return True
    if any(tree.tokens[c].lemma in MAINTAINING_VERBS
           for c in tree.dependents(trigger.index, ("xcomp",))):
        return False  # "wanted to keep lines of communication open": a stance
    if head.lemma in WANTING_VERBS and any(
            tree.tokens[c].lemma in DEMANDED_ACTIONS
            for c in tree.dependents(trigger.index, ("xcomp", "ccomp"))):
        return False  # "wants Washington to drop the sanctions": a demand
    for i in direct:
        token = tree.tokens[i]
        if i in view.token_channel and view.token_channel[i].slug:
            return True
        if token.lemma in coder.lexicon.talk_nouns - NON_REQUEST_TALK_NOUNS:
            return True
        if token.lemma in coder.lexicon.talk_verbs and token.pos == "VERB":
            return True
    return False


def _direct_theme(coder: ArticleCoder, tree: Tree, index: int, arguments: set[int]) -> set[int]:
    """What is suspended or resumed: objects and their nouns, not places or times
    ("stop drills within 5 km of the demarcation line" is not about a line)."""
    stop = frozenset({"relcl", "advcl", "acl"})
    direct: set[int] = set()
    auxiliaries = set(tree.dependents(index, ("aux", "auxpass")))
    for i in arguments:
        token = tree.tokens[i]
        # The verb's own dependents, or the theme of an inversion hung on its auxiliary
        # ("Also called off were the talks").
        if token.head == index or token.head in auxiliaries:
            if token.dep == "prep" and token.lower == "by" and \
                    tree.tokens[index].pos == "NOUN":
                # "the suspension by Pyongyang of the hotline", parsed with 'of the
                # hotline' under Pyongyang: the 'of' phrase is still the theme.
                direct |= {j for o in tree.dependents(i, ("pobj",))
                           for p in tree.dependents(o, ("prep",)) if tree.tokens[p].lower == "of"
                           for j in tree.subtree(p)}
                continue
            if token.dep == "prep" and token.lower not in THEME_PREPOSITIONS:
                continue
            if token.dep in ("npadvmod", "advmod", "tmod", "prt"):
                continue
            direct |= {j for j in tree.subtree(i, stop=stop)
                       if not any(tree.tokens[a].dep == "prep" and
                                  tree.tokens[a].lower not in THEME_PREPOSITIONS
                                  and not _participation_in(tree, a)
                                  for a in tree.ancestors(j)[:3] if a in arguments)}
    head = tree.tokens[index]
    if head.dep in ("amod", "compound", "acl", "relcl", "nmod") or not direct:
        return arguments
    return direct
