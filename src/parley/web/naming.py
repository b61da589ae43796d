"""Pairs named in the common order ("United States – China"), from `data/pair_order.json`.

Where the reader named two states (a pair page's URL, the comparison page's picks), the
dashboard keeps their order; elsewhere it needs one stable order, and the alphabetical one
reads wrong ("China – United States"). The data file says which order news usually uses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parley.report.queries import state_name

__all__ = ["PairOrder", "common_order", "pair_key", "pair_label", "parse_pair_key"]


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


def pair_key(a: str, b: str) -> str:
    """The pair as one query value: "USA-CHN"."""
    return f"{a}-{b}"


def parse_pair_key(value: str) -> tuple[str, str] | None:
    """("USA", "CHN") from "USA-CHN" (codes are checked by the caller); None if malformed."""
    first, separator, second = value.strip().partition("-")
    if not separator or not first or not second:
        return None
    return first, second


def pair_label(a: str, b: str) -> str:
    """ "United States – China" for ("USA", "CHN")."""
    return f"{state_name(a)} – {state_name(b)}"
