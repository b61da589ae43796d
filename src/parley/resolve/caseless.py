"""Case-insensitive regexes run as exact ones on lower-cased text, where that is the same.

Python's regex engine skips the branches of an alternation by their first character only when
it is matched exactly, so an exact regex over a lower-cased text runs about twice as fast as
the case-insensitive one over the text. The two find the same matches when lower-casing
changes only ASCII letters in the text (`caseless`) and the regex has no literal that
lower-casing would miss (`lowered_twin`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def caseless(text: str) -> str | None:
    """`text.lower()` when that changes only ASCII letters (every other character is
    caseless: quotes, dashes, digits …), so that a lower-cased regex matches it exactly where
    the regex matches `text` case-insensitively; None otherwise ("Türkiye", "İ", "ſ")."""
    if text.isascii() or all(c == c.lower() == c.upper() for c in _NON_ASCII.findall(text)):
        return text.lower()
    return None


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-insensitive `pattern` without its IGNORECASE flag, which matches a `caseless`
    text as `pattern` matches the text; None when that is not sure: a literal that is not
    lower-case ASCII or caseless, an inline flag, a construct not checked here."""
    if not pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants, _parser  # type: ignore[attr-defined, unused-ignore]

        if not _plain(_parser.parse(pattern.pattern, pattern.flags), _constants):
            return None
    except Exception:  # a Python whose parser is not this one: no twin, no harm
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _lower_char(code: int) -> bool:
    char = chr(code)
    return char == char.lower() and (char.isascii() or char == char.upper())


def _plain(items: Iterable[tuple[Any, Any]], c: Any) -> bool:
    """Whether a parsed regex holds only lower-case or caseless literals and known nodes."""
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            ok = _lower_char(av)
        elif op is c.IN:
            ok = all(_lower_char(a) if o is c.LITERAL else
                     all(_lower_char(x) for x in range(a[0], a[1] + 1)) if o is c.RANGE else
                     o in (c.CATEGORY, c.NEGATE) for o, a in av)
        elif op is c.SUBPATTERN:
            ok = not av[1] and not av[2] and _plain(av[3], c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            ok = _plain(av[2], c)
        elif op is c.BRANCH:
            ok = all(_plain(branch, c) for branch in av[1])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            ok = _plain(av[1], c)
        else:
            ok = op in (c.ANY, c.AT, c.CATEGORY, c.GROUPREF)
        if not ok:
            return False
    return True
