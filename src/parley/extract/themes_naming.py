"""Theme check: 'so-called' names a thing, it calls nobody. "Moscow showed so-called evidence
to Washington" is no CALL between Russia and the United States: the participle 'called'
joined to 'so' by a hyphen is an adjective of naming, whatever its sentence's states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.registry import registry
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

#: The word a hyphen joins to 'called' to make an adjective of naming ("so-called").
NAMING_PREFIXES = frozenset({"so"})


def so_called(view: SentenceView, index: int) -> bool:
    """'so-called evidence' (tokens 'so', '-', 'called'), also when written 'so called'."""
    tokens = view.tree.tokens
    before = [t.lower for t in tokens[max(0, index - 2):index] if t.lower != "-"]
    return bool(before) and before[-1] in NAMING_PREFIXES and tokens[index].lower == "called"


@registry.theme_check("parley.so-called-is-no-call.v1", types=(EventType.CALL,),
                      themes=("self",), before="parley.call-is-phone-call.v1")
def so_called_is_no_call(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                         ) -> bool | None:
    """'demonstrate so-called evidence of victims': naming, not a phone call."""
    return False if so_called(view, candidate.index) else None
