"""The day a wire story was filed, read from its dateline ("WASHINGTON, June 21 (Wire) - "):
the day its relative dates count from when it is published later.

A story filed on June 21 and published a week later still tells "on Tuesday" of the Tuesday
on or before June 21, and "yesterday" of June 20: the words were written on the dateline's
day. A dateline day after publication, or long before it, is no filing day (a misread
heading), so the publication date stays the anchor.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parley.dates import find_dates

#: "SEOUL/TOKYO, June 2 - ", "WASHINGTON, June 21 (Wire) - ": place, day and month, an
#: optional agency in brackets, then the dash or colon that ends the dateline.
DATELINE_DATE = re.compile(
    r"^[A-Z][A-Z .'’/\-]+,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:-|—|–|--|:)\s")

#: How long before publication a dateline's day is still the filing day.
_FILING_WINDOW = timedelta(days=31)


def filing_day(opening: str, published: date | None) -> date | None:
    """The dateline's day of the opening sentence, resolved against publication (the latest
    such day on or before it), when it is a filing day within a month before; else None."""
    dateline = DATELINE_DATE.match(opening)
    if dateline is None or published is None:
        return None
    days = [m for m in find_dates(opening[:dateline.end()], published)
            if m.value and len(m.value) == 10 and not m.end_value]
    if not days:
        return None
    filed = date.fromisoformat(days[0].value or "")
    return filed if published - _FILING_WINDOW <= filed <= published else None


def date_anchor(opening: str | None, published: date | None) -> date | None:
    """What the article's relative dates count from: its filing day, else publication."""
    filed = filing_day(opening, published) if opening is not None else None
    return filed or published
