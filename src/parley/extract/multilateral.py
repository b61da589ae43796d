"""Explicit participants beat the article's pair: a contact whose own phrase names three or
more states ("a call between the foreign ministers of France, the UK and the USA") is among
those states, one record per pair of them (the contract: MEET and CALL are bilateral, or both
present at a multilateral meeting), never between one of them and a side borrowed from the
article or from another contact of the sentence.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.records import SentenceView
from parley.extract.subject_matter import subject_matter, without_subject_matter
from parley.types import Event

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder

#: Prepositions of a contact noun whose object holds all of its participants ("a call
#: between A, B and C", "talks among the three navies").
ALL_PARTICIPANTS_PREPOSITIONS = frozenset({"between", "among", "amongst"})

#: Verbs whose passive agent takes part in the contact ("hosted by", "attended by").
PARTICIPATION_VERBS = grammar_words("participation_verbs")

#: What a participants' phrase does not descend into: a clause about its people ("who met
#: Russian officers last week") names no participant of this contact.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def named_participants(coder: ArticleCoder, view: SentenceView, index: int) -> list[str]:
    """The states a contact noun's 'between' or 'among' phrase names, in the text's order
    ('between the foreign ministers of France, the UK and the USA': FRA, GBR, USA); empty
    when the noun has no such phrase."""
    tree = view.tree
    found: list[str] = []
    if tree.tokens[index].pos != "NOUN" or tree.tokens[index].dep in ("dobj",):
        found = subject_participants(coder, view, index) or \
            two_with_a_partner(coder, view, index)
        if found:
            return found
    for prep in tree.dependents(index, ("prep",)):
        if tree.tokens[prep].lower not in ALL_PARTICIPANTS_PREPOSITIONS:
            continue
        phrase = without_subject_matter(tree, tree.subtree(prep, stop=_CLAUSE_DEPS))
        for state in coder._states_in(view, sorted(phrase)):
            if state not in found:
                found.append(state)
    if not found and tree.tokens[index].pos == "NOUN":
        found = _hosts_and_attendants(coder, view, index)
    return found


def _hosts_and_attendants(coder: ArticleCoder, view: SentenceView, index: int) -> list[str]:
    """'talks hosted by Malaysia's prime minister and attended by the Cambodian and Thai
    prime ministers': the passive agents of the contact noun's participation participles
    (also one the parser coordinated with the main verb, with no subject of its own) all
    take part; fewer than three states leave the pair rules to decide."""
    tree = view.tree
    participles = [c for c in tree.dependents(index, ("acl",))
                   if tree.tokens[c].lemma in PARTICIPATION_VERBS]
    if participles:
        verb = tree.clause_head(index)
        participles += [c for c in tree.dependents(verb, ("conj",))
                        if tree.tokens[c].lemma in PARTICIPATION_VERBS
                        and tree.tokens[c].tag == "VBN"
                        and not tree.dependents(c, ("nsubj", "nsubjpass"))
                        and c > index]
    found: list[str] = []
    for participle in participles:
        for agent in tree.dependents(participle, ("agent",)):
            for state in coder._states_in(view, sorted(tree.subtree(agent, stop=_CLAUSE_DEPS))):
                if state not in found:
                    found.append(state)
    return found if len(found) >= 3 else []


#: Labels along which a subject's own words name its states ("the defence ministers of
#: Japan, Australia and the US", "Japan, Australia and the US"); an apposition or a 'for'
#: ("a secretary for China, Taiwan and Mongolia") names a remit, not the parties.
_SUBJECT_STATE_DEPS = frozenset({"conj", "cc", "compound", "amod", "nmod", "poss", "det"})


def _subject_states(coder: ArticleCoder, view: SentenceView, subject: int) -> list[str]:
    """The states the subject's head, its conjuncts and its 'of' phrase name."""
    tree = view.tree
    tokens: set[int] = set()
    todo = [subject]
    while todo:
        current = todo.pop()
        if current in tokens:
            continue
        tokens.add(current)
        for child in tree.children[current]:
            token = tree.tokens[child]
            mention = view.token_mention.get(child)
            if token.dep in _SUBJECT_STATE_DEPS or (token.dep == "prep" and token.lower == "of"
                                                    ) or (token.dep == "pobj"
                                                          and tree.tokens[current].lower == "of"
                                                          ) or (token.dep == "appos"
                                                                and mention and mention.state):
                todo.append(child)  # "ministers of France, the UK and the USA": UK
    return list(dict.fromkeys(coder._states_in(view, sorted(tokens))))


def subject_participants(coder: ArticleCoder, view: SentenceView, index: int) -> list[str]:
    """Three or more states in the subject of a contact with no other party ('the defence
    ministers of Japan, Australia and the US met', 'France, the UK and the USA held a
    call'): all of them take part. Empty for two states (the pair rules decide) and when
    the contact names a partner ('… met their Chinese counterpart', '… met with China')."""
    tree = view.tree
    verb = tree.clause_head(index)
    subjects = tree.dependents(verb, ("nsubj",))
    if len(subjects) != 1:
        return []
    found = _subject_states(coder, view, subjects[0])
    if len(found) < 3:
        return []
    objects = [i for o in tree.dependents(verb, ("dobj",))
               for i in tree.subtree(o, stop=_CLAUSE_DEPS)]
    if any(state not in found for state in coder._states_in(view, objects)):
        return []  # "… met their Chinese counterpart"
    if any(view.token_mention.get(o) and not view.token_mention[o].state
           for o in tree.dependents(verb, ("dobj",))):
        return []  # "… met Li Shangfu": a person we cannot place
    if any(tree.tokens[c].lower in ("with", "to") for h in {verb, index}
           for c in tree.dependents(h, ("prep",))):
        return []  # "… held talks with China"
    return found


def two_with_a_partner(coder: ArticleCoder, view: SentenceView, index: int) -> list[str]:
    """'Kishida and Marcos met Biden in Washington', 'the Japanese and Philippine defence
    ministers met their US counterpart', 'Seoul and Tokyo held talks with Washington': two
    states in a contact's subject and a third as its partner all take part (three pairs).
    Empty unless the subject names exactly two states and the partner exactly one other."""
    tree = view.tree
    verb = tree.clause_head(index)
    subjects = tree.dependents(verb, ("nsubj",))
    if len(subjects) != 1:
        return []
    found = _subject_states(coder, view, subjects[0])
    if len(found) != 2:
        return []
    partner = [i for o in tree.dependents(verb, ("dobj",))
               for i in tree.subtree(o, stop=_CLAUSE_DEPS)]
    partner += [i for h in {verb, index} for c in tree.dependents(h, ("prep",))
                if tree.tokens[c].lower == "with"
                for i in tree.subtree(c, stop=_CLAUSE_DEPS)]
    partner = [i for i in partner if i not in subject_matter(tree, index)]  # "talks on Russia"
    others = list(dict.fromkeys(s for s in coder._states_in(view, sorted(partner))
                                if s not in found))
    return [*found, others[0]] if len(others) == 1 else []


def among_participants(events: list[Event], states: list[str]) -> list[Event]:
    """One record per pair of the named states, each a copy of the trigger's first record
    per channel (its date, flags and evidence), in the text's order of the states."""
    if len(states) < 2:
        return events
    if len(states) == 2:
        kept = [e for e in events if {e.source, e.target} == set(states)]
        if kept:
            return kept  # the pair the trigger already has: its records as they are
    firsts: dict[str | None, Event] = {}
    for event in events:
        firsts.setdefault(event.channel, event)
    return [replace(e, source=a, target=b)
            for e in firsts.values() for a, b in combinations(states, 2)]
