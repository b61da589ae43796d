"""The timeline's shortcuts for busy pairs give exactly the answers of the plain algorithms.

`merge_events` and `pair_intervals` remember their last answers by the identity of their
inputs (`timeline.memo`), merged lists are not merged again, date clusters are found in
linear time and sort keys use enum members for their values. Each shortcut is compared here
with the plain computation it replaces.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from test_timeline_merge import event_lists, told

from parley.timeline import merge as merge_module
from parley.timeline import states as states_module
from parley.timeline.merge import _date_clusters, canonical_key, merge_events
from parley.timeline.states import pair_intervals
from parley.types import EventType, StoredEvent


def quadratic_clusters(dates: set[str]) -> dict[str, str]:
    """The definition of the module docstring, comparing every pair of dates."""
    leaves = {d for d in dates if not any(o != d and o.startswith(d) for o in dates)}
    owner: dict[str, str] = {}
    for value in dates:
        refined = [leaf for leaf in leaves if leaf.startswith(value)]
        owner[value] = value if value in leaves else (
            refined[0] if len(refined) == 1 else value)
    return owner


partial_dates = st.builds(
    lambda y, m, d, size: f"{y}" if size == 0 else f"{y}-{m:02d}" if size == 1
    else f"{y}-{m:02d}-{d:02d}",
    st.integers(2021, 2023), st.integers(1, 3), st.integers(1, 4), st.integers(0, 2))


@settings(max_examples=300, deadline=None)
@given(st.sets(partial_dates, max_size=30))
def test_linear_date_clusters_match_the_definition(dates: set[str]) -> None:
    assert _date_clusters(dates) == quadratic_clusters(dates)


def value_key(stored: StoredEvent) -> tuple[object, ...]:
    """The sort key as it read before: enum values, "" for a missing publication date."""
    record = stored.event
    return (record.date_end or record.date or "", record.date or "",
            stored.published.isoformat() if stored.published else "", record.article,
            record.evidence.start, record.evidence.end, record.type.value,
            record.source or "", record.target or "", record.channel or "",
            record.status.value if record.status else "", record.negated, record.hypothetical,
            -1 if record.count is None else record.count,
            record.count_qualifier.value if record.count_qualifier else "",
            record.date_end or "", record.persons, record.evidence.sentence,
            stored.title or "", stored.url or "")


@settings(max_examples=150, deadline=None)
@given(event_lists)
def test_sort_keys_order_as_the_values_do(events: list[StoredEvent]) -> None:
    assert sorted(events, key=canonical_key) == sorted(events, key=value_key)


@settings(max_examples=150, deadline=None)
@given(event_lists)
def test_remembered_merges_equal_fresh_ones(events: list[StoredEvent]) -> None:
    first = merge_events(events)
    assert merge_events(list(events)) == first  # remembered
    fresh = merge_module._merge(tuple(events))
    assert fresh == first
    assert merge_module._merge(tuple(first)) == first  # idempotent without any shortcut


def test_changing_an_answer_does_not_change_the_next() -> None:
    events = [told("a", EventType.SUSPEND, "2022-08-05"), told("b", EventType.MEET, "2023-01"),
              told("c", EventType.RESUME, "2023-02-01")]
    merged = merge_events(events)
    merged.pop()
    assert len(merge_events(events)) == 3
    assert len(merge_events(merged)) == 2  # a changed list is merged anew
    intervals = pair_intervals(events)
    intervals["defence-ministers"].clear()
    intervals.pop("defence-ministers")
    assert pair_intervals(events)["defence-ministers"]


def test_remembered_intervals_depend_on_the_options() -> None:
    events = [told("a", EventType.REQUEST, "2022-08-05")]
    states_module._INTERVALS.clear()
    assert pair_intervals(events, answer_days=None) == {}
    degraded = pair_intervals(events, answer_days=30, reference="2023-01-01")
    assert [i.status.value for i in degraded["defence-ministers"]] == ["degraded"]
    pending = pair_intervals(events, answer_days=30, reference="2022-08-10")
    assert pending == {}


def test_equal_events_that_are_other_objects_are_merged_anew() -> None:
    events = [told("a", EventType.SUSPEND, "2022-08-05")]
    copies = [StoredEvent(e.event, date(2022, 8, 6), e.title, e.url) for e in events]
    assert merge_events(copies)[0].evidence[0].published == date(2022, 8, 6)


@settings(max_examples=150, deadline=None)
@given(event_lists, st.randoms(use_true_random=False))
def test_tellings_ordered_by_their_numbers_dedupe_as_their_keys_do(
        events: list[StoredEvent], random: object) -> None:
    """`dedupe_tellings` (numbers of one merge) gives `dedupe`'s answer for any selection of
    a merge's tellings, repeats included, and falls back to it for other events."""
    from parley.timeline.merge import dedupe, dedupe_tellings, telling_order

    merged = merge_events(events)
    order = telling_order(merged)
    assert order is not None
    tellings = [t for event in merged for t in event.evidence]
    picked = [t for t in tellings if random.random() < 0.6] * 2  # type: ignore[attr-defined]
    random.shuffle(picked)  # type: ignore[attr-defined]
    assert dedupe_tellings(picked, order) == dedupe(picked)
    strangers = [told("elsewhere", EventType.MEET, "2022-08")] + picked
    assert dedupe_tellings(strangers, order) == dedupe(strangers)


@settings(max_examples=150, deadline=None)
@given(event_lists)
def test_intervals_built_with_the_telling_order_equal_plain_ones(
        events: list[StoredEvent]) -> None:
    merged = merge_events(events)
    observations = states_module._observations(merged, [])
    for channel, items in observations.items():
        fast = states_module._intervals(channel, items, merge_module.telling_order(merged))
        assert fast == states_module._intervals(channel, items, None)


@settings(max_examples=200, deadline=None)
@given(event_lists, st.randoms(use_true_random=False))
def test_dedupe_by_leading_key_equals_the_plain_definition(events: list[StoredEvent],
                                                           random: object) -> None:
    """Sorted by the whole canonical key, equal events once: what `dedupe` must give when
    it sorts by the leading fields first (repeats and copies of equal events included)."""
    from dataclasses import replace

    from parley.timeline.merge import dedupe

    pool = events + events[: len(events) // 2] + [replace(e) for e in events[::3]]
    random.shuffle(pool)  # type: ignore[attr-defined]
    plain: list[StoredEvent] = []
    for stored in sorted(pool, key=canonical_key):
        if not plain or plain[-1] != stored:
            plain.append(stored)
    assert dedupe(pool) == tuple(plain)


@settings(max_examples=150, deadline=None)
@given(event_lists)
def test_merged_events_equal_those_their_constructor_builds(events: list[StoredEvent]) -> None:
    """`_merge_cluster` sets MergedEvent's slots directly: the records equal (and hash and
    print as) the ones its keyword constructor builds from the same tellings."""
    from parley.timeline.merge import MergedEvent

    for merged in merge_events(events):
        items = merged.evidence
        first = items[0].event
        ends = [e.event.date_end for e in items if e.event.date_end]
        expected = MergedEvent(
            type=first.type, source=first.source, target=first.target, channel=first.channel,
            status=first.status, date=merged.date, date_end=max(ends) if ends else None,
            negated=first.negated, hypothetical=first.hypothetical, count=first.count,
            count_qualifier=first.count_qualifier,
            persons=tuple(sorted({p for e in items for p in e.event.persons})),
            evidence=tuple(items))
        assert merged == expected
        assert hash(merged) == hash(expected) and repr(merged) == repr(expected)
        dates = {e.event.date for e in items}
        assert merged.date in dates or (merged.date is None and dates <= {None, ""})
