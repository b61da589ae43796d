"""Pure parts of the new dashboard views: the shared time axis, the pair naming convention,
mechanism conditions, the folded and sorted event rows, article paragraphs."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.report.channels import ChannelRow
from parley.report.freeze import freeze_series
from parley.report.queries import state_name
from parley.report.tellings import fold_tellings
from parley.types import ChannelStatus, Event, EventType, Evidence, StoredEvent
from parley.web.axis import TICK_CHAR_WIDTH, time_axis
from parley.web.charts import freeze_chart, plural
from parley.web.event_rows import SORTS, sort_rows
from parley.web.mechanism_diagram import condition, mechanism_diagram, months_between
from parley.web.naming import PairOrder, common_order, parse_pair_key
from parley.web.page_data import Highlight, highlight
from parley.web.views.article import paragraphs

months = st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1990, 2030), st.integers(1, 12))


@given(months, months, st.integers(200, 1200))
def test_tick_labels_stay_inside_the_chart_and_never_overlap(first: str, last: str,
                                                            width: int) -> None:
    axis = time_axis(min(first, last), max(first, last), plot_width=width)
    assert axis is not None
    labelled = [t for t in axis.ticks if t.label]
    assert labelled, "every window has at least one labelled tick"
    ends = [t.x + 2 + len(t.label) * TICK_CHAR_WIDTH for t in labelled]
    assert all(end <= axis.width for end in ends)
    assert all(axis.left <= t.x <= axis.right for t in axis.ticks)
    assert all(later.x >= end for later, end in zip(labelled[1:], ends, strict=False))


def test_axis_places_days_and_ticks_a_short_window_by_quarter() -> None:
    axis = time_axis("2022-01", "2022-12", plot_width=365)
    assert axis is not None
    assert axis.x(date(2022, 1, 1)) == axis.left
    assert axis.x(date(2023, 1, 1)) == axis.right
    assert axis.x(date(2030, 1, 1)) == axis.right  # clamped
    assert [t.label for t in axis.ticks] == ["2022", "2022-04", "2022-07", "2022-10"]
    assert time_axis("2023-05", "2023-01") is None
    long = time_axis("1990-01", "2025-12")
    assert long is not None and all("-" not in t.label for t in long.ticks)
    assert len([t for t in long.ticks if t.label]) <= 12


def stored(when: str | None, type: EventType = EventType.MEET, article: str = "a",
           channel: str | None = "hotline", source: str = "USA", target: str = "CHN",
           status: ChannelStatus | None = None) -> StoredEvent:
    sentence = f"Officers of both sides met on the hotline ({article}, {when})."
    return StoredEvent(Event(
        article=article, type=type, source=source, target=target, channel=channel, date=when,
        status=status, evidence=Evidence(sentence, 0, len(sentence))), published=None)


def test_freeze_chart_on_a_shared_axis_covers_exactly_its_window() -> None:
    events = [stored("2022-01-05"), stored("2022-03-01", EventType.SUSPEND, "b")]
    series = freeze_series(events, "USA", "CHN", weights={}, date_from="2021-06",
                           date_to="2022-06")
    axis = time_axis("2021-12", "2022-04")
    assert axis is not None
    chart = freeze_chart(series, axis=axis)
    assert chart is not None and chart.axis is axis
    assert [p.month for p in chart.points] == ["2022-01", "2022-02", "2022-03", "2022-04"]
    assert all(axis.left <= p.x <= axis.right for p in chart.points)
    assert chart.legend == ()  # one unnamed pair: no legend
    several = freeze_chart([("USA-CHN", "United States – China", series),
                            ("USA-RUS", "United States – Russia", series)], axis=axis)
    assert several is not None and len(several.lines) == 2
    assert [item.text for item in several.legend] == [
        "United States – China (based on 1 channel)",
        "United States – Russia (based on 1 channel)"]
    assert several.legend[0].y > several.tick_y  # the legend never covers the year labels


def test_plural() -> None:
    assert [plural(n, "sentence") for n in (0, 1, 2)] == [
        "0 sentences", "1 sentence", "2 sentences"]


def test_common_order_prefers_the_listed_order_then_precedence_then_names() -> None:
    order = PairOrder(frozenset({("IND", "CHN")}), ("USA", "RUS"))
    assert common_order("CHN", "IND", order) == ("IND", "CHN")
    assert common_order("CHN", "USA", order) == ("USA", "CHN")
    assert common_order("FRA", "RUS", order) == ("RUS", "FRA")
    assert common_order("DEU", "FRA", order) == ("FRA", "DEU")  # France before Germany
    assert common_order("CHN", "USA") == ("USA", "CHN")  # the packaged data
    assert parse_pair_key("USA-CHN") == ("USA", "CHN")
    assert parse_pair_key("USA") is None and parse_pair_key("-CHN") is None


def test_pair_order_data_names_only_known_states() -> None:
    data = json.loads((resources.files("parley.data") / "pair_order.json")
                      .read_text(encoding="utf-8"))
    assert data["note"] and data["source"]
    codes = {c for pair in data["pairs"] for c in pair} | set(data["precedence"])
    assert all(state_name(code) != code for code in codes)
    listed = [tuple(sorted(pair)) for pair in data["pairs"]]
    assert len(listed) == len(set(listed)), "a pair is listed once"


def row(status: ChannelStatus, last_used: str | None, since: str | None = "2020-01",
        channel: str | None = "hotline", name: str = "Defense Telephone Link") -> ChannelRow:
    return ChannelRow(name, channel, None, status, since, False, None, last_used, None, None,
                      ())


@pytest.mark.parametrize(("status", "last_used", "expected"), [
    (ChannelStatus.SUSPENDED, "2024-05", "frozen"),
    (ChannelStatus.DEGRADED, None, "degraded"),
    (ChannelStatus.ACTIVE, "2023-09", "open"),
    (ChannelStatus.ACTIVE, "2021-06", "stale"),  # open on paper, unused for 36 months
    (ChannelStatus.ACTIVE, None, "stale"),
    (ChannelStatus.UNKNOWN, "2023-01", "open"),
    (ChannelStatus.UNKNOWN, "2019", "stale"),
    (ChannelStatus.UNKNOWN, None, "unknown"),
])
def test_mechanism_condition(status: ChannelStatus, last_used: str | None,
                             expected: str) -> None:
    assert condition(row(status, last_used), "2024-06") == expected


def test_months_between_reads_partial_dates_generously() -> None:
    assert months_between("2022-06-15", "2024-06") == 24
    assert months_between("2022", "2024-12") == 24  # 2022 may mean December 2022


def test_mechanism_diagram_groups_by_level_and_cuts_long_names() -> None:
    rows = [row(ChannelStatus.ACTIVE, "2024-01", channel="hotline"),
            row(ChannelStatus.SUSPENDED, None, channel="defence-ministers",
                name="A very long mechanism name " * 6),
            row(ChannelStatus.UNKNOWN, None, channel=None, name="Notification talks")]
    diagram = mechanism_diagram(rows, "United States", "China", None)
    assert diagram is not None
    assert [g.label for g in diagram.groups] == [
        "Defence ministers · ministerial level", "Military hotlines", "Other contacts"]
    assert [line.condition for line in diagram.lines] == ["frozen", "open", "unknown"]
    assert diagram.lines[0].name.endswith("…") and len(diagram.lines[0].name) < 90
    assert all(line.y < diagram.height for line in diagram.lines)
    assert mechanism_diagram([], "A", "B", None) is None


def test_rows_fold_tellings_and_sort_newest_first_with_undated_last() -> None:
    events = [stored("2022-01-05", article="a"), stored("2022-01-05", article="b"),
              stored("2023-03", EventType.CALL), stored(None, EventType.SUSPEND),
              stored("2021", EventType.DECLINE)]
    rows = fold_tellings(events)
    assert len(rows) == 4 and max(len(r.evidence) for r in rows) == 2
    assert [r.date for r in sort_rows(rows, "-date")] == ["2023-03", "2022-01-05", "2021", None]
    assert [r.date for r in sort_rows(rows, "date")] == ["2021", "2022-01-05", "2023-03", None]
    assert sort_rows(rows, "-tellings")[0].date == "2022-01-05"
    assert [r.type.value for r in sort_rows(rows, "type")] == sorted(
        r.type.value for r in rows)
    for sort in SORTS:
        assert sorted(map(id, sort_rows(rows, sort))) == sorted(map(id, rows))
    with pytest.raises(ValueError, match="unknown sort"):
        sort_rows(rows, "size")


def test_paragraphs_split_at_blank_lines_and_never_cut_a_sentence() -> None:
    text = "First paragraph. Talks resumed.\n\nSecond one.\n  \nThird."
    sentence = "Talks resumed."
    event = StoredEvent(Event(article="a", type=EventType.MEET, source="USA", target="CHN",
                              channel=None, evidence=Evidence(sentence, 17, 17 + len(sentence))),
                        published=None)
    parts, _ = highlight(text, [event])
    found = paragraphs(parts)
    assert ["".join(p.text for p in paragraph) for paragraph in found] == [
        "First paragraph. Talks resumed.", "Second one.", "Third."]
    assert found[0][1].events and found[0][1].start == 17
    assert all(text[p.start:p.start + len(p.text)] == p.text for para in found for p in para)
    odd = (Highlight("One\n\nsentence", 0, (event,)),)
    assert paragraphs(odd) == [[odd[0]]]
