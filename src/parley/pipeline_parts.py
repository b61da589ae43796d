"""The parts of a pipeline built once per process and shared by every `Pipeline`: the
pre-filter of a lexicon and the mention finder of a gazetteer (a `Pipeline` is built per
batch, per benchmark run, per web request that extracts; neither part holds per-article state).
"""

from __future__ import annotations

from parley.extract.contact_kinds import media_words
from parley.extract.discussion_finders import DISCUSSION_VERBS, EXCHANGED_WORDS
from parley.extract.lexicon import Lexicon
from parley.extract.possibilities import FAILING_VERBS
from parley.extract.precondition_clauses import (
    PRECONDITION_MARKS,
    PRECONDITION_RESTRICTORS,
    RESTRICTED_CONDITION_MARKS,
)
from parley.extract.prefilter import Prefilter
from parley.extract.similar_steps import LIKENING_ADJECTIVES, STEP_NOUNS
from parley.extract.unreached_contacts import INABILITY_ADJECTIVES, REACHING_WORDS
from parley.extract.vocabulary import (
    DIRECTIVE_VERBS,
    OBLIGATION_ADJECTIVES,
    OBLIGATION_MODALS,
    SAYING_NOUNS,
    SAYING_VERBS,
    VISITING_TRAVEL_VERBS,
)
from parley.resolve import Gazetteer, MentionFinder


def prefilter_for(lexicon: Lexicon) -> Prefilter:
    """The lexicon's pre-filter, also passing the sentences the coder can read a demand from
    without a lexicon trigger: an obligation told ("Wei told Austin that Washington must …"),
    a directive verb, an ended silence ("broke a two-year silence"), letters exchanged
    ("the ministers exchanged letters", `extract/contact_finders.py`), someone told over a
    medium ("told his counterpart by telephone"), a journey to a place ("flew to Moscow",
    `extract/trigger_finders.py`), a discussion ("discussed Taiwan with his counterpart",
    `extract/discussion_finders.py`), a step likened to the one told ("took a similar step
    in 2008", `extract/similar_steps.py`) or a contact tried and not reached ("could not get
    through to …", `extract/unreached_contacts.py`) or a precondition on one side's step
("would reconsider only if Japan …", `extract/precondition_clauses.py`)."""
    cached = _prefilters.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _prefilters[id(lexicon)] = (lexicon, lexicon.prefilter.with_cues(
            (OBLIGATION_MODALS | OBLIGATION_ADJECTIVES, SAYING_VERBS | SAYING_NOUNS),
            (DIRECTIVE_VERBS,),
            (lexicon.ending_verbs, lexicon.absence_nouns),
            (media_words("exchanging_verbs"), media_words("letter_nouns")),
            (media_words("telling_verbs"), media_words("medium_nouns")),
            (VISITING_TRAVEL_VERBS, ("to",)),
            (DISCUSSION_VERBS,),
            (("exchange",), EXCHANGED_WORDS),
            (LIKENING_ADJECTIVES, STEP_NOUNS | LIKENING_ADJECTIVES),
            (REACHING_WORDS, FAILING_VERBS | INABILITY_ADJECTIVES | {"not", "n't"}),
            (PRECONDITION_MARKS,),
            (PRECONDITION_RESTRICTORS, RESTRICTED_CONDITION_MARKS)))
    return cached[1]


#: Built once per lexicon (the packaged one is loaded once per process).
_prefilters: dict[int, tuple[Lexicon, Prefilter]] = {}


def finder_for(gazetteer: Gazetteer) -> MentionFinder:
    """The gazetteer's mention finder, compiled once (its patterns take ~12 ms to build,
    and a `Pipeline` is built per batch, per benchmark run, per web request that extracts);
    it holds no per-article state, so one serves every pipeline."""
    cached = _finders.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        cached = _finders[id(gazetteer)] = (gazetteer, MentionFinder(gazetteer))
    return cached[1]


#: Built once per gazetteer (the packaged one is loaded once per process).
_finders: dict[int, tuple[Gazetteer, MentionFinder]] = {}
