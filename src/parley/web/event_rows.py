"""The events table's rows: one per event, its tellings folded, in the order the reader chose.

A store holds one event once per article that tells it; the table folds those tellings
(`report.tellings`) and sorts the folded rows. Folding needs every matching event at once, so
it is done when at most `FOLD_LIMIT` events match; past that the table pages the store as
it is (oldest first) and folds within the page only, and says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from parley.report.tellings import MergedEvent, fold_tellings
from parley.types import StoredEvent

__all__ = ["DEFAULT_SORT", "FOLD_LIMIT", "SORTS", "EventRows", "fold_page", "sort_rows"]

#: Most matching events folded across the whole result (reading them all stays cheap).
FOLD_LIMIT = 5000

#: Sort choices of the table: value -> what the control says.
SORTS: dict[str, str] = {
    "-date": "newest first",
    "date": "oldest first",
    "-tellings": "most told first",
    "type": "by type",
    "channel": "by channel",
    "pair": "by pair",
}
DEFAULT_SORT = "-date"


@dataclass(frozen=True, slots=True)
class EventRows:
    """One page of folded rows, and how many rows and tellings match in all."""

    rows: tuple[MergedEvent, ...]
    total_rows: int
    total_tellings: int
    folded_across_pages: bool  # False: more than FOLD_LIMIT matched, folded per page only


def _by_date(row: MergedEvent) -> str:
    return row.date or ""


def _pair(row: MergedEvent) -> tuple[str, str]:
    first, second = sorted((row.source or "", row.target or ""))
    return first, second


_KEYS: dict[str, Callable[[MergedEvent], tuple[object, ...]]] = {
    "date": lambda row: (row.date is None, _by_date(row)),
    "-tellings": lambda row: (-len(row.evidence), row.date is None, _by_date(row)),
    "type": lambda row: (row.type.value, row.date is None, _by_date(row)),
    "channel": lambda row: (row.channel is None, row.channel or "", row.date is None,
                            _by_date(row)),
    "pair": lambda row: (_pair(row), row.date is None, _by_date(row)),
}


def sort_rows(rows: Sequence[MergedEvent], sort: str) -> list[MergedEvent]:
    """Rows in the chosen order; newest first by default, undated rows last in every order.

    Python's sort is stable and the rows come oldest first, so ties keep that order.
    """
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (known: {', '.join(SORTS)})")
    if sort == "-date":
        dated = [row for row in rows if row.date is not None]
        undated = [row for row in rows if row.date is None]
        return sorted(dated, key=_by_date, reverse=True) + undated
    return sorted(rows, key=_KEYS[sort])


def fold_page(events: Sequence[StoredEvent], sort: str, limit: int, offset: int,
              total_tellings: int) -> EventRows:
    """Fold every matching event, sort the rows and cut out one page."""
    rows = sort_rows(fold_tellings(events), sort)
    return EventRows(tuple(rows[offset:offset + limit]), len(rows), total_tellings, True)
