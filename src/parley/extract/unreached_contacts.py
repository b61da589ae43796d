"""A contact tried and not reached: "Manila could not get through to Chinese officials on the
hotline", "Seoul was unable to reach its North Korean counterparts on the military line",
"failed to reach his counterpart" tell a request to talk (REQUEST, by who tried) that the
other side left unanswered (DECLINE, by who was not reached). The words are data
(`reaching_verbs`, `failing_verbs`, `inability_adjectives` in `grammar.json`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.lexicon import TriggerEntry
from parley.extract.possibilities import FAILING_VERBS
from parley.extract.records import Trigger
from parley.extract.vocabulary import PERSON_NOUNS
from parley.types import Event, EventType, Evidence

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView
    from parley.extract.syntax import Tree

#: Verbs (with their particle) of getting hold of someone ("reach", "get through").
REACHING_VERBS = grammar_words("reaching_verbs")
#: The last word of each reaching verb, for the pre-filter ("reach", "through"; not the
#: frequent "get").
REACHING_WORDS = frozenset(phrase.split()[-1] for phrase in REACHING_VERBS)
#: Adjectives of not being able to ("unable to reach").
INABILITY_ADJECTIVES = grammar_words("inability_adjectives")

_TRIED = TriggerEntry(EventType.REQUEST, ("reach",), "verb", "talks")



def not_reached(tree: Tree, index: int) -> bool:
    """'failed to reach', 'was unable to reach', 'could not get through to': the reaching
    was tried and did not succeed."""
    token = tree.tokens[index]
    if token.dep == "xcomp" and token.head != index:
        governor = tree.tokens[token.head]
        if governor.lemma in FAILING_VERBS or governor.lower in INABILITY_ADJECTIVES:
            return True
    return any(tree.tokens[c].dep == "neg" for c in tree.children[index]) and any(
        tree.tokens[a].lower in ("could", "can", "ca") for a in tree.dependents(index, ("aux",)))


def reached_party(tree: Tree, index: int) -> list[int]:
    """Whom one tried to reach: the object ('reach his counterpart') or the 'to' of 'get
    through to Chinese officials', when it is a person or a state, with its own modifiers
    only ('reach an agreement with the US' reaches no one)."""
    heads = list(tree.dependents(index, ("dobj",)))
    heads += [o for p in tree.dependents(index, ("prep",)) if tree.tokens[p].lower == "to"
              for o in tree.dependents(p, ("pobj",))]
    found: list[int] = []
    for head in heads:
        token = tree.tokens[head]
        if token.pos != "PROPN" and token.lemma not in PERSON_NOUNS:
            continue
        found.append(head)
        found += [i for c in tree.children[head] if tree.tokens[c].dep != "prep"
                  for i in tree.subtree(c)]
    return sorted(found)


def unreached_events(coder: ArticleCoder, view: SentenceView) -> list[Event]:
    """The request and the unanswered refusal of each contact tried and not reached."""
    tree = view.tree
    events: list[Event] = []
    for token in tree.tokens:
        if token.pos != "VERB" or tree.phrasal_lemma(token.i) not in REACHING_VERBS or \
                not not_reached(tree, token.i):
            continue
        party = reached_party(tree, token.i)
        decliner = next(iter(coder._states_in(view, party)), None)
        requester = coder.agent_state(view, coder.extractor.subject(tree, token.i))
        if not decliner or not requester or decliner == requester:
            continue
        tried = Trigger(_TRIED, token.i, token.i)
        # the channel as for any request: named ("on the hotline"), referred to ("on the
        # line") or given by who takes part
        channel = coder.channels_for(view, tried, coder.extractor.subject(tree, token.i),
                                     coder._arguments(view, token.i))[0]
        when = coder._date_of(view, tried)
        evidence = Evidence(view.sentence.text, view.sentence.start, view.sentence.end)
        date = when.value if when else None
        events += [
            Event(article=coder.state.article_id, type=EventType.REQUEST, source=requester,
                  target=decliner, channel=channel, evidence=evidence, date=date),
            Event(article=coder.state.article_id, type=EventType.DECLINE, source=decliner,
                  target=requester, channel=channel, evidence=evidence, date=date),
        ]
    return events
