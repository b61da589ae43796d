"""Theme checks of encounters (trigger theme 'platform'): a ship or aircraft must take part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.registry import registry
from parley.extract.syntax import SUBJECT_DEPS
from parley.extract.vocabulary import (
    ENCOUNTER_INSTRUMENT_VERBS,
    ENCOUNTER_INSTRUMENTS,
    MANOEUVRE_NOUNS,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

PLATFORM = ("platform",)


@registry.theme_check("parley.encounter-needs-platform.v1", themes=PLATFORM)
def sentence_names_a_platform(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                              ) -> bool | None:
    """'flew dangerously close' is an encounter only in a sentence naming a ship or aircraft."""
    tokens = view.tree.tokens
    sentence_words = {t.lower for t in tokens} | {t.lemma for t in tokens}
    return None if sentence_words & coder.lexicon.platform_words else False


@registry.theme_check("parley.encounter-instrument.v1", themes=PLATFORM)
def instrument_verb_needs_instrument(coder: ArticleCoder, view: SentenceView,
                                     candidate: Candidate) -> bool | None:
    """'aimed fire-control radar at', 'released flares near': the instrument says it."""
    lemmas = candidate.trigger.entry.lemmas
    if lemmas[0] in ENCOUNTER_INSTRUMENT_VERBS and len(lemmas) == 1:
        return bool(candidate.words & ENCOUNTER_INSTRUMENTS)
    return None


@registry.theme_check("parley.encounter-platform-acts.v1", themes=PLATFORM)
def platform_acts(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                  ) -> bool | None:
    """A verb's platform acts or is acted on: 'a J-15 flew alongside a P-3C', 'a warship cut
    across …'."""
    tree = view.tree
    if tree.tokens[candidate.index].pos != "VERB":
        return None
    actors = {w for c in tree.dependents(candidate.index, SUBJECT_DEPS | {"agent"})
              for i in tree.subtree(c)
              for w in (tree.tokens[i].lower, tree.tokens[i].lemma)}
    return None if (actors | candidate.words) & coder.lexicon.platform_words else False


@registry.theme_check("parley.encounter-adjective-manoeuvre.v1", themes=PLATFORM)
def adjective_qualifies_manoeuvre(coder: ArticleCoder, view: SentenceView,
                                  candidate: Candidate) -> bool | None:
    """'unsafe' alone is an encounter only about a manoeuvre, intercept or approach it
    stands before ('an unsafe intercept'); one after the noun ('called the Chinese conduct
    coercive, aggressive and deceptive', however the parser hangs it) is a verdict on an
    act, not an encounter told."""
    if candidate.trigger.entry.form != "adjective":
        return None
    tree = view.tree
    head = tree.tokens[candidate.index]
    while head.dep == "conj" and head.head != head.i and tree.tokens[head.head].pos == "ADJ":
        head = tree.tokens[head.head]  # "coercive, aggressive and deceptive"
    return head.head != head.i and head.i < head.head and \
        tree.tokens[head.head].lemma in MANOEUVRE_NOUNS


@registry.theme_check("parley.encounter-generic-plural.v1", themes=PLATFORM)
def undated_plural_is_generic(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                              ) -> bool | None:
    """'recent encounters between ships': an undated plural is a generic reference; any other
    encounter word with a platform in the sentence tells an encounter."""
    head = view.tree.tokens[candidate.index]
    return not (head.pos == "NOUN" and head.tag == "NNS"
                and not coder._dated(view, candidate.index))
