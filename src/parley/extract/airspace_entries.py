"""Event filter: an entry into another state's airspace is an encounter only when the text
says whose platform entered and tells it as its own story, not as the other side's answer.

"A Russian patrol plane entered Japan's airspace", "a Chinese Y-9 violated Japanese
airspace", "the first intrusion by a Russian aircraft into Japanese airspace" tell an encounter
by the entering side (the lexicon's `enter airspace`, `violate airspace`, `intrusion`, ...). Two
tellings of an entry do not:

* an entrant that names no state ("a passenger jet entered Chinese airspace", "the drone
  entered airspace Moscow had restricted"): whose platform it was is not said, and the
  article's pair would be guessed;
* the other side's account of an encounter already told ("Chinese jets dropped flares near the
  Australian plane. Beijing said the Australian aircraft had intruded into Chinese airspace"):
  an undated entry, told in the past perfect or reported by a saying verb, after the article
  told an encounter, is the justification of that encounter, not a new one. An entry with a
  date of its own ("In August a Chinese plane entered Japanese airspace") is a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.aircraft_operators import operator_of_tokens
from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.extract.vocabulary import REPORTING_VERBS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView, Trigger
    from parley.extract.syntax import Tree
    from parley.types import DateMention

#: Words of a state's airspace and of entering it unbidden (data/lexicons/grammar.json).
AIRSPACE_WORDS = grammar_words("airspace_entry_words")
#: Auxiliaries of the past perfect: "had entered", "had intruded".
PAST_PERFECT_AUXILIARIES = grammar_words("past_perfect_auxiliaries")
#: A clause hung under the trigger's verb is not that verb's own clause.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "parataxis", "xcomp"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def is_airspace_entry(trigger: Trigger) -> bool:
    """A trigger of the lexicon's airspace entries ('enter airspace', 'intrusion')."""
    return bool(set(trigger.entry.lemmas) & AIRSPACE_WORDS)


def _entrant(tree: Tree, index: int) -> set[int]:
    """The tokens of who entered: a verb's subject ('a Russian plane entered'), a noun's 'by'
    phrase ('an intrusion by a Russian aircraft'); empty when the text names none."""
    if tree.tokens[index].pos in ("VERB", "AUX"):
        heads = tree.dependents(index, _SUBJECT_DEPS)
    else:
        heads = [p for c in tree.dependents(index, ("prep",)) if tree.tokens[c].lower == "by"
                 for p in tree.dependents(c, ("pobj",))]
    return {i for head in heads for i in tree.subtree(head)}


def entrant_names_no_state(view: SentenceView, index: int) -> bool:
    """'A passenger jet entered Chinese airspace': who entered names no state (a verb with
    no subject, 'an intrusion' with no 'by', is left to the article's other rules); 'a
    Tu-95 bomber' names Russia by a type only Russia flies (`entrant_operator`)."""
    entrant = _entrant(view.tree, index)
    if not entrant:
        return False
    return not any((m := view.token_mention.get(i)) is not None and m.state
                   for i in entrant) and operator_of_tokens(view, entrant) is None


def entrant_operator(view: SentenceView, index: int) -> str | None:
    """The state whose aircraft type alone names the entrant ('a Tu-95 bomber entered the
    airspace': RUS); None when the entrant names no such type."""
    return operator_of_tokens(view, _entrant(view.tree, index))


def _own_clause_dated(view: SentenceView, index: int) -> bool:
    """Whether a date stands in the trigger's own clause ('In August a plane entered')."""
    tree = view.tree
    clause = tree.subtree(tree.clause_head(index), stop=_CLAUSE_DEPS)
    return any(set(view.token_range(d.start, d.end)) & clause for d in view.dates if d.value)


def told_as_an_answer(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    """'Beijing said the Australian aircraft had intruded into Chinese airspace', after the
    encounter was told: an undated entry in the past perfect, or reported by a saying verb,
    once the article has told an encounter, is the account of that encounter."""
    if not coder.state.told[EventType.ENCOUNTER] or _own_clause_dated(view, index):
        return False
    tree = view.tree
    verb = tree.clause_head(index)
    past_perfect = any(tree.tokens[c].lemma in PAST_PERFECT_AUXILIARIES
                       and tree.tokens[c].tag == "VBD"
                       for c in tree.dependents(verb, ("aux",)))
    reported = tree.tokens[verb].dep == "ccomp" and \
        tree.tokens[tree.tokens[verb].head].lemma in REPORTING_VERBS
    return past_perfect or reported


@registry.event_filter("parley.airspace-entry-needs-entrant.v1", types=(EventType.ENCOUNTER,))
def airspace_entry_not_an_encounter(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
                                    etype: EventType, when: DateMention | None) -> bool:
    """An entry into airspace by no named state's platform, or told as the answer to an
    encounter already told, is no encounter of its own."""
    if not is_airspace_entry(trigger):
        return False
    return entrant_names_no_state(view, trigger.index) or \
        told_as_an_answer(coder, view, trigger.index)
