"""A suspension told in the perfect over a stretch of time is how a channel stood, not a step.

"The dialogue had been frozen from 2020", "relations had been frozen since June 2020", "the
talks have been suspended for two years": the perfect passive with a stretch says the channel
stood suspended over that time (a STATUS, dated where the stretch starts), while "had been cut
by Pyongyang in June 2020" (an agent, a point in time) tells the step, a SUSPEND. Read by
`events.events_for` on the events of a SUSPEND trigger.
"""

from __future__ import annotations

from dataclasses import replace

from parley.extract.clauses import told_at_a_point
from parley.extract.grammar import grammar_words
from parley.extract.records import SentenceView
from parley.types import ChannelStatus, Event, EventType

#: "since", "from", "for": prepositions of a stretch of time (data/lexicons/grammar.json).
STRETCH_PREPOSITIONS = grammar_words("stretch_prepositions")


def stood_suspended(view: SentenceView, index: int) -> bool:
    """Whether the participle `index` is a perfect passive ("has/had been frozen") with a
    stretch of time on it, no agent and no point in time."""
    tree = view.tree
    token = tree.tokens[index]
    if token.tag != "VBN" or tree.dependents(index, ("agent",)):
        return False
    passive = any(tree.tokens[a].lower == "been" for a in tree.dependents(index, ("auxpass",)))
    perfect = any(tree.tokens[a].lemma == "have" for a in tree.dependents(index, ("aux",)))
    stretch = any(tree.tokens[p].lower in STRETCH_PREPOSITIONS and tree.dependents(p, ("pobj",))
                  for p in tree.dependents(index, ("prep",)))
    return passive and perfect and stretch and not told_at_a_point(view, index)


def stretch_statuses(view: SentenceView, index: int, events: list[Event]) -> list[Event]:
    """The SUSPEND events of the trigger `index` as STATUS suspended when it tells how the
    channel stood over a stretch (`stood_suspended`); other events as they are."""
    if not any(e.type is EventType.SUSPEND for e in events) or \
            not stood_suspended(view, index):
        return events
    return [replace(e, type=EventType.STATUS, status=ChannelStatus.SUSPENDED)
            if e.type is EventType.SUSPEND else e for e in events]
