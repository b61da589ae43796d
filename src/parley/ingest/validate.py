"""Early checks of an input's fields, so that a bad value fails its own input with one line.

Each check guards a later stage that would otherwise raise for the whole batch: a lone
surrogate (`"\\ud800"` in JSON) cannot be encoded to hash or store the text; PostgreSQL
refuses a NUL character and an id over 255 characters (SQLite would keep 300,000); Python
refuses to convert a JSON integer of more than 4,300 digits; a date at the calendar's edge
(0001-01-01, 9999-12-31) overflows "six days before". Each raises `RejectedInput` naming
the field and the reason.
"""

from __future__ import annotations

import json
from datetime import date

from parley.ingest.normalize import RejectedInput
from parley.limits import (
    MAX_ID_CHARS,
    MAX_JSON_INTEGER_DIGITS,
    MAX_SHORT_FIELD_CHARS,
    date_out_of_range,
)

__all__ = ["check_field", "check_published", "load_json"]

#: Longest value of each field, where the store's column bounds it.
FIELD_LIMITS: dict[str, int] = {"id": MAX_ID_CHARS, "source": MAX_SHORT_FIELD_CHARS}


def _json_integer(digits: str) -> int:
    """An integer of a JSON text; one of more than `MAX_JSON_INTEGER_DIGITS` is refused."""
    if len(digits.lstrip("-")) > MAX_JSON_INTEGER_DIGITS:
        raise RejectedInput(f"JSON holds an integer of {len(digits.lstrip('-')):,} digits "
                            f"(at most {MAX_JSON_INTEGER_DIGITS})")
    return int(digits)


def load_json(text: str) -> object:
    """`json.loads` that refuses huge integers with `RejectedInput` (other errors as usual)."""
    return json.loads(text, parse_int=_json_integer)


def _first_lone_surrogate(value: str) -> int | None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def check_field(name: str, value: str | None) -> None:
    """No NUL character, no lone surrogate, and not longer than its column allows."""
    if value is None:
        return
    if "\x00" in value:
        raise RejectedInput(f"'{name}' holds a NUL character (\\u0000)")
    position = _first_lone_surrogate(value)
    if position is not None:
        raise RejectedInput(f"'{name}' holds a lone surrogate (\\u{ord(value[position]):04x}) "
                            f"at character {position}, which is no text")
    limit = FIELD_LIMITS.get(name)
    if limit is not None and len(value) > limit:
        raise RejectedInput(f"'{name}' is {len(value):,} characters long (at most {limit})")


def check_published(value: date | None) -> None:
    """A publication date within the supported range (see `parley.limits`)."""
    if value is None:
        return
    reason = date_out_of_range(value)
    if reason is not None:
        raise RejectedInput(f"publication date {reason}")
