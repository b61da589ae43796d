"""A pair's mechanism diagram: its channels as a system (levels; open, frozen or stale; last
use), drawn server-side as SVG, with the reference details under it; and its SVG download."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from parley.report.queries import PairQuery
from parley.web.deps import Fresh, pair_query
from parley.web.mechanism_diagram import Diagram, condition, conditions, mechanism_diagram
from parley.web.mechanism_diagram import reference_date as staleness_date
from parley.web.page_data import Dashboard
from parley.web.params import NotFound
from parley.web.render import page, svg_file

router = APIRouter(include_in_schema=False)


def _diagram(dashboard: Dashboard, query: PairQuery) -> Diagram | None:
    """The diagram of the mechanisms' own histories (`Dashboard.channels`), its stale rule
    the setting `stale_after_months`."""
    return mechanism_diagram(dashboard.channels(query), dashboard.state_name(query.a),
                             dashboard.state_name(query.b), query.as_of, dashboard.labels,
                             dashboard.settings.stale_after_months)


@router.get("/pair/{a}/{b}/mechanisms", response_class=HTMLResponse)
def mechanisms_page(request: Request, dashboard: Fresh,
                    query: Annotated[PairQuery, Depends(pair_query)]) -> HTMLResponse:
    rows = dashboard.channels(query)
    reference = staleness_date(rows, query.as_of)
    stale_months = dashboard.settings.stale_after_months
    name_a, name_b = dashboard.state_name(query.a), dashboard.state_name(query.b)
    return page(
        request, "mechanisms.html", query=query, as_of=query.as_of, rows=rows,
        conditions=[condition(row, reference, stale_months) for row in rows],
        legend=conditions(stale_months),
        diagram=_diagram(dashboard, query), reference=reference, name_a=name_a,
        name_b=name_b, title=f"Mechanisms, {name_a} – {name_b}: Parley")


@router.get("/pair/{a}/{b}/mechanisms.svg")
def mechanisms_svg(dashboard: Fresh,
                   query: Annotated[PairQuery, Depends(pair_query)]) -> Response:
    diagram = _diagram(dashboard, query)
    if diagram is None:
        raise NotFound(f"no known mechanism between {query.a} and {query.b}")
    return svg_file("mechanisms", diagram, f"parley-{query.a}-{query.b}-mechanisms.svg",
                    a=query.a, b=query.b, as_of=query.as_of)
