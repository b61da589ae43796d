"""The window of batches in flight: a bounded number computing, finished ones held behind an
older one, every batch taken in the order it was sent; and the read-ahead that tells the
driver the input is about to end."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pytest

from parley.distributed.window import OrderedWindow, ReadAhead, first_done


class Task:
    def __init__(self) -> None:
        self.finished = False

    def done(self) -> bool:
        return self.finished


class Recorder:
    """Takes batches (finishing a task whose result is asked for) and finishes the newest
    task computing whenever the window waits, so later batches finish first."""

    def __init__(self) -> None:
        self.taken: list[int] = []
        self.waits = 0

    def take(self, number: int, task: Task) -> None:
        task.finished = True
        self.taken.append(number)

    def wait_first(self, computing: Sequence[Task]) -> None:
        self.waits += 1
        computing[-1].finished = True


def test_batches_finishing_out_of_order_are_taken_in_order() -> None:
    recorder = Recorder()
    sent: OrderedWindow[int] = OrderedWindow(2, 5, recorder.take, recorder.wait_first)
    tasks = [Task() for _ in range(12)]
    most_sent = most_computing = 0
    for number, task in enumerate(tasks):
        sent.add(number, task)
        most_sent = max(most_sent, len(sent))
        most_computing = max(most_computing, sum(not t.done() for t in tasks[:number + 1]))
    sent.take_all()
    assert recorder.taken == list(range(12))
    assert most_sent == 4  # the fifth sent makes the window full: the oldest is taken
    assert most_computing == 1  # after each add, room for one more to compute
    assert recorder.waits > 0


def test_a_finished_oldest_batch_is_taken_at_once() -> None:
    recorder = Recorder()
    sent: OrderedWindow[str] = OrderedWindow(2, 4, recorder.take, recorder.wait_first)
    first, second = Task(), Task()
    sent.add("first", first)
    first.finished = True
    sent.add("second", second)
    assert recorder.taken == ["first"] and len(sent) == 1
    assert list(sent.futures()) == [second]


def test_the_window_needs_room_to_compute_and_to_hold() -> None:
    recorder = Recorder()
    with pytest.raises(ValueError, match="running"):
        OrderedWindow(0, 4, recorder.take, recorder.wait_first)
    with pytest.raises(ValueError, match="held"):
        OrderedWindow(3, 2, recorder.take, recorder.wait_first)


def test_read_ahead_gives_every_item_and_knows_when_the_rest_is_read() -> None:
    pulled: list[int] = []

    def source() -> Iterator[int]:
        for number in range(10):
            pulled.append(number)
            yield number

    items = ReadAhead(source(), 3)
    seen = []
    for item in items:
        # when an item is given, up to 3 more are already read, never more
        assert len(pulled) - len(seen) - 1 <= 3
        seen.append((item, items.ending))
    assert [item for item, _ in seen] == list(range(10))
    # the end is known once reading ahead has run past the last item: from the item given
    # with the last 2 behind it (3 read ahead would need one more)
    assert [ending for _, ending in seen] == [False] * 7 + [True] * 3


def test_read_ahead_of_nothing_is_empty() -> None:
    items = ReadAhead(iter([]), 5)
    assert list(items) == [] and items.ending


def test_first_done_waits_on_the_client_of_the_futures(monkeypatch: pytest.MonkeyPatch) -> None:
    """`distributed.wait` waits on the process's default client (the newest): with two
    clients in one process, the futures' own client must be the current one meanwhile."""
    import distributed

    current: list[str] = []
    waited_under: list[list[str]] = []

    class Client:
        @contextmanager
        def as_current(self) -> Iterator[None]:
            current.append("theirs")
            try:
                yield
            finally:
                current.pop()

    class DaskFuture:
        client = Client()

    def wait(futures: list[DaskFuture], return_when: str) -> None:
        assert return_when == "FIRST_COMPLETED" and len(futures) == 2
        waited_under.append(list(current))

    monkeypatch.setattr(distributed, "wait", wait)
    first_done([DaskFuture(), DaskFuture()])
    assert waited_under == [["theirs"]] and current == []
