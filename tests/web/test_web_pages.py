"""The dashboard's pages, read as HTML: what each shows, its as-of control, errors."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.report.tellings import fold_tellings
from parley.store import Store


class Links(HTMLParser):
    """Every href, every element id and every <script src> of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.scripts: list[str | None] = []
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("href"):
            self.hrefs.append(str(values["href"]))
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "script":
            self.scripts.append(values.get("src"))
        if tag == "link" and values.get("rel") == "stylesheet":
            self.styles.append(str(values["href"]))
        if "style" in values:
            raise AssertionError(f"inline style on <{tag}>: the CSP forbids it")


def read(client: TestClient, path: str, status: int = 200) -> tuple[str, Links]:
    response = client.get(path)
    assert response.status_code == status, (path, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    links = Links()
    links.feed(response.text)
    return response.text, links


PAGES = [
    "/", "/?as_of=2020", "/pair/USA/CHN", "/pair/China/United%20States?as_of=2022-09",
    "/pair/USA/CHN/channel/hotline", "/pair/USA/CHN/channel/maritime-safety-talks?as_of=2021",
    "/events", "/events?type=SUSPEND&state=CHN&from=2019&to=2024&q=talks&page=1",
    "/article/uschn-08-beijing-cancels-three-military-dialogues",
]


@pytest.mark.parametrize("path", PAGES)
def test_pages_use_only_their_own_script_and_style(client: TestClient, path: str) -> None:
    html, links = read(client, path)
    assert links.scripts == ["/static/parley.js"]
    assert links.styles == ["/static/parley.css", "/static/chart.css"]
    assert not re.search(r"(src|href)=\"(https?:)?//", html), "no external resource"
    # Every in-page link points at an element of the page.
    for href in links.hrefs:
        if href.startswith("#"):
            assert href[1:] in links.ids, href
    # The as-of control is on every page.
    assert 'name="as_of"' in html


def test_static_files_are_served(client: TestClient) -> None:
    for name, kind in (("parley.css", "text/css"), ("parley.js", "javascript"),
                       ("favicon.svg", "image/svg+xml")):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200 and kind in response.headers["content-type"]


def test_overview_lists_every_pair_with_its_index(client: TestClient, web_store: Store) -> None:
    html, links = read(client, "/")
    for a, b in web_store.pairs():
        assert f"/pair/{a}/{b}" in links.hrefs or f"/pair/{b}/{a}" in links.hrefs
    # Pairs read in the common order, not the alphabetical one.
    assert "United States – China" in html and "China – United States" not in html
    assert "/pair/USA/CHN" in links.hrefs and "/pair/CHN/USA" not in links.hrefs
    assert "United States – China" in html or "China – United States" in html


def test_pair_page_has_chart_freeze_ledger_and_changes(client: TestClient) -> None:
    html, links = read(client, "/pair/USA/CHN")
    assert 'id="channel-chart"' in html and 'id="freeze-chart"' in html
    bars = re.findall(r'<a href="(/pair/USA/CHN/channel/[a-z-]+#interval-\d+)" class="bar-link"'
                      r' data-channel="[a-z-]+" data-interval="\d+" data-status="(\w+)"', html)
    assert len(bars) > 10
    assert {status for _, status in bars} >= {"active", "suspended", "degraded"}
    for section in ("What changed recently", "Requests to talk", "How deep is the freeze?",
                    "Evidence"):
        assert section in html
    assert any(h.startswith("/article/") for h in links.hrefs)


def test_as_of_changes_the_pair_page(client: TestClient) -> None:
    latest, _ = read(client, "/pair/USA/CHN")
    frozen, links = read(client, "/pair/USA/CHN?as_of=2023-06")
    index = re.compile(r'id="freeze-index">([0-9.–]+)<')
    assert index.search(latest).group(1) != index.search(frozen).group(1)  # type: ignore[union-attr]
    assert "2023-06" in frozen
    # Links keep the as-of date.
    assert any("as_of=2023-06" in h and "/channel/" in h for h in links.hrefs)


def test_channel_page_lists_intervals_and_every_sentence(client: TestClient) -> None:
    html, links = read(client, "/pair/USA/CHN/channel/maritime-safety-talks")
    intervals = re.findall(r'id="interval-(\d+)"', html)
    assert len(intervals) >= 2
    assert html.count('<blockquote class="evidence">') >= len(intervals)
    assert "Every event on this channel" in html
    assert "/pair/USA/CHN" in links.hrefs  # back to the pair


def test_events_page_filters_and_pages(client: TestClient, web_store: Store) -> None:
    total = web_store.count_events()
    rows = len(fold_tellings(web_store.events()))
    html, links = read(client, "/events")
    assert f"{rows} events ({total} tellings" in html and rows < total
    assert 'rel="next"' in html and "page 1 of" in html
    second, _ = read(client, "/events?page=2")
    assert 'rel="prev"' in second and "51–" in second
    filtered, links = read(client, "/events?type=SUSPEND&state=USA&as_of=2022")
    count = int(re.search(r"(\d+) tellings?", filtered).group(1))  # type: ignore[union-attr]
    assert count == web_store.count_events(types=["SUSPEND"], state="USA", date_to="2022")
    assert any(h.startswith("/api/events.csv?") and "type=SUSPEND" in h for h in links.hrefs)


def test_article_page_highlights_event_sentences(client: TestClient, web_store: Store) -> None:
    article_id = "uschn-08-beijing-cancels-three-military-dialogues"
    html, links = read(client, f"/article/{article_id}")
    events = web_store.events(article=article_id)
    marks = re.findall(r'<mark id="s-(\d+)"', html)
    starts = {e.event.evidence.start for e in events}
    assert marks and set(map(int, marks)) <= starts
    assert all(f"#s-{start}" in links.hrefs for start in map(int, marks))


@pytest.mark.parametrize(("path", "status", "words"), [
    ("/pair/USA/CHN?as_of=2024-13-01", 400, ["as_of", "YYYY-MM-DD"]),
    ("/?as_of=someday", 400, ["as_of", "someday"]),
    ("/pair/USA/Narnia", 404, ["unknown state", "Narnia"]),
    ("/pair/USA/CHN/channel/pigeons", 404, ["unknown channel"]),
    ("/events?from=2024-02-30", 400, ["from", "2024-02-30"]),
    ("/events?page=0", 400, ["page"]),
    ("/events?page=999", 400, ["past the last page"]),
    ("/article/nothing-here", 404, ["no article"]),
    ("/no/such/page", 404, ["no page"]),
])
def test_page_errors_are_pages_with_a_message(client: TestClient, path: str, status: int,
                                              words: list[str]) -> None:
    html, _ = read(client, path, status=status)
    message = re.search(r'<p class="error-message">(.*?)</p>', html, re.S)
    assert message, html[:400]
    for word in words:
        assert word in message.group(1), message.group(1)


TEMPLATES = ["/", "/pair/{s}/CHN", "/pair/USA/{s}", "/pair/USA/CHN/channel/{s}", "/events",
             "/article/{s}", "/pair/FRA/DEU"]
PARAMETERS = ["as_of", "from", "to", "since", "type", "channel", "state", "q", "page",
              "article", "token"]


@settings(max_examples=120, deadline=None, database=None)
@given(template=st.sampled_from(TEMPLATES), segment=st.text(min_size=1, max_size=24),
       params=st.lists(st.tuples(st.sampled_from(PARAMETERS), st.text(max_size=24)),
                       max_size=4))
def test_no_page_answers_a_server_error(client: TestClient, template: str, segment: str,
                                        params: list[tuple[str, str]]) -> None:
    path = template.format(s=quote(segment, safe=""))
    response = client.get(path, params=params)
    assert response.status_code in (200, 400, 404), (path, params, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
