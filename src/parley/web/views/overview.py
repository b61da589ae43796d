"""The overview page: every pair of states with its freeze index and latest change."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse

from parley.web.deps import AsOf, Fresh
from parley.web.params import check_date
from parley.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, dashboard: Fresh, as_of: AsOf = None) -> HTMLResponse:
    when = check_date(as_of, "as_of")
    return page(request, "overview.html", rows=dashboard.overview(when, named=True), as_of=when,
                labels=dashboard.labels, title="Parley: all pairs")
