"""Trigger finders of calls the lexicon does not list: being in touch over a line told by a
noun of contact ("a hotline contact was established"), by using the line ("used the new
military hotline") or by messaging over it ("exchanged messages over the western military
line"), and letters exchanged ("the defence ministers exchanged letters"), which the contract
has no type for and which are no meeting, so are coded as its remote type, CALL. Their words
are in `data/lexicons/contact_media.json`; the medium of contacts the lexicon does list is
decided in `contact_kinds.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.contact_kinds import media_words, word_of
from parley.extract.lexicon import TriggerEntry
from parley.extract.records import Trigger
from parley.extract.registry import registry
from parley.extract.syntax import Tree
from parley.extract.vocabulary import PERSON_NOUNS, PUBLIC_SPEECH_NOUNS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import RuleExtractor


#: "a hotline contact was established between the DGMOs": being in touch by a line, a call.
_REMOTE_CONTACT = TriggerEntry(EventType.CALL, ("contact",), "noun", "self")


def remote_contact_noun(tree: Tree, index: int) -> bool:
    """'hotline contact', 'telephone contacts', 'a video exchange': a noun of being in touch
    (not itself a modifier, as in 'contact point') with a remote modifier."""
    token = tree.tokens[index]
    return token.pos == "NOUN" and token.dep != "compound" and \
        bool(word_of(tree, index) & media_words("contact_nouns")) and any(
            word_of(tree, c) & media_words("remote_modifiers")
            for c in tree.dependents(index, ("compound", "amod")))


@registry.trigger_finder("parley.remote-contact-calls.v1")
def remote_contact(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'A special hotline contact was established on Tuesday between the two DGMOs': the
    two were in touch over the line, a call."""
    return [Trigger(_REMOTE_CONTACT, token.i, token.i) for token in tree.tokens
            if remote_contact_noun(tree, token.i)]


#: "used the new military hotline for the first time": a call over the line.
_USED_A_LINE = TriggerEntry(EventType.CALL, ("use",), "verb", "self")


def used_a_line(tree: Tree, index: int) -> bool:
    """'used the hotline', 'tested the new telephone link', 'the hotline was used for the
    first time': a using verb whose object (or passive subject) is a line (its head noun,
    or a compound of it: 'the hotline link')."""
    token = tree.tokens[index]
    if token.pos != "VERB" or not word_of(tree, index) & media_words("using_verbs"):
        return False
    # A passive line only in the past ("was used on Thursday"; "is used to exchange
    # messages" is what the line is for).
    told_past = any(tree.tokens[a].tag == "VBD" for a in tree.dependents(index, ("auxpass",)))
    objects = ("dobj", "nsubjpass") if told_past else ("dobj",)
    return any(word_of(tree, n) & media_words("line_objects")
               for o in tree.dependents(index, objects)
               for n in (o, *tree.dependents(o, ("compound",))))


@registry.trigger_finder("parley.used-a-line-calls.v1")
def line_used(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'The defence chiefs used the new military hotline for the first time on Thursday':
    the two talked over the line, a call."""
    return [Trigger(_USED_A_LINE, token.i, token.i) for token in tree.tokens
            if used_a_line(tree, token.i)]


#: "exchanged messages over the western military line": in touch over a line, a call.
_MESSAGED_OVER_A_LINE = TriggerEntry(EventType.CALL, ("exchange",), "verb", "self")


def _a_phone_line(tree: Tree, noun: int) -> bool:
    """'the hotline', 'the phone', 'the western military line', 'the communication line';
    not 'the line of control' or 'diplomatic channels'."""
    words = word_of(tree, noun)
    if words & media_words("line_objects"):
        return True
    return bool(words & media_words("line_nouns")) and not tree.dependents(noun, ("prep",)) \
        and any(word_of(tree, m) & media_words("line_modifiers")
                for m in tree.dependents(noun, ("amod", "compound")))


def messaged_over_a_line(tree: Tree, index: int) -> bool:
    """A messaging verb with 'by', 'over', 'via' or 'through' a phone line or another medium
    ('by phone', 'via video link'), on the verb or on its object ("exchanged messages over
    the line")."""
    token = tree.tokens[index]
    if token.pos != "VERB" or not word_of(tree, index) & media_words("messaging_verbs"):
        return False
    holders = [index, *tree.dependents(index, ("dobj",))]
    return any(_a_phone_line(tree, o) or word_of(tree, o) & (
        media_words("medium_nouns") - media_words("line_nouns"))
        # "conversed by phone" has its 'by' parsed as an agent
        for h in holders for p in tree.dependents(h, ("prep", "agent"))
        if tree.tokens[p].lower in media_words("medium_prepositions")
        for o in tree.dependents(p, ("pobj",)))


@registry.trigger_finder("parley.messaged-over-a-line-calls.v1")
def messaged_over_line(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'Officers of the two Koreas exchanged messages over the western military line': the
    two sides were in touch over the line, a call."""
    return [Trigger(_MESSAGED_OVER_A_LINE, token.i, token.i) for token in tree.tokens
            if messaged_over_a_line(tree, token.i)]


#: "told his counterpart by telephone": the two were on a call.
_TOLD_BY_PHONE = TriggerEntry(EventType.CALL, ("tell",), "verb", "self")


def told_over_a_medium(tree: Tree, index: int) -> bool:
    """A telling verb ('told', 'assured', 'warned') whose object is a person ('his Israeli
    counterpart Avigdor Lieberman', 'Lieberman') and which has a medium ('by telephone',
    'over the phone'); 'told reporters by phone' speaks to the press, not to the other side."""
    token = tree.tokens[index]
    if token.pos != "VERB" or not word_of(tree, index) & media_words("telling_verbs"):
        return False
    objects = [i for o in tree.dependents(index, ("dobj", "dative")) for i in tree.subtree(o)]
    if not any(tree.tokens[i].lemma in PERSON_NOUNS or tree.tokens[i].pos == "PROPN"
               for i in objects) or any(
            word_of(tree, i) & PUBLIC_SPEECH_NOUNS for i in objects):
        return False
    return any(_a_phone_line(tree, o) or word_of(tree, o) & (
        media_words("medium_nouns") - media_words("line_nouns"))
        for p in tree.dependents(index, ("prep", "agent"))
        if tree.tokens[p].lower in media_words("medium_prepositions")
        for o in tree.dependents(p, ("pobj",)))


@registry.trigger_finder("parley.told-over-a-medium-calls.v1")
def told_over_medium(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'Defence Minister Sergei Shoigu told his Israeli counterpart by telephone on Tuesday
    that ...': the two spoke on a call."""
    return [Trigger(_TOLD_BY_PHONE, token.i, token.i) for token in tree.tokens
            if told_over_a_medium(tree, token.i)]


#: "the defence ministers exchanged letters": a remote contact, coded CALL.
_EXCHANGED_LETTERS = TriggerEntry(EventType.CALL, ("exchange",), "verb", "self")


def exchanged_letters(tree: Tree, index: int) -> bool:
    """'exchanged letters', 'swapped letters': an exchanging verb whose object is letters
    without an 'of' complement ('exchanged letters of intent' signs documents)."""
    token = tree.tokens[index]
    if token.pos != "VERB" or not word_of(tree, index) & media_words("exchanging_verbs"):
        return False
    return any(word_of(tree, o) & media_words("letter_nouns") and not any(
        tree.tokens[p].lower == "of" for p in tree.dependents(o, ("prep",)))
        for o in tree.dependents(index, ("dobj",)))


@registry.trigger_finder("parley.exchanged-letters-calls.v1")
def letters_exchanged(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    """'The defence ministers of South Korea and Japan exchanged letters on Tuesday': two
    sides in touch at a distance; the contract's remote type is CALL."""
    return [Trigger(_EXCHANGED_LETTERS, token.i, token.i) for token in tree.tokens
            if exchanged_letters(tree, token.i)]
