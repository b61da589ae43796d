"""Two dates that tell one event's days ("held talks on Wednesday and Thursday"), and gaps
told without a count ("hours after", "days after").

`events.repeated_dates` gives a meeting told with two dates two events ("met on 2 June and
again on 9 June"); but two days in a row joined by a bare "and" are the days one meeting
lasted, and the meeting is dated by its first day.
"""

from __future__ import annotations

import re
from datetime import date

from parley.extract.prospective_dates import dating_data
from parley.extract.syntax import Tree
from parley.types import DateMention

#: What stands between the two days: a bare 'and' (no 'again', no 'once more').
_BARE_AND = re.compile(r"\s*and (?:on )?")


def consecutive_days(first: DateMention, second: DateMention, between: str) -> bool:
    """Whether `first` and `second` (in text order, `between` the text between them) are two
    days in a row joined by a bare 'and' ('on Wednesday and Thursday', 'on 2 and 3 April')."""
    if not first.value or not second.value or len(first.value) != 10 \
            or len(second.value) != 10 or not _BARE_AND.fullmatch(between):
        return False
    return (date.fromisoformat(second.value) - date.fromisoformat(first.value)).days == 1


#: word -> (amount, unit, precision told): "hours after" (0, day, day), "days after" (3, day,
#: month), from `data/lexicons/dating.json`.
VAGUE_GAPS: dict[str, tuple[int, str, str]] = {
    word: (int(amount), str(unit), str(precision))
    for word, (amount, unit, precision) in dating_data()["vague_gaps"]["gaps"].items()}
_WIDTH = {"day": 10, "month": 7, "year": 4}


def vague_gap(tree: Tree, word: int) -> tuple[int, str, int] | None:
    """The gap a count-less word before 'after'/'before' (at `word`) tells: "hours after"
    and "shortly after" are the same day, "days after" a few days, told to the month only;
    as (amount, unit, ISO width of the result). None without such a word."""
    if word < 1:
        return None
    before = tree.tokens[word - 1]
    if before.lower not in VAGUE_GAPS:
        return None
    amount, unit, precision = VAGUE_GAPS[before.lower]
    return amount, unit, _WIDTH[precision]
