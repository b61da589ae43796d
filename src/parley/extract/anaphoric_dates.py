"""Dates that point back: "since then" is a span from the date the article last stated.

"The hotline was cut in 2016. Since then, Seoul has called the North every day without an
answer": the unanswered calls run from 2016 to publication, not from the day of writing.
The phrases are in `data/lexicons/dating.json`.
"""

from __future__ import annotations

import re
from datetime import date

from parley.extract.prospective_dates import dating_words
from parley.extract.records import SentenceView
from parley.types import DateMention

#: "since then", "ever since", "since that time".
SINCE_THEN = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(dating_words("since_then_phrases"),
                                                     key=len, reverse=True)) + r")\b",
    re.IGNORECASE)


def since_then(view: SentenceView, clause: set[int], last_date: str | None,
               published: date | None) -> DateMention | None:
    """The span "since then" opens in the clause `clause` (token indices): from the last
    stated date (of any precision, a background year too) to publication; None without the
    phrase in that clause ("refused to meet him, and the channel has lain dormant ever
    since": the refusal is not a span) or without an earlier date."""
    match = SINCE_THEN.search(view.sentence.text)
    if match is None or not last_date or published is None:
        return None
    if not set(view.token_range(match.start(), match.end())) & clause:
        return None
    end = published.isoformat()
    if last_date[: len(end)] > end:
        return None  # the last date was one to come: nothing runs from it yet
    return DateMention(match.group(), match.start(), match.end(), last_date, None, end)
