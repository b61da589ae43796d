"""The comparison page's data: several pairs' monthly freeze indices over one window.

Each pair's series is computed by `report.freeze` (through the dashboard's cache) over the
same months, so the lines share one time axis: from the earliest month any chosen pair has
evidence for to the as-of month (else the latest month of any of them), at most
`MAX_MONTHS` long. Without a choice, the pairs with the most events are compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parley.report.freeze import FreezeSeries
from parley.report.intervals import month_of, shift_months
from parley.report.queries import PairQuery
from parley.web.naming import common_order, pair_key, pair_label, parse_pair_key
from parley.web.page_data import Dashboard
from parley.web.params import BadParameter, check_pair

__all__ = ["DEFAULT_PAIRS", "MAX_PAIRS", "Comparison", "chosen_pairs", "comparison"]

#: Pairs compared when none is chosen (those with the most events).
DEFAULT_PAIRS = 4
#: Most pairs one chart draws (its line styles repeat after eight).
MAX_PAIRS = 8
#: Longest window drawn, ending at the as-of month.
MAX_MONTHS = 120


@dataclass(frozen=True, slots=True)
class Comparison:
    """The chosen pairs (in the reader's order), each with its series over the window."""

    pairs: tuple[tuple[str, str], ...]
    series: tuple[tuple[str, str, FreezeSeries], ...]  # (key, label, series) with a value
    first_month: str | None
    last_month: str | None
    choices: tuple[tuple[str, str, str], ...]  # every pair of the store: (key, label, chosen)


def chosen_pairs(values: Sequence[str], dashboard: Dashboard, as_of: str | None = None
                 ) -> list[tuple[str, str]]:
    """The pairs a reader picked ("USA-CHN", in their order), else the busiest pairs as of
    `as_of` (the overview of the same date, whose pair histories the series then share)."""
    if len(values) > MAX_PAIRS:
        raise BadParameter(f"at most {MAX_PAIRS} pairs can be compared ({len(values)} given)")
    chosen: list[tuple[str, str]] = []
    for value in values:
        parsed = parse_pair_key(value)
        if parsed is None:
            raise BadParameter(f"invalid pair {value[:40]!r} (use two state codes, USA-CHN)")
        query = check_pair(*parsed)
        if (query.a, query.b) not in chosen and (query.b, query.a) not in chosen:
            chosen.append((query.a, query.b))
    if chosen:
        return chosen
    busiest = sorted(dashboard.overview(as_of, named=True),
                     key=lambda row: (-row.events, row.a, row.b))
    return [(row.a, row.b) for row in busiest[:DEFAULT_PAIRS]]


def comparison(dashboard: Dashboard, pairs: Sequence[tuple[str, str]], as_of: str | None
               ) -> Comparison:
    """The chosen pairs' series over one shared window (see the module docstring)."""
    whole = [dashboard.freeze(PairQuery(a, b, as_of), date_to=as_of) for a, b in pairs]
    months = [p.month for series in whole for p in series.points]
    first = last = None
    series: list[tuple[str, str, FreezeSeries]] = []
    if months:
        last = month_of(as_of) if as_of else max(months)
        first = max(min(months), shift_months(last, 1 - MAX_MONTHS))
        for a, b in pairs:
            found = dashboard.freeze(PairQuery(a, b, as_of), date_from=first,
                                     date_to=as_of or last)
            if found.points:
                series.append((pair_key(a, b), pair_label(a, b), found))
    keys = {frozenset(pair) for pair in pairs}
    choices = tuple(
        (pair_key(*ordered), pair_label(*ordered), "1" if frozenset(ordered) in keys else "")
        for ordered in sorted((common_order(a, b) for a, b in dashboard.pairs()),
                              key=lambda pair: pair_label(*pair)))
    return Comparison(tuple(pairs), tuple(series), first, last, choices)
