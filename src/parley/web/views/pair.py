"""A pair's page: channel x time chart, freeze over time, situation, changes, request ledger.

Both charts are drawn on one `TimeAxis` (`pair_charts`), which the SVG downloads reuse.

The page's content (everything inside the site's frame) as of today is kept in the store
with the pair's overview row, for the store's revision and the settings and code it was
computed with: a fresh app's first page of a busy pair read the pair's 20,000 events and
computed its history (0.5 s); it now reads the content `refresh_kept` rendered at
the end of the ingest (or the first page computed, and kept). A page with an as-of date or
`since`, or not kept, is computed as before; both go through `pair_content`, so the two
are the same bytes.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse

from parley.config import Settings
from parley.report.overview import (
    PairSummary,
    missing_orders,
    save_summaries,
    stored_summaries,
)
from parley.report.pair_order import common_order
from parley.report.queries import PairQuery, state_name
from parley.store import Store
from parley.web.axis import time_axis
from parley.web.charts import FreezeChart, IntervalChart, freeze_chart, interval_chart
from parley.web.deps import Fresh, pair_query
from parley.web.page_data import Dashboard, PairView, chart_channels
from parley.web.params import DATE_PATTERN, check_date
from parley.web.render import environment, page

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


def pair_content(dashboard: Dashboard, query: PairQuery, since: str | None = None) -> str:
    """The pair page's content, computed: every view of the pair's one history."""
    view = dashboard.pair_view(query, since)
    chart, freeze = pair_charts(dashboard, view)
    recent = sorted(
        ((channel, index, interval) for channel, items in view.intervals.items()
         for index, interval in enumerate(items)),
        key=lambda item: (item[2].start, item[0]), reverse=True)[:RECENT_CHANGES]
    requests = sorted(view.ledger.requests, key=lambda e: e.date or "", reverse=True)
    return environment().get_template("pair_content.html").render(
        view=view, as_of=query.as_of, chart=chart, freeze_chart=freeze, recent=recent,
        # Every move of the index, numbered as on the chart (the marks carry the same numbers).
        drivers=list(enumerate(view.freeze.drivers, start=1)),
        ledger_rows=requests[:LEDGER_ROWS], ledger_hidden=max(0, len(requests) - LEDGER_ROWS))


@router.get("/pair/{a}/{b}", response_class=HTMLResponse)
def pair_page(
    request: Request, dashboard: Fresh, query: Annotated[PairQuery, Depends(pair_query)],
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, max_length=10)] = None,
) -> HTMLResponse:
    since = check_date(since, "since")
    revision, content = dashboard.kept_page(query) if since is None else ("", None)
    if content is None:
        content = pair_content(dashboard, query, since)
        # Only a pair with events is kept: any two states have a page, and a crawler asking
        # for every one of them would fill the store with empty pages.
        if revision and tuple(sorted((query.a, query.b))) in dashboard.pairs():
            dashboard.keep_page(query, revision, content)
    return page(request, "pair.html", content=Markup(content), as_of=query.as_of,
                title=f"{state_name(query.a)} – {state_name(query.b)}: Parley")


def refresh_kept(store: Store, settings: Settings) -> tuple[int, int]:
    """Compute and keep, as of today, every pair's overview rows (`report.overview`, in
    the API's order and the overview's) and its page (in the overview's order), unless the
    store has them already; how many rows and pages were computed. One dashboard a pair, so
    that the pair's events are read once for both and one pair's history at a time is held.
    """
    revision = store.revision()  # before reading: a write meanwhile outdates what is kept
    kept_rows = stored_summaries(store, settings, revision)
    rows: list[PairSummary] = []
    pages = 0
    for pair in store.pairs():
        dashboard = Dashboard(store, settings)
        dashboard.cache.revise(revision)
        shown = PairQuery(*common_order(*pair))
        if dashboard.kept_page(shown)[1] is None:
            dashboard.keep_page(shown, revision, pair_content(dashboard, shown))
            pages += 1
        rows += [dashboard.pair_summary(PairQuery(a, b))
                 for a, b in missing_orders(pair, kept_rows)]
    if rows:
        save_summaries(store, settings, revision, rows)
    return len(rows), pages
