"""The common order of a pair's two states ("United States – China"), from
`data/pair_order.json`.

Where the reader named two states (a pair page's URL, the comparison page's picks), the
dashboard keeps their order; elsewhere it needs one stable order, and the alphabetical one
reads wrong ("China – United States"). The data file says which order news usually uses.
It lives in `report` because the overview's stored summaries (`report.overview`) are
computed in that order at the end of an ingest, where no web app runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parley.report.queries import state_name

__all__ = ["PairOrder", "common_order", "load_pair_order"]


@dataclass(frozen=True, slots=True)
class PairOrder:
    pairs: frozenset[tuple[str, str]]
    precedence: tuple[str, ...]


@lru_cache(maxsize=1)
def load_pair_order() -> PairOrder:
    data = json.loads((resources.files("parley.data") / "pair_order.json")
                      .read_text(encoding="utf-8"))
    return PairOrder(frozenset((str(a), str(b)) for a, b in data["pairs"]),
                     tuple(str(code) for code in data["precedence"]))


def common_order(a: str, b: str, order: PairOrder | None = None) -> tuple[str, str]:
    """(a, b) or (b, a): a listed pair as listed, else the state earlier in `precedence`
    first, else the states by name."""
    order = order or load_pair_order()
    if (a, b) in order.pairs:
        return a, b
    if (b, a) in order.pairs:
        return b, a
    rank = {code: n for n, code in enumerate(order.precedence)}
    unranked = len(rank)

    def key(code: str) -> tuple[int, str]:
        return rank.get(code, unranked), state_name(code)

    return (a, b) if key(a) <= key(b) else (b, a)
