"""Talks told by what was talked over: "Austin discussed Taiwan with his Chinese counterpart",
"Austin and Dong discussed the South China Sea", "the two ministers exchanged views on the
drills" are meetings (MEET), as "discussed the drone by phone" is a call (the phone finder of
`trigger_finders.py`). A discussion needs its two sides in the clause: a 'with' partner who
is a person, or a subject of two coordinated people or states ("the cabinet discussed the
budget" is no contact).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.lexicon import TriggerEntry
from parley.extract.records import Trigger
from parley.extract.registry import registry
from parley.extract.trigger_entries import _over_a_line
from parley.extract.vocabulary import PAIR_SUBJECT_WORDS, PERSON_NOUNS, SAYING_VERBS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder, RuleExtractor
    from parley.extract.records import SentenceView
    from parley.extract.syntax import Tree
    from parley.types import DateMention

#: Verbs of talking something over that tell a meeting with two sides in the clause.
DISCUSSION_VERBS = grammar_words("discussion_meeting_verbs")
#: 'views', 'opinions': what 'exchange' takes as object when it tells a discussion.
EXCHANGED_WORDS = grammar_words("exchanged_words")

_DISCUSSED_TOGETHER = TriggerEntry(EventType.MEET, ("discuss",), "verb", "self")


def _a_person(tree: Tree, index: int) -> bool:
    """A name or a noun of an official ('Dong Jun', 'his Chinese counterpart')."""
    token = tree.tokens[index]
    return token.pos == "PROPN" or token.lemma in PERSON_NOUNS


def with_a_partner(tree: Tree, index: int) -> bool:
    """'discussed Taiwan with his Chinese counterpart': a person to discuss it with, also
    where the parse hangs the 'with' on the object ('exchanged views with Ng')."""
    heads = [index, *tree.dependents(index, ("dobj",))]
    return any(tree.tokens[p].lower == "with" and any(
        _a_person(tree, o) for o in tree.dependents(p, ("pobj",)))
        for h in heads for p in tree.dependents(h, ("prep",)))


def two_sides_as_subject(tree: Tree, index: int) -> bool:
    """'Austin and Dong discussed …', 'the two ministers discussed …', 'the defence
    ministers of Japan and China discussed …': the subject holds both sides."""
    for subject in tree.dependents(index, ("nsubj",)):
        token = tree.tokens[subject]
        if not _a_person(tree, subject):
            continue
        if tree.dependents(subject, ("conj",)):
            return True  # "Austin and Dong"
        words = {tree.tokens[i].lower for i in tree.subtree(subject)}
        if token.tag in ("NNS", "NNPS") and (words & PAIR_SUBJECT_WORDS - {"ministers",
                                                                             "leaders", "men"}
                                             or "and" in words):
            return True  # "the two ministers", "the ministers of Japan and China"
    return False


def discusses(tree: Tree, index: int) -> bool:
    """A verb of talking something over: 'discussed', 'conversed', or 'exchanged' with
    views or opinions as its object ('exchanged views on the drills'; not 'exchanged
    fire')."""
    token = tree.tokens[index]
    if token.pos != "VERB":
        return False
    if token.lemma in DISCUSSION_VERBS:
        return True
    return token.lemma == "exchange" and any(
        tree.tokens[o].lemma in EXCHANGED_WORDS or tree.tokens[o].lower in EXCHANGED_WORDS
        for o in tree.dependents(index, ("dobj",)))


def told_as_news(tree: Tree, index: int) -> bool:
    """The discussion is the clause's news ('Austin discussed Taiwan with Dong', 'Austin
    said he discussed …'), not a detail of a contact told beside it ('… since March,
    when Austin and Shoigu discussed the drone', 'details of what the two discussed'):
    those retell that contact."""
    token = tree.tokens[index]
    if token.head == index:
        return True
    head = tree.tokens[token.head]
    if token.dep == "conj":
        return told_as_news(tree, token.head)
    return token.dep == "ccomp" and head.lemma in SAYING_VERBS and not any(
        tree.tokens[c].tag in ("WP", "WRB", "WDT") for c in tree.subtree(index)
        if c < index)


@registry.trigger_finder("parley.discussed-together-meets.v1")
def discussed_together(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'discussed Taiwan with his Chinese counterpart', 'Austin and Dong discussed the
    South China Sea': talking something over face to face; by phone it is a call."""
    return [Trigger(_DISCUSSED_TOGETHER, token.i, token.i) for token in tree.tokens
            if discusses(tree, token.i)
            and not _over_a_line(tree, token.i) and told_as_news(tree, token.i)
            and (with_a_partner(tree, token.i) or two_sides_as_subject(tree, token.i))]


@registry.event_filter("parley.discussion-retells-contact.v1", types=(EventType.MEET,))
def discussion_retells_contact(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
                               etype: EventType, when: DateMention | None) -> bool:
    """'Austin spoke with Dong by phone on Monday. They discussed Taiwan …': what was
    discussed, told after a contact with no date of its own, is that contact again (a call
    stays a call); a discussion with its own date ('on Friday they discussed …') is new."""
    if trigger.entry is not _DISCUSSED_TOGETHER:
        return False
    previous = coder.state.previous_contact
    return previous is not None and not any(d.value for d in view.dates)
