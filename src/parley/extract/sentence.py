"""One sentence coded: the triggers accepted with their arguments, those absorbed by a
governing trigger dropped, conditions and preconditions applied.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from parley.extract.contact_kinds import occasioned_contact
from parley.extract.coordinated_clauses import in_sister_clause
from parley.extract.merging import _answered_requests
from parley.extract.messengers import asks_a_messenger
from parley.extract.precondition_clauses import conditional_demands
from parley.extract.records import SentenceView, Telling, Told, Trigger
from parley.extract.series_rounds import SERIES_ROUND_NOUNS
from parley.extract.similar_steps import similar_step_events
from parley.extract.syntax import (
    Tree,
)
from parley.extract.themes_protests import is_protest
from parley.extract.trigger_entries import _RESUME_BY_ENDING
from parley.extract.unreached_contacts import unreached_events
from parley.extract.vocabulary import (
    CONDITION_MARKERS,
    EARLIER_EVENT_PREPOSITIONS,
    GOVERNING_TYPES,
)
from parley.types import (
    ChannelStatus,
    Event,
    EventType,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


# ------------------------------------------------------------------ sentence
def code_sentence(coder: ArticleCoder, view: SentenceView) -> Told:
    """The events a sentence tells, with how each of its triggers was dated."""
    tree = view.tree
    accepted, listed, status_events = coder._accepted(view)
    events: list[Event] = []
    tellings: list[Telling] = []
    conditions = coder.condition_clause(tree)
    for trigger, arguments in accepted:
        told = coder.events_for(view, trigger, arguments)
        tellings += told.tellings
        if trigger.index in conditions:
            # "… until the sanctions are dropped": what the condition names has not
            # happened.
            events.extend(replace(e, hypothetical=True) for e in told.events)
        else:
            events.extend(told.events)
    events.extend(listed)
    events = _answered_requests(events)
    events = coder.preconditions(view, events)
    if not any(e.type is EventType.DEMAND for e in events):
        demands = coder.deontic_demands(view)
        tellings += demands.tellings
        events.extend(demands.events)
    if not any(e.type is EventType.DEMAND for e in events):
        demands = conditional_demands(coder, view)  # "would reconsider only if Japan …"
        tellings += demands.tellings
        events.extend(demands.events)
    events.extend(similar_step_events(coder, view))  # "It took a similar step in 2008"
    events.extend(unreached_events(coder, view))  # "could not get through to …"
    # Parley's events are between two states: one side alone, or a state with itself
    # ("the cabinet met", "students demanded reforms"), is not a bilateral event.
    degraded = {e.channel for e in events if e.status is ChannelStatus.DEGRADED}
    # "The line still exists, but nobody is picking up": it stands degraded, not active.
    status_events = [e for e in status_events if not (
        e.status is ChannelStatus.ACTIVE and e.channel in degraded)]
    return Told([e for e in events + status_events
                 if e.source and e.target and e.source != e.target], tellings)


def count_participants(coder: ArticleCoder, view: SentenceView) -> None:
    """The first pass's work on a sentence: who takes part in its events, counted as
    `events_for` counts them (nothing else it does changes the article state before the
    pair is known), without coding the events themselves."""
    for trigger, arguments in coder._accepted(view)[0]:
        if asks_a_messenger(view.tree, trigger.index):
            continue  # "asked Trump to tell the Cambodian side …": the messenger takes no part
        subject = coder.extractor.subject(view.tree, trigger.index)
        coder.state.count(coder.parties(view, trigger, subject, arguments).taking_part)


def _subject_of_status(view: SentenceView, trigger: Trigger,
                       spans: list[tuple[int, int]]) -> bool:
    """'Defence talks between India and Pakistan have been on hold for years': a meeting or
    call noun whose clause states how it stands is the channel standing so, not a meeting
    that took place."""
    token = view.tree.tokens[trigger.index]
    if trigger.entry.type not in (EventType.MEET, EventType.CALL) or token.pos != "NOUN" or \
            token.dep not in ("nsubj", "nsubjpass") or token.head == trigger.index:
        return False
    return any(start <= view.char_of(token.head) < end for start, end in spans)


def _accepted(coder: ArticleCoder, view: SentenceView
              ) -> tuple[list[tuple[Trigger, set[int]]], list[Event], list[Event]]:
    """The triggers that tell events, with their arguments; the channels the sentence
    lists for the previous one's events; and its status events."""
    tree = view.tree
    if view.memo.triggers is None:
        view.memo.triggers = coder.extractor.find_triggers(tree)
    accepted: list[tuple[Trigger, set[int]]] = []
    for trigger in view.memo.triggers:
        arguments = coder._arguments(view, trigger.index)
        if coder._fits(view, trigger, arguments):
            accepted.append((trigger, arguments))
    status = coder.status_events(view)
    status_events, status_spans = status.events, status.spans
    # "remains suspended" states how it stands: a STATUS, not an event, and it absorbs
    # nothing ("the talks Beijing cancelled in 2022 are still suspended").
    accepted = [(t, r) for t, r in accepted if not any(
        start <= view.char_of(t.index) < end for start, end in status_spans)
        and not _subject_of_status(view, t, status_spans)]
    listing = [end for _, end in status_spans
               if re.match(r"\s*:", view.sentence.text[end:])]
    if listing:
        # "… remain suspended: the ministers' talks and the hotline" lists channels; its
        # talks and calls are list items, not meetings that took place.
        accepted = [(t, r) for t, r in accepted
                    if t.entry.type not in (EventType.MEET, EventType.CALL)
                    or tree.tokens[t.index].pos != "NOUN"
                    or view.char_of(t.index) < min(listing)]
    accepted = coder.drop_governed_triggers(tree, accepted)
    listed = coder.list_elaboration(view)
    if listed:
        # The sentence only lists what the previous one suspended or restored: its
        # "meetings" and "talks" are list items, not meetings that took place.
        accepted = [(t, r) for t, r in accepted
                    if t.entry.type not in (EventType.MEET, EventType.CALL)]
    return accepted, listed, status_events


def _fits(coder: ArticleCoder, view: SentenceView, trigger: Trigger, arguments: set[int]) -> bool:
    """`theme_fits`, found once per sentence and trigger: of the article state it reads
    only whether channels were named just before, for a suspension or restoration
    ("Beijing suspended it"), and whether meetings were told before, for a round of a
    series ("the previous round")."""
    key = (trigger, trigger.entry.type in (EventType.SUSPEND, EventType.RESUME)
           and bool(coder.state.recent_channels),
           # "the previous round": whether a series of rounds was told before
           # (extract/series_rounds.py).
           trigger.entry.type is EventType.MEET
           and view.tree.tokens[trigger.index].lemma in SERIES_ROUND_NOUNS
           and bool(coder.state.told[EventType.MEET]))
    fits = view.memo.fits.get(key)
    if fits is None:
        fits = view.memo.fits[key] = coder.theme_fits(view, trigger, arguments)
    return fits


def _arguments(coder: ArticleCoder, view: SentenceView, index: int) -> set[int]:
    """The trigger's arguments (`RuleExtractor.arguments`), found once per sentence; a
    fresh set each time, as callers may add to it."""
    found = view.memo.arguments.get(index)
    if found is None:
        found = view.memo.arguments[index] = frozenset(
            coder.extractor.arguments(view.tree, index))
    return set(found)


def condition_clause(coder: ArticleCoder, tree: Tree) -> set[int]:
    """The tokens of 'until …' and 'unless …' clauses (preconditions)."""
    return {i for t in tree.tokens if t.dep == "mark" and t.lower in CONDITION_MARKERS
            for i in tree.subtree(t.head)}


def preconditions(coder: ArticleCoder, view: SentenceView, events: list[Event]) -> list[Event]:
    """"China will not restore the talks until the sanctions are dropped": the 'until' or
    'unless' clause is a precondition, a DEMAND of the side that withholds the talks."""
    if not coder.condition_clause(view.tree):
        return events
    withheld = [e for e in events if not e.hypothetical and e.type in (
        EventType.RESUME, EventType.MEET, EventType.CALL, EventType.SUSPEND)]
    if withheld and not any(e.type is EventType.DEMAND for e in events):
        first = withheld[0]
        events = [*events, replace(first, type=EventType.DEMAND, channel=None,
                                   negated=False, hypothetical=False, status=None)]
    return events


def drop_governed_triggers(coder: ArticleCoder, tree: Tree,
                           accepted: list[tuple[Trigger, set[int]]]
                           ) -> list[tuple[Trigger, set[int]]]:
    """Drop triggers that are the theme of a governing trigger ("sought calls")."""
    kept: list[tuple[Trigger, set[int]]] = []
    for trigger, arguments in accepted:
        governed = any(
            other.entry.type in GOVERNING_TYPES and other.index != trigger.index
            # "asked for, and got, a call": the call got is not only asked for.
            and not (tree.clause_head(trigger.index) != other.index and any(
                not tree.children[p] for p in tree.dependents(other.index, ("prep",))))
            # "Friday's call, requested by Washington": the call took place.
            and not (tree.tokens[other.index].dep == "acl"
                     and tree.tokens[other.index].tag == "VBN"
                     and tree.tokens[other.index].head == trigger.index)
            and other.entry is not _RESUME_BY_ENDING  # its arguments is the clause it ends
            # "Tokyo protested against Moscow's decision to break off talks": what is
            # protested took place; it is not asked for.
            and not is_protest(other)
            # "the call was placed at Austin's request": the call took place.
            and not occasioned_contact(tree, other)
            # "tried to reach Xu without getting a reply": the refusal is its own event
            and not (trigger.entry.type is EventType.DECLINE
                     and other.entry.type is EventType.REQUEST)
            # "held phone talks and agreed to set up a hotline": the talks are their own
            and not in_sister_clause(tree, trigger.index, other.index)
            and trigger.index in other_arguments
            and other.entry.type is not trigger.entry.type
            for other, other_arguments in accepted
        )
        # The same event told twice in one phrase ("held a video call", "talks … the
        # meeting"), but not an earlier event named inside ("their first conversation
        # since Saturday's call").
        duplicate = any(
            other.entry.type is trigger.entry.type and other.index != trigger.index
            and trigger.index in other_arguments
            and (other.index not in arguments or other.index < trigger.index)
            and not (tree.tokens[trigger.index].dep == "pobj"
                     and tree.tokens[tree.tokens[trigger.index].head].lower in
                     EARLIER_EVENT_PREPOSITIONS)
            for other, other_arguments in accepted
        )
        if not governed and not duplicate:
            kept.append((trigger, arguments))
    return kept
