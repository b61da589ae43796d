"""One contact told several times in one article is one record: a retelling that points
back ("in the same meeting", "at that meeting") is no new contact, and a conversation whose
medium is open ("The two spoke for an hour") told beside a meeting of the same pair, channel
and day ("met in Singapore on Tuesday") is that meeting told again.

`merging.py` makes one record of tellings with the same identity (type, states, channel,
compatible date). What it cannot see is a telling whose type only its medium would fix:
"spoke" is coded a CALL, but told after "met in Singapore" it is the talk at that meeting.
`events.events_for` notes such open tellings in `ArticleState.open_tellings`; before the
identity merge `merge_retold_contacts` folds each into the meeting it tells again.

Only the conversation folds into the meeting, not talks into a call: "held talks" told beside
"called" on the same day is as often two contacts as one, and the checking half of the dev
articles lost a meeting when both directions were folded.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.extract.contact_kinds import CONTACT_TYPES, contact_medium, media_words, word_of
from parley.extract.records import Trigger
from parley.extract.registry import registry
from parley.extract.syntax import Tree
from parley.extract.vocabulary import DEFINITE_DETERMINERS, PAIR_SUBJECTS
from parley.types import Event, EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView
    from parley.types import DateMention

#: (type, source, target, channel, date, sentence start) of one record.
TellingKey = tuple[object, ...]


def telling_key(event: Event) -> TellingKey:
    """What tells one record from another of the same sentence."""
    return (event.type, event.source, event.target, event.channel, event.date,
            event.evidence.start)


def open_medium(tree: Tree, trigger: Trigger, etype: EventType) -> bool:
    """'the two spoke for an hour', 'their conversation': a call word that does not say how
    the two talked, with nothing in its own words that does ('spoke by phone' says it)."""
    return etype is EventType.CALL and bool(
        (word_of(tree, trigger.index) | word_of(tree, trigger.last))
        & media_words("conversing_words")) and contact_medium(tree, trigger) is None


def refers_back(coder: ArticleCoder, tree: Tree, trigger: Trigger) -> bool:
    """'In the same meeting, Li warned …', 'At that meeting …': a contact noun that points
    back to one the article already told is that contact told again, not a new one."""
    token = tree.tokens[trigger.index]
    if token.pos not in ("NOUN", "PROPN") or trigger.entry.type not in CONTACT_TYPES:
        return False
    earlier = [coder.state.previous_contact, *(
        told.get(t) for told in (coder.state.latest, coder.state.main_events)
        for t in CONTACT_TYPES)]
    if not any(e is not None and not (e.negated or e.hypothetical) for e in earlier):
        return False  # "would meet Xi in November … the same meeting": none took place yet
    return any(tree.tokens[c].lower in media_words("referring_modifiers")
               for c in tree.dependents(trigger.index, ("det", "amod")))


def between_the_two(tree: Tree, index: int) -> bool:
    """'It followed a teleconference call in September between the two': a contact noun
    (or the noun it is a compound of) 'between' the pair words ('the two', 'both', 'them')
    is a contact of the two people the article just told of."""
    token = tree.tokens[index]
    if token.pos not in ("NOUN", "PROPN"):
        return False
    nouns = [index, token.head] if token.dep == "compound" else [index]
    return any(
        tree.tokens[o].lower in PAIR_SUBJECTS | {"them"}
        for noun in nouns for p in tree.dependents(noun, ("prep",))
        if tree.tokens[p].lower == "between" for o in tree.dependents(p, ("pobj",)))


@registry.event_filter("parley.earlier-round-is-no-event.v1", types=CONTACT_TYPES)
def earlier_round(coder: ArticleCoder, view: SentenceView, trigger: Trigger, etype: EventType,
                  when: DateMention | None) -> bool:
    """'exchanges on maritime security since the last working group meeting': the meeting
    before the one told, named without a date in its phrase or clause, is a point of
    reference; it would otherwise borrow a date from the sentences around it. 'the previous
    round, in September 2021, was conducted by video' keeps its own date and stays an event."""
    tree = view.tree
    if tree.tokens[trigger.index].pos not in ("NOUN", "PROPN") or not any(
            word_of(tree, c) & media_words("earlier_round_modifiers")
            for c in tree.dependents(trigger.index, ("amod",))):
        return False
    # Its own phrase and clause: "the previous round …, in September 2021, was conducted".
    own = tree.subtree(tree.clause_head(trigger.index), stop=frozenset(
        {"relcl", "acl", "advcl", "ccomp", "conj", "xcomp"})) | tree.subtree(trigger.index)
    return not any(mention.value and set(view.token_range(mention.start, mention.end)) & own
                   for mention in view.dates)


def request_told_before(coder: ArticleCoder, tree: Tree, request_nouns: list[int],
                        declines: list[Event]) -> bool:
    """'Tokyo asked Beijing on Tuesday for a call … China declined the request on Wednesday':
    a definite request noun refused is the request the article told, not a second one made
    on the day of the refusal."""
    earlier = coder.state.latest.get(EventType.REQUEST)
    # "the request", "that offer", or an owner ("the South's proposal", "Seoul's request").
    if earlier is None or not any(
            tree.tokens[c].lower in DEFINITE_DETERMINERS | media_words("referring_modifiers")
            or tree.tokens[c].dep == "poss" and tree.tokens[c].pos in ("PROPN", "NOUN")
            for n in request_nouns for c in tree.dependents(n, ("det", "poss", "amod"))):
        return False
    return any(d.source == earlier.target and d.target == earlier.source and (
        d.channel is None or earlier.channel in (None, d.channel)) for d in declines)


def _compatible(open_telling: Event, other: Event) -> bool:
    """A meeting told before the conversation ("met in Tokyo on Tuesday. The two spoke for
    an hour"), not after it: a conversation told first is the article's own news, a call."""
    return other.type is EventType.MEET and \
        other.evidence.start < open_telling.evidence.start and \
        {other.source, other.target} == {open_telling.source, open_telling.target} and \
        (other.channel == open_telling.channel or None in (other.channel,
                                                           open_telling.channel)) and \
        (open_telling.date is None or other.date == open_telling.date) and \
        not (other.negated or other.hypothetical)


def merge_retold_contacts(events: list[Event], open_tellings: set[TellingKey]
                          ) -> list[Event]:
    """Fold each open conversation into the meeting it tells again; the meeting takes the
    conversation's channel where it has none."""
    result = list(events)
    for event in events:
        if telling_key(event) not in open_tellings or event.negated or event.hypothetical:
            continue
        told = next((o for o in result if o is not event and telling_key(o) not in
                     open_tellings and _compatible(event, o)), None)
        if told is None:
            continue
        kept = replace(told, channel=event.channel) if told.channel is None else told
        result = [kept if o is told else o for o in result if o is not event]
    return result
