"""Which links set up between two states are communication channels: "a new rail link", "a
trade link", "an air link" or "a pipeline link" joins places, markets or grids, not officials,
so setting one up is no ESTABLISH; "a telephone link", "a military communication line" and
"the air and sea communication mechanism" are channels. The words are data
(`communication_link_modifiers`, `transport_link_modifiers` in `grammar.json`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words

if TYPE_CHECKING:
    from parley.extract.syntax import Tree

#: Words that make a link one of communication ("telephone link", "liaison mechanism").
COMMUNICATION_MODIFIERS = grammar_words("communication_link_modifiers")
#: Words that make a link one of transport, trade, energy or money ("rail link").
TRANSPORT_MODIFIERS = grammar_words("transport_link_modifiers")

#: Dependency labels of the words that say what kind of thing a noun is: a noun compound
#: ("rail link"), an adjective ("commercial link") or a hyphenated first part ("air-link").
KIND_DEPS = ("compound", "amod", "nmod")


def kind_words(tree: Tree, head: int) -> set[str]:
    """The lower-cased words that modify `head` as its kind, with their coordinated words
    ("the air and sea communication mechanism": air, sea, communication) and the modifiers'
    own compounds ("the rail freight link")."""
    found: set[str] = set()
    todo = list(tree.dependents(head, KIND_DEPS))
    seen: set[int] = set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        token = tree.tokens[current]
        found.update({token.lower, token.lemma.lower()})
        todo.extend(tree.dependents(current, ("conj", *KIND_DEPS)))
    return found


def is_transport_link(tree: Tree, head: int) -> bool:
    """'a new rail link', 'a trade channel', 'a pipeline link': a transport, trade or energy
    word says what the link carries and no communication word outweighs it ('the air and sea
    communication mechanism' and 'a secure air-defence hotline' stay channels)."""
    kinds = kind_words(tree, head)
    return bool(kinds & TRANSPORT_MODIFIERS) and not kinds & COMMUNICATION_MODIFIERS
