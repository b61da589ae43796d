"""Two dates that tell one event's days: "held talks on Wednesday and Thursday".

`events.repeated_dates` gives a meeting told with two dates two events ("met on 2 June and
again on 9 June"); but two days in a row joined by a bare "and" are the days one meeting
lasted, and the meeting is dated by its first day.
"""

from __future__ import annotations

import re
from datetime import date

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
