"""`collector_paused`: the cyclic collector is off inside, back on after, nesting counted."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from parley.collector import YOUNG_BACKLOG, collector_paused


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_resume_only_when_the_outermost_ends() -> None:
    gc.enable()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_exception_inside_still_resumes_the_collector() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_overlapping_pauses_of_two_threads_resume_after_the_last() -> None:
    gc.enable()
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the other thread's pause still holds
    release.set()
    thread.join(5)
    assert gc.isenabled()


def _build_backlog(count: int) -> list[list[int]]:
    return [[number] for number in range(count)]  # lists: objects the collector tracks


def test_a_large_backlog_is_collected_when_the_last_pause_ends() -> None:
    gc.enable()
    gc.collect()
    with collector_paused():
        kept = _build_backlog(2 * YOUNG_BACKLOG)
        assert gc.get_count()[0] > YOUNG_BACKLOG
    young, middle, _ = gc.get_count()
    assert young < YOUNG_BACKLOG // 10 and middle == 0  # both young generations walked
    assert len(kept) == 2 * YOUNG_BACKLOG


def test_young_cycles_of_a_pause_are_collected_at_its_end() -> None:
    gc.enable()
    gc.collect()

    class Node:
        partner: object = None

    with collector_paused():
        first, second = Node(), Node()
        first.partner, second.partner = second, first  # a cycle refcounting cannot free
        watched = weakref.ref(first)
        del first, second
        kept = _build_backlog(2 * YOUNG_BACKLOG)  # kept: freed objects uncount themselves
    assert watched() is None
    assert kept


def test_a_small_backlog_is_left_to_the_collector() -> None:
    gc.enable()
    gc.collect()
    with collector_paused():
        kept = _build_backlog(300)  # fewer than the collector's own young threshold (700)
    assert gc.get_count()[0] >= 300  # no explicit pass
    assert kept
