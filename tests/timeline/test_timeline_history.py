"""A pair's history: staleness, one as-of date, renewal, and order-free results."""

from __future__ import annotations

import gc
import sys
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.timeline.history import build_history, known_on, months_between
from parley.timeline.merge import merge_events
from parley.timeline.request_outcomes import Outcome
from parley.timeline.staleness import add_months, stale_day
from parley.timeline.states import channel_intervals, interval_on
from parley.types import ChannelStatus, Event, EventType, Evidence, StoredEvent

SUSPENDED, ACTIVE = ChannelStatus.SUSPENDED, ChannelStatus.ACTIVE


def told(article: str, kind: EventType, when: str, *, channel: str = "hotline",
         status: ChannelStatus | None = None, sentence: str | None = None,
         published: str | None = None, source: str = "CHN", target: str = "USA"
         ) -> StoredEvent:
    text = sentence or f"{article}: {kind.value} the military hotline on {when}."
    day = published or (when + "-28" if len(when) == 7 else when)
    return StoredEvent(Event(article=article, type=kind, source=source, target=target,
                             channel=channel, status=status, date=when,
                             evidence=Evidence(text, 0, len(text))),
                       published=date.fromisoformat(day))


def test_a_state_goes_stale_after_the_window_and_keeps_its_last_state() -> None:
    events = [told("a", EventType.SUSPEND, "2018-09-20")]
    inside = build_history(events, as_of="2019-09-20", stale_after_months=12)
    assert inside.state_on("hotline") is not None
    assert inside.state_on("hotline").status is SUSPENDED  # type: ignore[union-attr]
    after = build_history(events, as_of="2019-09-21", stale_after_months=12)
    state = after.state_on("hotline")
    assert state is not None and state.stale and state.status is ChannelStatus.UNKNOWN
    assert (state.last_status, state.last_evidence, state.start) == (
        SUSPENDED, "2018-09-20", "2019-09-21")


def test_an_explicit_remains_frozen_renews_the_state() -> None:
    events = [told("a", EventType.SUSPEND, "2020-01-10"),
              told("b", EventType.STATUS, "2020-12-01", status=SUSPENDED,
                   sentence="The military hotline remains frozen.")]
    history = build_history(events, as_of="2021-06-30", stale_after_months=12)
    state = history.state_on("hotline")
    assert state is not None and state.status is SUSPENDED and not state.stale
    assert state.last_evidence == "2020-12-01"
    without = build_history(events[:1], as_of="2021-06-30", stale_after_months=12)
    assert without.state_on("hotline").stale  # type: ignore[union-attr]


def test_nothing_after_the_as_of_day_is_known() -> None:
    early = told("a", EventType.MEET, "2023-05-02")
    told_later = told("b", EventType.MEET, "2023-05-03", published="2023-07-01")
    history = build_history([early, told_later], as_of="2023-06-30")
    assert history.events == (early,)
    assert not known_on(told_later, date(2023, 6, 30)) and known_on(told_later, date(2023, 7, 1))
    assert history.latest_evidence == "2023-05-02" and history.evidence_age_months == 1


def test_the_default_as_of_is_today() -> None:
    history = build_history([told("a", EventType.MEET, "2023-05-02")])
    assert history.day == date.today() and history.as_of == date.today().isoformat()


def test_months_between_and_add_months() -> None:
    assert months_between(date(2026, 5, 8), date(2026, 12, 3)) == 6
    assert months_between(date(2026, 5, 8), date(2026, 12, 8)) == 7
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert stale_day("2023-04", 12) == date(2024, 5, 1)


def test_silence_is_ignored_and_a_refusal_answers_only_within_the_window() -> None:
    asked = told("r", EventType.REQUEST, "2021-09-06", source="USA", target="CHN",
                 sentence="The Pentagon asked for a call on the military hotline.")
    silent = told("s", EventType.DECLINE, "2021-09-20",
                  sentence="The calls on the military hotline went unanswered.")
    history = build_history([asked, silent], as_of="2022-01")
    assert [a.outcome for a in history.requests] == [Outcome.UNANSWERED]
    # A refusal told as a range that spans the whole window does not answer the request.
    long_refusal = StoredEvent(Event(
        article="l", type=EventType.DECLINE, source="CHN", target="USA", channel="hotline",
        date="2021", date_end="2023-03-01",
        evidence=Evidence("Beijing has refused the hotline since 2021.", 0, 44)),
        published=date(2023, 3, 1))
    later = build_history([asked, long_refusal], as_of="2023-06")
    (answer,) = later.requests
    assert answer.outcome is Outcome.UNANSWERED and answer.response is None


_KINDS = st.sampled_from([EventType.SUSPEND, EventType.RESUME, EventType.MEET,
                          EventType.CALL, EventType.DECLINE])
_DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2024, 12, 31))
_EVENTS = st.lists(st.tuples(_KINDS, _DAYS, st.sampled_from(["hotline", "leaders"])),
                   min_size=1, max_size=10)


@settings(max_examples=80, deadline=None)
@given(_EVENTS, st.integers(min_value=1, max_value=36), _DAYS)
def test_staleness_never_changes_a_state_inside_the_window(
        items: list[tuple[EventType, date, str]], months: int, probe: date) -> None:
    events = [told(f"a{n}", kind, day.isoformat(), channel=channel)
              for n, (kind, day, channel) in enumerate(items)]
    as_of = "2025-12-31"
    plain = channel_intervals(build_history(events, as_of=as_of, stale_after_months=1200).merged)
    stale = build_history(events, as_of=as_of, stale_after_months=months)
    for channel, intervals in plain.items():
        before = interval_on(intervals, probe.isoformat())
        after = stale.state_on(channel, probe.isoformat())
        if before is None:
            assert after is None
            continue
        assert after is not None
        limit = stale_day(before.last_evidence or before.start, months)
        assert limit is not None
        if probe < limit:
            assert (after.status, after.stale) == (before.status, False)
        else:
            assert after.stale and after.last_status is before.status


@settings(max_examples=60, deadline=None)
@given(_EVENTS, st.randoms(use_true_random=False))
def test_any_order_of_the_events_gives_the_same_history(
        items: list[tuple[EventType, date, str]], shuffler: object) -> None:
    events = [told(f"a{n}", kind, day.isoformat(), channel=channel)
              for n, (kind, day, channel) in enumerate(items)]
    shuffled = list(events)
    shuffler.shuffle(shuffled)  # type: ignore[attr-defined]
    first = build_history(events, as_of="2025-06-30")
    second = build_history(shuffled, as_of="2025-06-30")
    assert first.intervals == second.intervals and first.merged == second.merged
    assert first.requests == second.requests


@settings(max_examples=60, deadline=None)
@given(_EVENTS, st.integers(min_value=1, max_value=24))
def test_states_by_month_are_the_states_on_each_month(
        items: list[tuple[EventType, date, str]], months: int) -> None:
    events = [told(f"a{n}", kind, day.isoformat(), channel=channel)
              for n, (kind, day, channel) in enumerate(items)]
    history = build_history(events, as_of="2025-12-31", stale_after_months=months)
    span = [f"{year}-{month:02d}" for year in range(2014, 2026) for month in range(1, 13)]
    for channel in history.intervals:
        assert history.states_in(channel, span) == [history.state_on(channel, m) for m in span]


def test_a_dropped_history_leaves_no_telling_alive() -> None:
    """The history keeps its merge itself: the merge memo must not hold a busy pair's
    tellings after the history is dropped (a server would carry them past every change)."""
    events = [told(f"a{n}", EventType.MEET, f"2023-05-{n + 1:02d}") for n in range(3)]
    first = events[0]
    gc.collect()
    before = sys.getrefcount(first)
    history = build_history(events, as_of="2023-06-30")
    held = sys.getrefcount(first)
    del history
    gc.collect()
    after = sys.getrefcount(first)
    assert held > before  # the history holds it
    assert after == before


def test_a_merge_without_remembering_equals_the_remembered_one() -> None:
    events = [told("a", EventType.MEET, "2023-05-02"), told("b", EventType.MEET, "2023-05"),
              told("c", EventType.SUSPEND, "2023-06-01")]
    assert merge_events(events, remember=False) == merge_events(events)


_DATES = st.none() | st.sampled_from(["", "2023", "2023-06", "2023-06-30", "2023-07-01",
                                      "2024", "2023-13", "2023-06-31", "not a date", "2022-02"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_DATES, _DATES, st.none() | st.dates(date(2023, 5, 1),
                                                                 date(2023, 8, 1))),
                max_size=12),
       st.sampled_from(["2023-06-30", "2023-06", "2023", "2022-12-31"]))
def test_a_history_knows_the_events_known_on_its_day_in_their_order(
    dates: list[tuple[str | None, str | None, date | None]], as_of: str
) -> None:
    """`build_history` filters the tellings with `known_on` inline (a date's verdict found
    once): the same tellings, in the same order, as `known_on` itself keeps."""
    events = [StoredEvent(Event(article=f"a{n}", type=EventType.MEET, source="CHN",
                                target="USA", channel="hotline", date=when, date_end=end,
                                evidence=Evidence(f"Talks {n}.", 0, 9)), published=published)
              for n, (when, end, published) in enumerate(dates)]
    history = build_history(events, "CHN", "USA", as_of=as_of)
    assert history.events == tuple(e for e in events if known_on(e, history.day))
