"""Role phrases with their state named inside: 'the chief of China's Joint Staff Department',
'the chairman of the US Joint Chiefs of Staff', 'the commander of the Russian Black Sea Fleet'.

News puts the state between the words of an 'X of the Y' title, so the phrase the role data
lists ('chief of the joint staff department') never occurs as written. A state or institution
mention with 'X of (the)' before it and 'Y' (after an optional possessive) after it, where
'X of the Y' is a listed phrase, is that role, held for that state.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from parley.types import Mention, MentionKind

#: How many words a title may have on either side of the state.
_MAX_WORDS = 6
_BEFORE = re.compile(rf"((?:[\w\-]+ ){{1,{_MAX_WORDS}}})of (?:the )?$")
_AFTER = re.compile(rf"^(?:['’]s?)? ((?:[\w\-]+)(?: [\w\-]+){{0,{_MAX_WORDS - 1}}})")


def _normal(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.lower()).strip()


def roles_with_state_inside(text: str, named: Sequence[Mention],
                            role_by_phrase: Mapping[str, str]) -> list[Mention]:
    """Role mentions for 'X of <state>'s Y' and 'X of the <state> Y' where 'X of the Y' is a
    role phrase: the longest title around each named state, with that state."""
    found: list[Mention] = []
    for state in named:
        if state.state is None or state.kind not in (MentionKind.STATE,
                                                     MentionKind.INSTITUTION):
            continue
        before = _BEFORE.search(text, max(0, state.start - 80), state.start)
        if before is None:
            continue
        after = _AFTER.match(text[state.end:state.end + 80])
        heads = before.group(1).split()
        tails = after.group(1).split() if after else []
        # An institution's own words may be the title's end: "of the [US Joint Chiefs of
        # Staff]", "of the [Russian General Staff]".
        inner = state.text.split()
        best: tuple[int, int, str] | None = None
        for h in range(1, len(heads) + 1):
            head = " ".join(heads[-h:])
            for k in range(1, len(inner) + 1):
                for t in range(0 if k < len(inner) else 1, len(tails) + 1):
                    words = [*inner[k:], *tails[:t]]
                    role = role_by_phrase.get(_normal(f"{head} of the {' '.join(words)}"))
                    if role and (best is None or h + t > best[0] + best[1]):
                        best = (h, t, role)
        if best is None:
            continue
        h, t, role = best
        start = before.start(1) + len(" ".join(heads[:-h])) + (1 if len(heads) > h else 0)
        end = state.end + (after.start(1) + len(" ".join(tails[:t])) if after and t else 0)
        found.append(Mention(text[start:end], start, end, MentionKind.ROLE, state.state,
                             roles=(role,)))
    return found
