"""Event filter: a request or demand made of, or by, an international body is not one state's
request of another.

"Cambodia asked the UN Security Council for an emergency meeting" asks the Council, not
Thailand; "NATO, of which Turkey is a member, called for talks between Moscow and Ankara" is
the alliance's appeal, not Turkey's request of Russia. With no state in the addressee's (or the
requester's) own phrase, the article's pair would be guessed for the missing side. The bodies'
names are data (`data/actors/international_bodies.json`); a phrase that also names a state
("Russia's Security Council", "Turkey's envoy to NATO") is that state's, and the rule leaves
it alone.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from parley.extract.registry import registry
from parley.extract.syntax import SUBJECT_DEPS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView, Trigger
    from parley.types import DateMention

#: What hangs under a body's name without being its name: "NATO, of which Turkey is a member".
_NOT_THE_NAME = frozenset({"relcl", "acl", "appos", "punct", "advcl", "conj", "cc"})
#: Who a verb's request is addressed to: its object ("asked the UN") or the object of a
#: preposition ("appealed to NATO", "called on the Security Council").
_ADDRESSEE_DEPS = ("dobj", "dative")
_ADDRESSEE_PREPOSITIONS = frozenset({"to", "on"})


@lru_cache(maxsize=1)
def _body_names() -> re.Pattern[str]:
    """A whole-word, case-sensitive pattern of the bodies' names."""
    text = (resources.files("parley.data") / "actors" / "international_bodies.json"
            ).read_text(encoding="utf-8")
    names: list[str] = json.loads(text)["names"]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])")


def names_a_body(text: str) -> bool:
    """'the UN Security Council', 'NATO': an international body; 'Thailand', 'the UNHCR
    camp' (another word) are not."""
    return _body_names().search(text) is not None


def _phrase(view: SentenceView, head: int) -> set[int]:
    return view.tree.subtree(head, stop=_NOT_THE_NAME)


def body_without_state(view: SentenceView, head: int) -> bool:
    """The phrase headed by `head` names an international body and no state."""
    tokens = sorted(_phrase(view, head))
    if any((m := view.token_mention.get(i)) is not None and m.state for i in tokens):
        return False
    first, last = view.tree.tokens[tokens[0]], view.tree.tokens[tokens[-1]]
    return names_a_body(view.sentence.text[first.idx:last.idx + len(last.text)])


def _addressees(view: SentenceView, index: int) -> list[int]:
    """The heads of whom a request verb or noun is addressed to."""
    tree = view.tree
    heads = tree.dependents(index, _ADDRESSEE_DEPS) if tree.tokens[index].pos in (
        "VERB", "AUX") else []
    # After the trigger: "On Wednesday Turkey appealed to ..." opens with no addressee.
    heads += [p for c in tree.dependents(index, ("prep",))
              if c > index and tree.tokens[c].lower in _ADDRESSEE_PREPOSITIONS
              for p in tree.dependents(c, ("pobj",))]
    obliged = _obliged(view, index)
    if obliged:
        # "demanded guarantees that NATO pull back": the object is what is demanded
        heads = [h for h in heads if not any(
            tree.tokens[c].dep in ("acl", "ccomp") and c in obliged_clauses(view, index)
            for c in tree.children[h])]
    return [c for h in heads for c in tree.conjuncts(h)] + obliged


def _obliged(view: SentenceView, index: int) -> list[int]:
    """'demanded that NATO pull its forces back', 'demanded guarantees that Ukraine will never
    join and that NATO pull back': who a demanded 'that' clause lays the act on, its subject
    (a clause told with a modal, 'will never join', says what is to be guaranteed, not who
    is asked). The demand is made of the body when all of them are bodies."""
    tree = view.tree
    clauses = obliged_clauses(view, index)
    return [s for k in clauses for c in tree.conjuncts(k)
            if _lays_an_act(view, c) for s in tree.dependents(c, SUBJECT_DEPS)]


def obliged_clauses(view: SentenceView, index: int) -> list[int]:
    """The 'that' clauses a demand verb or its object takes ('demanded that …',
    'demanded guarantees that …')."""
    tree = view.tree
    if tree.tokens[index].pos not in ("VERB", "AUX"):
        return []
    clauses = tree.dependents(index, ("ccomp",)) + [
        c for o in tree.dependents(index, ("dobj",)) for c in tree.dependents(o, ("acl", "ccomp"))]
    return [c for c in clauses
            if any(tree.tokens[m].lower == "that" for m in tree.dependents(c, ("mark",)))]


def _lays_an_act(view: SentenceView, clause: int) -> bool:
    """A 'that' clause with no modal ('that NATO pull back'): an act laid on its subject."""
    tree = view.tree
    return any(tree.tokens[m].lower == "that" for m in tree.dependents(clause, ("mark",))) \
        and not any(tree.tokens[a].tag == "MD" for a in tree.dependents(clause, ("aux",)))


def _requesters(view: SentenceView, index: int) -> list[int]:
    """The heads of who makes the request: the clause's subject, a noun's possessor or its
    'by' phrase ("NATO's call for talks", "an appeal by the UN")."""
    tree = view.tree
    if tree.tokens[index].pos in ("VERB", "AUX"):
        return tree.dependents(tree.clause_head(index), SUBJECT_DEPS)
    heads = tree.dependents(index, ("poss",))
    heads += [p for c in tree.dependents(index, ("prep",)) if tree.tokens[c].lower == "by"
              for p in tree.dependents(c, ("pobj",))]
    return heads


def made_of_or_by_a_body(view: SentenceView, index: int) -> bool:
    """Whether every addressee named is a body with no state ('asked the Security Council
    for a meeting'), or the requester is ('NATO called for talks')."""
    addressees = _addressees(view, index)
    if addressees and all(body_without_state(view, h) for h in addressees):
        return True
    requesters = _requesters(view, index)
    return bool(requesters) and all(body_without_state(view, h) for h in requesters)


@registry.event_filter("parley.request-of-a-body.v1",
                       types=(EventType.REQUEST, EventType.DEMAND))
def request_of_a_body(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
                      etype: EventType, when: DateMention | None) -> bool:
    """A request or demand addressed to, or made by, an international body and no state."""
    return made_of_or_by_a_body(view, trigger.index)
