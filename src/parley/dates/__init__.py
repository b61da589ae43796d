"""The dates stage: temporal expressions in a sentence, resolved against the publication date.

`find_dates` is the entry point; `cut`, `precision_of` and `published_default` are the ISO
helpers other stages use to compare and default dates. Pure Python, never today's date.

`find_dates` (and its compiled patterns) loads on first use: the timeline and the store
queries need only the calendar helpers, and a store query must start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from parley.dates.resolve import cut, precision_of, published_default

if TYPE_CHECKING:
    from parley.dates.find import find_dates

__all__ = ["cut", "find_dates", "precision_of", "published_default"]


def __getattr__(name: str) -> Any:
    if name == "find_dates":
        from parley.dates.find import find_dates

        return find_dates
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
