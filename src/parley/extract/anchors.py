"""Literal anchors of regular expressions: which patterns can match a text, found by substring
tests before any regex runs (channel names, status patterns).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Characters that a case-insensitive regex matches to an ASCII letter although their
#: lower-case form is not that letter ("ſ" matches "s"); with one of them in a text, a
#: lower-case substring test is not a safe stand-in for the regex.
#: Characters whose case folding changes length or maps to ASCII: texts holding one are
#: matched without anchors.
_CASE_FOLD_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")


def has_case_fold_oddities(text: str) -> bool:
    """Whether lower-casing the text may defeat a literal anchor test ("İ", "K" Kelvin …)."""
    return any(ch in text for ch in _CASE_FOLD_ODDITIES)


@dataclass(frozen=True, slots=True)
class _GatedPattern:
    """A regex with literal strings it needs: every match contains one of each tuple."""

    pattern: re.Pattern[str]
    anchors: tuple[tuple[str, ...], ...]  # most selective first

    @property
    def ignore_case(self) -> bool:
        return bool(self.pattern.flags & re.IGNORECASE)


class _GatedSearch:
    """Whether any of several regexes matches a text, running only those whose anchors occur.

    The anchors are read off each regex (`required_literals`): a regex cannot match a text
    that lacks all strings of one of its anchor sets, so skipping it then changes no answer.
    Regexes are indexed by the strings of their most selective set, so a text is scanned for
    each string once.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        gated = [_GatedPattern(p, _ascii_anchors(p)) for p in patterns]
        self.ungated = tuple(g.pattern for g in gated if not g.anchors)
        index: dict[tuple[str, bool], list[_GatedPattern]] = {}
        for g in gated:
            if g.anchors:
                for anchor in g.anchors[0]:
                    index.setdefault((anchor, g.ignore_case), []).append(g)
        self.index = {key: tuple(value) for key, value in index.items()}

    def search(self, text: str) -> bool:
        if any(pattern.search(text) for pattern in self.ungated):
            return True
        lower = text.lower()
        odd = any(ch in text for ch in _CASE_FOLD_ODDITIES)
        tried: set[int] = set()
        for (anchor, fold), candidates in self.index.items():
            if fold:
                if not (odd or anchor in lower):
                    continue
            elif anchor not in text:
                continue
            for gated in candidates:
                if id(gated) in tried:
                    continue
                tried.add(id(gated))
                haystack = lower if fold else text
                if (odd and fold) or all(any(a in haystack for a in anchors)
                                         for anchors in gated.anchors[1:]):
                    if gated.pattern.search(text):
                        return True
        return False


class AnchorIndex:
    """Which of several regexes may match a text, read off the literals each one needs.

    A regex cannot match a text lacking every string of its most selective anchor set
    (`_ascii_anchors`), so running only the others changes no match. Each anchor is looked
    for once per text, however many regexes need it.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.size = len(patterns)
        always: list[int] = []
        index: dict[tuple[str, bool], list[int]] = {}
        for i, pattern in enumerate(patterns):
            anchors = _ascii_anchors(pattern)
            if not anchors:
                always.append(i)
                continue
            fold = bool(pattern.flags & re.IGNORECASE)
            for anchor in anchors[0]:
                index.setdefault((anchor, fold), []).append(i)
        self.always = tuple(always)
        self.folded = tuple((a, tuple(ix)) for (a, fold), ix in index.items() if fold)
        self.exact = tuple((a, tuple(ix)) for (a, fold), ix in index.items() if not fold)

    def candidates(self, text: str) -> list[int]:
        """Positions of the regexes that may match `text`, in their original order."""
        if has_case_fold_oddities(text):
            return list(range(self.size))
        lower = text.lower()
        found = set(self.always)
        for anchor, indices in self.folded:
            if anchor in lower:
                found.update(indices)
        for anchor, indices in self.exact:
            if anchor in text:
                found.update(indices)
        return sorted(found)


def _ascii_anchors(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The pattern's required literals a plain substring test can look for, most selective
    (longest shortest string) first."""
    fold = bool(pattern.flags & re.IGNORECASE)
    found = [tuple(sorted({a.lower() if fold else a for a in anchors}))
             for anchors in required_literals(pattern.pattern)
             if all(a.isascii() for a in anchors)]
    found.sort(key=lambda c: (-min(len(s) for s in c), len(c)))
    return tuple(found)


class _Unsupported(Exception):
    pass


def required_literals(pattern: str) -> list[frozenset[str]]:
    """Sets of literal strings such that every match of the regex `pattern` contains one
    string of each set.

    Reads literal characters, groups, alternations, character classes, escapes and
    quantifiers; a construct it does not know (flags, backreferences, …) gives no set at all
    (nothing is known to be required). Lookarounds, classes and optional parts contribute
    nothing.
    """
    reader = _LiteralReader(pattern)
    try:
        found = reader.alternation()
    except _Unsupported:
        return []
    return found if reader.pos == len(pattern) else []


class _LiteralReader:
    """A recursive-descent reader of the subset of regex syntax `required_literals` knows."""

    _QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
    _CLASS_ESCAPES = frozenset("sSwWdDbBAZ")

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def alternation(self) -> list[frozenset[str]]:
        """Required sets of an alternation: all of a single branch's, else one set, the union
        of the most selective set of each branch."""
        branches = [self.sequence()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        union: set[str] = set()
        for branch in branches:
            if not branch:
                return []
            union |= max(branch, key=lambda c: (min(len(s) for s in c), -len(c)))
        return [frozenset(union)]

    def sequence(self) -> list[frozenset[str]]:
        candidates: list[frozenset[str]] = []
        run: list[str] = []

        def flush() -> None:
            if run:
                candidates.append(frozenset({"".join(run)}))
                run.clear()

        while self._peek() not in ("", "|", ")"):
            kind, value = self._atom()
            least = self._quantifier()
            if kind == "char" and isinstance(value, str):
                if least == 0:
                    flush()
                    continue
                run.append(value)
                if least not in (None, 1):  # "c+", "c{2,}": what follows may not adjoin c
                    flush()
                continue
            flush()
            if kind == "group" and least != 0 and isinstance(value, list):
                candidates.extend(value)
        flush()
        return candidates

    def _atom(self) -> tuple[str, list[frozenset[str]] | str | None]:
        char = self._peek()
        self.pos += 1
        if char == "(":
            lookaround = False
            if self._peek() == "?":
                head = self.text[self.pos:self.pos + 4]
                if head.startswith("?:"):
                    self.pos += 2
                elif head.startswith(("?=", "?!")):
                    self.pos += 2
                    lookaround = True
                elif head.startswith(("?<=", "?<!")):
                    self.pos += 3
                    lookaround = True
                elif head.startswith("?P<"):
                    close = self.text.find(">", self.pos)
                    if close < 0:
                        raise _Unsupported
                    self.pos = close + 1
                else:
                    raise _Unsupported  # flags, backreferences, comments, conditionals
            inner = self.alternation()
            if self._peek() != ")":
                raise _Unsupported
            self.pos += 1
            return ("other", None) if lookaround else ("group", inner)
        if char == "[":
            if self._peek() == "^":
                self.pos += 1
            if self._peek() == "]":
                self.pos += 1
            while self._peek() not in ("]", ""):
                self.pos += 2 if self._peek() == "\\" else 1
            if self._peek() != "]":
                raise _Unsupported
            self.pos += 1
            return ("other", None)
        if char == "\\":
            escaped = self._peek()
            self.pos += 1
            if escaped in self._CLASS_ESCAPES:
                return ("other", None)
            if not escaped or escaped.isalnum():
                raise _Unsupported  # backreferences, \n, \x41, \u00e9 …
            return ("char", escaped)
        if char in ".^$":
            return ("other", None)
        if char in "*+?{)|" or not char:
            raise _Unsupported
        if not char.isascii():
            return ("other", None)
        return ("char", char)

    def _quantifier(self) -> int | None:
        """The least number of repetitions of the atom just read (None: exactly once)."""
        char = self._peek()
        least: int | None
        if char in ("?", "*"):
            least = 0
        elif char == "+":
            least = 2
        elif char == "{":
            match = self._QUANTIFIER.match(self.text, self.pos)
            if match is None:
                return None
            self.pos = match.end() - 1
            low = int(match.group(1) or 0)
            exact = match.group(2) is None and match.group(1)
            least = 1 if exact and low == 1 else (0 if low == 0 else 2)
        else:
            return None
        self.pos += 1
        if self._peek() in ("?", "+"):
            self.pos += 1  # lazy or possessive
        return least
