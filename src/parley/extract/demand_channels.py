"""The channel of a demand sent over a line: a demand is on no channel of its own ("Seoul
demanded that Pyongyang halt the drills"), but one told as a message over a hotline ("a
message went over the hotline, warning that India would respond if …"; "warned over the
military line that …") is on that line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.vocabulary import MEDIUM_PREPOSITIONS

if TYPE_CHECKING:
    from parley.extract.records import SentenceView

#: Labels by which a demand hangs on the clause that tells how it was sent ("a message went
#: over the hotline, warning that …").
CARRYING_CLAUSE_DEPS = frozenset({"advcl", "acl", "xcomp", "conj"})


def medium_channel(view: SentenceView, index: int) -> str | None:
    """The named channel the demand word at `index`, or the clause it hangs on, was sent
    over ('over the hotline', 'via the DGMO line'); None when it names none."""
    tree = view.tree
    holders = [index]
    token = tree.tokens[index]
    if token.dep in CARRYING_CLAUSE_DEPS and token.head != index:
        holders.append(token.head)
    for holder in holders:
        for prep in tree.dependents(holder, ("prep",)):
            if tree.tokens[prep].lower not in MEDIUM_PREPOSITIONS:
                continue
            for noun in tree.dependents(prep, ("pobj",)):
                for i in sorted(tree.subtree(noun)):
                    span = view.token_channel.get(i)
                    if span is not None and span.slug:
                        return span.slug
    return None
