"""The channel state machine: intervals, conflicts, superseding, confidence; pure and stable."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.timeline.states import (
    channel_intervals,
    interval_on,
    pair_intervals,
)
from parley.types import ChannelStatus, Event, EventType, Evidence, StoredEvent

ACTIVE, SUSPENDED, DEGRADED = ChannelStatus.ACTIVE, ChannelStatus.SUSPENDED, ChannelStatus.DEGRADED


def told(article: str, kind: EventType, when: str | None, *, channel: str = "hotline",
         published: str = "2023-01-01", status: ChannelStatus | None = None,
         source: str = "CHN", target: str = "USA", date_end: str | None = None,
         start: int = 0, hypothetical: bool = False) -> StoredEvent:
    return StoredEvent(
        event=Event(article=article, type=kind, source=source, target=target, channel=channel,
                    status=status, date=when, date_end=date_end, hypothetical=hypothetical,
                    evidence=Evidence(f"{article}: {kind.value} on {when}.", start, start + 10)),
        published=date.fromisoformat(published),
    )


def statuses(events: list[StoredEvent], channel: str = "hotline") -> list[tuple[str, str]]:
    return [(i.start, i.status.value) for i in channel_intervals(events)[channel]]


def test_suspend_then_resume_then_use() -> None:
    events = [told("a", EventType.SUSPEND, "2022-08-05"),
              told("b", EventType.RESUME, "2023-11-15", published="2023-11-16"),
              told("c", EventType.CALL, "2024-04-16", published="2024-04-17")]
    intervals = channel_intervals(events)["hotline"]
    assert [(i.start, i.end, i.status) for i in intervals] == [
        ("2022-08-05", "2023-11-15", SUSPENDED), ("2023-11-15", None, ACTIVE)]
    assert intervals[1].articles == ("b", "c")


def test_negated_hypothetical_and_undated_events_do_not_move_a_channel() -> None:
    events = [told("a", EventType.SUSPEND, "2022-08-05"),
              told("b", EventType.RESUME, "2023-01", hypothetical=True),
              told("c", EventType.RESUME, None)]
    assert statuses(events) == [("2022-08-05", "suspended")]


def test_a_range_applies_at_its_end() -> None:
    events = [told("a", EventType.RESUME, "2020-01"),
              told("b", EventType.DECLINE, "2021", date_end="2023-03-17")]
    assert statuses(events) == [("2020-01", "active"), ("2023-03-17", "degraded")]


def test_a_refusal_does_not_thaw_a_suspended_channel() -> None:
    events = [told("a", EventType.SUSPEND, "2022-08-05"),
              told("b", EventType.DECLINE, "2023-02-04", published="2023-02-08")]
    intervals = channel_intervals(events)["hotline"]
    assert [(i.start, i.status) for i in intervals] == [("2022-08-05", SUSPENDED)]
    assert intervals[0].articles == ("a", "b")


def test_explicit_status_degraded_lifts_a_suspension() -> None:
    events = [told("a", EventType.SUSPEND, "2021-08"),
              told("b", EventType.STATUS, "2024-06-04", status=DEGRADED, published="2024-06-04")]
    assert statuses(events) == [("2021-08", "suspended"), ("2024-06-04", "degraded")]


def test_sources_of_one_period_that_disagree_make_a_conflict() -> None:
    events = [told("a", EventType.STATUS, "2023-06", status=SUSPENDED, published="2023-06-20"),
              told("b", EventType.MEET, "2023-06", published="2023-06-05"),
              told("c", EventType.CALL, "2023-06", published="2023-06-09")]
    (interval,) = channel_intervals(events)["hotline"]
    assert interval.conflict
    assert {s.status for s in interval.sides} == {SUSPENDED, ACTIVE}
    assert interval.status is ACTIVE  # two articles against one
    assert {e.event.article for e in interval.evidence} == {"a", "b", "c"}
    assert 0 < interval.confidence < 0.9


def test_later_reporting_supersedes_earlier() -> None:
    events = [told("early", EventType.MEET, "2023-06", published="2023-06-05"),
              told("later", EventType.STATUS, "2023-06", status=SUSPENDED,
                   published="2023-09-01")]
    (interval,) = channel_intervals(events)["hotline"]
    assert not interval.conflict
    assert interval.status is SUSPENDED
    assert [e.event.article for e in interval.superseded] == ["early"]


def test_suspended_and_degraded_on_one_date_is_no_conflict() -> None:
    events = [told("a", EventType.SUSPEND, "2022-08"), told("b", EventType.DECLINE, "2022-08")]
    (interval,) = channel_intervals(events)["hotline"]
    assert (interval.status, interval.conflict) == (SUSPENDED, False)


def test_confidence_grows_with_independent_articles_and_explicit_kinds() -> None:
    one_call = channel_intervals([told("a", EventType.CALL, "2024-04")])["hotline"][0]
    one_resume = channel_intervals([told("a", EventType.RESUME, "2024-04")])["hotline"][0]
    two_resumes = channel_intervals([told("a", EventType.RESUME, "2024-04"),
                                     told("b", EventType.RESUME, "2024-04")])["hotline"][0]
    same_article = channel_intervals([told("a", EventType.RESUME, "2024-04"),
                                      told("a", EventType.RESUME, "2024-04", start=50)])
    decline = channel_intervals([told("a", EventType.DECLINE, "2024-04")])["hotline"][0]
    assert decline.confidence < one_call.confidence < one_resume.confidence
    assert one_resume.confidence < two_resumes.confidence
    assert same_article["hotline"][0].confidence == one_resume.confidence


def test_unanswered_requests_degrade_their_channel_when_asked_to() -> None:
    events = [told("a", EventType.RESUME, "2023-11-15"),
              told("b", EventType.REQUEST, "2024-02-01", source="USA", target="CHN")]
    assert [i.status for i in pair_intervals(events)["hotline"]] == [ACTIVE]
    intervals = pair_intervals(events, answer_days=30, reference="2024-12")["hotline"]
    assert [(i.start, i.status) for i in intervals] == [("2023-11-15", ACTIVE),
                                                         ("2024-03-02", DEGRADED)]
    still_open = pair_intervals(events, answer_days=30, reference="2024-02-10")["hotline"]
    assert [i.status for i in still_open] == [ACTIVE]


def test_interval_on_reads_any_precision() -> None:
    intervals = channel_intervals([told("a", EventType.SUSPEND, "2022-08-05"),
                                   told("b", EventType.RESUME, "2023-11-15")])["hotline"]
    assert interval_on(intervals, "2022-07") is None
    on_august = interval_on(intervals, "2022-08")
    assert on_august is not None and on_august.status is SUSPENDED
    latest = interval_on(intervals, None)
    assert latest is not None and latest.status is ACTIVE


# --------------------------------------------------------------------------- properties
stored_events = st.builds(
    told,
    article=st.sampled_from(["a1", "a2", "a3"]),
    kind=st.sampled_from([EventType.SUSPEND, EventType.RESUME, EventType.MEET,
                          EventType.DECLINE, EventType.STATUS, EventType.REQUEST]),
    when=st.sampled_from([None, "2022", "2022-08", "2022-08-05", "2023-01", "2023-01-10"]),
    channel=st.sampled_from(["hotline", "defence-ministers"]),
    published=st.sampled_from(["2022-08-06", "2023-02-01", "2023-09-01"]),
    status=st.sampled_from([ACTIVE, SUSPENDED, DEGRADED]),
    source=st.sampled_from(["USA", "CHN"]),
    target=st.sampled_from(["CHN", "USA"]),
    date_end=st.sampled_from([None, None, "2023-03-17"]),
    start=st.integers(0, 2),
)
event_lists = st.lists(stored_events, max_size=25)


@settings(max_examples=150, deadline=None)
@given(event_lists, st.randoms(use_true_random=False))
def test_intervals_do_not_depend_on_order(events: list[StoredEvent], random: object) -> None:
    shuffled = list(events)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert channel_intervals(shuffled) == channel_intervals(events)
    assert pair_intervals(shuffled, answer_days=30, reference="2024") == pair_intervals(
        events, answer_days=30, reference="2024")


@settings(max_examples=150, deadline=None)
@given(event_lists)
def test_intervals_never_overlap(events: list[StoredEvent]) -> None:
    for intervals in pair_intervals(events, answer_days=30, reference="2024").values():
        assert intervals
        for current, following in zip(intervals, intervals[1:], strict=False):
            assert current.start < following.start
            assert current.end == following.start
        assert intervals[-1].end is None
        for interval in intervals:
            assert 0.0 <= interval.confidence <= 0.99
            assert interval.evidence
            assert interval.conflict == bool(interval.sides)


@settings(max_examples=150, deadline=None)
@given(event_lists)
def test_replaying_the_same_events_changes_nothing(events: list[StoredEvent]) -> None:
    once = channel_intervals(events)
    assert channel_intervals(events + events) == once
    assert channel_intervals(events + list(reversed(events))) == once
