"""Remembering the last few results of a pure function of a list of events, by identity.

A report asks the same question of the same events several times over (the status, what
changed, the open requests, the chart each merge a pair's events and build its intervals),
each time from a list of its own. The events are the same objects, so their identities make
a cheap key; each entry keeps its inputs alive, so an id cannot be reused while remembered.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

__all__ = ["IdentityMemo"]

R = TypeVar("R")


class IdentityMemo(Generic[R]):
    """The last `size` results, keyed by the identities of the inputs and some options."""

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._recent: OrderedDict[
            tuple[tuple[int, ...], Hashable], tuple[Sequence[object], R]] = OrderedDict()

    def get(self, items: Sequence[object], options: Hashable, compute: Callable[[], R]) -> R:
        """The remembered result for these very items and options, else `compute()`."""
        key = (tuple(map(id, items)), options)
        with self._lock:
            found = self._recent.get(key)
            if found is not None:
                self._recent.move_to_end(key)
                return found[1]
        result = compute()
        with self._lock:
            self._recent[key] = (items, result)
            while len(self._recent) > self.size:
                self._recent.popitem(last=False)
        return result

    def clear(self) -> None:
        with self._lock:
            self._recent.clear()
