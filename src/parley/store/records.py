"""Building `StoredEvent` records from the store's rows, at the cost a busy pair can bear.

A pair page reads a pair's every telling (20,000 on the busiest pair of the 100,000-event
benchmark store) before it computes anything, and the overview reads every pair's. The
records are frozen dataclasses, whose generated `__init__` sets each field through
`object.__setattr__`: an `Event` of fifteen fields costs about 1.6 us that way, a third of
what reading a telling costs in all. Setting the slots through their descriptors directly
gives the very same objects (equal, hashed and frozen alike) in less than half the time;
`tests/store/test_records.py` checks both paths give equal records for every field.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from parley.types import (
    ChannelStatus,
    CountQualifier,
    Event,
    EventType,
    Evidence,
    StoredEvent,
)

__all__ = ["EVENT_ROW_FIELDS", "persons_of", "stored_event"]

#: The columns of a plain event row, in order: the event's id and columns, its evidence,
#: its article's. `stored_event` reads them (as its three parts) and so do the downloads
#: (`Store.event_rows`), which write these rows out without building records.
EVENT_ROW_FIELDS: tuple[str, ...] = (
    "id", "article", "type", "source", "target", "channel", "status", "date", "date_end",
    "negated", "hypothetical", "count", "count_qualifier", "persons", "mechanism",
    "sentence", "start", "end", "evidence_id", "published", "title", "url",
)

#: Enum members by value, to build records without a call per field.
_TYPES = {member.value: member for member in EventType}
_STATUSES = {member.value: member for member in ChannelStatus}
_QUALIFIERS = {member.value: member for member in CountQualifier}

_new = object.__new__


def _setters(cls: type, names: tuple[str, ...]) -> tuple[Any, ...]:
    """The slot descriptors' `__set__` of `names`, which must be every field of `cls` (a
    field added to the record and not here would be left unset: the check says so)."""
    fields = tuple(getattr(cls, "__dataclass_fields__", {}))
    if fields != names:  # pragma: no cover - a guard for whoever changes the record
        raise TypeError(f"{cls.__name__} fields {fields} are not {names}")
    return tuple(getattr(cls, name).__set__ for name in names)


(_article, _type, _source, _target, _channel, _evidence, _status, _date, _date_end, _negated,
 _hypothetical, _count, _qualifier, _persons, _mechanism) = _setters(Event, (
    "article", "type", "source", "target", "channel", "evidence", "status", "date",
    "date_end", "negated", "hypothetical", "count", "count_qualifier", "persons", "mechanism"))
_sentence, _start, _end = _setters(Evidence, ("sentence", "start", "end"))
_told, _published, _title, _url = _setters(StoredEvent, ("event", "published", "title", "url"))


@lru_cache(maxsize=4096)
def _parsed_persons(raw: str) -> tuple[str, ...]:
    return tuple(str(person) for person in json.loads(raw) or ())


def persons_of(value: Any) -> tuple[str, ...]:
    """The persons column as a tuple: JSON text (SQLite) or an already parsed list."""
    if value is None:
        return ()
    if isinstance(value, str):
        return _parsed_persons(value)
    return tuple(str(person) for person in value)


def stored_event(row: Any, evidence: Any, article: Any) -> StoredEvent:
    """A record from a row of the event's id and the event columns (article id, type, source,
    target, channel, status, date, date end, negated, hypothetical, count, qualifier,
    persons, mechanism), its evidence (sentence, start, end, then columns not read here; None
    when it has none) and its article's (published, title, url)."""
    (_, article_id, kind, source, target, channel, status, when, when_end, negated,
     hypothetical, count, qualifier, persons, mechanism) = row
    told = _new(Evidence)
    if evidence is not None and evidence[0] is not None:
        _sentence(told, evidence[0])
        _start(told, evidence[1])
        _end(told, evidence[2])
    else:
        _sentence(told, "")
        _start(told, 0)
        _end(told, 0)
    event = _new(Event)
    _article(event, article_id)
    _type(event, _TYPES[kind])
    _source(event, source)
    _target(event, target)
    _channel(event, channel)
    _evidence(event, told)
    _status(event, _STATUSES[status] if status else None)
    _date(event, when)
    _date_end(event, when_end)
    _negated(event, bool(negated))
    _hypothetical(event, bool(hypothetical))
    _count(event, count)
    _qualifier(event, _QUALIFIERS[qualifier] if qualifier else None)
    _persons(event, persons_of(persons))
    _mechanism(event, mechanism)
    record = _new(StoredEvent)
    _told(record, event)
    _published(record, article[0])
    _title(record, article[1])
    _url(record, article[2])
    return record
