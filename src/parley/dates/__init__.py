"""The dates stage: temporal expressions in a sentence, resolved against the publication date.

`find_dates` is the entry point; `cut`, `precision_of` and `published_default` are the ISO
helpers other stages use to compare and default dates. Pure Python, never today's date.
"""

from __future__ import annotations

from parley.dates.find import find_dates
from parley.dates.resolve import cut, precision_of, published_default

__all__ = ["cut", "find_dates", "precision_of", "published_default"]
