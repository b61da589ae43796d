"""Dates on the frame of a clause: the gathering or period it happens at or during.

A date that modifies a noun usually dates that noun, not the event ("the 2018 agreement",
"the 2014 rules"); but "At the 2024 event, Dong had met Austin" and "during last year's
visit, the ministers spoke" put the clause inside the thing dated, so the date is the
clause's. The prepositions are in `data/lexicons/dating.json`.
"""

from __future__ import annotations

from parley.extract.prospective_dates import dating_words
from parley.extract.syntax import Tree

#: "at the 2024 forum", "during last year's visit", "throughout the 2019 talks".
FRAME_PREPOSITIONS = dating_words("frame_prepositions")


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
