"""The events table: one row per event (its tellings folded), sort controls, filters (pair,
type, channel, state, dates, text), paging and downloads."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from starlette.requests import Request
from starlette.responses import HTMLResponse

from parley import catalogue
from parley.types import EventType
from parley.web.deps import AsOf, Fresh, event_filters
from parley.web.event_rows import DEFAULT_SORT, FOLD_LIMIT, SORTS
from parley.web.naming import common_order, pair_key, pair_label
from parley.web.page_data import EventFilters
from parley.web.params import BadParameter, check_date
from parley.web.render import page, url

router = APIRouter(include_in_schema=False)

#: Events per page.
PAGE_SIZE = 50
#: Highest page number accepted (offsets beyond the store answer an empty page anyway).
MAX_PAGE = 100_000


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, dashboard: Fresh,
    filters: Annotated[EventFilters, Depends(event_filters)],
    as_of: AsOf = None,
    page_number: Annotated[int, Query(alias="page", ge=1, le=MAX_PAGE)] = 1,
    sort: Annotated[str, Query(max_length=20, description="Row order: " + ", ".join(
        f"{key} ({meaning})" for key, meaning in SORTS.items()))] = DEFAULT_SORT,
) -> HTMLResponse:
    when = check_date(as_of, "as_of")
    if sort not in SORTS:
        raise BadParameter(f"invalid sort {sort[:20]!r} (use one of {', '.join(SORTS)})")
    result = dashboard.event_rows(filters, sort, PAGE_SIZE, (page_number - 1) * PAGE_SIZE)
    page_count = max(1, -(-result.total_rows // PAGE_SIZE))
    if page_number > page_count and result.total_rows:
        raise BadParameter(f"page {page_number} is past the last page ({page_count})")
    params = [(k, v) for k, v in request.query_params.multi_items()
              if k not in {"page", "token"}]
    form = dict(request.query_params)

    def at(number: int) -> str:
        return url("/events", **_grouped(params), page=number if number > 1 else None)

    downloads = _grouped(params)
    return page(
        request, "events.html", result=result, as_of=when, offset=(page_number - 1) * PAGE_SIZE,
        sort=sort, sorts=SORTS, fold_limit=FOLD_LIMIT, pairs=_pair_choices(dashboard.pairs()),
        chosen_pair=pair_key(*common_order(*filters.pair)) if filters.pair else "",
        form={"channel": filters.channel, "state": form.get("state"),
              "date_from": form.get("from"), "date_to": form.get("to"), "q": form.get("q"),
              "article": filters.article},
        chosen_types=[t.value for t in filters.types or ()],
        event_types=[t.value for t in EventType], channels=catalogue.slugs(),
        page_number=page_number, page_count=page_count,
        previous_page=at(page_number - 1) if page_number > 1 else None,
        next_page=at(page_number + 1) if page_number < page_count else None,
        download_csv=url("/api/events.csv", **downloads),
        download_jsonl=url("/api/events.jsonl", **downloads),
        title="Events: Parley")


def _pair_choices(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(value, label) of every pair of the store, named in the common order."""
    ordered = [common_order(a, b) for a, b in pairs]
    return sorted(((pair_key(*p), pair_label(*p)) for p in ordered), key=lambda c: c[1])


def _grouped(params: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name, value in params:
        grouped.setdefault(name, []).append(value)
    return grouped
