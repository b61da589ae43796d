"""Which state an aircraft belongs to when the text names it only by its type.

"A Tu-95 bomber entered the airspace near Minami Daito" names no state in words, but only
Russia flies the Tu-95: the type says whose platform entered. The types one state alone flies
are data (`data/lexicons/aircraft_operators.json`, with their sources); a type several states
fly (F-16, P-8, Su-24) names none, so the article's pair is never guessed from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parley.extract.records import SentenceView


@lru_cache(maxsize=1)
def _type_operators() -> tuple[tuple[re.Pattern[str], str], ...]:
    """A whole-word pattern of each state's types, with the state's code."""
    text = (resources.files("parley.data") / "lexicons" / "aircraft_operators.json"
            ).read_text(encoding="utf-8")
    operators: dict[str, list[str]] = json.loads(text)["operators"]

    def pattern(types: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(t) for t in sorted(types, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)

    return tuple((pattern(types), state) for state, types in operators.items())


def sole_operator(text: str) -> str | None:
    """'RUS' for 'a Tu-95 bomber', 'CHN' for 'an H-6K'; None for 'an F-16' or 'a plane',
    and None when the text names types of two states."""
    states = {state for pattern, state in _type_operators() if pattern.search(text)}
    return states.pop() if len(states) == 1 else None


def operator_of_tokens(view: SentenceView, indices: Iterable[int]) -> str | None:
    """The sole operator of the aircraft type among the tokens (a subject, a 'by' phrase)."""
    words = sorted(indices)
    if not words:
        return None
    first, last = view.tree.tokens[words[0]], view.tree.tokens[words[-1]]
    return sole_operator(view.sentence.text[first.idx:last.idx + len(last.text)])
