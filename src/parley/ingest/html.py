"""A typed wrapper around trafilatura: the one place ingest turns an HTML page into text.

Trafilatura is called on a string, so it never touches the network. It is imported on first
use, because it is slow to import and only HTML inputs need it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

#: Publication dates come from the page's metadata (meta tags, <time>, JSON-LD) only. The
#: "extensive" search would also take any date written in the body, which in a news story is
#: usually the date of an event, and a wrong publication date misplaces every relative date.
DATE_EXTRACTION: dict[str, Any] = {"extensive_search": False, "original_date": True}

#: Fewer words than this is no article: on a page without one, trafilatura falls back to
#: whatever text it finds, such as the menu ("Home News").
MIN_BODY_WORDS = 5


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """The main text of an HTML page and the metadata trafilatura found for it."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    site: str | None = None


def _string(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return (value.strip() or None) if isinstance(value, str) else None


def extract_page(html: str) -> ExtractedPage | None:
    """The article of an HTML page, or None when the page has no article body."""
    import trafilatura

    result: object = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        date_extraction_params=DATE_EXTRACTION,
    )
    if not isinstance(result, str):
        return None
    record: object = json.loads(result)
    if not isinstance(record, dict):
        return None
    text = record.get("text")
    if not isinstance(text, str) or len(text.split()) < MIN_BODY_WORDS:
        return None
    return ExtractedPage(
        text=text,
        title=_string(record, "title"),
        date=_string(record, "date"),
        url=_string(record, "source"),
        site=_string(record, "source-hostname") or _string(record, "hostname"),
    )
