"""A pair's page: channel x time chart, freeze over time, situation, changes, request ledger.

Both charts are drawn on one `TimeAxis` (`pair_charts`), which the SVG downloads reuse.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from starlette.requests import Request
from starlette.responses import HTMLResponse

from parley.report.queries import PairQuery
from parley.web.axis import time_axis
from parley.web.charts import FreezeChart, IntervalChart, freeze_chart, interval_chart
from parley.web.deps import Fresh, pair_query
from parley.web.page_data import Dashboard, PairView, chart_channels
from parley.web.params import DATE_PATTERN, check_date
from parley.web.render import page

router = APIRouter(include_in_schema=False)

#: Rows of the request ledger and of "what changed" shown on the page (latest first).
LEDGER_ROWS = 40
RECENT_CHANGES = 12


def pair_charts(dashboard: Dashboard, view: PairView
                ) -> tuple[IntervalChart | None, FreezeChart | None]:
    """The pair page's channel chart and freeze chart, on one time axis."""
    axis = (time_axis(view.first_month, view.last_month)
            if view.first_month and view.last_month else None)
    if axis is None:
        return None, freeze_chart(view.freeze)
    chart = interval_chart(view.intervals, chart_channels(view.intervals), dashboard.labels,
                           axis.first_month, axis.last_month, axis=axis)
    return chart, freeze_chart(view.freeze, axis=axis)


@router.get("/pair/{a}/{b}", response_class=HTMLResponse)
def pair_page(
    request: Request, dashboard: Fresh, query: Annotated[PairQuery, Depends(pair_query)],
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, max_length=10)] = None,
) -> HTMLResponse:
    view = dashboard.pair_view(query, check_date(since, "since"))
    chart, freeze = pair_charts(dashboard, view)
    recent = sorted(
        ((channel, index, interval) for channel, items in view.intervals.items()
         for index, interval in enumerate(items)),
        key=lambda item: (item[2].start, item[0]), reverse=True)[:RECENT_CHANGES]
    requests = sorted(view.ledger.requests, key=lambda e: e.date or "", reverse=True)
    return page(
        request, "pair.html", view=view, as_of=query.as_of, chart=chart,
        freeze_chart=freeze, recent=recent,
        # Every move of the index, numbered as on the chart (the marks carry the same numbers).
        drivers=list(enumerate(view.freeze.drivers, start=1)),
        ledger_rows=requests[:LEDGER_ROWS], ledger_hidden=max(0, len(requests) - LEDGER_ROWS),
        title=f"{view.name_a} – {view.name_b}: Parley")
