"""SVG downloads of a pair page's two charts, drawn exactly as the page draws them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from parley.report.queries import PairQuery
from parley.web.deps import Fresh, pair_query
from parley.web.params import NotFound
from parley.web.render import svg_file
from parley.web.views.pair import pair_charts

router = APIRouter(include_in_schema=False)


@router.get("/pair/{a}/{b}/channels.svg")
def channels_svg(dashboard: Fresh,
                 query: Annotated[PairQuery, Depends(pair_query)]) -> Response:
    chart, _ = pair_charts(dashboard, dashboard.pair_view(query))
    if chart is None:
        raise NotFound(f"no channel of {query.a}–{query.b} has a known status")
    return svg_file("channels", chart, f"parley-{query.a}-{query.b}-channels.svg",
                    a=query.a, b=query.b, as_of=query.as_of,
                    stale_after=dashboard.settings.stale_after_months)


@router.get("/pair/{a}/{b}/freeze.svg")
def freeze_svg(dashboard: Fresh,
               query: Annotated[PairQuery, Depends(pair_query)]) -> Response:
    _, chart = pair_charts(dashboard, dashboard.pair_view(query))
    if chart is None:
        raise NotFound(f"not enough evidence to measure the freeze of {query.a}–{query.b}")
    return svg_file("freeze", chart, f"parley-{query.a}-{query.b}-freeze.svg",
                    a=query.a, b=query.b, as_of=query.as_of)
