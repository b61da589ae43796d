"""The freeze index series: formula, unknown channels left out, drivers, sparkline."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.config import DEFAULT_CHANNEL_WEIGHTS
from parley.report.freeze import freeze_series, freeze_value, sparkline
from parley.types import ChannelStatus, Event, EventType, Evidence, StoredEvent


def told(article: str, kind: EventType, when: str, channel: str) -> StoredEvent:
    sentence = f"{article}: {kind.value} {channel} on {when}."
    return StoredEvent(
        event=Event(article=article, type=kind, source="CHN", target="USA", channel=channel,
                    date=when, evidence=Evidence(sentence, 0, len(sentence))),
        published=date.fromisoformat(when[:7] + "-28" if len(when) >= 7 else when + "-12-28"))


def by_month(events: list[StoredEvent], **options: str) -> dict[str, float | None]:
    series = freeze_series(events, "USA", "CHN", weights=DEFAULT_CHANNEL_WEIGHTS, **options)
    return {p.month: p.index for p in series.points}


def test_freeze_rises_on_suspend_and_falls_on_resume() -> None:
    events = [told("a", EventType.MEET, "2022-01-10", "defence-policy-talks"),
              told("b", EventType.MEET, "2022-02-10", "hotline"),
              told("c", EventType.SUSPEND, "2022-08-05", "defence-policy-talks"),
              told("d", EventType.RESUME, "2023-11-15", "defence-policy-talks")]
    values = by_month(events, date_to="2024-01")
    assert values["2022-07"] == 0.0
    assert values["2022-08"] is not None and values["2022-08"] > values["2022-07"]
    assert values["2023-01"] == values["2022-08"]
    assert values["2023-10"] is None  # both states had gone stale (no evidence for 12 months)
    assert values["2023-11"] == 0.0


def test_unknown_channels_are_left_out_not_counted_as_open() -> None:
    events = [told("a", EventType.SUSPEND, "2022-08-05", "theater-command-talks")]
    assert by_month(events, date_to="2022-08") == {"2022-08": 1.0}


def test_the_index_is_the_weighted_share_of_frozen_channels() -> None:
    statuses = {"hotline": ChannelStatus.SUSPENDED, "attaches": ChannelStatus.ACTIVE,
                "working-level": ChannelStatus.DEGRADED, "leaders": ChannelStatus.UNKNOWN}
    weights = {"hotline": 1.0, "attaches": 0.5, "working-level": 0.5}
    assert freeze_value(statuses, weights) == round((1.0 + 0.25) / 2.0, 3)
    assert freeze_value({}, weights) is None


def test_months_before_any_evidence_have_no_value() -> None:
    events = [told("a", EventType.SUSPEND, "2022-08-05", "hotline")]
    values = by_month(events, date_from="2022-06", date_to="2022-09")
    assert values == {"2022-06": None, "2022-07": None, "2022-08": 1.0, "2022-09": 1.0}


def test_drivers_name_the_channels_that_moved_the_index() -> None:
    events = [told("a", EventType.MEET, "2022-01-10", "defence-policy-talks"),
              told("b", EventType.MEET, "2022-01-12", "hotline"),
              told("c", EventType.SUSPEND, "2022-08-05", "hotline")]
    series = freeze_series(events, "USA", "CHN", weights=DEFAULT_CHANNEL_WEIGHTS,
                           date_to="2022-12")
    (driver,) = [d for d in series.drivers if d.month == "2022-08"]
    assert (driver.channel, driver.before, driver.after) == (
        "hotline", ChannelStatus.ACTIVE, ChannelStatus.SUSPENDED)
    assert driver.without_change == 0.0
    last = series.points[-1]
    assert sum(last.contributions.values()) == last.index


def test_sparkline() -> None:
    assert sparkline([0.0, 0.5, 1.0, None]) == "▁▅█ "
    assert sparkline([]) == ""


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(
    st.sampled_from([EventType.SUSPEND, EventType.RESUME, EventType.MEET, EventType.DECLINE]),
    st.sampled_from(["2022-01", "2022-03-04", "2022-06", "2023-02-02"]),
    st.sampled_from(["hotline", "attaches", "leaders"])), max_size=12))
def test_the_index_stays_between_0_and_1(items: list[tuple[EventType, str, str]]) -> None:
    events = [told(f"a{i}", kind, when, channel) for i, (kind, when, channel) in enumerate(items)]
    for value in by_month(events).values():
        assert value is None or 0.0 <= value <= 1.0
