"""Pure parts of the dashboard: highlighting, chart geometry, parameters, the answer cache."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from parley.report.freeze import freeze_series
from parley.timeline.states import pair_intervals
from parley.types import ChannelStatus, Event, EventType, Evidence, StoredEvent
from parley.web.cache import AnswerCache
from parley.web.charts import freeze_chart, interval_chart
from parley.web.page_data import highlight
from parley.web.params import BadParameter, NotFound, check_channel, check_date


def stored(sentence: str, start: int, type: EventType = EventType.MEET,
           channel: str | None = "hotline", when: str | None = "2022-01-05",
           status: ChannelStatus | None = None, article: str = "a") -> StoredEvent:
    return StoredEvent(Event(
        article=article, type=type, source="USA", target="CHN", channel=channel, date=when,
        status=status, evidence=Evidence(sentence, start, start + len(sentence))),
        published=date(2022, 1, 6))


TEXT = "First one. Second sentence here. Third."


def test_highlight_cuts_the_text_around_event_sentences() -> None:
    second = stored("Second sentence here.", 11)
    same = stored("Second sentence here.", 11, EventType.STATUS, status=ChannelStatus.ACTIVE)
    moved = stored("Third.", 0)  # wrong offsets: found by search
    missing = stored("Not in the text.", 3)
    parts, unplaced = highlight(TEXT, [second, same, moved, missing])
    assert "".join(p.text for p in parts) == TEXT
    assert [(p.text, len(p.events)) for p in parts if p.events] == [
        ("Second sentence here.", 2), ("Third.", 1)]
    assert unplaced == (missing,)


def test_highlight_never_cuts_overlapping_sentences() -> None:
    whole = stored("Second sentence here.", 11)
    inside = stored("sentence here", 18)
    parts, unplaced = highlight(TEXT, [whole, inside])
    assert [p.text for p in parts if p.events] == ["Second sentence here."]
    assert unplaced == (inside,)


def test_interval_chart_places_bars_on_a_day_scale() -> None:
    events = [stored("Talks.", 0, when="2022-01-01"),
              stored("Cut.", 0, EventType.SUSPEND, when="2022-07-01", article="b")]
    intervals = pair_intervals(events)
    chart = interval_chart(intervals, ["hotline"], {"hotline": "Hotlines"}, "2022-01",
                           "2022-12", plot_width=365)
    assert chart is not None
    [row] = chart.rows
    active, suspended = row.bars
    assert (active.status, suspended.status) == ("active", "suspended")
    assert active.x == chart.left and active.width == pytest.approx(181, abs=1)
    assert suspended.x == pytest.approx(chart.left + 181, abs=1)
    assert suspended.x + suspended.width == pytest.approx(chart.left + 365, abs=1)
    assert [t.label for t in chart.axis.ticks if t.label][0] == "2022"
    # A window after the intervals clips the first away and starts the second at its left.
    later = interval_chart(intervals, ["hotline"], {}, "2023-01", "2023-03")
    assert later is not None and [b.status for b in later.rows[0].bars] == ["suspended"]
    assert interval_chart(intervals, ["hotline"], {}, "2023-05", "2023-01") is None


def test_freeze_chart_breaks_the_line_where_nothing_is_known() -> None:
    events = [stored("Talks.", 0, when="2022-01-01"),
              stored("Cut.", 0, EventType.SUSPEND, when="2022-03-01", article="b")]
    series = freeze_series(events, "CHN", "USA", weights={}, date_from="2021-11",
                           date_to="2022-04")
    chart = freeze_chart(series)
    assert chart is not None
    assert [p.month for p in chart.points] == ["2022-01", "2022-02", "2022-03", "2022-04"]
    assert len(chart.paths) == 1
    assert chart.points[0].y > chart.points[-1].y  # 0 low, 1 high
    assert freeze_chart(freeze_series([], "A", "B", weights={})) is None


@pytest.mark.parametrize("value", ["2024", "2024-02", "2024-02-29", None, ""])
def test_check_date_accepts_partial_dates(value: str | None) -> None:
    assert check_date(value, "as_of") == (value or None)


@pytest.mark.parametrize("value", ["2023-02-29", "2024-13", "24", "2024-1-1", "0000",
                                   "2024-02-29T00:00", "2024/02/02", "<script>"])
def test_check_date_refuses_other_values(value: str) -> None:
    with pytest.raises(BadParameter, match="as_of"):
        check_date(value, "as_of")


def test_check_channel() -> None:
    assert check_channel("hotline") == "hotline" and check_channel(None) is None
    with pytest.raises(NotFound, match="unknown channel"):
        check_channel("pigeons")
    with pytest.raises(BadParameter):
        check_channel("", required=True)


def test_cache_forgets_everything_when_the_revision_changes() -> None:
    cache = AnswerCache(size=2)
    calls: list[str] = []

    def compute(name: str) -> str:
        calls.append(name)
        return name.upper()

    cache.revise("r1")
    assert cache.get("a", lambda: compute("a")) == "A"
    assert cache.get("a", lambda: compute("a")) == "A"
    assert calls == ["a"]
    cache.get("b", lambda: compute("b"))
    cache.get("c", lambda: compute("c"))  # evicts "a", the least recently used
    cache.get("a", lambda: compute("a"))
    assert calls == ["a", "b", "c", "a"]
    cache.revise("r1")
    assert len(cache) == 2
    cache.revise("r2")
    assert len(cache) == 0


def test_cache_computes_an_answer_once_for_concurrent_requests() -> None:
    cache = AnswerCache()
    cache.revise("r")
    started = threading.Event()
    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        started.wait(1)
        return 42

    threads = [threading.Thread(target=lambda: cache.get("k", slow)) for _ in range(4)]
    for thread in threads:
        thread.start()
    started.set()
    for thread in threads:
        thread.join()
    assert calls == [1] and cache.get("k", slow) == 42
