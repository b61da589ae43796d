"""The batches a distributed ingest has in flight, taken back in the order they were sent.

Batches finish out of order: one of long relevant articles takes twenty times as long as one
of short general news. When the driver waited for the oldest batch alone, the worker that
had finished its own sat idle until then (with 2 workers and mixed news, a quarter to a third
of one worker's time in `benchmarks/scale.py`). So the window keeps a number of batches
computing, whichever of them finished last, and holds finished ones until every older one is
taken, so that results still reach the store in input order (the store a serial run leaves).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

#: What the driver keeps beside each batch's future (the batch's articles).
Item = TypeVar("Item")


def first_done(futures: Sequence[Any]) -> None:
    """Wait until at least one of `futures` (Dask futures of one client) is finished, well
    or not. `distributed.wait` waits on the process's default client, the newest one: with
    two clients in a process (the scaling benchmark's two clusters) the futures of the other
    one would be waited for on the wrong event loop, so their own client is made current."""
    from distributed import wait

    with futures[0].client.as_current():
        wait(list(futures), return_when="FIRST_COMPLETED")


class OrderedWindow(Generic[Item]):
    """At most `running` batches computing and `held` batches sent but not yet taken; each
    is given to `take` (with its future) in the order it was added.

    `wait_first` blocks until one of the futures it is given is finished (`first_done`, the
    driver's wrapper of it); a future needs only `done()`, `cancel()` and whatever `take`
    reads of it.
    """

    def __init__(self, running: int, held: int, take: Callable[[Item, Any], None],
                 wait_first: Callable[[Sequence[Any]], None]) -> None:
        if not 1 <= running <= held:
            raise ValueError(f"need 1 <= running ({running}) <= held ({held})")
        self.running, self.held = running, held
        self._take, self._wait_first = take, wait_first
        self._sent: deque[tuple[Item, Any]] = deque()

    def __len__(self) -> int:
        return len(self._sent)

    def add(self, item: Item, future: Any) -> None:
        """Note a batch just submitted, then take finished ones and wait until there is
        room for the next."""
        self._sent.append((item, future))
        self._take_finished()
        while True:
            computing = [future for _, future in self._sent if not future.done()]
            if len(computing) < self.running and len(self._sent) < self.held:
                return
            if len(self._sent) >= self.held or not computing:
                self.take_oldest()
            else:
                self._wait_first(computing)
            self._take_finished()

    def take_oldest(self) -> None:
        """Take the oldest batch, waiting for it if it is still computing."""
        item, future = self._sent.popleft()
        self._take(item, future)

    def take_all(self) -> None:
        while self._sent:
            self.take_oldest()

    def futures(self) -> Iterator[Any]:
        """The futures not yet taken (to cancel them when the ingest stops)."""
        return (future for _, future in self._sent)

    def _take_finished(self) -> None:
        while self._sent and self._sent[0][1].done():
            self.take_oldest()


class ReadAhead(Generic[Item]):
    """An iterator that reads up to `ahead` items before the one it gives, so the driver
    knows when the input is about to end (`ending`): then what remains is all read.

    A run's last batches decide when it ends: a worker that drew one of long relevant
    articles works on while the others, done, sit idle. Cutting what remains at the end into
    small batches lets the workers finish together.
    """

    def __init__(self, items: Iterable[Item], ahead: int) -> None:
        self._items, self._ahead = iter(items), ahead
        self._read: deque[Item] = deque()
        self._exhausted = False

    def __iter__(self) -> ReadAhead[Item]:
        return self

    def __next__(self) -> Item:
        while not self._exhausted and len(self._read) <= self._ahead:
            try:
                self._read.append(next(self._items))
            except StopIteration:
                self._exhausted = True
        if not self._read:
            raise StopIteration
        return self._read.popleft()

    @property
    def ending(self) -> bool:
        """Whether every item left has been read (at most `ahead` of them)."""
        return self._exhausted
