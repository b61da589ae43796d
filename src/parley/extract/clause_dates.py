"""Dates a trigger takes from a clause around it when its own clause has none: its 'when'
or 'as' clause, the clause a 'when', 'where' or 'after' clause hangs on, or a coordinated
verb.
"""

from __future__ import annotations

from parley.extract.dateline_days import DATELINE_DATE
from parley.extract.records import SentenceView
from parley.extract.syntax import Tree
from parley.extract.vocabulary import (
    PLACE_CLAUSE_MARKERS,
    PROMPTING_CLAUSE_MARKERS,
    TIME_CLAUSE_MARKERS,
)
from parley.types import DateMention


def time_clause_date(view: SentenceView, index: int) -> DateMention | None:
    """'The mechanism was agreed when Netanyahu flew to Moscow in September 2015': a verb
    without a date of its own happens at the time of its 'when' or 'as' clause."""
    tree = view.tree
    if tree.tokens[index].pos != "VERB":
        return None
    for clause in tree.dependents(index, ("advcl",)):
        if not any(tree.tokens[m].lower in TIME_CLAUSE_MARKERS
                   for m in tree.dependents(clause, ("mark", "advmod"))):
            continue
        found = date_within(view, tree.subtree(clause, stop=frozenset(
            {"relcl", "advcl", "ccomp"})), ranges=False)
        if found is not None:
            return found
    return None


def framing_clause_date(view: SentenceView, index: int) -> DateMention | None:
    """'Relations hit a low in May 2022, when Erdoğan said … and called off a session': a
    trigger without a date of its own, inside a 'when' clause, happens at the date of the
    clause (or the date noun: "broke down in February 2019, when Islamabad said …", "a
    summit on Nov. 15, where the leaders agreed …") that 'when' or 'where' hangs on, not
    at a date of another phrase ("planned for later that year")."""
    tree = view.tree
    for ancestor in tree.ancestors(index):
        token = tree.tokens[ancestor]
        markers = TIME_CLAUSE_MARKERS | PLACE_CLAUSE_MARKERS if token.dep == "relcl" \
            else TIME_CLAUSE_MARKERS  # "a summit on Nov. 15, where they agreed …"
        if token.dep not in ("advcl", "relcl") or token.head == ancestor or not any(
                tree.tokens[m].lower in markers
                for m in tree.dependents(ancestor, ("mark", "advmod"))):
            continue
        return date_within(view, tree.subtree(token.head, stop=frozenset(
            {"relcl", "advcl", "ccomp", "acl", "conj"})), ranges=False)
    return None


def prompting_clause_date(view: SentenceView, index: int, *, days_only: bool = True
                          ) -> DateMention | None:
    """'Japan scrambled jets on Monday after a Russian patrol plane entered its airspace': a
    trigger without a date of its own, inside an 'after' clause, is what prompted the main
    clause, and a news lead tells the two on one day: the main clause's day dates it. Any
    phrase of the main clause but the 'after' clause itself may hold the day ('fired flares
    to warn off the plane on Monday, after it entered …'); with `days_only` (an incident) a
    month or a year there says too little of when it came before, and is not taken. Another
    event takes a month too ('restored in March 2023 after the president travelled to Tokyo
    for a summit': the summit of March 2023, not the story's day), never a year. A clause
    with its own subject coordinated in the 'after' clause ('…, and contact was later
    restored') is not what prompted the main clause."""
    tree = view.tree
    for ancestor in [index, *tree.ancestors(index)]:
        token = tree.tokens[ancestor]
        if token.dep == "conj" and tree.dependents(ancestor, ("nsubj", "nsubjpass")):
            return None  # "…, and contact through it was later restored": a clause of its own
        if token.dep != "advcl" or token.head == ancestor or not any(
                tree.tokens[m].lower in PROMPTING_CLAUSE_MARKERS
                for m in tree.dependents(ancestor, ("mark",))):
            continue
        scope = tree.subtree(token.head, stop=frozenset({"relcl", "ccomp", "acl", "conj"}))
        scope = (scope | purpose_time(tree, scope)) - tree.subtree(ancestor) \
            - _dateline_tokens(view)
        found = date_within(view, scope, ranges=False)
        return found if found is not None and found.value and (
            len(found.value) == 10 or not days_only and len(found.value) == 7) else None
    return None


def purpose_time(tree: Tree, tokens: set[int]) -> set[int]:
    """"fired flares to warn off a Russian aircraft on Monday": an infinitive of purpose
    in the clause (however the parser hangs it: "for the first time to warn off …" as a
    relative clause of "time") tells an act done with the clause's own act, so its time
    phrases ('on Monday') time the clause."""
    return {i for parent in tokens for clause in tree.children[parent]
            if tree.tokens[clause].dep in ("advcl", "relcl") and tree.tokens[clause].tag == "VB"
            and any(tree.tokens[a].lower == "to" for a in tree.dependents(clause, ("aux",)))
            for child in tree.dependents(clause, ("prep", "npadvmod"))
            for i in tree.subtree(child)}


def _dateline_tokens(view: SentenceView) -> set[int]:
    """The tokens of the opening sentence's dateline ('TOKYO, Sept 24 -'): the day the story
    was filed, no day of its clauses."""
    dateline = DATELINE_DATE.match(view.sentence.text) if view.opening else None
    return set(view.token_range(0, dateline.end())) if dateline else set()


def shared_with_conjunct(view: SentenceView, index: int) -> DateMention | None:
    """'A Su-27 intercepted and harassed the drone on Tuesday': a verb without a date of
    its own shares the one of the verb coordinated after it with the same subject."""
    tree = view.tree
    if tree.tokens[index].pos != "VERB":
        return None
    for conjunct in tree.dependents(index, ("conj",)):
        if tree.tokens[conjunct].pos != "VERB" or tree.dependents(
                conjunct, ("nsubj", "nsubjpass")):
            continue
        found = date_within(view, tree.subtree(conjunct, stop=frozenset(
            {"conj", "relcl", "advcl", "ccomp"})))
        if found is not None:
            return found
    return None


def date_within(view: SentenceView, scope: set[int], *, ranges: bool = True
                 ) -> DateMention | None:
    """The sentence's first dated mention whose words all lie in `scope` (with `ranges`
    false, a single date only: 'from May to July' is no moment a clause happens at)."""
    for mention in view.dates:
        indices = view.token_range(mention.start, mention.end)
        if mention.value and (ranges or not mention.end_value) and indices and \
                set(indices) <= scope:
            return mention
    return None
