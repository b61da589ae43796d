"""A pair's intervals as the dashboard draws them: their chart window and partial-date order."""

from __future__ import annotations

from datetime import date

from parley.report.intervals import chart_window, earlier
from parley.timeline.history import build_history
from parley.types import Event, EventType, Evidence, StoredEvent


def stored(when: str, type: EventType = EventType.MEET, channel: str = "hotline") -> StoredEvent:
    sentence = f"The two sides used the {channel} on {when}."
    return StoredEvent(Event(
        article=f"a-{when}", type=type, source="USA", target="CHN", channel=channel, date=when,
        evidence=Evidence(sentence, 0, len(sentence))), published=date.fromisoformat(when))


def test_earlier_compares_by_last_day() -> None:
    assert earlier("2022", "2022-06") == "2022-06"
    assert earlier("2022-06-30", "2022-06") == "2022-06-30"
    assert earlier(None, "2020") == "2020" and earlier(None, None) is None


def test_intervals_stop_at_the_as_of_date() -> None:
    events = [stored("2019-03-01"), stored("2023-05-02", EventType.SUSPEND)]
    later = build_history(events, as_of="2024-01", stale_after_months=120).intervals["hotline"]
    earlier_view = build_history(events, as_of="2020-01").intervals["hotline"]
    assert len(later) > len(earlier_view) == 1
    assert earlier_view[0].start == "2019-03-01"


def test_chart_window_ends_at_as_of_and_spans_at_most_the_months_asked() -> None:
    events = [stored("2015-03-01"), stored("2023-05-02")]
    history = build_history(events, as_of="2024-06")
    assert chart_window(history, 12) == ("2023-07", "2024-06")
    assert chart_window(history, 240) == ("2015-03", "2024-06")
    assert chart_window(build_history(events, as_of="2023-09"), 3) == ("2023-07", "2023-09")
    assert chart_window(build_history(events, as_of="2023-05"), 1) == ("2023-05", "2023-05")
    assert chart_window(build_history([], as_of="2024-06"), 12) == (None, None)
