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

from parley.types import (
    UNORDERED_TYPES,
    ChannelStatus,
    CountQualifier,
    EventType,
    StoredEvent,
)

__all__ = [
    "MergedEvent",
    "canonical_key",
    "dedupe",
    "flatten",
    "merge_events",
    "total_count",
]


def canonical_key(stored: StoredEvent) -> tuple[object, ...]:
    """A total order key over every field of a stored event, for order-free results."""
    record = stored.event
    return (
        record.date_end or record.date or "",
        record.date or "",
        stored.published.isoformat() if stored.published else "",
        record.article,
        record.evidence.start,
        record.evidence.end,
        record.type.value,
        record.source or "",
        record.target or "",
        record.channel or "",
        record.status.value if record.status else "",
        record.negated,
        record.hypothetical,
        -1 if record.count is None else record.count,
        record.count_qualifier.value if record.count_qualifier else "",
        record.date_end or "",
        record.persons,
        record.evidence.sentence,
        stored.title or "",
        stored.url or "",
    )


def dedupe(events: Iterable[StoredEvent]) -> tuple[StoredEvent, ...]:
    """The distinct events in canonical order (an event ingested twice is one event)."""
    return tuple(sorted(set(events), key=canonical_key))


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


def _pair(stored: StoredEvent) -> tuple[str, str]:
    record = stored.event
    source, target = record.source or "", record.target or ""
    if record.type in UNORDERED_TYPES:
        first, second = sorted((source, target))
        return first, second
    return source, target


def _identity(stored: StoredEvent) -> tuple[object, ...]:
    """What two tellings of one event share, dates aside."""
    record = stored.event
    return (
        record.type.value,
        _pair(stored),
        record.channel or "",
        record.status.value if record.status else "",
        record.negated,
        record.hypothetical,
        -1 if record.count is None else record.count,
        record.count_qualifier.value if record.count_qualifier else "",
    )


def _date_clusters(dates: set[str]) -> dict[str, str]:
    """Map each date of a group to the date its cluster is named by (see module docstring)."""
    leaves = {d for d in dates if not any(o != d and o.startswith(d) for o in dates)}
    owner: dict[str, str] = {}
    for value in dates:
        if value in leaves:
            owner[value] = value
            continue
        refined = [leaf for leaf in leaves if leaf.startswith(value)]
        owner[value] = refined[0] if len(refined) == 1 else value
    return owner


def _merge_cluster(items: Sequence[StoredEvent], date: str | None) -> MergedEvent:
    first = items[0].event
    ends = [e.event.date_end for e in items if e.event.date_end]
    persons = sorted({p for e in items for p in e.event.persons})
    return MergedEvent(
        type=first.type,
        source=first.source,
        target=first.target,
        channel=first.channel,
        status=first.status,
        date=date,
        date_end=max(ends) if ends else None,
        negated=first.negated,
        hypothetical=first.hypothetical,
        count=first.count,
        count_qualifier=first.count_qualifier,
        persons=tuple(persons),
        evidence=tuple(items),
    )


def flatten(events: Iterable[StoredEvent | MergedEvent]) -> tuple[StoredEvent, ...]:
    """Stored events, with merged events expanded to their tellings; distinct, in order."""
    stored: list[StoredEvent] = []
    for item in events:
        if isinstance(item, MergedEvent):
            stored.extend(item.evidence)
        else:
            stored.append(item)
    return dedupe(stored)


def merge_events(events: Iterable[StoredEvent | MergedEvent]) -> list[MergedEvent]:
    """Merge the tellings of each event across articles; sorted by date, then identity.

    Accepts stored events or already merged events (which are expanded first), so merging
    is idempotent: `merge_events(merge_events(x)) == merge_events(x)`.
    """
    groups: dict[tuple[object, ...], list[StoredEvent]] = {}
    for stored in flatten(events):
        groups.setdefault(_identity(stored), []).append(stored)
    merged: list[MergedEvent] = []
    for items in groups.values():
        dated = {e.event.date for e in items if e.event.date}
        owner = _date_clusters(dated)
        clusters: dict[str | None, list[StoredEvent]] = {}
        for stored in items:
            key = owner[stored.event.date] if stored.event.date else None
            clusters.setdefault(key, []).append(stored)
        for date, members in clusters.items():
            merged.append(_merge_cluster(members, date))
    return sorted(merged, key=_merged_key)


def _merged_key(event: MergedEvent) -> tuple[object, ...]:
    return (event.when or "", event.date or "", canonical_key(event.evidence[0]))


def total_count(events: Iterable[MergedEvent]) -> int:
    """How many events the merged events stand for: an aggregate counts its figure once."""
    return sum(e.count if e.count is not None else 1 for e in events)
