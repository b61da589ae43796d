"""The situation report's later sections and its self-contained HTML, from a hand-made store."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from parley.config import load_settings
from parley.report import build_report, render_html, render_json, render_markdown, resolve_pair
from parley.store import Store
from parley.types import Article, ChannelStatus, Event, EventType, Evidence

#: article id -> (published, [(sentence, event fields)]).
STORY: dict[str, tuple[str, list[tuple[str, dict[str, Any]]]]] = {
    "cut-2022": ("2022-08-06", [
        ("Beijing on Friday called off the theatre commander talks and the maritime safety "
         "meetings.", {"type": EventType.SUSPEND, "channel": "theater-command-talks",
                       "date": "2022-08-05"}),
        ("The maritime safety meetings were cancelled as well.",
         {"type": EventType.SUSPEND, "channel": "maritime-safety-talks", "date": "2022-08-05"}),
    ]),
    "ask-2023": ("2023-05-31", [
        ("The Pentagon asked for a meeting of the defence ministers in Singapore.",
         {"type": EventType.REQUEST, "source": "USA", "target": "CHN",
          "channel": "defence-ministers", "date": "2023-05"}),
        ("Beijing said no meeting could take place while sanctions on its minister stand.",
         {"type": EventType.DEMAND, "date": "2023-05-30"}),
        ("Attachés still meet officials in both capitals.",
         {"type": EventType.STATUS, "channel": "attaches", "status": ChannelStatus.ACTIVE,
          "date": "2023-05-31"}),
    ]),
    "thaw-2023": ("2023-11-16", [
        ("The two presidents agreed to restore the theatre commander talks.",
         {"type": EventType.RESUME, "channel": "theater-command-talks", "date": "2023-11-15"}),
    ]),
}


def save_story(store: Store) -> None:
    for article_id, (published, items) in STORY.items():
        text = " ".join(sentence for sentence, _ in items)
        events = []
        for sentence, fields in items:
            start = text.index(sentence)
            record = {"source": "CHN", "target": "USA", "channel": None, **fields}
            events.append(Event(article=article_id, evidence=Evidence(
                sentence, start, start + len(sentence)), **record))
        store.save_article(Article(id=article_id, text=text, title=f"Story {article_id}",
                                   published=date.fromisoformat(published)), events)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path_factory.mktemp('situation') / 'parley.db'}"
    with Store(url) as opened:
        save_story(opened)
        yield opened


def report_of(store: Store, as_of: str | None, since: str | None = None) -> Any:
    settings = load_settings(environ={}, database_url=store.url)
    return build_report(store, resolve_pair("USA", "CHN", as_of), settings, since=since)


def test_what_changed_since_lists_status_changes_with_the_current_evidence(store: Store) -> None:
    report = report_of(store, "2023-12-31", since="2023-06-01")
    text = render_markdown(report)
    assert "## What changed since 2023-06-01?" in text
    changed = " ".join(s.text for s in report.changes)
    assert "Theatre-level commanders: suspended → active on 2023-11-15." in changed
    # No evidence of the maritime talks for 12 months: their state went stale in August.
    assert ("Maritime and air safety consultations: suspended → unknown on 2023-08-06 "
            "(no evidence since 2022-08-05).") in changed
    situation_numbers = {n for s in report.situation for n in s.citations}
    assert {n for s in report.changes for n in s.citations} <= situation_numbers


def test_default_since_is_90_days_before_the_as_of_date(store: Store) -> None:
    assert report_of(store, "2023-12-31").since == "2023-10-02"


def test_open_requests_and_preconditions(store: Store) -> None:
    report = report_of(store, "2023-08-31")
    lines = [s.text for s in report.open_requests]
    assert any(line.startswith("China demands of United States (2023-05-30)") for line in lines)
    assert any("asked China for talks on Defence ministers (2023-05): ignored: no answer on "
               "record"
               in line for line in lines), lines
    assert all(s.citations for s in report.open_requests)
    pending = report_of(store, "2023-06-10")
    assert any("no answer yet" in s.text for s in pending.open_requests)
    later = report_of(store, "2025-01")
    assert [s.citations for s in later.open_requests] == [[]]  # older than a year: not open


def test_unanswered_request_degrades_its_channel(store: Store) -> None:
    states = {s.channel: s for s in report_of(store, "2023-08-31").states}
    assert states["defence-ministers"].status is ChannelStatus.DEGRADED


def test_chart_rows_follow_the_channels(store: Store) -> None:
    chart = report_of(store, "2023-12").chart
    assert chart is not None
    assert chart.months[0] == "2022-08" and chart.months[-1] == "2023-12"
    rows = {row.channel: row for row in chart.rows}
    theatre = rows["theater-command-talks"].cells
    assert theatre[0] is ChannelStatus.SUSPENDED and theatre[-1] is ChannelStatus.ACTIVE
    markdown = render_markdown(report_of(store, "2023-12"))
    assert "## Channels over time" in markdown
    # Suspended from 2022-08, stale (":") from 2023-08 until the talks resumed in 2023-11.
    assert re.search(r"Theatre-level commanders +#{12}:{3}=+", markdown)


def test_json_carries_the_new_sections(store: Store) -> None:
    payload = json.loads(render_json(report_of(store, "2023-12-31", since="2023-06-01")))
    assert payload["since"] == "2023-06-01"
    assert payload["changes"] and payload["open_requests"]
    assert payload["chart"]["months"][-1] == "2023-12"
    cited = {n for key in ("situation", "freeze", "changes", "open_requests")
             for s in payload[key] for n in s["citations"]}
    assert cited == {c["number"] for c in payload["citations"]}


class Links(HTMLParser):
    """Collects every src/href and element id, and the text of links."""

    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []
        self.ids: set[str] = set()
        self.link_texts: list[str] = []
        self._in_link = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"src", "href", "xlink:href", "action", "data"} and value is not None:
                self.references.append(value)
            if name == "id" and value:
                self.ids.add(value)
        self._in_link = tag == "a"

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in_link = False

    def handle_data(self, data: str) -> None:
        if self._in_link:
            self.link_texts.append(data)


def test_html_is_one_self_contained_file(store: Store, tmp_path: Path) -> None:
    html = render_html(report_of(store, "2023-12-31"))
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "http://" not in html and "https://" not in html
    assert "@import" not in html and "<script" not in html and "<link" not in html
    assert not re.search(r"url\((?!#)", html)
    parser = Links()
    parser.feed(html)
    assert parser.references
    assert all(ref.startswith("#") for ref in parser.references), parser.references
    assert "<svg" in html and "<style>" in html


def test_html_citations_link_to_existing_evidence(store: Store) -> None:
    report = report_of(store, "2023-12-31")
    html = render_html(report)
    parser = Links()
    parser.feed(html)
    targets = {ref[1:] for ref in parser.references}
    assert targets <= parser.ids
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", html)}
    assert numbers == set(range(1, len(report.citations) + 1))
    assert {f"cite-{n}" for n in numbers} == {t for t in targets if t.startswith("cite-")}
    assert sorted(re.findall(r"\[\d+\]", html)) == sorted(t for t in parser.link_texts
                                                           if re.fullmatch(r"\[\d+\]", t))
    for number, evidence in enumerate(report.citations, start=1):
        entry = re.search(rf'<li id="cite-{number}">(.*?)</li>', html, flags=re.S)
        assert entry is not None
        assert evidence.sentence.replace("'", "&#39;") in entry.group(1)


def test_html_escapes_the_text_it_quotes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'escape.db'}"
    sentence = "Officials said <script>alert(1)</script> the hotline was cut & silent."
    with Store(url) as store:
        store.save_article(
            Article(id="x", text=sentence, title="<b>bold</b>", published=date(2024, 1, 2)),
            [Event(article="x", type=EventType.SUSPEND, source="CHN", target="USA",
                   channel="hotline", date="2024-01-01",
                   evidence=Evidence(sentence, 0, len(sentence)))])
        html = render_html(report_of(store, None))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>bold</b>" not in html
