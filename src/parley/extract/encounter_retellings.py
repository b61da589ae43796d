"""Event filter: "the incident", "the most recent encounter" told after an article's encounter
refers back to it and is no new encounter ("The incident ended without a collision", "Although
the most recent encounter ended without casualty, …"). A definite encounter noun with nothing
of its own to tell it apart (no platform, state or date in its phrase, no verb of happening
dating it)
is the encounter already told ("the P-8 incident" after the P-8's intercept); a date, or a
platform the told encounters do not name, makes it another one ("the April 2001 collision
between an EP-3 and an F-8", "the incident on Monday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.extract.vocabulary import DEFINITE_DETERMINERS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView, Trigger
    from parley.types import DateMention

#: Verbs that date their subject's happening ("the latest incident came on Monday").
HAPPENING_VERBS = grammar_words("happening_verbs")
#: A clause hung under the noun or its verb is not the noun's own phrase or clause.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "parataxis"})


def _told_words(coder: ArticleCoder) -> str:
    """The sentences of the encounters told so far, in lower case: a platform they name is
    no mark of another encounter ('the P-8 incident' after the P-8's intercept)."""
    told = dict.fromkeys(e.evidence.sentence for e in coder.state.told[EventType.ENCOUNTER])
    return " ".join(told).lower()


def _own_words(coder: ArticleCoder, view: SentenceView, tokens: set[int]) -> bool:
    """Whether the tokens name a platform or a state the encounters told so far do not
    name, or a date."""
    tree = view.tree
    words = coder.lexicon.platform_words
    told = _told_words(coder)
    for i in tokens:
        token = tree.tokens[i]
        mention = view.token_mention.get(i)
        if (token.lower in words or token.lemma in words or mention is not None) and \
                token.lower not in told:
            return True
    return any(set(view.token_range(d.start, d.end)) & tokens for d in view.dates if d.value)


def refers_to_told_encounter(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    """'the incident', 'the most recent encounter', 'this intercept' after an encounter was
    told, with no platform, state or date of its own in its phrase, and not dated by a verb
    of happening ('the latest incident came on Monday')."""
    tree = view.tree
    token = tree.tokens[index]
    if token.pos not in ("NOUN", "PROPN") or token.tag in ("NNS", "NNPS") or \
            coder.state.latest.get(EventType.ENCOUNTER) is None:
        return False
    if not any(tree.tokens[c].lower in DEFINITE_DETERMINERS
               for c in tree.dependents(index, ("det", "poss"))):
        return False  # "another incident", "an encounter": maybe a new one
    phrase = tree.subtree(index, stop=_CLAUSE_DEPS)
    if _own_words(coder, view, phrase):
        return False
    verb = tree.clause_head(index)
    if verb != index and tree.tokens[verb].lemma in HAPPENING_VERBS:
        # "The latest incident came on Monday, when …": its clause dates a new one.
        clause = tree.subtree(verb, stop=_CLAUSE_DEPS)
        return not any(set(view.token_range(d.start, d.end)) & clause
                       for d in view.dates if d.value)
    return True


@registry.event_filter("parley.encounter-told-again.v1", types=(EventType.ENCOUNTER,))
def encounter_told_again(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
                         etype: EventType, when: DateMention | None) -> bool:
    """'The incident ended without a collision': the encounter already told, again."""
    return refers_to_told_encounter(coder, view, trigger.index)
