"""Parameters and dependencies shared by the pages and the API, declared once.

Dates carry the contract's pattern in the OpenAPI description; a value that fits it but is
no calendar date (2023-02-30) is refused by `params.check_date`, with the same message.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query
from starlette.requests import Request

from parley.report.intervals import earlier
from parley.report.queries import PairQuery
from parley.web.naming import parse_pair_key
from parley.web.page_data import Dashboard, EventFilters
from parley.web.params import (
    DATE_PATTERN,
    MAX_NAME_CHARS,
    MAX_TEXT_CHARS,
    BadParameter,
    check_channel,
    check_date,
    check_pair,
    check_state,
    check_text,
    check_types,
)

__all__ = [
    "AsOf",
    "DateFrom",
    "DateTo",
    "Fresh",
    "Plain",
    "StateA",
    "StateB",
    "event_filters",
    "pair_query",
]

_DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD"

AsOf = Annotated[str | None, Query(
    pattern=DATE_PATTERN, max_length=10,
    description=f"Describe the situation on this date ({_DATE_HELP}); default: the latest "
    "evidence.", examples=["2023-06"])]
DateFrom = Annotated[str | None, Query(
    alias="from", pattern=DATE_PATTERN, max_length=10,
    description=f"First date ({_DATE_HELP}).")]
DateTo = Annotated[str | None, Query(
    alias="to", pattern=DATE_PATTERN, max_length=10, description=f"Last date ({_DATE_HELP}).")]
StateA = Annotated[str, Path(
    min_length=1, max_length=MAX_NAME_CHARS,
    description="A state: ISO 3166 alpha-3 code (USA) or a name (US, China).",
    examples=["USA"])]
StateB = Annotated[str, Path(
    min_length=1, max_length=MAX_NAME_CHARS, description="The other state.",
    examples=["CHN"])]


def _dashboard(request: Request) -> Dashboard:
    dashboard: Dashboard = request.app.state.dashboard
    return dashboard


def _fresh_dashboard(request: Request) -> Dashboard:
    dashboard = _dashboard(request)
    dashboard.refresh()
    return dashboard


#: The dashboard as is (for answers read straight from the store).
Plain = Annotated[Dashboard, Depends(_dashboard)]
#: The dashboard with its cache checked against the store's revision.
Fresh = Annotated[Dashboard, Depends(_fresh_dashboard)]


def pair_query(a: StateA, b: StateB, as_of: AsOf = None) -> PairQuery:
    """The pair named in the path, as of the `as_of` query parameter."""
    return check_pair(a, b, check_date(as_of, "as_of"))


def _pair_filter(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parsed = parse_pair_key(value)
    if parsed is None:
        raise BadParameter(f"invalid pair {value[:40]!r} (use two state codes, USA-CHN)")
    query = check_pair(*parsed)
    return query.a, query.b


def event_filters(
    pair: Annotated[str | None, Query(
        max_length=2 * MAX_NAME_CHARS + 1,
        description="A pair of states, either order: two codes joined by '-', e.g. USA-CHN.",
        examples=["USA-CHN"])] = None,
    type: Annotated[list[str] | None, Query(
        description="Event types (repeat for several), e.g. SUSPEND.",
        examples=[["SUSPEND"]])] = None,
    channel: Annotated[str | None, Query(
        max_length=100, description="A channel slug, e.g. hotline.")] = None,
    state: Annotated[str | None, Query(
        max_length=MAX_NAME_CHARS, description="A state on either side (code or name).")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    as_of: AsOf = None,
    q: Annotated[str | None, Query(
        max_length=MAX_TEXT_CHARS,
        description="Case-insensitive text in the evidence sentence.")] = None,
    article: Annotated[str | None, Query(max_length=255, description="An article id.")] = None,
) -> EventFilters:
    """Filters of the events table and API; `as_of` caps the date range like `to` does."""
    first = check_date(date_from, "from")
    last = earlier(check_date(date_to, "to"), check_date(as_of, "as_of"))
    types = check_types(type)
    return EventFilters(
        types=tuple(types) if types else None, pair=_pair_filter(pair),
        channel=check_channel(channel),
        state=check_state(state) if state else None,
        date_from=first, date_to=last, text=check_text(q),
        article=article or None,
    )


