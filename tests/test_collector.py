"""`collector_paused`: the cyclic collector is off inside, back on after, nesting counted."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from parley.collector import collector_paused


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


def test_objects_built_during_a_pause_are_not_left_young() -> None:
    """After the pause, what it built sits in the oldest generation: no young-generation
    pass walks it at the next allocation."""
    gc.enable()
    with collector_paused():
        built = [[n] for n in range(20_000)]
    young = {id(item) for item in gc.get_objects(generation=0)}
    young |= {id(item) for item in gc.get_objects(generation=1)}
    assert not any(id(item) in young for item in built)
    assert gc.get_count()[0] < 1_000
    assert gc.isenabled()


def test_cycles_made_during_a_pause_are_still_collected() -> None:
    gc.enable()

    class Node:
        partner: object = None

    with collector_paused():
        first, second = Node(), Node()
        first.partner, second.partner = second, first
        del first, second
    assert gc.collect() >= 2


def test_objects_frozen_by_the_process_stay_frozen() -> None:
    gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector_paused():
            pass
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
