"""Query and path parameters of the web app, checked into the values the library expects.

A bad value is a `BadParameter` (400) and an unknown state, channel or article a `NotFound`
(404), each with a one-line message; the app turns them into an error page or a JSON body.
Nothing a user types reaches the store unchecked.
"""

from __future__ import annotations

import re
from datetime import date

from parley import catalogue
from parley.errors import ParleyError, UnknownState
from parley.limits import period_out_of_range
from parley.report.queries import PairQuery, resolve_pair, state_code
from parley.types import EventType

__all__ = [
    "DATE_PATTERN",
    "MAX_NAME_CHARS",
    "MAX_TEXT_CHARS",
    "BadParameter",
    "NotFound",
    "WebError",
    "check_channel",
    "check_date",
    "check_pair",
    "check_state",
    "check_text",
    "check_types",
]

#: A partial ISO date as the event contract writes it: YYYY, YYYY-MM or YYYY-MM-DD; or
#: nothing, as an HTML form sends a field left empty (it means no date).
DATE_PATTERN = r"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$"
_DATE = re.compile(DATE_PATTERN)
#: Longest state name or code accepted (the longest in the gazetteer is far shorter).
MAX_NAME_CHARS = 80
#: Longest free-text search accepted.
MAX_TEXT_CHARS = 200


class WebError(Exception):
    """A user error of the web app: an HTTP status and a one-line message."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadParameter(WebError):
    status = 400


class NotFound(WebError):
    status = 404


def check_date(value: str | None, name: str) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD value, or None; anything else is a `BadParameter`."""
    if value is None or value == "":
        return None
    if len(value) > 10 or not _DATE.fullmatch(value):
        raise BadParameter(f"invalid {name} date {value[:40]!r} (use YYYY, YYYY-MM or "
                           "YYYY-MM-DD)")
    parts = [int(part) for part in value.split("-")]
    try:
        date(parts[0] or 1, parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as error:
        raise BadParameter(f"invalid {name} date {value!r} ({error})") from None
    if parts[0] == 0:
        raise BadParameter(f"invalid {name} date {value!r} (year 0 does not exist)")
    reason = period_out_of_range(value)
    if reason is not None:  # year 1 and 9999 overflow date arithmetic and month series
        raise BadParameter(f"invalid {name} date: {reason}")
    return value


def check_state(name: str) -> str:
    """The ISO code of a state name or code; unknown names are `NotFound` with suggestions."""
    text = name.strip()
    if not text or len(text) > MAX_NAME_CHARS or not text.isprintable():
        raise BadParameter(f"invalid state {name[:40]!r} (give an ISO code or a name)")
    try:
        return state_code(text)
    except UnknownState as error:
        raise NotFound(str(error)) from None


def check_pair(a: str, b: str, as_of: str | None = None) -> PairQuery:
    """Two states as a pair query; the same state twice is a `BadParameter`."""
    for name in (a, b):
        check_state(name)
    try:
        return resolve_pair(a.strip(), b.strip(), as_of)
    except UnknownState as error:
        raise NotFound(str(error)) from None
    except ParleyError as error:
        raise BadParameter(str(error)) from None


def check_channel(slug: str | None, *, required: bool = False) -> str | None:
    """A catalogue channel slug, or None; unknown slugs are `NotFound` (listing the known)."""
    if slug is None or slug == "":
        if required:
            raise BadParameter("a channel is required")
        return None
    known = catalogue.slugs()
    if slug not in known:
        raise NotFound(f"unknown channel {slug[:60]!r} (known: {', '.join(known)})")
    return slug


def check_types(values: list[str] | None) -> list[EventType] | None:
    """Event types by name (any case); an unknown one is a `BadParameter`."""
    if not values:
        return None
    chosen: list[EventType] = []
    for value in values:
        if value == "":
            continue
        try:
            chosen.append(EventType(value.upper()))
        except ValueError:
            raise BadParameter(f"unknown event type {value[:40]!r} (known: "
                               f"{', '.join(t.value for t in EventType)})") from None
    return chosen or None


def check_text(value: str | None) -> str | None:
    """A free-text search: printable, at most `MAX_TEXT_CHARS` characters; blank is None."""
    if value is None or not value.strip():
        return None
    if len(value) > MAX_TEXT_CHARS:
        raise BadParameter(f"search text too long ({len(value)} characters; at most "
                           f"{MAX_TEXT_CHARS})")
    if not value.isprintable():
        raise BadParameter("search text holds control characters")
    return value.strip()
