"""The JSON API under `/api/`: states, pairs, events, channels, freeze series and reports.

Each endpoint calls the library function the matching CLI command calls and returns the same
JSON (`parley status --json`, `parley freeze --format json`, `parley report --format json`,
...). Events can be downloaded whole as CSV or JSON lines, with the events table's filters.
Errors are `{"detail": "<one line>"}` with 400 (bad parameter) or 404 (unknown state,
channel or article).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from starlette.responses import HTMLResponse, Response, StreamingResponse

from parley.report.channels import row_as_dict
from parley.report.contacts import contacts_as_dict, contacts_csv
from parley.report.downloads import events_csv_blocks, events_jsonl_blocks
from parley.report.exports import (
    event_record,
    freeze_csv,
    interval_record,
    state_record,
)
from parley.report.freeze import series_as_dict
from parley.report.html import render_html
from parley.report.queries import PairQuery
from parley.report.requests import ledger_as_dict
from parley.report.situation import render_json, render_markdown
from parley.web.deps import AsOf, DateFrom, DateTo, Fresh, Plain, event_filters, pair_query
from parley.web.page_data import Dashboard, EventFilters, PairSummary
from parley.web.params import DATE_PATTERN, NotFound, check_channel, check_date
from parley.web.security import REPORT_CSP

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])

#: Most events one page of `/api/events` returns.
MAX_LIMIT = 1000

class CSVResponse(Response):
    media_type = "text/csv"


class MarkdownResponse(Response):
    media_type = "text/markdown"


class CSVStream(StreamingResponse):
    media_type = "text/csv"


class JSONLinesStream(StreamingResponse):
    media_type = "application/x-ndjson"


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "A parameter is invalid (the message says which and why)."},
    404: {"description": "Unknown state, channel or article."},
}

Pair = Annotated[PairQuery, Depends(pair_query)]
Since = Annotated[str | None, Query(
    pattern=DATE_PATTERN, max_length=10,
    description="'What changed since' this date (default: 90 days before the as-of date).")]
Channel = Annotated[str, Path(max_length=100, description="A channel slug, e.g. hotline.",
                              examples=["hotline"])]


def _summary(row: PairSummary) -> dict[str, Any]:
    change = row.last_change
    return {
        "a": row.a, "b": row.b, "name_a": row.name_a, "name_b": row.name_b,
        "events": row.events, "freeze_index": row.freeze_index,
        "known_channels": row.known_channels, "suspended": list(row.suspended),
        "last_change": None if change is None else {
            "channel": change.channel, "status": change.status.value, "since": change.since,
            "conflict": change.conflict},
    }


@router.get("/states", summary="States with events, and their partners", responses=ERRORS)
def states(dashboard: Fresh) -> dict[str, Any]:
    return {"states": [{"code": s.code, "name": s.name, "partners": list(s.partners)}
                       for s in dashboard.states()]}


@router.get("/pairs", summary="Every pair: freeze index and latest change", responses=ERRORS)
def pairs(dashboard: Fresh, as_of: AsOf = None) -> dict[str, Any]:
    when = check_date(as_of, "as_of")
    return {"as_of": when or date.today().isoformat(),
            "pairs": [_summary(row) for row in dashboard.overview(when)]}


def _as_of(dashboard: Dashboard, query: PairQuery) -> dict[str, Any]:
    """The as-of date every pair answer uses (default today) and the newest evidence's age."""
    history = dashboard.history(query)
    return {"a": query.a, "b": query.b, "as_of": history.as_of,
            "latest_evidence": history.latest_evidence,
            "evidence_age_months": history.evidence_age_months}


@router.get("/pairs/{a}/{b}/status", summary="Each channel's status (parley status)",
            responses=ERRORS)
def pair_status(dashboard: Fresh, query: Pair) -> dict[str, Any]:
    return {**_as_of(dashboard, query),
            "channels": [state_record(s) for s in dashboard.status(query)]}


@router.get("/pairs/{a}/{b}/channels", summary="Known mechanisms (parley channels)",
            responses=ERRORS)
def pair_channels(dashboard: Fresh, query: Pair) -> dict[str, Any]:
    return {**_as_of(dashboard, query),
            "channels": [row_as_dict(row) for row in dashboard.channels(query)]}


By = Annotated[Literal["year", "month"], Query(description="Count per year or per month.")]


@router.get("/pairs/{a}/{b}/contacts", summary="The contact ledger (parley contacts)",
            responses=ERRORS)
def pair_contacts(dashboard: Fresh, query: Pair, by: By = "year") -> dict[str, Any]:
    return {**_as_of(dashboard, query), **contacts_as_dict(dashboard.contacts(query, by))}


@router.get("/pairs/{a}/{b}/contacts.csv", summary="The contact ledger as CSV",
            response_class=CSVResponse, responses=ERRORS)
def pair_contacts_csv(dashboard: Fresh, query: Pair, by: By = "year") -> Response:
    return CSVResponse(contacts_csv(dashboard.contacts(query, by)), headers={
        "Content-Disposition": f'attachment; filename="contacts-{query.a}-{query.b}.csv"'})


@router.get("/pairs/{a}/{b}/channels/{channel}",
            summary="A channel's intervals, with every supporting sentence", responses=ERRORS)
def pair_channel(dashboard: Fresh, query: Pair, channel: Channel) -> dict[str, Any]:
    slug = check_channel(channel, required=True)
    assert slug is not None
    view = dashboard.channel_view(query, slug)
    return {
        **_as_of(dashboard, query), "channel": slug,
        "label": view.label, "level": view.level, "status": state_record(view.state),
        "intervals": [interval_record(i, n) for n, i in enumerate(view.intervals)],
        "events": [event_record(e) for e in view.events],
    }


@router.get("/pairs/{a}/{b}/timeline", summary="Dated events of a pair (parley timeline)",
            responses=ERRORS)
def pair_timeline(
    dashboard: Fresh, query: Pair,
    channel: Annotated[str | None, Query(max_length=100, description="A channel slug.")
                       ] = None,
) -> dict[str, Any]:
    slug = check_channel(channel)
    return {**_as_of(dashboard, query), "channel": slug,
            "events": [event_record(e) for e in dashboard.timeline(query, slug)]}


def _freeze(dashboard: Dashboard, query: PairQuery, date_from: str | None,
            date_to: str | None) -> Any:
    first, last = check_date(date_from, "from"), check_date(date_to, "to")
    return dashboard.freeze(query, date_from=first, date_to=last)


@router.get("/pairs/{a}/{b}/freeze", summary="Monthly freeze index (parley freeze)",
            responses=ERRORS)
def pair_freeze(dashboard: Fresh, query: Pair, date_from: DateFrom = None,
                date_to: DateTo = None) -> dict[str, Any]:
    return series_as_dict(_freeze(dashboard, query, date_from, date_to or query.as_of))


@router.get("/pairs/{a}/{b}/freeze.csv", summary="Monthly freeze index as CSV",
            response_class=CSVResponse, responses=ERRORS)
def pair_freeze_csv(dashboard: Fresh, query: Pair, date_from: DateFrom = None,
                    date_to: DateTo = None) -> Response:
    series = _freeze(dashboard, query, date_from, date_to or query.as_of)
    return CSVResponse(freeze_csv(series), headers={
        "Content-Disposition": f'attachment; filename="freeze-{query.a}-{query.b}.csv"'})


@router.get("/pairs/{a}/{b}/requests", summary="The request ledger (parley requests)",
            responses=ERRORS)
def pair_requests(dashboard: Fresh, query: Pair, date_from: DateFrom = None,
                  date_to: DateTo = None) -> dict[str, Any]:
    first, last = check_date(date_from, "from"), check_date(date_to, "to")
    return ledger_as_dict(dashboard.requests(query, date_from=first, date_to=last))


@router.get("/pairs/{a}/{b}/report", summary="The situation report (parley report --format "
            "json)", responses=ERRORS)
def pair_report(dashboard: Fresh, query: Pair, since: Since = None) -> Any:
    return json.loads(render_json(dashboard.report(query, check_date(since, "since"))))


@router.get("/pairs/{a}/{b}/report.md", summary="The situation report as Markdown",
            response_class=MarkdownResponse, responses=ERRORS)
def pair_report_markdown(dashboard: Fresh, query: Pair, since: Since = None) -> Response:
    text = render_markdown(dashboard.report(query, check_date(since, "since")))
    return MarkdownResponse(text)


@router.get("/pairs/{a}/{b}/report.html", summary="The self-contained HTML report",
            response_class=HTMLResponse, responses=ERRORS)
def pair_report_html(dashboard: Fresh, query: Pair, since: Since = None) -> Response:
    text = render_html(dashboard.report(query, check_date(since, "since")))
    return HTMLResponse(text, headers={
        "Content-Security-Policy": REPORT_CSP,
        "Content-Disposition": f'inline; filename="report-{query.a}-{query.b}.html"'})


Filters = Annotated[EventFilters, Depends(event_filters)]


@router.get("/events", summary="Stored events, filtered and paged", responses=ERRORS)
def events(
    dashboard: Plain, filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Events per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Events to skip.")] = 0,
) -> dict[str, Any]:
    page = dashboard.event_page(filters, limit, offset)
    return {"total": page.total, "limit": limit, "offset": offset,
            "events": [event_record(e) for e in page.events]}


#: Rows the store hands over at a time while streaming a download: each block sent is one
#: batch's text (~250 KB of CSV, ~530 KB of JSON lines), since a sync iterator's every item
#: costs the server a hop to its thread pool (a line per item made 100,000 events take
#: ~40 s instead of ~5), and the process holds one batch, never the whole download.
DOWNLOAD_BATCH = 1000


def _all_rows(dashboard: Dashboard, filters: EventFilters) -> Iterator[Sequence[Sequence[Any]]]:
    return dashboard.store.event_rows(batch=DOWNLOAD_BATCH, **filters.store_query())


@router.get("/events.csv", summary="Every matching event as CSV",
            response_class=CSVStream, responses=ERRORS)
def events_csv(dashboard: Plain, filters: Filters) -> Response:
    return CSVStream(events_csv_blocks(_all_rows(dashboard, filters)),
                     headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/events.jsonl", summary="Every matching event as JSON lines",
            response_class=JSONLinesStream, responses=ERRORS)
def events_jsonl(dashboard: Plain, filters: Filters) -> Response:
    return JSONLinesStream(events_jsonl_blocks(_all_rows(dashboard, filters)), headers={
        "Content-Disposition": 'attachment; filename="events.jsonl"'})


@router.get("/articles/{article_id:path}", summary="An article with its events", responses=ERRORS)
def article(dashboard: Plain, article_id: Annotated[str, Path(min_length=1, max_length=255)],
            ) -> dict[str, Any]:
    view = dashboard.article_view(article_id)
    if view is None:
        raise NotFound(f"no article {article_id[:80]!r} in the store")
    item = view.article
    return {
        "id": item.id, "title": item.title, "url": item.url, "source": item.source,
        "published": item.published.isoformat() if item.published else None,
        "text": item.text, "events": [event_record(e) for e in view.events],
    }


