"""A round of a series told before: "the previous round, in April", "the 16th round", "the
last session" after "held a 19th round of corps commander talks" is another meeting of
that series, between the same parties and on the same channel.

A bare "round" or "session" names no parties and no channel, so on its own it is no
meeting (`themes_contacts.talks_need_parties`); placed in a series the article has told as
rounds or sessions, it is one. "A round of sanctions" or "the session of parliament" is
about what follows 'of', so it is left to the other rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.dates.lexicon import ORDINALS
from parley.extract.grammar import grammar_words
from parley.extract.vocabulary import EVENT_REFERRING_DETERMINERS, SEQUENCE_ADJECTIVES
from parley.types import Event, EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView

#: Nouns of one meeting of a recurring series ("round", "session").
SERIES_ROUND_NOUNS = grammar_words("series_round_nouns")
#: Adjectives that order meetings of a series ("previous", "next", "earlier").
SERIES_ORDER_ADJECTIVES = grammar_words("series_order_adjectives")
#: "16th", "3rd", "21st": an ordinal written in figures.
_NUMBERED_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _placed_in_series(view: SentenceView, index: int) -> bool:
    """The noun carries an ordinal or an ordering word ("the 16th round", "the previous
    round"), or is definite ("the round"): it points at one meeting of a known series."""
    tree = view.tree
    for child in tree.children[index]:
        token = tree.tokens[child]
        word = token.lower
        if token.dep in ("amod", "nummod", "compound") and (
                word in SERIES_ORDER_ADJECTIVES or word in SEQUENCE_ADJECTIVES
                or word in ORDINALS or _NUMBERED_ORDINAL.fullmatch(word)):
            return True
        if token.dep in ("det", "poss") and word in EVENT_REFERRING_DETERMINERS:
            return True
    return False


def series_meeting(coder: ArticleCoder, view: SentenceView, index: int) -> Event | None:
    """The meeting of the series a "round"/"session" noun belongs to, told earlier in the
    article with the same noun; None when the noun is not placed in a series, says what it
    is a round of, or no such series was told."""
    tree = view.tree
    token = tree.tokens[index]
    if token.pos != "NOUN" or token.lemma not in SERIES_ROUND_NOUNS:
        return None
    if any(tree.tokens[c].lower == "of" for c in tree.dependents(index, ("prep",))):
        return None  # "a round of sanctions", "the session of parliament"
    if not _placed_in_series(view, index):
        return None
    noun = re.compile(rf"\b{re.escape(token.lemma)}s?\b", re.IGNORECASE)
    for earlier in reversed(coder.state.told[EventType.MEET]):
        if earlier.channel and noun.search(earlier.evidence.sentence):
            return earlier
    return None
