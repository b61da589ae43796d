"""The one-to-one pairing of gold and predicted events that `parley eval` scores.

The contract says when a prediction matches a gold event (type, states, channel) and that
dates are scored on the matched pairs; it does not let one prediction match two gold events.
When an article tells several events of one kind ("they met in 2014, and again on Sunday"),
several predictions can match several gold events, and a greedy pairing can give the 2014
prediction to the Sunday gold event and report a wrong date that the coder did not make.
This module picks, among the pairings the contract allows, the best one in this order:
most required gold events matched, then most predictions absorbed (fewest false positives),
then most matched dates right, then most channels equal. The match test itself is untouched:
no pair is allowed here that the contract does not allow, so scoring is no more lenient.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

Gold = TypeVar("Gold")
Predicted = TypeVar("Predicted")


def best_pairing(gold: Sequence[Gold], predicted: Sequence[Predicted],
                 matches: Callable[[Gold, Predicted], bool],
                 ranks: Callable[[Gold, Predicted], tuple[bool, ...]]
                 ) -> dict[int, int]:
    """Gold index -> predicted index of the best one-to-one pairing of matching events.

    `ranks(g, p)` gives, for a matching pair, the criteria to maximise in priority order
    (each True counts one over the pairs); a pairing with more of the first criterion always
    wins, whatever the later ones. Exact (an assignment problem), for the few dozen events
    of an article.
    """
    criteria = [[ranks(g, p) if matches(g, p) else None for p in predicted] for g in gold]
    width = max((len(r) for row in criteria for r in row if r is not None), default=0)
    # More than the sum over all pairs of every later criterion: lexicographic weights.
    base = len(gold) + 1
    weights = [[None if r is None else
                sum(int(flag) * base ** (width - 1 - k) for k, flag in enumerate(r))
                for r in row] for row in criteria]
    return _max_weight_assignment(weights, len(predicted))


def _max_weight_assignment(weights: list[list[int | None]], columns: int) -> dict[int, int]:
    """Rows to columns maximising the summed weight; None forbids a pair, and a row may stay
    unpaired (a dummy column of weight 0 per row). The Hungarian method on costs."""
    rows = len(weights)
    if not rows or not columns:
        return {}
    width = columns + rows
    top = max((w for row in weights for w in row if w is not None), default=0)
    forbidden = top * (rows + 1) + 1  # dearer than leaving every row unpaired
    unbounded = forbidden * (width + 1) ** 2 * 4  # above any reduced cost
    cost = [[(top - w if w is not None else forbidden) if j < columns else top
             for j, w in enumerate([*row, *([None] * rows)])] for row in weights]
    # Potentials u (rows) and v (columns), 1-based with column 0 as the free start.
    u = [0] * (rows + 1)
    v = [0] * (width + 1)
    owner = [0] * (width + 1)  # owner[j]: the row paired with column j
    way = [0] * (width + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        column = 0
        least = [unbounded] * (width + 1)
        used = [False] * (width + 1)
        while True:
            used[column] = True
            current, delta, next_column = owner[column], unbounded, 0
            for j in range(1, width + 1):
                if used[j]:
                    continue
                reduced = cost[current - 1][j - 1] - u[current] - v[j]
                if reduced < least[j]:
                    least[j], way[j] = reduced, column
                if least[j] < delta:
                    delta, next_column = least[j], j
            for j in range(width + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            column = next_column
            if owner[column] == 0:
                break
        while column:
            previous = way[column]
            owner[column] = owner[previous]
            column = previous
    return {owner[j] - 1: j - 1 for j in range(1, columns + 1)
            if owner[j] and weights[owner[j] - 1][j - 1] is not None}
