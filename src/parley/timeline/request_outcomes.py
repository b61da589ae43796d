"""Which requests to talk were answered: accepted, declined, unanswered, or still pending.

A request (REQUEST event, merged across articles) is

- accepted when a MEET, CALL or RESUME between the two states on its channel follows it
  within the answer window,
- declined when a DECLINE by the asked state on that channel comes first in the window,
- unanswered (ignored) when neither comes within the window and the window has closed by
  the reference date, or when the DECLINE that answers it says the request was met with
  silence ("the calls went unanswered", `timeline.refusals`): ignored is not declined, and
- pending while the window is still open.

A response answers a request only within its window: it must overlap the window and either
start in it or end by its deadline. A refusal told as a long range ("has declined every
request since 2021") that spans the whole window on both sides is no answer to one request
of 2021-09 (it is counted as its own event).

The window runs from the first day the request's date may mean to `answer_days` after the
last day of its date (or range end). A request without a channel is answered by a response
on any channel; a response after the reference date does not count. Pure functions.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from parley.timeline.merge import MergedEvent, canonical_key, merge_events
from parley.timeline.periods import add_days, period_end, period_start
from parley.timeline.refusals import is_silence
from parley.types import EventType, StoredEvent

__all__ = ["ACCEPTING_TYPES", "AnsweredRequest", "Outcome", "classify_requests"]

#: Event types that show a request was taken up.
ACCEPTING_TYPES: frozenset[EventType] = frozenset(
    {EventType.MEET, EventType.CALL, EventType.RESUME}
)


class Outcome(enum.StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    UNANSWERED = "unanswered"
    PENDING = "pending"


@dataclass(frozen=True, slots=True)
class AnsweredRequest:
    """A request with its outcome, the event that answered it and its answer deadline."""

    request: MergedEvent
    outcome: Outcome
    response: MergedEvent | None
    deadline: str  # ISO day after which silence counts as no answer


def _factual(event: MergedEvent) -> bool:
    return not event.negated and not event.hypothetical and event.date is not None


def _same_pair(request: MergedEvent, other: MergedEvent) -> bool:
    if request.source and request.target and other.source and other.target:
        return {request.source, request.target} == {other.source, other.target}
    return True


def _declines(request: MergedEvent, decline: MergedEvent) -> bool:
    """A DECLINE answers a request when the asked state refuses the asking one."""
    if request.target and decline.source and decline.source != request.target:
        return False
    return not (request.source and decline.target and decline.target != request.source)


def _matches(request: MergedEvent, response: MergedEvent) -> bool:
    if request.channel is not None and response.channel != request.channel:
        return False
    if response.type is EventType.DECLINE:
        return _declines(request, response)
    return response.type in ACCEPTING_TYPES and _same_pair(request, response)


def classify_requests(
    events: Iterable[StoredEvent | MergedEvent], *, answer_days: int,
    reference: str | None = None,
) -> list[AnsweredRequest]:
    """The dated, factual requests among `events` with their outcomes, oldest first.

    `reference` is the date the question is asked on (any ISO precision; its last day
    counts); None means every window has closed and every known response counts.
    """
    merged = merge_events(events)
    reference_day = period_end(reference) if reference else None
    responses: list[tuple[date, date, MergedEvent]] = []
    for event in merged:
        if not _factual(event) or event.type not in ACCEPTING_TYPES | {EventType.DECLINE}:
            continue
        start, end = period_start(event.date), period_end(event.when)
        if start is None or end is None:
            continue
        if reference_day is not None and start > reference_day:
            continue
        responses.append((start, end, event))
    windows = _ResponseIndex(responses)
    result: list[AnsweredRequest] = []
    for request in merged:
        if request.type is not EventType.REQUEST or not _factual(request):
            continue
        opened, last = period_start(request.date), period_end(request.when)
        if opened is None or last is None:
            continue
        deadline = add_days(last, answer_days)
        # An answer dated more coarsely than the request ("declined since 2021", "in 2023")
        # is a weak witness of it: the first answer dated at least as precisely wins, a
        # refusal before a meeting of the same day; coarse answers only when there is none.
        width = (last - opened).days
        candidates = [
            ((end - start).days > width, max(start, opened), (end - start).days,
             0 if event.type is EventType.DECLINE else 1, canonical_key(event.evidence[0]),
             event)
            for start, end, event in windows.overlapping(request.channel, opened, deadline)
            if start <= deadline and end >= opened and (start >= opened or end <= deadline)
            and _matches(request, event)
        ]
        if candidates:
            first = min(candidates, key=lambda c: c[:5])[5]
            outcome = _answer_outcome(first)
            result.append(AnsweredRequest(request, outcome, first, deadline.isoformat()))
        elif reference_day is not None and deadline >= reference_day:
            result.append(AnsweredRequest(request, Outcome.PENDING, None, deadline.isoformat()))
        else:
            result.append(AnsweredRequest(request, Outcome.UNANSWERED, None,
                                          deadline.isoformat()))
    return result


def _answer_outcome(response: MergedEvent) -> Outcome:
    """Accepted for a meeting or call; declined for a refusal; unanswered for silence."""
    if response.type is not EventType.DECLINE:
        return Outcome.ACCEPTED
    if all(is_silence(told.event.evidence.sentence) for told in response.evidence):
        return Outcome.UNANSWERED
    return Outcome.DECLINED


class _ResponseIndex:
    """Responses by channel, sorted by start, to find those that may overlap a window.

    A request on a channel is answered only on that channel, one without a channel on any;
    scanning every response for every request would be quadratic in a busy pair's history.
    A response overlaps [opened, deadline] only if it starts by the deadline and no earlier
    than `opened` minus the longest response of its list.
    """

    def __init__(self, responses: Sequence[tuple[date, date, MergedEvent]]) -> None:
        ordered = sorted(responses, key=lambda item: item[0])
        self._lists: dict[str | None, list[tuple[date, date, MergedEvent]]] = {None: ordered}
        for item in ordered:
            if item[2].channel is not None:
                self._lists.setdefault(item[2].channel, []).append(item)
        self._starts = {key: [item[0] for item in items] for key, items in self._lists.items()}
        self._longest = {key: max(((end - start) for start, end, _ in items),
                                  default=timedelta(0))
                         for key, items in self._lists.items()}

    def overlapping(self, channel: str | None, opened: date, deadline: date
                    ) -> list[tuple[date, date, MergedEvent]]:
        items = self._lists.get(channel, [])
        starts = self._starts.get(channel, [])
        low = bisect_left(starts, opened - self._longest.get(channel, timedelta(0)))
        return items[low:bisect_right(starts, deadline)]
