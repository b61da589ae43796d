"""Event filter: an event noun under 'without' tells that the event did not happen ("the
incident ended without a collision", "the ships passed without an encounter"), so it is no
event; the refusals read from an absence ("without getting a reply") are their own trigger
forms and stay."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView, Trigger
    from parley.types import DateMention, EventType

#: Prepositions that say their object did not happen ("ended without a collision").
ABSENCE_PREPOSITIONS = grammar_words("absence_prepositions")
#: Trigger forms that are themselves an absence ("no reply", "did not answer").
ABSENCE_FORMS = ("negated_verb", "negated_noun")


def under_absence(view: SentenceView, index: int) -> bool:
    """'without a collision', 'without a collision or loss of life': the noun is the object
    of 'without' (or a conjunct of it)."""
    tree = view.tree
    token = tree.tokens[index]
    if token.pos != "NOUN":
        return False
    current = index
    while tree.tokens[current].dep == "conj" and tree.tokens[current].head != current:
        current = tree.tokens[current].head
    head = tree.tokens[current]
    return head.dep == "pobj" and tree.tokens[head.head].lower in ABSENCE_PREPOSITIONS


@registry.event_filter("parley.absent-event-is-no-event.v1")
def absent_event(coder: ArticleCoder, view: SentenceView, trigger: Trigger, etype: EventType,
                 when: DateMention | None) -> bool:
    """'The incident ended without a collision': no collision took place."""
    return trigger.entry.form not in ABSENCE_FORMS and under_absence(view, trigger.index)
