"""The medium of a contact: talks held by phone, video or letter are a CALL, a conversation
held face to face is a MEET, and the medium noun of another contact is no event of its own.

The contract tells MEET from CALL by how officials were in touch, not by the word that tells
it: "held phone talks", "met over a video link", "a virtual meeting" are calls; "spoke face to
face on the sidelines" is a meeting. The medium is read from the trigger's own modifiers and
adjuncts (and those of the verb that carries a contact noun, "held talks by video"), never
from the rest of the sentence, so "met in Beijing to discuss the hotline" stays a meeting. The
words are in `data/lexicons/contact_media.json`.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from parley.dates.lexicon import MONTH_NAMES
from parley.extract.records import Trigger
from parley.extract.registry import registry
from parley.extract.syntax import Tree
from parley.extract.vocabulary import DAY_WORDS, TIME_CLAUSE_MARKERS
from parley.types import Event, EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.lexicon import Lexicon
    from parley.extract.records import Candidate, SentenceView

CONTACT_TYPES = (EventType.MEET, EventType.CALL)

#: Dependency labels below which a word belongs to another clause, not to the contact.
_OTHER_CLAUSE = frozenset({"relcl", "advcl", "ccomp", "conj", "acl", "xcomp"})


class Medium(enum.Enum):
    REMOTE = "remote"  # by phone, video, hotline or letter
    IN_PERSON = "in person"  # face to face, on the sidelines, in a named place


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    text = (resources.files("parley.data") / "lexicons" / "contact_media.json").read_text(
        encoding="utf-8")
    return {name: frozenset(spec["words"]) for name, spec in json.loads(text)["classes"].items()}


def media_words(name: str) -> frozenset[str]:
    """The words of one class of `contact_media.json`; an unknown name is a KeyError."""
    return _classes()[name]


def word_of(tree: Tree, index: int) -> frozenset[str]:
    """A token's lemma and lower-case form, the keys the word classes list."""
    token = tree.tokens[index]
    return frozenset((token.lemma.lower(), token.lower))


def contact_scopes(tree: Tree, trigger: Trigger) -> list[int]:
    """The tokens whose modifiers tell the contact's medium: the trigger, the last word of a
    multi-word trigger ("hold talks"), and the verb carrying a contact noun ("held talks by
    video", "the round was conducted by video")."""
    scopes = list(dict.fromkeys((trigger.index, trigger.last)))
    token = tree.tokens[trigger.index]
    if token.pos in ("NOUN", "PROPN") and token.dep in ("dobj", "nsubj", "nsubjpass") and \
            token.head != trigger.index and \
            tree.tokens[token.head].lemma in media_words("carrying_verbs"):
        scopes.append(token.head)
    return scopes


def remote_adjunct(tree: Tree, scope: int) -> bool:
    """'by phone', 'over a secure video link', 'via videoconference', 'on the phone',
    'virtually', or a remote modifier ('phone talks', 'a virtual meeting') on `scope`."""
    for child in tree.children[scope]:
        token = tree.tokens[child]
        words = word_of(tree, child)
        if token.dep in ("amod", "compound", "nmod") and words & media_words("remote_modifiers"):
            return True
        if token.dep == "advmod" and child > scope and words & media_words("remote_adverbs"):
            return True
        if token.dep == "prep" and any(  # "met Li virtually on Tuesday", parsed under "on"
                word_of(tree, a) & media_words("remote_adverbs") and a < child
                for a in tree.dependents(child, ("advmod",))):
            return True
        if token.dep not in ("prep", "agent"):  # "met by video link" parsed as an agent
            continue
        if token.lower in media_words("medium_prepositions"):
            media = media_words("medium_nouns")
        elif token.lower in media_words("on_prepositions"):
            media = media_words("on_media")
        elif token.lower == "in" and _in_remote_format(tree, child):
            return True
        else:
            continue
        for obj in tree.dependents(child, ("pobj",)):
            nouns = [obj, *tree.dependents(obj, ("compound", "amod"))]
            if any(word_of(tree, n) & media for n in nouns):
                return True
    return False


def _in_remote_format(tree: Tree, preposition: int) -> bool:
    """'in a video format', 'in videoconference mode': a format noun with a remote modifier."""
    return any(word_of(tree, o) & media_words("format_nouns") and any(
        word_of(tree, m) & media_words("remote_modifiers")
        for m in tree.dependents(o, ("compound", "amod", "nmod")))
        for o in tree.dependents(preposition, ("pobj",)))


def in_person(tree: Tree, scope: int) -> bool:
    """'face to face', 'in person', 'on the sidelines of the summit' among the contact's own
    words."""
    own = sorted(tree.subtree(scope, stop=_OTHER_CLAUSE))
    text = " " + " ".join(tree.tokens[i].lower for i in own) + " "
    return any(f" {phrase} " in text for phrase in media_words("in_person_phrases"))


def _names_a_place(tree: Tree, index: int) -> bool:
    """A proper name that is no date ("Singapore", "the Pentagon", not "March", "Monday")."""
    token = tree.tokens[index]
    return token.pos == "PROPN" and token.lower not in MONTH_NAMES and \
        token.lower not in DAY_WORDS


def _an_occasion(tree: Tree, preposition: int) -> bool:
    """'at a dinner', 'over lunch', 'during the summit': an occasion attended together."""
    return tree.tokens[preposition].lower in ("at", "over", "during") and any(
        tree.tokens[o].lemma in media_words("in_person_occasions")
        for o in tree.dependents(preposition, ("pobj",)))


def at_a_place(tree: Tree, scope: int) -> bool:
    """'spoke with Li in Singapore', 'talked at the Pentagon', 'spoke with Li at a dinner':
    'in' or 'at' a named place, or an occasion, on the contact or on the partner it was
    with (the parser often hangs it there)."""
    partners = [o for p in tree.dependents(scope, ("prep",)) if tree.tokens[p].lower in (
        "with", "to") for o in tree.dependents(p, ("pobj",))]
    return any(
        (tree.tokens[p].lower in ("in", "at") and any(
            _names_a_place(tree, o) for o in tree.dependents(p, ("pobj",))))
        or _an_occasion(tree, p)
        for holder in (scope, *partners) for p in tree.dependents(holder, ("prep",)))


def contact_medium(tree: Tree, trigger: Trigger) -> Medium | None:
    """How the contact a trigger tells was held, when its own words say so: said to be in
    person first ("their first face-to-face meeting since a video call"), then a remote
    medium ("spoke by phone with Li, who was in Beijing"), then a place."""
    scopes = contact_scopes(tree, trigger)
    if any(in_person(tree, s) for s in scopes):
        return Medium.IN_PERSON
    if any(remote_adjunct(tree, s) for s in scopes):
        return Medium.REMOTE
    if any(at_a_place(tree, s) or _met_at_that_time(tree, s) for s in scopes):
        return Medium.IN_PERSON
    return None


def _met_at_that_time(tree: Tree, scope: int) -> bool:
    """'The two last spoke in November 2022, when Austin met Wei in Phnom Penh': a
    conversation whose 'when' clause (on the verb, or on the date it was held at) is a
    meeting was held at it, in person."""
    if not word_of(tree, scope) & media_words("conversing_words"):
        return False
    clauses = list(tree.dependents(scope, ("advcl",)))
    for preposition in tree.dependents(scope, ("prep",)):
        for when in tree.dependents(preposition, ("pobj",)):
            clauses.extend(tree.dependents(when, ("relcl",)))
    return any(tree.tokens[clause].lemma in media_words("meeting_clause_verbs") and any(
        tree.tokens[m].lower in TIME_CLAUSE_MARKERS
        for m in tree.dependents(clause, ("mark", "advmod")))
        for clause in clauses)


def contact_type(tree: Tree, trigger: Trigger, channels: Sequence[str | None], *,
                 on_a_line: bool = False) -> EventType:
    """MEET or CALL by the contact's medium; other types, and contacts whose medium the text
    leaves open, keep their trigger's type.

    A meeting held by phone or video is a CALL, except a round of a standing dialogue
    (`round_channels`: "held maritime safety talks by video" is a session of those talks);
    so is one `on_a_line` (a phone word among its arguments, `events._by_phone`) unless it
    was held in person ("talks on the hotline deal in Moscow"). A conversation held in
    person ("spoke face to face") is a MEET.
    """
    etype = trigger.entry.type
    if etype not in CONTACT_TYPES:
        return etype
    medium = contact_medium(tree, trigger)
    if medium is Medium.IN_PERSON:
        conversing = bool(word_of(tree, trigger.index) & media_words("conversing_words"))
        return EventType.MEET if etype is EventType.MEET or conversing else etype
    if etype is EventType.MEET and (on_a_line or medium is Medium.REMOTE and not any(
            c in media_words("round_channels") for c in channels)):
        return EventType.CALL
    return etype


def likened_type(tree: Tree, trigger: Trigger, etype: EventType,
                 previous: Event | None) -> EventType:
    """'It follows similar discussions between Wallace and Shoigu on Sunday', told after a
    call: a contact likened to the one told just before was held the same way, so it takes
    that contact's type when its own words leave the medium open."""
    if etype not in CONTACT_TYPES or previous is None or previous.type is etype or \
            previous.type not in CONTACT_TYPES or contact_medium(tree, trigger) is not None:
        return etype
    likened = any(word_of(tree, c) & media_words("likening_modifiers")
                  for c in tree.dependents(trigger.index, ("amod", "predet", "det")))
    return previous.type if likened else etype


def occasioned_contact(tree: Tree, governing: Trigger) -> bool:
    """'was placed at Austin's request', 'took place at the invitation of Beijing': the
    request (a noun after `occasion_prepositions`) occasioned a contact that took place, so
    it does not absorb that contact as only asked for (`sentence.drop_governed_triggers`)."""
    if governing.entry.type is not EventType.REQUEST:
        return False
    token = tree.tokens[governing.index]
    return token.pos == "NOUN" and token.dep == "pobj" and \
        tree.tokens[token.head].lower in media_words("occasion_prepositions")


def _is_contactword_of(lexicon: Lexicon, tree: Tree, index: int) -> bool:
    return any(entry.type in CONTACT_TYPES for word in word_of(tree, index)
               for entry in lexicon.triggers.get(word, ()))


def medium_of_another(lexicon: Lexicon, tree: Tree, index: int) -> bool:
    """'held talks via videoconference', 'met over a video call': the call noun after a
    medium preposition says how another contact word's contact was held."""
    token = tree.tokens[index]
    if token.pos in ("NOUN", "PROPN") and token.dep in ("compound", "amod") and \
            word_of(tree, token.head) & media_words("format_nouns"):
        token = tree.tokens[token.head]  # "held talks in videoconference format"
    if token.pos not in ("NOUN", "PROPN") or token.dep != "pobj":
        return False
    preposition = tree.tokens[token.head]
    if preposition.lower not in media_words("medium_prepositions") | media_words(
            "on_prepositions") | {"in"}:
        return False
    head = preposition.head
    carried = [head, *(o for o in tree.dependents(head, ("dobj",)))] if \
        tree.tokens[head].lemma in media_words("carrying_verbs") else [head]
    return any(_is_contactword_of(lexicon, tree, h) for h in carried if h not in (
        index, token.i))


@registry.theme_check("parley.rang-someone.v1", types=(EventType.CALL,), themes=("self",))
def rang_someone(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                 ) -> bool | None:
    """'rang his Pakistani counterpart at 15:35': ringing a person, role or state is a
    call; 'the phone rang', 'rang the bell' are not."""
    if view.tree.tokens[candidate.index].lemma != "ring":
        return None
    return bool(view.tree.dependents(candidate.index, ("dobj",))) and coder._is_phone_call(
        view, candidate.index)


@registry.theme_check("parley.medium-is-no-contact.v1", types=(EventType.CALL,),
                      themes=("self",))
def medium_is_no_contact(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                         ) -> bool | None:
    """'held talks via videoconference': the videoconference is how the talks were held,
    one contact, not a second one."""
    if medium_of_another(coder.extractor.lexicon, view.tree, candidate.index):
        return False
    return None
