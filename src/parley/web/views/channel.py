"""A channel's page: its status intervals with every supporting sentence, and its events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path
from starlette.requests import Request
from starlette.responses import HTMLResponse

from parley.report.queries import PairQuery
from parley.web.deps import Fresh, pair_query
from parley.web.params import check_channel
from parley.web.render import page

router = APIRouter(include_in_schema=False)

#: Events listed under the intervals (latest first); the events page has the rest.
EVENT_ROWS = 200


@router.get("/pair/{a}/{b}/channel/{channel}", response_class=HTMLResponse)
def channel_page(
    request: Request, dashboard: Fresh, query: Annotated[PairQuery, Depends(pair_query)],
    channel: Annotated[str, Path(max_length=100)],
) -> HTMLResponse:
    slug = check_channel(channel, required=True)
    assert slug is not None
    view = dashboard.channel_view(query, slug)
    events = list(reversed(view.events))
    return page(
        request, "channel.html", view=view, as_of=query.as_of, events=events[:EVENT_ROWS],
        events_hidden=max(0, len(events) - EVENT_ROWS),
        name_a=dashboard.state_name(query.a), name_b=dashboard.state_name(query.b),
        title=f"{view.label}, {query.a}–{query.b}: Parley")
