"""Trigger entries the coder makes itself (not from the lexicon) and the token tests that
match a lexicon entry's words and form against a parse.
"""

from __future__ import annotations

from parley.dates.lexicon import MONTH_NAMES
from parley.extract.grammar import grammar_words
from parley.extract.lexicon import TriggerEntry
from parley.extract.records import Trigger
from parley.extract.syntax import (
    Tree,
)
from parley.extract.vocabulary import (
    ANSWER_WORDS,
    DAY_WORDS,
    MEDIUM_PREPOSITIONS,
    MEETING_NOUNS,
    PHONE_WORDS,
    VIDEO_WORDS,
)
from parley.types import (
    EventType,
)

#: "in a phone call", "during a video call": the call something was done in.
CALL_OCCASION_PREPOSITIONS = grammar_words("call_occasion_prepositions")

_DEMAND_ENTRY = TriggerEntry(EventType.DEMAND, ("demand",), "verb", "any")


#: "ending two months of silence": a resumption, its theme the clause it ends.
_RESUME_BY_ENDING = TriggerEntry(EventType.RESUME, ("end",), "verb", "self")


#: "recalled its navy commander from a US visit": the visit is cut short.
_SUSPEND_BY_RECALL = TriggerEntry(EventType.SUSPEND, ("recall",), "verb", "self")


#: "declared the defence advisers persona non grata": the attachés are expelled.
_SUSPEND_BY_EXPULSION = TriggerEntry(EventType.SUSPEND, ("expel",), "verb", "talks")


#: "Belousov and Austin discussed Ukraine by phone": a call.
_DISCUSSED_BY_PHONE = TriggerEntry(EventType.CALL, ("discuss",), "verb", "self")


def _over_a_line(tree: Tree, index: int) -> bool:
    """'by phone', 'over the hotline', 'by video link', on the verb or its object
    ("discussed the ceasefire over the hotline"), or the call it was done in ("in a phone
    call on Wednesday, the chiefs discussed the incident")."""
    preps = tree.dependents(index, ("prep",)) + [
        p for o in tree.dependents(index, ("dobj",)) for p in tree.dependents(o, ("prep",))]
    return any(tree.tokens[p].lower in MEDIUM_PREPOSITIONS | CALL_OCCASION_PREPOSITIONS and any(
        tree.tokens[i].lemma in PHONE_WORDS | VIDEO_WORDS
        for o in tree.dependents(p, ("pobj",)) for i in tree.subtree(o)) for p in preps)


#: "Austin and Li were both at the Shangri-La Dialogue": present together at a gathering.
_PRESENT_AT = TriggerEntry(EventType.MEET, ("be",), "verb", "self")


def _at_gathering(tree: Tree, index: int) -> bool:
    """'were (both) at the … Dialogue / summit / conference'."""
    return any(tree.tokens[p].lower == "at" and any(
        tree.tokens[o].lemma in MEETING_NOUNS or tree.tokens[o].lower in MEETING_NOUNS
        for o in tree.dependents(p, ("pobj",))) for p in tree.dependents(index, ("prep",)))


#: "paid a call on the navy chief": a visit, not a phone call.
_VISIT_CALL = TriggerEntry(EventType.MEET, ("call",), "noun", "self")


def _paid_call(tree: Tree, trigger: Trigger) -> bool:
    """'pay a (courtesy) call on someone' is a visit."""
    token = tree.tokens[trigger.index]
    return trigger.entry.type is EventType.CALL and token.pos == "NOUN" and \
        tree.tokens[token.head].lemma == "pay" and token.dep == "dobj" and any(
            tree.tokens[c].lower == "on" for c in tree.children[trigger.index])


def _phrasal_date(tree: Tree, trigger: Trigger) -> bool:
    """'calls on Monday' is not 'call on': a phrasal trigger's preposition governs a date."""
    if trigger.last == trigger.index or tree.tokens[trigger.last].pos != "ADP":
        return False
    objects = tree.dependents(trigger.last, ("pobj",))
    return bool(objects) and all(tree.tokens[o].lower in DAY_WORDS or
                                 tree.tokens[o].lower in MONTH_NAMES for o in objects)


def _plain_stems(word: str) -> tuple[str, ...]:
    """Regular stems of an inflected word, for when the lemmatizer slips
    ("reconnected" -> "reconnecte"): -ed, -d, -ing, -s, -es removed."""
    stems: list[str] = []
    for suffix in ("ed", "d", "ing", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stems.append(word[: -len(suffix)])
    return tuple(stems)


def _match_rest(tree: Tree, index: int, lemmas: tuple[str, ...]) -> int | None:
    """The last token of a multi-word trigger starting at `index`, or None if it is not there."""
    if len(lemmas) == 1:
        return index
    position = index
    for lemma in lemmas[1:]:
        nxt = position + 1
        # "flew dangerously close", "pushed hard for": adverbs may come in between.
        while nxt < len(tree.tokens) - 1 and tree.tokens[nxt].pos == "ADV" and \
                tree.tokens[nxt].lemma != lemma:
            nxt += 1
        # Allow a particle or object between ("cut all lines off", "call off the talks").
        # A particle may stand apart ("cut all lines off"); a preposition only after at most
        # one adverb ("pushing hard for").
        particles = [c for c in tree.children[index]
                     if c > index and tree.tokens[c].lemma == lemma and (
                         tree.tokens[c].dep == "prt"
                         or (tree.tokens[c].dep == "prep" and c - position <= 2
                             and all(tree.tokens[j].pos == "ADV"
                                     for j in range(position + 1, c))))]
        objects = _last_word_objects(tree, index, position, lemma) \
            if lemma == lemmas[-1] else []
        if nxt < len(tree.tokens) and lemma in (tree.tokens[nxt].lemma, tree.tokens[nxt].lower):
            position = nxt
        elif objects:
            # "pointed a laser at", "directed a powerful laser at": a verb and the head of
            # its object, with determiners and modifiers between.
            position = objects[0]
        elif particles:
            position = max(position, particles[0])
        else:
            return None
    return position


def _last_word_objects(tree: Tree, index: int, position: int, lemma: str) -> list[int]:
    """The last word of a trigger as the head of an object, modifiers between: of the verb
    ("pointed a laser at"), or of the preposition matched after it ("crossed into Turkish
    airspace")."""
    if position == index:
        return [c for c in tree.dependents(index, ("dobj",)) if tree.tokens[c].lemma == lemma]
    if tree.tokens[position].dep == "prep" and tree.tokens[position].head == index:
        return [c for c in tree.dependents(position, ("pobj",))
                if tree.tokens[c].lemma == lemma]
    return []


def _in_hyphenated_modifier(tree: Tree, index: int) -> bool:
    """'a Chinese intelligence-gathering plane': a present participle joined by a hyphen to
    the word before it, modifying a noun after it, names a kind of that noun; no act."""
    token = tree.tokens[index]
    return token.tag == "VBG" and token.dep in ("amod", "compound") and token.head > index \
        and any(tree.tokens[c].tag == "HYPH" for c in tree.children[index] if c < index)


def _form_fits(tree: Tree, index: int, form: str) -> bool:
    token = tree.tokens[index]
    if form == "verb":
        return (token.pos in ("VERB", "AUX") or (token.pos == "ADJ" and token.tag == "VBN")) \
            and not _in_hyphenated_modifier(tree, index)
    if form == "noun":
        return token.pos in ("NOUN", "PROPN") or token.tag == "VBG" and token.dep in (
            "nsubj", "dobj", "pobj", "nsubjpass")
    if form == "adjective":
        return token.pos in ("ADJ", "VERB") and token.tag in ("JJ", "VBN", "VBD")
    if form == "negated_verb":
        if token.pos == "ADJ" and token.dep == "acomp" and token.head != index:
            # "would not be available to meet him": the copula carries the negation.
            return tree.is_negated(token.head)
        # "has yet to respond": no answer so far (but "have yet to agree on a hotline" is
        # no refusal: only answers are pending silences).
        return token.pos in ("VERB", "AUX") and (tree.is_negated(index) or (
            token.lemma in ANSWER_WORDS and tree.is_pending(index)))
    if form == "negated_noun":
        # "no reply", "without getting a reply"
        return token.pos == "NOUN" and (tree.is_negated(index) or any(
            tree.tokens[a].lower == "without" for a in tree.ancestors(index)[:3]))
    return False
