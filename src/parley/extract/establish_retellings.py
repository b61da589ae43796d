"""One set-up told twice: "Greece and Turkey have set up a deconfliction mechanism, NATO said
… The mechanism was established on Thursday". A channel between two states is set up once,
so a set-up told without a day of its own (dated the publication day for want of one: a
present perfect, a report) and the same set-up told with a day of the week before it are one
event, on the stated day, with the sentence that states it as evidence.
"""

from __future__ import annotations

from datetime import date, timedelta

from parley.types import Event, EventType

#: How far before the publication day a stated day can still be the day of a set-up the
#: lead tells in the present perfect ("have set up … was established on Thursday").
_RECENT = timedelta(days=7)


def _recent_day(value: str | None, published: date) -> bool:
    """A day (not a month or year) within the week before the publication day."""
    if not value or len(value) != 10:
        return False
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return published - _RECENT <= day < published


def merge_retold_set_ups(events: list[Event], published: date | None) -> list[Event]:
    """The events without the publication-day ESTABLISH records that another ESTABLISH of
    the same states and channel, dated a recent stated day, tells again."""
    if published is None:
        return events
    today = published.isoformat()

    def same_set_up(a: Event, b: Event) -> bool:
        return a.type is b.type is EventType.ESTABLISH and a.channel == b.channel and \
            {a.source, a.target} == {b.source, b.target} and \
            not (a.negated or a.hypothetical or b.negated or b.hypothetical)

    dropped = [e for e in events if e.type is EventType.ESTABLISH and e.date == today
               and any(same_set_up(e, other) and _recent_day(other.date, published)
                       for other in events if other is not e)]
    return [e for e in events if not any(e is d for d in dropped)]
