"""A small cache of computed answers, emptied whenever the store changes.

Answers about a pair (its status, chart, freeze series, ledger) are pure functions of its
events, but computing them over tens of thousands of events takes seconds. The web app asks
the store for its `revision()` on each request (a few milliseconds) and keeps answers while
it stays the same: a read-only dashboard never shows an answer older than the store.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from parley.collector import collector_paused

__all__ = ["AnswerCache"]

T = TypeVar("T")


class AnswerCache:
    """Least-recently-used answers keyed by (kind, arguments), valid for one store revision."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()
        self._revision: str | None = None
        # One lock per key in progress, so two requests for one answer compute it once.
        self._computing: dict[Hashable, threading.Lock] = {}

    def revise(self, revision: str) -> None:
        """Forget every answer if the store's revision is not the one they were made for."""
        with self._lock:
            if revision != self._revision:
                self._answers.clear()
                self._revision = revision

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached answer for `key`, computed by `compute()` when missing."""
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]  # type: ignore[no-any-return]
            revision = self._revision
            guard = self._computing.setdefault(key, threading.Lock())
        with guard:
            with self._lock:
                if key in self._answers:
                    return self._answers[key]  # type: ignore[no-any-return]
            with collector_paused():  # an answer is many records built at once
                value = compute()
            with self._lock:
                self._computing.pop(key, None)
                if revision == self._revision:
                    self._answers[key] = value
                    while len(self._answers) > self.size:
                        self._answers.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._answers)
