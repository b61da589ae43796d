"""The new views in Chromium at 800 and 1,400 px: the pair page's shared time axis, the
comparison page, the mechanism diagram, the folded events table; and every page of the
bundled corpus checked for a chart that overflows its box, a clipped chart label or a
wrapped date. Screenshots go to tests/screenshots/ (named at the end of the run).
Skipped, saying why, when /usr/bin/chromium is missing (fixtures in conftest.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from browser_kit import Watch, shoot

from parley.store import Store
from parley.web.naming import common_order

pytestmark = pytest.mark.browser

WIDTHS = (800, 1400)
OpenPage = Callable[[int], tuple[Any, Watch]]

#: What a page must not do to fit: each problem as one line (empty list: the page fits).
LAYOUT_PROBLEMS = """() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth} px)`);
  }
  for (const svg of document.querySelectorAll(".chart-box > svg.chart")) {
    const box = svg.getBoundingClientRect();
    const holder = svg.parentElement;
    if (holder.scrollWidth > holder.clientWidth + 1 || box.right > root.clientWidth + 1) {
      problems.push(`#${svg.id} is wider than its box`);
    }
    for (const text of svg.querySelectorAll("text")) {
      const r = text.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1
          || r.bottom > box.bottom + 1) {
        problems.push(`#${svg.id}: label "${text.textContent}" is cut`);
      }
    }
  }
  for (const cell of document.querySelectorAll("td.date, .nowrap")) {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    if (lines.size > 1) problems.push(`date "${cell.textContent.trim()}" wraps`);
  }
  return problems;
}"""


def layout_problems(tab: Any) -> list[str]:
    problems: list[str] = tab.evaluate(LAYOUT_PROBLEMS)
    return problems


VIEWS = {
    "pair": "/pair/USA/CHN",
    "comparison": "/compare",
    "mechanisms": "/pair/USA/CHN/mechanisms",
    "events": "/events?pair=USA-CHN",
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("view", VIEWS)
def test_each_new_view_fits_at_800_and_1400_px(open_page: OpenPage, server: str, view: str,
                                                width: int) -> None:
    tab, _ = open_page(width)
    tab.goto(server + VIEWS[view])
    assert layout_problems(tab) == []
    shoot(tab, f"{view}-{width}.png")
    for chart in ("channel-chart", "freeze-chart", "compare-chart", "mechanism-diagram"):
        if tab.locator(f"#{chart}").count():
            box = tab.locator(f"#{chart}").bounding_box()
            assert box is not None and box["width"] <= width - 20
            shoot(tab.locator(f"#{chart}"), f"{view}-{width}-{chart}.png", full_page=False)


@pytest.mark.parametrize("width", WIDTHS)
def test_pair_charts_put_a_date_at_the_same_x(open_page: OpenPage, server: str,
                                              width: int) -> None:
    tab, _ = open_page(width)
    tab.goto(server + "/pair/USA/CHN")
    positions = tab.evaluate("""() => ["channel-chart", "freeze-chart"].map((id) =>
        [...document.querySelectorAll(`#${id} text.tick`)]
          .filter((t) => /^\\d{4}/.test(t.textContent))
          .map((t) => [t.textContent, Math.round(t.getBoundingClientRect().left)]))""")
    channel_ticks, freeze_ticks = positions
    assert len(channel_ticks) >= 3 and channel_ticks == freeze_ticks


def test_every_page_of_the_corpus_fits_with_no_chart_overflowing(
    open_page: OpenPage, server: str, web_store: Store,
) -> None:
    pages = ["/", "/compare", "/events"]
    for a, b in web_store.pairs():
        first, second = common_order(a, b)
        pages += [f"/pair/{first}/{second}", f"/pair/{first}/{second}/mechanisms"]
    pages.append("/compare?" + "&".join(
        f"pair={'-'.join(common_order(a, b))}" for a, b in web_store.pairs()[:8]))
    found: dict[str, list[str]] = {}
    for width in WIDTHS:
        tab, _ = open_page(width)
        for path in pages:
            tab.goto(server + path)
            if problems := layout_problems(tab):
                found[f"{path} at {width} px"] = problems
    assert found == {}


def test_comparison_picker_draws_the_chosen_pairs(open_page: OpenPage, server: str) -> None:
    tab, _ = open_page(1400)
    tab.goto(server + "/compare")
    for box in tab.locator("#pair-picker input[type=checkbox]").all():
        box.uncheck()
    tab.check('#pair-picker input[value="IND-PAK"]')
    tab.check('#pair-picker input[value="USA-CHN"]')
    tab.click("#pair-picker button")
    tab.wait_for_url(re.compile(r"pair=IND-PAK&pair=USA-CHN"))
    series = tab.locator("#compare-chart g.freeze-series")
    assert series.count() == 2
    assert series.nth(0).get_attribute("data-pair") == "IND-PAK"
    assert "based on" in (tab.locator("#compare-chart").text_content() or "")
    shoot(tab, "comparison-two-pairs-1400.png")


def test_events_sort_control_and_folded_tellings(open_page: OpenPage, server: str) -> None:
    tab, _ = open_page(1400)
    tab.goto(server + "/events?pair=USA-CHN")
    first_newest = tab.locator("table.events tbody tr td.date").first.inner_text()
    tab.select_option("#sort", "date")  # the form submits itself
    tab.wait_for_url(re.compile(r"sort=date"))
    first_oldest = tab.locator("table.events tbody tr td.date").first.inner_text()
    assert first_oldest < first_newest
    tab.select_option("#sort", "-tellings")
    tab.wait_for_url(re.compile(r"sort=-tellings"))
    folded = tab.locator("details.tellings").first
    folded.locator("summary").click()
    assert folded.locator("li").count() >= 2
    shoot(tab, "events-most-told-1400.png")


def test_each_chart_downloads_as_svg(open_page: OpenPage, server: str, tmp_path: Path) -> None:
    tab, _ = open_page(1400)
    for path in ("/pair/USA/CHN", "/pair/USA/CHN/mechanisms", "/compare"):
        tab.goto(server + path)
        links = tab.locator("a.download")
        assert links.count() >= 1, path
        for index in range(links.count()):
            with tab.expect_download() as info:
                links.nth(index).click()
            saved = tmp_path / info.value.suggested_filename
            info.value.save_as(saved)
            root = ElementTree.parse(saved).getroot()
            assert root.tag == "{http://www.w3.org/2000/svg}svg", path
            assert saved.name.endswith(".svg")


def test_the_layout_check_sees_an_overflowing_chart_a_cut_label_and_a_wrapped_date(
    open_page: OpenPage, server: str,
) -> None:
    tab, _ = open_page(800)
    tab.goto(server + "/pair/USA/CHN")
    assert layout_problems(tab) == []
    tab.evaluate("""() => {
      const chart = document.getElementById("channel-chart");
      chart.style.width = "1100px";
      chart.style.maxWidth = "none";
      const label = document.querySelector("#freeze-chart text.tick");
      label.setAttribute("x", "-30");
      const cell = document.querySelector("td.date");
      cell.style.whiteSpace = "normal";
      cell.style.display = "block";
      cell.style.width = "2em";
    }""")
    problems = layout_problems(tab)
    assert any("#channel-chart is wider than its box" in p for p in problems), problems
    assert any(p.startswith("#freeze-chart: label") for p in problems), problems
    assert any("wraps" in p for p in problems), problems
