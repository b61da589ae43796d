"""Theme checks of platforms: a weapon released or fired near another side's ship or aircraft
("a Russian jet released a missile near a British spy plane") is an unsafe encounter; a
weapon fired with no platform acted on (a missile test) is not; ships and aircraft that have
"an encounter with" each other hold no meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.directions import acted_on_tokens
from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.extract.vocabulary import ENCOUNTER_INSTRUMENT_VERBS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

#: Weapons whose release near a platform is an encounter ("released a missile near …").
RELEASED_WEAPONS = grammar_words("released_weapons")


@registry.theme_check("parley.weapon-near-platform.v1", themes=("platform",))
def weapon_near_platform(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                         ) -> bool | None:
    """'released a missile near a British spy plane', 'fired a torpedo towards the
    frigate': an instrument verb with a weapon as object is an encounter when what it acts
    on is a ship or aircraft; 'fired a missile into the sea' is not."""
    tree = view.tree
    lemmas = candidate.trigger.entry.lemmas
    if lemmas[0] not in ENCOUNTER_INSTRUMENT_VERBS or len(lemmas) != 1:
        return None
    if not any(tree.tokens[o].lemma in RELEASED_WEAPONS
               for o in tree.dependents(candidate.index, ("dobj",))):
        return None
    platforms = coder.lexicon.platform_words
    return any(tree.tokens[i].lemma in platforms or tree.tokens[i].lower in platforms
               for i in acted_on_tokens(view, candidate.index))


@registry.theme_check("parley.platform-encounter-is-no-meeting.v1", types=(EventType.MEET,),
                      themes=("self",))
def platform_encounter_is_no_meeting(coder: ArticleCoder, view: SentenceView,
                                     candidate: Candidate) -> bool | None:
    """'a US P-8A had a dangerous encounter with a Chinese J-11': ships and aircraft that
    meet have an encounter (ENCOUNTER), not a meeting of officials."""
    tree = view.tree
    if candidate.trigger.entry.lemmas[0] != "encounter":
        return None
    platforms = coder.lexicon.platform_words
    near = set(candidate.arguments) | tree.subtree(candidate.index) | {
        i for s in tree.dependents(tree.clause_head(candidate.index), ("nsubj",))
        for i in tree.subtree(s)}
    if any(tree.tokens[i].lower in platforms or tree.tokens[i].lemma in platforms
           for i in near):
        return False
    return None
