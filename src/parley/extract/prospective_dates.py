"""Dates of what is to come: a bare month or weekday in a clause that tells a future is the
next one, not the last one, and it is never the day the story has reached.

"The delegations will meet again in October", written in June, means this October; read as
the latest October before publication it became last year's, and the next sentences of the
story ("The US side pressed for a call") then borrowed it. The words that mark a future are
in `data/lexicons/dating.json`; the placement itself is `parley.dates.find_dates(ahead=True)`.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from parley.dates import find_dates
from parley.dates.calendar import shift_months
from parley.extract.syntax import Tree
from parley.types import DateMention

#: A clause of time to come, told from the time of writing or from a past report.
Futurity = Literal["future", "future-in-past"]


@lru_cache(maxsize=1)
def _dating() -> dict[str, Any]:
    text = (resources.files("parley.data") / "lexicons" / "dating.json").read_text(
        encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def dating_data() -> dict[str, Any]:
    """The whole of `dating.json`, for its tables that are not word lists."""
    return _dating()


def dating_words(name: str) -> frozenset[str]:
    """One word class of `dating.json`; an unknown name is a programming error (KeyError)."""
    return frozenset(_dating()["classes"][name]["words"])


#: "will meet", "shall resume": a future seen from the time of writing.
FUTURE_AUXILIARIES = dating_words("future_auxiliaries")
#: "would meet": a future seen from a report that may be older than the article.
FUTURE_IN_PAST_AUXILIARIES = dating_words("future_in_past_auxiliaries")
#: "due to meet", "scheduled to visit", "talks set for Thursday".
SCHEDULE_WORDS = dating_words("schedule_words")
#: How far ahead a date told from a past report may be placed.
HORIZON_MONTHS: int = _dating()["numbers"]["future_in_past_horizon_months"]["value"]

_PRESENT_TAGS = frozenset({"VBP", "VBZ", "MD"})


def _present(tree: Tree, index: int) -> bool:
    """Whether the word at `index` (a schedule word), its auxiliaries or its copula are in
    the present tense or a plain future ('are due', 'is scheduled', 'plans', 'will be set')."""
    token = tree.tokens[index]
    words = [token, *(tree.tokens[c] for c in tree.dependents(index, ("aux", "auxpass")))]
    if token.pos == "ADJ" or token.dep == "acomp":
        copula = tree.tokens[token.head]
        words += [copula, *(tree.tokens[c] for c in tree.dependents(copula.i, ("aux",)))]
    if any(w.lower in FUTURE_AUXILIARIES for w in words):
        return True
    if any(w.tag == "VBD" for w in words):
        return False
    return any(w.tag in _PRESENT_TAGS for w in words)


def futurity(tree: Tree, index: int) -> Futurity | None:
    """Whether the clause of token `index` tells time to come, and from when.

    "will meet in October", "are due to meet in May", "is going to visit on Monday":
    'future'; "agreed that their staffs would meet in August", "talks that were due to open
    on Tuesday", "talks scheduled for Thursday": 'future-in-past'. A perfect ("would have
    met in May") tells a past, and so does a clause without these words.
    """
    current = tree.clause_head(index)
    for _ in range(4):
        token = tree.tokens[current]
        auxiliaries = [tree.tokens[c] for c in tree.dependents(current, ("aux", "auxpass"))]
        if any(a.lemma == "have" for a in auxiliaries):
            return None
        lowers = {a.lower for a in auxiliaries}
        if lowers & FUTURE_AUXILIARIES:
            return "future"
        if lowers & FUTURE_IN_PAST_AUXILIARIES:
            return "future-in-past"
        if token.lower in SCHEDULE_WORDS or token.lemma in SCHEDULE_WORDS:
            if token.dep in ("acl", "amod") and token.tag == "VBN":
                return "future-in-past"  # "the talks scheduled for Thursday"
            if token.pos == "ADJ" or token.dep == "acomp" or auxiliaries:
                return "future" if _present(tree, current) else "future-in-past"
        if token.dep != "xcomp" or token.head == current:
            return None
        head = tree.tokens[token.head]
        if head.lower in SCHEDULE_WORDS or head.lemma in SCHEDULE_WORDS:
            return "future" if _present(tree, head.i) else "future-in-past"
        current = head.i
    return None


def _root(tree: Tree, mention: DateMention) -> int | None:
    indices = tree.token_range(mention.start, mention.end)
    inside = set(indices)
    return next((i for i in indices if tree.tokens[i].head not in inside), None)


def _before_complement(tree: Tree, root: int) -> bool:
    """'North Korea said on Thursday it would cut …': a date between a reporting verb and
    the subject of its complement is the report's, whatever the parser hung it on."""
    head = tree.clause_head(root)
    if tree.tokens[head].dep != "ccomp":
        return False
    opening = tree.dependents(head, ("nsubj", "nsubjpass", "mark"))
    return bool(opening) and root < min(opening)


def prospective(tree: Tree, mention: DateMention) -> Futurity | None:
    """The futurity of the clause a date mention stands in (None: not told as to come)."""
    root = _root(tree, mention)
    if root is None or _before_complement(tree, root):
        return None
    return futurity(tree, root)


def _near(value: str, published: date) -> bool:
    """Whether an ISO value lies within the horizon after publication."""
    limit = shift_months(published.isoformat()[:7], HORIZON_MONTHS)
    return value[:7] <= limit


def _report_day(dates: list[DateMention], told: dict[tuple[int, int], Futurity | None],
                published: date) -> date | None:
    """The day of the sentence that is not of time to come, when there is one and it is
    before publication: the day a future-in-past was told from."""
    days = [m.value for m in dates if m.value and len(m.value) == 10 and not m.end_value
            and told.get((m.start, m.end)) is None and m.value < published.isoformat()]
    return date.fromisoformat(days[0]) if len(days) == 1 else None


def placed_dates(tree: Tree, text: str, dates: list[DateMention], published: date | None
                 ) -> list[DateMention]:
    """The sentence's dates, those of a clause of time to come placed ahead of publication.

    Only a bare month or weekday moves ("in October", "on Thursday", "on March 3"); a date
    with a year, "last"/"next" or an offset stays as written. A date told from a past
    report ("would meet in August") moves only when the next one is near, and is the next
    one after the report's own day when the sentence states it ("Seoul said last Thursday
    the North would reopen the line on Monday": the Monday after that Thursday).
    """
    if published is None or not dates:
        return dates
    told = {(m.start, m.end): prospective(tree, m) for m in dates if m.value}
    if not any(told.values()):
        return dates
    ahead = {(m.start, m.end): m for m in find_dates(text, published, ahead=True)}
    report = _report_day(dates, told, published)
    from_report = {(m.start, m.end): m for m in find_dates(text, report, ahead=True)} \
        if report is not None else ahead
    placed: list[DateMention] = []
    for mention in dates:
        kind = told.get((mention.start, mention.end))
        forward = (from_report if kind == "future-in-past" else ahead).get(
            (mention.start, mention.end))
        if kind is None or forward is None or not forward.value \
                or forward.value == mention.value or (
                kind == "future-in-past" and not _near(forward.value, published)):
            placed.append(mention)
        else:
            placed.append(forward)
    return placed
