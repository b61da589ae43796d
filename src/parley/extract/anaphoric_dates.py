"""Dates that point back: "since then" is a span from the date the article last stated,
"later that year" is its year, "the previous day" the day before the story's day.

"The hotline was cut in 2016. Since then, Seoul has called the North every day without an
answer": the unanswered calls run from 2016 to publication, not from the day of writing.
The phrases are in `data/lexicons/dating.json`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from parley.dates import lexicon as date_words
from parley.dates.calendar import shift_date
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


def told_just_before(previous: DateMention | None, published: str | None) -> str | None:
    """The day the sentence just before stated, however long ago: "North Korea cut the line
    on 9 June 2020. A day earlier, it had ignored Seoul's calls" counts from 9 June 2020.
    None when that sentence stated no day (a month or year there is most often background:
    "The episode recalls January 2013 … Five weeks earlier" counts from the story's day),
    only a span, or one to come."""
    if previous is None or not previous.value or len(previous.value) < 10 \
            or previous.end_value:
        return None
    if published and previous.value[: len(published)] > published:
        return None
    return previous.value


def _alternatives(name: str) -> str:
    words = sorted(dating_words(name), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


#: "later that year", "in the same month", "that week".
SAME_PERIOD = re.compile(
    rf"\b(?:{_alternatives('same_period_words')})\s+(?P<unit>week|month|year)\b(?!-)",
    re.IGNORECASE)
#: "the previous day", "the preceding week", "the day before" (nothing after it).
PREVIOUS_PERIOD = re.compile(
    rf"\b(?:(?:{_alternatives('previous_period_words')})\s+(?P<unit>day|week|month|year)\b"
    r"|the\s+day\s+before(?=\s*[,.;:]|\s*$))",
    re.IGNORECASE)

_WIDTH = {"week": 7, "month": 7, "year": 4}



def period_anaphor(text: str, anchor: str | None, last_date: str | None
                   ) -> DateMention | None:
    """"later that year" (the year of the last stated date, however old), "the previous
    day" (a day before `anchor`, the story's date 'a day earlier' counts from)."""
    same = SAME_PERIOD.search(text)
    if same is not None and last_date:
        value = last_date[: _WIDTH[same.group("unit").lower()]]
        return DateMention(same.group(), same.start(), same.end(), value, None)
    previous = PREVIOUS_PERIOD.search(text)
    if previous is None or not anchor:
        return None
    unit = (previous.group("unit") or "day").lower()
    moved = shift_date(anchor, -1, unit)
    return DateMention(previous.group(), previous.start(), previous.end(), moved, None) \
        if moved else None


#: "October that year", "in October of the same year": a month of the year named before.
MONTH_OF_THAT_YEAR = re.compile(
    rf"\s+(?:of\s+)?(?:{_alternatives('same_period_words')})\s+year\b", re.IGNORECASE)


#: "that year", "the same year" anywhere before a date of the sentence.
THAT_YEAR = re.compile(
    rf"\b(?:{_alternatives('same_period_words')})\s+year\b(?!-)", re.IGNORECASE)
#: Words that make a month relative to publication ("last March", "next May").
_RELATIVE_WORDS = frozenset({"last", "next", "this", "past", "coming", "ago"})
#: A mention that says its own year: digits, or "last year", "this year".
_OWN_YEAR = re.compile(r"\d{4}|\byear\b", re.IGNORECASE)


def month_of_that_year(text: str, mention: DateMention | None, last_date: str | None
                       ) -> DateMention | None:
    """'The rig standoff came in 2014. Thanh flew to Beijing in October that year': a month
    without a year of its own followed by 'that year' is a month of the last stated year,
    not of the publication year; so is a month or day after 'that year' in its sentence
    ('Relations sank further that year when Seoul said in August …'). Any other mention is
    returned as it is."""
    if mention is None or not mention.value or not last_date \
            or _OWN_YEAR.search(mention.text) or not mention.text:
        return mention
    if len(mention.value) == 7 and MONTH_OF_THAT_YEAR.match(text, mention.end):
        return replace(mention, value=last_date[:4] + mention.value[4:])
    if len(mention.value) in (7, 10) and year_told_before(text, mention) and \
            not mention.end_value:
        return replace(mention, value=last_date[:4] + mention.value[4:])
    return mention


def year_told_before(text: str, mention: DateMention) -> bool:
    """Whether 'that year' stands before `mention` in its sentence, and the mention is a
    calendar month or day ("in August", "on August 3"), not a weekday or "last month"."""
    words = re.findall(r"[a-z]+", mention.text.lower())
    if not any(w in date_words.MONTHS for w in words) or any(
            w in _RELATIVE_WORDS for w in words):
        return False
    return any(m.end() <= mention.start for m in THAT_YEAR.finditer(text))
