"""Dates on the frame of a clause (the gathering or period it happens at or during) and on
the clause that describes a noun (the request 'made in May').

A date that modifies a noun usually dates that noun, not the event ("the 2018 agreement",
"the 2014 rules"); but "At the 2024 event, Dong had met Austin" and "during last year's
visit, the ministers spoke" put the clause inside the thing dated, so the date is the
clause's. The prepositions are in `data/lexicons/dating.json`.
"""

from __future__ import annotations

from parley.extract.prospective_dates import dating_words
from parley.extract.records import SentenceView
from parley.extract.syntax import Tree
from parley.types import DateMention

#: "at the 2024 forum", "during last year's visit", "throughout the 2019 talks".
FRAME_PREPOSITIONS = dating_words("frame_prepositions")
#: "a call, in which …", "the meeting, at which …": a clause told within its noun's event.
INNER_EVENT_PREPOSITIONS = dating_words("inner_event_prepositions")


def frames_the_clause(tree: Tree, noun: int) -> bool:
    """Whether the noun at `noun` is the object of a frame preposition that attaches to a
    verb ('met at the 2024 event'), not to another noun ('the delegation at the 2024
    talks', where the date tells which talks)."""
    token = tree.tokens[noun]
    if token.dep != "pobj" or token.head == noun:
        return False
    preposition = tree.tokens[token.head]
    if preposition.lower not in FRAME_PREPOSITIONS or preposition.dep != "prep" \
            or preposition.head == preposition.i:
        return False
    return tree.tokens[preposition.head].pos in ("VERB", "AUX")


def noun_clause_date(view: SentenceView, noun: int) -> DateMention | None:
    """The date of a participle or relative clause on a noun: "rejected a US request made
    in May" (the request is of May, whenever it was rejected), "the proposal Seoul sent
    last week". An infinitive on the noun is what is asked for, not when ("a proposal for
    Austin to meet Li this week"), and is not read."""
    tree = view.tree
    for child in tree.dependents(noun, ("acl", "relcl")):
        if tree.tokens[child].dep == "acl" and tree.tokens[child].tag != "VBN":
            continue
        scope = tree.subtree(child)
        for mention in view.dates:
            indices = view.token_range(mention.start, mention.end)
            if mention.value and indices and set(indices) <= scope \
                    and not mention.text.lower().startswith("since"):
                return mention
    return None


def event_told_within(view: SentenceView, index: int) -> int | None:
    """The noun of the event a trigger's clause is told within: "held a phone call with
    Shoigu, in which Austin urged a ceasefire" (what is urged is urged during the call, on
    its day). Only a relative clause opened by 'in/at/during which' on that noun, and
    without a date of its own ("a call in which they agreed to meet in March": March is the
    meeting's); None otherwise."""
    tree = view.tree
    clause = tree.clause_head(index)
    verb = tree.tokens[clause]
    if verb.dep != "relcl" or verb.head == clause:
        return None
    opened = any(tree.tokens[p].lower in INNER_EVENT_PREPOSITIONS and any(
        tree.tokens[o].lower == "which" for o in tree.dependents(p, ("pobj",)))
        for p in tree.dependents(clause, ("prep",)))
    if not opened:
        return None
    scope = tree.subtree(clause)
    if any(m.value and set(view.token_range(m.start, m.end)) & scope for m in view.dates):
        return None
    return verb.head
