"""The comparison page, the mechanism diagram, the folded events table, the SVG downloads and
the wording of every page of the bundled corpus, read as HTML (and SVG) through the app."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from parley.config import Settings
from parley.report.channels import channel_rows
from parley.report.tellings import fold_tellings
from parley.store import Store
from parley.web import page_data
from parley.web.naming import common_order

SVG = "{http://www.w3.org/2000/svg}"


class Texts(HTMLParser):
    """Each text node of a page (script and style left out), and each SVG's markup."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.texts.append(" ".join(data.split()))


def html(client: TestClient, path: str, status: int = 200) -> str:
    response = client.get(path)
    assert response.status_code == status, (path, response.text[:300])
    return response.text


def svg_of(page: str, element_id: str) -> ElementTree.Element:
    """The SVG element with that id, parsed (the page's SVGs are well-formed XML)."""
    match = re.search(rf'<svg [^>]*id="{element_id}".*?</svg>', page, re.S)
    assert match, element_id
    return ElementTree.fromstring(match.group(0))


def ticks(svg: ElementTree.Element) -> list[tuple[str, str]]:
    return [(t.get("x") or "", t.text or "") for t in svg.iter(f"{SVG}text")
            if t.get("class") == "tick" and (t.text or "")[:1] != "0" and t.text != "1"]


def all_pages(store: Store) -> list[str]:
    """Every page of the store: overview, comparison, events, each pair's page, mechanism
    and channel pages (both orders of the pair), and each article."""
    pages = ["/", "/compare", "/events", "/events?sort=date", "/events?pair=USA-CHN"]
    for a, b in store.pairs():
        first, second = common_order(a, b)
        pages += [f"/pair/{first}/{second}", f"/pair/{second}/{first}",
                  f"/pair/{first}/{second}/mechanisms"]
    pages += [f"/pair/USA/CHN/channel/{slug}" for slug in ("hotline", "defence-ministers",
                                                           "maritime-safety-talks")]
    articles = {e.event.article for e in store.events()}
    pages += [f"/article/{quote(article, safe='')}" for article in sorted(articles)]
    return pages


def test_every_pair_page_draws_both_charts_on_one_time_axis(client: TestClient,
                                                            web_store: Store) -> None:
    for a, b in web_store.pairs():
        page = html(client, f"/pair/{a}/{b}")
        if 'id="channel-chart"' not in page:
            continue
        channels, freeze = svg_of(page, "channel-chart"), svg_of(page, "freeze-chart")
        assert channels.get("viewBox", "").split()[2] == freeze.get("viewBox", "").split()[2]
        assert ticks(channels) and ticks(channels) == ticks(freeze), (a, b)
        # The two captions name the same months.
        spans = re.findall(r'<p class="meta">(\d{4}-\d{2}) to (\d{4}-\d{2})', page)
        assert len(set(spans[:2])) == 1, (a, b, spans[:2])


def test_no_page_says_one_in_the_plural_or_runs_words_together(
    client: TestClient, web_store: Store,
) -> None:
    plural_after_one = re.compile(
        r"(?<![\d.,])\b1 (sentences|articles|events|periods|requests|channels|tellings|"
        r"reports)\b")
    date_then_word = re.compile(r"\d{4}-\d{2}(-\d{2})?[A-Za-z]")
    sentences_run_together = re.compile(r"[a-z]{2}[.;:][A-Z][a-z]")
    for path in all_pages(web_store):
        parser = Texts()
        parser.feed(html(client, path))
        for text in parser.texts:
            assert not plural_after_one.search(text), (path, text)
            assert not date_then_word.search(text), (path, text)
            assert not sentences_run_together.search(text), (path, text)


def test_every_index_says_how_many_channels_it_rests_on(client: TestClient) -> None:
    overview = html(client, "/")
    rows = re.findall(r'<a class="pair-link"', overview)
    assert len(re.findall(r"based on \d+ channels?", overview)) == len(rows) > 5
    # As of a date the corpus covers (as of today its states have gone stale: no index).
    pair = html(client, "/pair/USA/CHN?as_of=2024-06-30")
    assert re.search(r'id="freeze-index">[0-9.]+</span><span class="based-on"[^>]*>'
                     r"based on \d+ channels?<", pair)
    compare = html(client, "/compare?pair=USA-CHN&pair=IND-PAK")
    assert len(re.findall(r"based on \d+ channels?", compare)) >= 4  # legend and table


def test_compare_draws_the_chosen_pairs_in_the_readers_order(client: TestClient) -> None:
    page = html(client, "/compare?pair=KOR-PRK&pair=USA-CHN&pair=CHN-USA")
    chart = svg_of(page, "compare-chart")
    series = [g.get("data-pair") for g in chart.iter(f"{SVG}g")
              if "freeze-series" in (g.get("class") or "")]
    assert series == ["KOR-PRK", "USA-CHN"]  # the repeated pair is drawn once
    assert "South Korea – North Korea" in page and "United States – China" in page
    assert re.search(r'value="USA-CHN" checked', page) and 'value="IND-PAK">' in page
    # Without a choice, the pairs with the most events.
    default = html(client, "/compare")
    drawn = re.findall(r'class="freeze-series line-\d" data-pair="([A-Z]+-[A-Z]+)"', default)
    assert len(drawn) == 4 and "USA-CHN" in drawn


@pytest.mark.parametrize(("query", "status", "message"), [
    ("pair=USA", 400, "invalid pair"),
    ("pair=USA-Atlantis", 404, "Atlantis"),
    ("pair=USA-USA", 400, "same state"),
    ("&".join(f"pair=USA-{c}" for c in ("CHN", "RUS", "IND", "JPN", "KOR", "AUS", "TUR",
                                         "PHL", "VNM")), 400, "at most 8 pairs"),
])
def test_compare_refuses_bad_pairs_in_one_line(client: TestClient, query: str, status: int,
                                               message: str) -> None:
    assert message in html(client, f"/compare?{query}", status)


def test_mechanism_page_draws_every_mechanism_with_its_condition(
    client: TestClient, web_store: Store,
) -> None:
    page = html(client, "/pair/USA/CHN/mechanisms")
    diagram = svg_of(page, "mechanism-diagram")
    lines = [e for e in diagram.iter() if e.get("data-condition")]
    rows = channel_rows(web_store.events(pair=("USA", "CHN")), "USA", "CHN")
    assert len(lines) == len(rows) > 8
    assert {e.get("data-condition") for e in lines} >= {"open", "stale"}
    assert re.search(r'href="/pair/USA/CHN/channel/hotline"', page)
    for name in ("United States", "China", "Defense Telephone Link", "last used"):
        assert name in page
    # As of 2023-06 the defence-minister channel was frozen.
    frozen = svg_of(html(client, "/pair/USA/CHN/mechanisms?as_of=2023-06"),
                    "mechanism-diagram")
    assert "frozen" in {e.get("data-condition") for e in frozen.iter()}
    assert "No mechanism between these states" in html(client, "/pair/FRA/BRA/mechanisms")


def test_events_are_one_row_each_newest_first_with_sort_and_pair_controls(
    client: TestClient, web_store: Store,
) -> None:
    def dates(page: str) -> list[str]:
        return re.findall(r'<tr><td class="date">([0-9-]+|undated)</td>', page)

    newest = dates(html(client, "/events"))
    dated = [d for d in newest if d != "undated"]
    assert dated == sorted(dated, reverse=True)  # a bare "2025" after the days of 2025
    oldest = dates(html(client, "/events?sort=date"))
    assert oldest[0] <= oldest[-1] and oldest[0] != newest[0]
    assert "invalid sort" in html(client, "/events?sort=size", 400)

    page = html(client, "/events?pair=CHN-USA")
    tellings = web_store.count_events(pair=("USA", "CHN"))
    rows = len(fold_tellings(web_store.events(pair=("USA", "CHN"))))
    assert f"{rows} events ({tellings} tellings" in page and rows < tellings
    assert '<option value="USA-CHN" selected>United States – China</option>' in page
    between = re.findall(r"([A-Z]{3}) → ([A-Z]{3})</a></td>", page)
    assert between and all({a, b} == {"USA", "CHN"} for a, b in between)
    assert page.count('<details class="tellings">') >= 1
    assert "invalid pair" in html(client, "/events?pair=USACHN", 400)
    # The API takes the same pair filter.
    api = client.get("/api/events", params={"pair": "USA-CHN", "limit": 1})
    assert api.status_code == 200


@pytest.mark.parametrize("path", [
    "/pair/USA/CHN/channels.svg", "/pair/USA/CHN/freeze.svg?as_of=2023-06",
    "/pair/USA/CHN/mechanisms.svg", "/compare.svg?pair=USA-CHN&pair=USA-RUS",
])
def test_each_chart_downloads_as_a_standalone_svg(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    # Opened in a tab, the file may use its own <style> and nothing else.
    assert response.headers["content-security-policy"] == (
        "default-src 'none'; style-src 'unsafe-inline'")
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{SVG}svg"
    style = root.find(f"{SVG}style")
    assert style is not None and ".st-suspended" in (style.text or "")
    assert root.find(f".//{SVG}a") is None  # no links leading nowhere
    assert len(list(root.iter())) > 20


def test_pair_page_links_its_downloads_and_diagram(client: TestClient) -> None:
    page = html(client, "/pair/USA/CHN?as_of=2023-06")
    for href in ("/pair/USA/CHN/channels.svg?as_of=2023-06",
                 "/pair/USA/CHN/freeze.svg?as_of=2023-06",
                 "/pair/USA/CHN/mechanisms?as_of=2023-06"):
        assert f'href="{href}"' in page, href
    assert "no known mechanism" in html(client, "/pair/FRA/BRA/mechanisms.svg", 404)


def test_article_page_keeps_its_paragraphs(client: TestClient, web_store: Store) -> None:
    article_id = "uschn-08-beijing-cancels-three-military-dialogues"
    article = web_store.article(article_id)
    assert article is not None
    expected = len([p for p in re.split(r"\n[ \t]*\n", article.text) if p.strip()])
    page = html(client, f"/article/{article_id}")
    body = page[page.index('id="article-text"'):page.index("</div>", page.index(
        'id="article-text"'))]
    assert expected > 1 and body.count("<p>") == expected


def test_past_the_fold_limit_rows_are_folded_within_their_page(
    web_store: Store, web_settings: Settings, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_data, "FOLD_LIMIT", 10)
    dashboard = page_data.Dashboard(web_store, web_settings)
    dashboard.refresh()
    filters = page_data.EventFilters(pair=("USA", "CHN"))
    result = dashboard.event_rows(filters, "-date", 20, 20)
    total = web_store.count_events(pair=("USA", "CHN"))
    assert not result.folded_across_pages and result.total_rows == total
    page = web_store.events(pair=("USA", "CHN"), limit=20, offset=20)
    assert sum(len(row.evidence) for row in result.rows) == len(page)
    dates = [row.date for row in result.rows if row.date]
    assert dates == sorted(dates)  # the store's order, oldest first
    monkeypatch.setattr(page_data, "FOLD_LIMIT", 10_000)
    whole = dashboard.event_rows(filters, "-date", 20, 20)
    assert whole.folded_across_pages and whole.total_rows < total
