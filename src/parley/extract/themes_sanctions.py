"""Theme checks of sanctions (SANCTION, EASE): a trigger is about sanctions on its words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.registry import registry
from parley.extract.vocabulary import SANCTION_LEMMAS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

SANCTION_TYPES = (EventType.SANCTION, EventType.EASE)


@registry.theme_check("parley.sanctions-act-is-no-event.v1", types=SANCTION_TYPES)
def act_name_is_no_event(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                         ) -> bool | None:
    """'the Countering America's Adversaries Through Sanctions Act': a name, not an event."""
    return False if view.tree.tokens[candidate.index].pos == "PROPN" else None


@registry.theme_check("parley.sanction-word-trigger.v1", types=SANCTION_TYPES)
def sanction_word_trigger(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                          ) -> bool | None:
    """'imposed sanctions', 'the blacklisting of': the trigger is itself a sanction word; the
    noun 'sanctions' alone is an event only when imposed or attributed."""
    head = view.tree.tokens[candidate.index]
    if not (head.lemma in SANCTION_LEMMAS
            or head.lower in coder.lexicon.sanction_words):
        return None
    if head.pos == "NOUN" and candidate.type is EventType.SANCTION:
        return coder._sanction_noun_is_event(view, candidate.index)
    return candidate.type is EventType.SANCTION


@registry.theme_check("parley.sanctions-in-arguments.v1", types=SANCTION_TYPES)
def sanctions_in_arguments(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                           ) -> bool | None:
    """'lifted the measures on …' is easing only with a sanction word among its arguments."""
    return bool(candidate.words & coder.lexicon.sanction_words)
