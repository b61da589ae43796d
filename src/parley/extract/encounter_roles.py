"""Who acted in an encounter told only as a pair of platforms: "the April 2001 collision
between a U.S. Navy EP-3 and a Chinese F-8" names no doer, but a fighter meeting a
surveillance plane is the fighter's side acting (the contract: ENCOUNTER's source is the side
whose platform acted). What each aircraft is for is data (`data/lexicons/platform_roles.json`),
so a recalled encounter gets its direction from its own phrase, not from the article's.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView, Trigger


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Whole-word patterns of the interceptors and of the watched platforms."""
    text = (resources.files("parley.data") / "lexicons" / "platform_roles.json").read_text(
        encoding="utf-8")
    data = json.loads(text)

    def pattern(words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)

    return pattern(data["interceptors"]), pattern(data["watched"])


def platform_role(text: str) -> str | None:
    """'interceptor' for 'a Chinese F-8', 'watched' for 'a U.S. Navy EP-3', else None."""
    interceptors, watched = _role_patterns()
    if interceptors.search(text):
        return "interceptor"
    if watched.search(text):
        return "watched"
    return None


#: Where a 'between' phrase's pair of platforms ends: a clause, a place or a time after it
#: ("… and a Chinese F-8 in which the pilot died", "… over the Baltic").
_PAIR_END = re.compile(
    r"[,;:\u2014(]|\.$| in which | which | that | who | when | where | over | near | off | in \d"
    r"| on | during | after | before ")
_PAIR_SPLIT = re.compile(r"\s+and\s+")


def _between_pairs(view: SentenceView) -> list[tuple[int, str]]:
    """Each 'between' of the sentence: where its pair's text starts, and that text up to
    the pair's end."""
    text = view.sentence.text
    pairs: list[tuple[int, str]] = []
    for match in re.finditer(r"\bbetween\s+", text):
        rest = text[match.end():]
        end = _PAIR_END.search(rest)
        pairs.append((match.end(), rest[:end.start()] if end else rest))
    return pairs


def _sides_of_pair(view: SentenceView, offset: int, pair: str
                   ) -> tuple[str, str] | None:
    """(acting, other) of 'a U.S. Navy EP-3 and a Chinese F-8': the interceptor's state."""
    parts = _PAIR_SPLIT.split(pair, maxsplit=1)
    if len(parts) != 2:
        return None
    sides: list[tuple[str, str | None]] = []
    start = offset
    for part in parts:
        end = start + len(part)
        states = [m.state for m in view.mentions if m.state and start <= m.start < end]
        if not states:
            return None
        sides.append((states[0], platform_role(part)))
        start = pair.index(parts[1], len(parts[0])) + offset
    roles = [role for _, role in sides]
    if sides[0][0] == sides[1][0] or roles.count("interceptor") != 1:
        return None
    actor = 0 if roles[0] == "interceptor" else 1
    return sides[actor][0], sides[1 - actor][0]


def between_platform_sides(coder: ArticleCoder, view: SentenceView, trigger: Trigger
                           ) -> tuple[str, str] | None:
    """(acting state, other state) of an encounter noun told by a 'between' phrase that
    joins two states' platforms, one an interceptor and the other not ('the collision
    between a U.S. EP-3 and a Chinese F-8': CHN, USA), also for the noun the phrase is in
    apposition to ('another incident — the 2001 collision between …'); None when no such
    phrase tells it."""
    tree = view.tree
    if tree.tokens[trigger.index].pos not in ("NOUN", "PROPN"):
        return None
    told = [sides for offset, pair in _between_pairs(view)
            if (sides := _sides_of_pair(view, offset, pair)) is not None]
    return told[0] if len(set(told)) == 1 else None
