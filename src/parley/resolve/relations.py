"""Mentions read off fixed forms rather than names: relation words ("inter-Korean",
"US-China": one state on each side of the hyphen) and contextual forms ("the North" once the
article has named South Korea), both from data files under `data/actors/`."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from parley.resolve.gazetteer import word_pattern
from parley.types import Mention, MentionKind


@lru_cache(maxsize=1)
def _relations() -> tuple[dict[str, tuple[str, str]], re.Pattern[str] | None]:
    data = json.loads((resources.files("parley.data") / "actors" / "relations.json")
                      .read_text(encoding="utf-8"))
    table = {k.lower(): (v[0], v[1]) for k, v in data["relations"].items()}
    return table, word_pattern(list(table), ignore_case=True)


@lru_cache(maxsize=1)
def contextual_forms() -> tuple[dict[str, tuple[str, frozenset[str]]], re.Pattern[str] | None]:
    data = json.loads((resources.files("parley.data") / "actors" / "contextual.json")
                      .read_text(encoding="utf-8"))
    table = {f["form"]: (f["state"], frozenset(f["after"])) for f in data["forms"]}
    return table, word_pattern(list(table), ignore_case=False)


def relation_mentions(text: str) -> list[Mention]:
    """'inter-Korean', 'US-China': one mention per state, on the parts around the hyphen."""
    table, pattern = _relations()
    if pattern is None or "-" not in text:
        return []
    found: list[Mention] = []
    for match in pattern.finditer(text):
        pair = table.get(match.group().lower())
        if pair is None:
            continue
        first, second = pair
        cut = match.group().find("-")
        left, right = match.start() + max(cut, 1), match.start() + cut + 1
        found.append(Mention(text[match.start():left], match.start(), left,
                             MentionKind.STATE, first))
        found.append(Mention(text[right:match.end()], right, match.end(), MentionKind.STATE,
                             second))
    return found
