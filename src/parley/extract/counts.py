"""Aggregated counts with their qualifiers: "more than a dozen requests" -> (12, more_than)."""

from __future__ import annotations

import re

from parley.dates.lexicon import number_words
from parley.extract.syntax import Tree
from parley.types import CountQualifier

#: Counts of aggregated events ("a dozen requests"): the shared table of number words.
NUMBER_WORDS: dict[str, int] = {**number_words("cardinals"), **number_words("couples"),
                                **number_words("quantities")}
QUALIFIERS: dict[str, CountQualifier] = {
    "more than": CountQualifier.MORE_THAN, "over": CountQualifier.MORE_THAN,
    "upwards of": CountQualifier.MORE_THAN, "in excess of": CountQualifier.MORE_THAN,
    "at least": CountQualifier.AT_LEAST, "no fewer than": CountQualifier.AT_LEAST,
    "no less than": CountQualifier.AT_LEAST,
    "about": CountQualifier.ABOUT, "around": CountQualifier.ABOUT,
    "roughly": CountQualifier.ABOUT, "some": CountQualifier.ABOUT,
    "approximately": CountQualifier.ABOUT, "an estimated": CountQualifier.ABOUT,
    "nearly": CountQualifier.NEARLY, "almost": CountQualifier.NEARLY,
    "close to": CountQualifier.NEARLY, "just under": CountQualifier.NEARLY,
    "fewer than": CountQualifier.FEWER_THAN, "less than": CountQualifier.FEWER_THAN,
    "under": CountQualifier.FEWER_THAN,
}
_NUMBER = "|".join(sorted((re.escape(k) for k in NUMBER_WORDS), key=len, reverse=True))
_QUALIFIER = "|".join(sorted((re.escape(k) for k in QUALIFIERS), key=len, reverse=True))
COUNT_PHRASE = re.compile(
    rf"(?:\b(?P<qualifier>{_QUALIFIER})\s+)?(?:\b(?P<word>{_NUMBER})\b|(?P<digits>\d{{1,4}})\b)"
    r"(?P<rest>[\w\s\-]*)$",
    re.IGNORECASE,
)
COUNTABLE = frozenset({"request", "invitation", "proposal", "call", "attempt", "overture",
                       "appeal", "offer", "bid", "meeting", "round", "message", "time"})


def parse_count(phrase: str) -> tuple[int | None, CountQualifier | None]:
    """The count of a noun phrase's pre-modifiers ("nearly 10 working-level")."""
    match = COUNT_PHRASE.search(phrase)
    if not match:
        return (None, None)
    if match.group("digits"):
        value = int(match.group("digits"))
    else:
        value = NUMBER_WORDS[match.group("word").lower()]
    qualifier_text = (match.group("qualifier") or "").lower()
    qualifier = QUALIFIERS.get(qualifier_text, CountQualifier.EXACT)
    return (value, qualifier)


def find_count(tree: Tree, trigger: int, arguments: set[int]
               ) -> tuple[int | None, CountQualifier | None]:
    """The count on the first countable noun among the trigger and its arguments."""
    for index in sorted(arguments | {trigger}):
        token = tree.tokens[index]
        if token.lemma not in COUNTABLE or token.pos != "NOUN" or token.tag != "NNS":
            continue
        left = min(tree.subtree(index, stop=frozenset({"prep", "acl", "relcl", "conj", "cc"})))
        words = " ".join(t.text for t in tree.tokens[left:index])
        value, qualifier = parse_count(words)
        if value is not None:
            return (value, qualifier)
    return (None, None)
