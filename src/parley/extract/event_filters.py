"""Event filters: a dated trigger that tells no event ("they speak twice a day"), each a
registered rule. They run in `events.events_for` once the trigger's final type and date are
known; the first that drops the trigger decides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.clauses import _blocked, _generic_relative
from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.extract.since_contacts import since_date
from parley.extract.vocabulary import UNDATED_PAST_ADVERBS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView, Trigger
    from parley.types import DateMention

CONTACTS = (EventType.MEET, EventType.CALL)
OCCURRENCES = (EventType.MEET, EventType.CALL, EventType.ENCOUNTER)


@registry.event_filter("parley.undated-past-is-no-event.v1")
def undated_past(coder: ArticleCoder, view: SentenceView, trigger: Trigger, etype: EventType,
                 when: DateMention | None) -> bool:
    """'It has been cut before': an undated past, not a reported event."""
    tree = view.tree
    return any(tree.tokens[c].lower in UNDATED_PAST_ADVERBS and tree.tokens[c].dep == "advmod"
               for c in tree.children[trigger.index]) and (
        when is None or not when.text or not any(d.value for d in view.dates))


@registry.event_filter("parley.routine-is-no-event.v1", types=CONTACTS)
def routine(coder: ArticleCoder, view: SentenceView, trigger: Trigger, etype: EventType,
            when: DateMention | None) -> bool:
    """'they speak twice a day': a routine, not an event."""
    return coder._habitual(view.tree, trigger.index)


@registry.event_filter("parley.generic-relative-is-no-event.v1", types=OCCURRENCES)
def generic_relative(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
                     etype: EventType, when: DateMention | None) -> bool:
    """'warships that meet at sea are to talk on set frequencies': a rule, not an event."""
    return _generic_relative(view.tree, trigger.index)


@registry.event_filter("parley.protocol-name-is-no-event.v1", types=(EventType.ENCOUNTER,))
def protocol_name(coder: ArticleCoder, view: SentenceView, trigger: Trigger, etype: EventType,
                  when: DateMention | None) -> bool:
    """'the Code for Unplanned Encounters at Sea' names a protocol, not an incident."""
    span = view.token_channel.get(trigger.index)
    return span is not None and bool(span.slug)


@registry.event_filter("parley.blocked-contact-is-no-event.v1", types=OCCURRENCES)
def blocked(coder: ArticleCoder, view: SentenceView, trigger: Trigger, etype: EventType,
            when: DateMention | None) -> bool:
    """'do not stop Austin from meeting Li', 'slowed to avoid a collision'."""
    return _blocked(view.tree, trigger.index)


#: Verbs of a contact told in a main clause, and words placing a contact in a sequence:
#: a contact noun behind a comma after such a clause restates its contact.
CONTACT_CLAUSE_VERBS = grammar_words("contact_clause_verbs")
SEQUENCE_WORDS = grammar_words("restating_sequence_words")


@registry.event_filter("parley.appositive-restates-contact.v1", types=CONTACTS)
def appositive_restates_contact(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
                                etype: EventType, when: DateMention | None) -> bool:
    """'Austin spoke with Dong by video link on Tuesday, the first substantive talks between
    the two in 18 months': a contact noun set after the clause behind a comma (in apposition,
    however the parser hangs it), with a word of sequence, restates the contact the clause
    told; with a 'since' date it tells the one before (`since_contacts`), so it is kept."""
    tree = view.tree
    token = tree.tokens[trigger.index]
    if token.pos != "NOUN" or token.dep not in ("appos", "dobj", "npadvmod") or not any(
            tree.tokens[c].lower in SEQUENCE_WORDS for c in tree.children[trigger.index]):
        return False
    if not any(tree.tokens[i].text == "," for i in range(max(0, trigger.index - 4),
                                                          trigger.index)):
        return False  # ", the first substantive talks": a comma within the noun's few words
    root = next((t for t in tree.tokens if t.dep == "ROOT"), None)
    if root is None or root.lemma not in CONTACT_CLAUSE_VERBS or root.i > trigger.index:
        return False
    return since_date(coder, view, trigger) is None


#: "then President Duterte", "former Prime Minister Abe": a holder named by a tenure that ended.
PAST_TENURE_WORDS = grammar_words("past_tenure_words")
_PARTICIPANT_PREPOSITIONS = frozenset({"by", "of", "with"})


def _participant_heads(view: SentenceView, index: int) -> list[int]:
    """Who takes part in a contact: a verb's subjects and objects, a noun's possessor and
    its 'by', 'of' or 'with' phrase ('a visit by then President Duterte')."""
    tree = view.tree
    heads = tree.dependents(index, ("nsubj", "nsubjpass", "dobj", "poss"))
    heads += [p for c in tree.dependents(index, ("prep",))
              if tree.tokens[c].lower in _PARTICIPANT_PREPOSITIONS
              for p in tree.dependents(c, ("pobj",))]
    return heads


@registry.event_filter("parley.past-tenure-visit-is-background.v1", types=CONTACTS)
def past_tenure_contact_undated(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
                                etype: EventType, when: DateMention | None) -> bool:
    """'The pact was signed in Tokyo during a visit by then President Duterte': a contact of
    a holder named by a tenure that has ended is background from before the story, and with
    no date in its sentence it would take the story's day; 'signed in 2019 during a visit by
    then President Duterte' has its own date and is kept."""
    if any(d.value for d in view.dates):
        return False
    tree = view.tree
    phrases = [tree.subtree(head) for head in _participant_heads(view, trigger.index)]
    return any(_names_past_tenure(view, phrase) for phrase in phrases)


def _names_past_tenure(view: SentenceView, phrase: set[int]) -> bool:
    """'then President Duterte', 'former Prime Minister Abe': a tenure word modifying a
    title or name of the phrase, or standing just before it (`_opens_subject`)."""
    tree = view.tree
    if any(tree.tokens[i].lower in PAST_TENURE_WORDS and tree.tokens[i].dep in ("advmod", "amod")
           and tree.tokens[tree.tokens[i].head].pos in ("NOUN", "PROPN") for i in phrase):
        return True
    before = min(phrase) - 1
    return before >= 0 and tree.tokens[before].lower in PAST_TENURE_WORDS and \
        _opens_subject(view, before, phrase)


def _opens_subject(view: SentenceView, index: int, phrase: set[int]) -> bool:
    """'when then Prime Minister Abe met': the parser hangs 'then' on the verb, but standing
    after a subordinator and before the subject's first word it names the subject's tenure
    (a sentence's opening 'Then President Marcos met' may be a 'then' of sequence)."""
    tree = view.tree
    return index > 0 and index + 1 == min(phrase) and tree.tokens[index].dep == "advmod" \
        and tree.tokens[index - 1].pos == "SCONJ"
