"""One record per event per article: the same event told twice in one article is merged,
and a precondition's request is answered by its refusal.
"""

from __future__ import annotations

from dataclasses import replace

from parley.types import (
    Event,
    EventType,
)


def _answered_requests(events: list[Event]) -> list[Event]:
    """A channel-less refusal in the sentence of a request answers that request: it has the
    request's channel ("reached his counterpart on the hotline without getting an answer")."""
    requests = [e for e in events if e.type is EventType.REQUEST and e.channel]
    if not requests:
        return events
    answered: list[Event] = []
    for event in events:
        asked = next((r for r in requests if r.source == event.target
                      and r.target == event.source), None)
        if event.type is EventType.DECLINE and event.channel is None and asked is not None and \
                not any(e.type is EventType.DECLINE and e.channel == asked.channel
                        for e in events):
            event = replace(event, channel=asked.channel)
        answered.append(event)
    return answered


def merge_article_events(events: list[Event]) -> list[Event]:
    """One record per event per article: the same event told twice keeps its first telling.

    A channel-less event followed by the same event naming channels ("scrapped three avenues
    … This scuppered talks A, B and C") is the general statement of those and is dropped.
    """
    merged: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = event.identity(by_mood=False)
        if event.type is EventType.DEMAND:
            # Demands are told by what they ask, which the record does not hold: two
            # sentences' demands are two demands ("demanded the pilot's return" … "said
            # Pakistan should first act against militants").
            key = (*key, event.evidence.start)
        kept = merged.get(key)
        if kept is not None and kept.evidence.start == event.evidence.start and \
                event.type is EventType.SUSPEND:
            # "It recalled its navy chief from a visit, postponed talks …": two acts of one
            # sentence are two events even where their channel is the same.
            key = (*key, len([k for k in merged if k[:len(key)] == key]))
            kept = None
        elif kept is not None and not _same_period(kept.date, event.date):
            key = (*key, event.date or "")  # the same kind of event in another month
            kept = merged.get(key)
        if kept is None:
            merged[key] = event
        elif kept.date is None or (event.date and len(event.date) > len(kept.date)
                                   and kept.date[:4] == event.date[:4]):
            merged[key] = replace(kept, date=event.date or kept.date,
                                  date_end=event.date_end or kept.date_end)
    result = list(merged.values())
    # "The meeting came six days after …": a channel-less meeting or call between the same
    # states as one the article already named is the same event told again.
    named = [e for e in result if e.channel and e.type in (EventType.MEET, EventType.CALL)]
    retold = [e for e in result if not e.channel and e.type in (EventType.MEET, EventType.CALL)
              and any(n.type is e.type and {n.source, n.target} == {e.source, e.target}
                      and _same_period(n.date, e.date) for n in named)]
    result = [_more_precise(e, retold) if e in named else e
              for e in result if e not in retold]
    specific = {(e.type, e.source, e.target) for e in result if e.channel}
    return [
        e for e in result
        if e.channel or (e.type, e.source, e.target) not in specific
        or e.type not in (EventType.SUSPEND, EventType.RESUME)
        or not _elaborated(e, result)
    ]


def _more_precise(event: Event, retold: list[Event]) -> Event:
    """A named meeting or call with the day its channel-less retelling gives ("came two weeks
    after the first meeting …  Officials gathered on April 3 and 4")."""
    for other in retold:
        if other.type is event.type and {other.source, other.target} == {
                event.source, event.target} and event.date and other.date and \
                len(other.date) > len(event.date) and other.date.startswith(event.date):
            return replace(event, date=other.date, date_end=other.date_end or event.date_end)
    return event


def _same_period(first: str | None, second: str | None) -> bool:
    """Dates that may name the same event: either unknown, one a coarser form of the other,
    or the same month when not both are days ("10 May" and "12 May" are two calls)."""
    if not first or not second or first.startswith(second) or second.startswith(first):
        return True
    if len(first) == 10 and len(second) == 10:
        return False
    return first[:7] == second[:7]


def _elaborated(event: Event, events: list[Event]) -> bool:
    """True when a channel-named event of the same kind follows within one sentence."""
    return any(
        other.channel and other.type is event.type and other.source == event.source
        and 0 < other.evidence.start - event.evidence.end <= 2
        for other in events
    )
