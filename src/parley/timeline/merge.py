"""Cross-article merge: one event told by several articles is one event with several evidences.

GDELT's worst flaw is counting one event as many because many articles report it; Parley
merges before it counts. Two stored events are the same event when they agree on:

- the type, the states (in either order for the unordered types MEET, CALL, RESUME, STATUS;
  in order otherwise), the channel, the status of a STATUS event, `negated` and `hypothetical`;
- for aggregated events ("more than a dozen requests since 2021"), the count and its
  qualifier too: the same figure repeated by several articles is one figure, never a sum;
- compatible dates: equal, or one a coarser prefix of the other ("2022-08" and
  "2022-08-05"). Two different days of one month are two events (two calls in a month).

Compatibility by prefix is not transitive ("2022" fits both "2022-03" and "2022-09"), so the
clusters are built from the set of dates alone: every date that no other date of its group
refines is a cluster of its own; a coarser date joins the one cluster it is a prefix of, and
stays a cluster of its own when it fits several (it cannot be told which one it means).
Undated events merge only with undated events. The end of a range (`date_end`) is not part
of an event's identity: for an open range it is the publication date, which differs between
articles repeating one figure; the merged event keeps the latest end.

Everything here is pure: the result depends only on the set of events, not their order, and
merging merged events again changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as _date
from operator import itemgetter

from parley.timeline.memo import IdentityMemo
from parley.types import (
    ChannelStatus,
    CountQualifier,
    EventType,
    StoredEvent,
)

__all__ = [
    "MergedEvent",
    "canonical_key",
    "dedupe",
    "dedupe_tellings",
    "flatten",
    "merge_events",
    "telling_order",
    "total_count",
]


#: Stands for a missing publication date in sort keys (before every real date).
_NO_DATE = _date.min


def canonical_key(stored: StoredEvent) -> tuple[object, ...]:
    """A total order key over every field of a stored event, for order-free results.

    Enum members stand for their values (they are `str`s that compare and hash as their
    value) and a missing publication date for `date.min`: the order is that of the values,
    without the cost of reading `.value` a million times over a busy pair's history.
    """
    record = stored.event
    evidence = record.evidence
    return (
        record.date_end or record.date or "",
        record.date or "",
        stored.published or _NO_DATE,
        record.article,
        evidence.start,
        evidence.end,
        record.type,
        record.source or "",
        record.target or "",
        record.channel or "",
        record.status or "",
        record.negated,
        record.hypothetical,
        -1 if record.count is None else record.count,
        record.count_qualifier or "",
        record.date_end or "",
        record.persons,
        evidence.sentence,
        stored.title or "",
        stored.url or "",
        record.mechanism or "",
    )


def _leading_key(stored: StoredEvent) -> tuple[object, ...]:
    """The first six fields of `canonical_key`: they tell apart all but the events one
    sentence tells (a meeting and the state it shows, say), and cost a third of it."""
    record = stored.event
    evidence = record.evidence
    return (record.date_end or record.date or "", record.date or "",
            stored.published or _NO_DATE, record.article, evidence.start, evidence.end)


def dedupe(events: Iterable[StoredEvent]) -> tuple[StoredEvent, ...]:
    """The distinct events in canonical order (an event ingested twice is one event).

    Sorted by key first, so that equal events are neighbours: only events of one key are
    compared whole, instead of hashing every field of every event into a set. The sort is
    by `_leading_key`, and only events that share it are ordered by their whole
    `canonical_key` (a prefix of which it is: the order is the same).
    """
    items = events if isinstance(events, list | tuple) else list(events)
    leading = [_leading_key(e) for e in items]
    ordered = sorted(range(len(items)), key=leading.__getitem__)
    distinct: list[StoredEvent] = []
    position, size = 0, len(ordered)
    while position < size:
        end = position + 1
        first = leading[ordered[position]]
        while end < size and leading[ordered[end]] == first:
            end += 1
        if end == position + 1:  # the common case: no other event shares its leading key
            distinct.append(items[ordered[position]])
        else:
            distinct.extend(_distinct_by_key([items[n] for n in ordered[position:end]]))
        position = end
    return tuple(distinct)


def _distinct_by_key(items: list[StoredEvent]) -> list[StoredEvent]:
    """Events in `canonical_key` order (stable), equal ones once."""
    keys = [canonical_key(e) for e in items]
    distinct: list[StoredEvent] = []
    run: list[StoredEvent] = []  # the distinct events of the current key
    last: tuple[object, ...] | None = None
    for position in sorted(range(len(items)), key=keys.__getitem__):
        stored, key = items[position], keys[position]
        if key != last:
            last, run = key, [stored]
        elif stored in run:
            continue
        else:
            run.append(stored)
        distinct.append(stored)
    return distinct


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One event as told by one or more articles; `evidence` holds every telling.

    `date` is the most precise date of the tellings, `date_end` the latest range end;
    `persons` is the union of the persons named.
    """

    type: EventType
    source: str | None
    target: str | None
    channel: str | None
    status: ChannelStatus | None
    date: str | None
    date_end: str | None
    negated: bool
    hypothetical: bool
    count: int | None
    count_qualifier: CountQualifier | None
    persons: tuple[str, ...]
    evidence: tuple[StoredEvent, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        """The distinct articles that tell this event, sorted."""
        return tuple(sorted({e.event.article for e in self.evidence}))

    @property
    def when(self) -> str | None:
        """The date the event's state holds from: a range applies at its end."""
        return self.date_end or self.date

    @property
    def representative(self) -> StoredEvent:
        """The telling to quote first: one with the merged date, earliest published."""
        exact = [e for e in self.evidence if e.event.date == self.date] or list(self.evidence)
        return min(exact, key=lambda e: (e.published is None,
                                         e.published.isoformat() if e.published else "",
                                         canonical_key(e)))


def _identity(stored: StoredEvent) -> tuple[object, ...]:
    """What two tellings of one event share, dates aside (`Event.identity`)."""
    return stored.event.identity()


def _date_clusters(dates: set[str]) -> dict[str, str]:
    """Map each date of a group to the date its cluster is named by (see module docstring).

    Linear in the number of dates: a date can only be refined by a longer one, so each date
    is checked against the dates of the group at each shorter length there is, instead of
    comparing all pairs (a busy channel has thousands of dates).
    """
    lengths = sorted({len(d) for d in dates})
    refining: dict[str, list[str]] = {}
    for value in dates:
        for size in lengths:
            if size >= len(value):
                break
            prefix = value[:size]
            if prefix in dates:
                refining.setdefault(prefix, []).append(value)
    owner: dict[str, str] = {}
    for value in dates:
        if value not in refining:
            owner[value] = value
            continue
        refined = [leaf for leaf in refining[value] if leaf not in refining]
        owner[value] = refined[0] if len(refined) == 1 else value
    return owner


_new = object.__new__
#: MergedEvent's slot setters in its fields' order: a busy pair merges some 7,000 events, and
#: setting the thirteen slots directly builds the same frozen record in half the time of
#: the dataclass's `__init__` (`tests/timeline/test_timeline_speed.py` compares the two).
(_set_type, _set_source, _set_target, _set_channel, _set_status, _set_date, _set_date_end,
 _set_negated, _set_hypothetical, _set_count, _set_qualifier, _set_persons, _set_evidence) = (
    getattr(MergedEvent, name).__set__ for name in MergedEvent.__dataclass_fields__)


def _merge_cluster(items: Sequence[StoredEvent], date: str | None) -> MergedEvent:
    first = items[0].event
    ends = [e.event.date_end for e in items if e.event.date_end]
    persons = sorted({p for e in items for p in e.event.persons})
    merged = _new(MergedEvent)
    _set_type(merged, first.type)
    _set_source(merged, first.source)
    _set_target(merged, first.target)
    _set_channel(merged, first.channel)
    _set_status(merged, first.status)
    _set_date(merged, date)
    _set_date_end(merged, max(ends) if ends else None)
    _set_negated(merged, first.negated)
    _set_hypothetical(merged, first.hypothetical)
    _set_count(merged, first.count)
    _set_qualifier(merged, first.count_qualifier)
    _set_persons(merged, tuple(persons))
    _set_evidence(merged, tuple(items))
    return merged


def flatten(events: Iterable[StoredEvent | MergedEvent]) -> tuple[StoredEvent, ...]:
    """Stored events, with merged events expanded to their tellings; distinct, in order."""
    stored: list[StoredEvent] = []
    for item in events:
        if isinstance(item, MergedEvent):
            stored.extend(item.evidence)
        else:
            stored.append(item)
    return dedupe(stored)


def merge_events(events: Iterable[StoredEvent | MergedEvent], *, remember: bool = True
                 ) -> list[MergedEvent]:
    """Merge the tellings of each event across articles; sorted by date, then identity.

    Accepts stored events or already merged events (which are expanded first), so merging
    is idempotent: `merge_events(merge_events(x)) == merge_events(x)`. The list returned is
    marked as merged, and given back again it is copied instead of merged anew (callers
    that pass it on, like `pair_intervals`, would otherwise merge the same events thrice).

    The last few merges are remembered by the identities of their events (`_MERGES`),
    for callers that merge one list several times. A caller that keeps its result itself
    (`timeline.history.build_history`, whose history the dashboard and `report.history`
    remember) passes `remember=False`: remembered, a busy pair's merge would keep its
    20,000 tellings and 7,000 merged events alive after the store changed and the history
    was dropped, and every full pass of the cyclic collector would walk them.
    """
    if isinstance(events, _MergedList) and events.intact():
        return _MergedList(events)
    items = tuple(events)
    if not remember:
        return _merge(items)
    return _MergedList(_MERGES.get(items, None, lambda: _merge(items)))


#: A report merges the same events several times over (status, changes, requests, chart).
_MERGES: IdentityMemo[_MergedList] = IdentityMemo(8)


def _merge(events: Iterable[StoredEvent | MergedEvent]) -> _MergedList:
    # Tellings are numbered in canonical order: a cluster's first telling (the one the
    # order of merged events ties on) is the one with the lowest number.
    tellings = flatten(events)
    groups: dict[tuple[object, ...], list[int]] = {}
    for number, stored in enumerate(tellings):
        groups.setdefault(_identity(stored), []).append(number)
    keyed: list[tuple[str, str, int, MergedEvent]] = []
    for numbers in groups.values():
        if len(numbers) == 1:  # most events are told once: their own cluster
            only = tellings[numbers[0]]
            event = _merge_cluster((only,), only.event.date or None)
            keyed.append((event.when or "", event.date or "", numbers[0], event))
            continue
        items = [tellings[n] for n in numbers]
        dated = {e.event.date for e in items if e.event.date}
        owner = _date_clusters(dated) if len(dated) > 1 else {d: d for d in dated}
        clusters: dict[str | None, list[int]] = {}
        for number, stored in zip(numbers, items, strict=True):
            key = owner[stored.event.date] if stored.event.date else None
            clusters.setdefault(key, []).append(number)
        for date, members in clusters.items():
            event = _merge_cluster([tellings[n] for n in members], date)
            keyed.append((event.when or "", event.date or "", members[0], event))
    keyed.sort(key=_FIRST_THREE)
    return _MergedList((item[3] for item in keyed), TellingOrder(tellings))


#: The sort key of `_merge`'s (when, date, first telling's number, event) items: a C getter
#: instead of a lambda's slice for each of a busy pair's 7,000 merged events.
_FIRST_THREE = itemgetter(0, 1, 2)


class TellingOrder:
    """Each telling of one merge by identity, with its place in canonical order.

    The tellings `_merge` numbered are distinct and in canonical order, so a set of them is
    put in that order, distinct, by their numbers alone: an interval's evidence is sorted
    that way instead of building every telling's canonical key again (`dedupe_tellings`).
    It holds the tellings, so an identity it knows stays theirs.
    """

    __slots__ = ("_number", "_tellings")

    def __init__(self, tellings: tuple[StoredEvent, ...]) -> None:
        self._tellings = tellings
        self._number = {id(stored): number for number, stored in enumerate(tellings)}

    def numbers(self, items: Iterable[StoredEvent]) -> dict[int, StoredEvent] | None:
        """The items by their numbers (one each), or None if any is no telling of the merge."""
        found: dict[int, StoredEvent] = {}
        number_of = self._number.get
        for stored in items:
            number = number_of(id(stored))
            if number is None:
                return None
            found[number] = stored
        return found


def telling_order(merged: Sequence[MergedEvent]) -> TellingOrder | None:
    """The order of the tellings of an intact result of `merge_events` (else None)."""
    if isinstance(merged, _MergedList) and merged.intact():
        return merged.order
    return None


def dedupe_tellings(items: Iterable[StoredEvent], order: TellingOrder | None
                    ) -> tuple[StoredEvent, ...]:
    """`dedupe(items)` for tellings of one merge, by their numbers in `order`; the same
    result (tellings of a merge are distinct, numbered in canonical order), and `dedupe`
    itself when `order` is None or an item is not one of them."""
    listed = items if isinstance(items, list | tuple) else list(items)
    found = order.numbers(listed) if order is not None else None
    if found is None:
        return dedupe(listed)
    return tuple(found[number] for number in sorted(found))


class _MergedList(list[MergedEvent]):
    """The result of `merge_events`, remembered as merged while its length is unchanged,
    with the order of the tellings it merged."""

    def __init__(self, items: Iterable[MergedEvent] = (), order: TellingOrder | None = None
                 ) -> None:
        super().__init__(items)
        self._size = len(self)
        self.order = order if order is not None else getattr(items, "order", None)

    def intact(self) -> bool:
        return len(self) == self._size


def total_count(events: Iterable[MergedEvent]) -> int:
    """How many events the merged events stand for: an aggregate counts its figure once."""
    return sum(e.count if e.count is not None else 1 for e in events)
