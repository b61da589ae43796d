"""Pairs named in the common order ("United States – China"), from `data/pair_order.json`
(`report.pair_order`, which the overview's stored summaries also use).

Where the reader named two states (a pair page's URL, the comparison page's picks), the
dashboard keeps their order; elsewhere it needs one stable order, and the alphabetical one
reads wrong ("China – United States"). The data file says which order news usually uses.
"""

from __future__ import annotations

from parley.report.pair_order import PairOrder, common_order, load_pair_order
from parley.report.queries import state_name

__all__ = ["PairOrder", "common_order", "load_pair_order", "pair_key", "pair_label",
           "parse_pair_key"]


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
