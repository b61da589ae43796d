"""The comparison page: several pairs' freeze indices over time, one line each, a pair picker."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from parley.web.axis import time_axis
from parley.web.charts import FreezeChart, freeze_chart
from parley.web.comparison import MAX_PAIRS, Comparison, chosen_pairs, comparison
from parley.web.deps import AsOf, Fresh
from parley.web.page_data import Dashboard
from parley.web.params import NotFound, check_date
from parley.web.render import page, svg_file, url

router = APIRouter(include_in_schema=False)

PairValues = Annotated[list[str] | None, Query(
    alias="pair", max_length=60, description="A pair as two state codes, USA-CHN (repeat).")]


def _chart(found: Comparison) -> FreezeChart | None:
    if not found.series or found.first_month is None or found.last_month is None:
        return None
    return freeze_chart(found.series, axis=time_axis(found.first_month, found.last_month))


def _compare(dashboard: Dashboard, pairs: list[str] | None, as_of: str | None
             ) -> tuple[str | None, Comparison]:
    when = check_date(as_of, "as_of")
    return when, comparison(dashboard, chosen_pairs(pairs or [], dashboard, when), when)


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, dashboard: Fresh, pair: PairValues = None,
                 as_of: AsOf = None) -> HTMLResponse:
    when, found = _compare(dashboard, pair, as_of)
    keys = [f"{a}-{b}" for a, b in found.pairs]
    return page(request, "compare.html", found=found, chart=_chart(found), as_of=when,
                max_pairs=MAX_PAIRS, download_url=url("/compare.svg", pair=keys, as_of=when),
                title="Compare pairs: Parley")


@router.get("/compare.svg")
def compare_svg(dashboard: Fresh, pair: PairValues = None, as_of: AsOf = None) -> Response:
    when, found = _compare(dashboard, pair, as_of)
    chart = _chart(found)
    if chart is None:
        raise NotFound("no freeze index to draw for these pairs")
    return svg_file("freeze", chart, "parley-freeze-comparison.svg", a="", b="", as_of=when)
