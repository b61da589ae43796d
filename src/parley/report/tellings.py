"""One row per event, its tellings folded: the timeline's cross-article merge, for tables.

Several articles telling one event are one event (`timeline.merge`); the events table of the
dashboard shows them as one row with its tellings listed under it. The web app reads the
merge only through this module, as it reads intervals through `report.intervals`.
"""

from __future__ import annotations

from collections.abc import Iterable

from parley.timeline.merge import MergedEvent, merge_events
from parley.types import StoredEvent

__all__ = ["MergedEvent", "fold_tellings"]


def fold_tellings(events: Iterable[StoredEvent]) -> list[MergedEvent]:
    """The events with every telling of one event folded into one record, oldest first."""
    return list(merge_events(events))
