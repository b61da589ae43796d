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

from parley.extract.records import SentenceView
from parley.types import Event

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder

#: Prepositions of a contact noun whose object holds all of its participants ("a call
#: between A, B and C", "talks among the three navies").
ALL_PARTICIPANTS_PREPOSITIONS = frozenset({"between", "among", "amongst"})

#: What a participants' phrase does not descend into: a clause about its people ("who met
#: Russian officers last week") names no participant of this contact.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def named_participants(coder: ArticleCoder, view: SentenceView, index: int) -> list[str]:
    """The states a contact noun's 'between' or 'among' phrase names, in the text's order
    ('between the foreign ministers of France, the UK and the USA': FRA, GBR, USA); empty
    when the noun has no such phrase."""
    tree = view.tree
    found: list[str] = []
    for prep in tree.dependents(index, ("prep",)):
        if tree.tokens[prep].lower not in ALL_PARTICIPANTS_PREPOSITIONS:
            continue
        for state in coder._states_in(view, sorted(tree.subtree(prep, stop=_CLAUSE_DEPS))):
            if state not in found:
                found.append(state)
    return found


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
