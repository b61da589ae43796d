"""The dashboard and the HTML report in a real browser: Debian's Chromium driven by Playwright.

`parley serve` runs in a subprocess on a free loopback port over the corpus store (the
`server`, `browser` and `page` fixtures are in conftest.py). The browser may reach that
server and nothing else: any other request is aborted and recorded, and the tests fail if
there was one (the dashboard must work without network). Screenshots of each page go to
tests/screenshots/ (git-ignored). Skipped, saying why, when /usr/bin/chromium is missing;
Playwright never downloads a browser of its own.
"""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from browser_kit import Watch, shoot
from typer.testing import CliRunner
from web_samples import XSS_ID

from parley.cli import app as cli_app

pytestmark = pytest.mark.browser


def test_pair_page_as_of_and_drill_down_to_evidence(page: tuple[Any, Watch],
                                                     server: str) -> None:
    tab, _ = page
    tab.goto(f"{server}/pair/USA/CHN")
    chart = tab.locator("#channel-chart")
    assert chart.is_visible()
    assert tab.locator("#channel-chart a.bar-link").count() > 10
    assert tab.locator("#freeze-chart path.freeze-line").count() >= 1
    latest = tab.locator("#freeze-index").inner_text()
    shoot(tab, "pair.png")
    shoot(chart, "pair-chart.png", full_page=False)

    # Change the as-of date with the control in the header.
    tab.fill("#as-of", "2023-06")
    tab.press("#as-of", "Enter")
    tab.wait_for_url(re.compile(r"as_of=2023-06"))
    assert tab.locator("#as-of-shown").inner_text() == "2023-06"
    assert tab.locator("#freeze-index").inner_text() != latest
    shoot(tab, "pair-as-of-2023-06.png")

    # Click a suspended interval of the chart: land on its evidence.
    bar = tab.locator('#channel-chart a.bar-link[data-status="suspended"]').first
    channel = bar.get_attribute("data-channel")
    interval = bar.get_attribute("data-interval")
    bar.click()
    tab.wait_for_url(re.compile(rf"/channel/{channel}\?as_of=2023-06#interval-{interval}$"))
    target = tab.locator(f"#interval-{interval}")
    assert target.is_visible()
    assert "suspended" in target.locator("h3").inner_text()
    quotes = target.locator("blockquote.evidence q")
    assert quotes.count() >= 1 and len(quotes.first.inner_text()) > 20
    shoot(tab, "channel.png")
    shoot(target, "channel-interval-evidence.png", full_page=False)

    # From the evidence to the article, where the sentence is highlighted.
    target.locator("blockquote.evidence footer a").first.click()
    tab.wait_for_url(re.compile(r"/article/.+#s-\d+$"))
    fragment = tab.url.rsplit("#", 1)[1]
    assert tab.locator(f"mark#{fragment}").is_visible()
    shoot(tab, "article.png")


def test_overview_and_events_pages(page: tuple[Any, Watch], server: str) -> None:
    tab, _ = page
    tab.goto(server + "/")
    assert tab.locator("a.pair-link").count() >= 8
    shoot(tab, "overview.png")
    tab.locator("a.pair-link", has_text="China").first.click()
    tab.wait_for_url(re.compile(r"/pair/"))
    assert tab.locator("#channel-chart").is_visible()

    tab.goto(server + "/events")
    total = int(re.search(r"(\d+) events", tab.locator("#event-count").inner_text())
                .group(1))  # type: ignore[union-attr]
    tab.select_option("select[name=type]", "SUSPEND")  # the form submits itself
    tab.wait_for_url(re.compile(r"type=SUSPEND"))
    count = int(re.search(r"(\d+) events", tab.locator("#event-count").inner_text())
                .group(1))  # type: ignore[union-attr]
    assert 0 < count < total
    rows = tab.locator("table.events tbody tr")
    assert all("SUSPEND" in rows.nth(i).locator("td").nth(1).inner_text()
               for i in range(rows.count()))
    shoot(tab, "events.png")


XSS_PAGES = ["/", "/pair/FRA/DEU", "/pair/FRA/DEU/channel/hotline", "/events?state=FRA",
             "/article/" + urllib.request.quote(XSS_ID, safe="")]


def test_script_payloads_never_run(page: tuple[Any, Watch], server: str) -> None:
    tab, watch = page
    for path in XSS_PAGES:
        tab.goto(server + path)
        tab.wait_for_load_state("load")
        assert tab.evaluate("window.__xss === undefined"), path
        assert tab.locator("body img").count() == 0, path
    # The payloads are there as text, highlighted where they are event sentences.
    assert "<script>window.__xss" in tab.locator("#article-title").inner_text()
    assert tab.locator("#article-text mark").count() == 3
    assert "onerror" in tab.locator("#article-text").inner_text()
    shoot(tab, "article-xss.png")
    assert watch.dialogs == []


def test_html_report_renders_offline_and_citations_resolve(
    browser: Any, web_store_url: str, tmp_path: Path,
) -> None:
    output = tmp_path / "report.html"
    result = CliRunner().invoke(cli_app, ["report", "USA", "CHN", "--format", "html",
                                          "--db", web_store_url, "--output", str(output)])
    assert result.exit_code == 0, result.stderr
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    blocked: list[str] = []

    def route(request_route: Any) -> None:
        if request_route.request.url.startswith("file://"):
            request_route.continue_()
        else:
            blocked.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    tab = context.new_page()
    try:
        tab.goto(output.as_uri())
        assert tab.locator("h1").inner_text().startswith("United States – China")
        assert tab.locator("svg rect").count() > 20
        citations = tab.locator("a.cite")
        assert citations.count() > 5
        hrefs = {citations.nth(i).get_attribute("href") for i in range(citations.count())}
        for href in hrefs:
            assert href is not None and re.fullmatch(r"#cite-\d+", href), href
            assert tab.locator(f"[id='{href[1:]}']").count() == 1, href
        citations.first.click()
        assert tab.evaluate("location.hash") == citations.first.get_attribute("href")
        shoot(tab, "report.png")
    finally:
        context.close()
    assert blocked == [], f"the report asked the network for {blocked}"
