"""Trigger words found in a parse: lexicon entries matched by lemma, form and multi-word
rest, and the triggers the coder makes from constructions (ended silences, recalls).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.lexicon import TriggerEntry
from parley.extract.records import Trigger
from parley.extract.registry import registry
from parley.extract.syntax import (
    Tree,
)
from parley.extract.trigger_entries import (
    _VISIT_CALL,
    _form_fits,
    _match_rest,
    _paid_call,
    _phrasal_date,
    _plain_stems,
)
from parley.types import (
    EventType,
)

if TYPE_CHECKING:
    from parley.extract.coder import RuleExtractor


# ----------------------------------------------------------------- triggers
def find_triggers(extractor: RuleExtractor, tree: Tree) -> list[Trigger]:
    found: list[Trigger] = []
    tokens = tree.tokens
    for token in tokens:
        candidates = extractor._entries_for(token.lemma, token.lower)
        if not candidates:
            continue
        best: dict[EventType, Trigger] = {}
        for entry in candidates:
            last = _match_rest(tree, token.i, entry.lemmas)
            if last is None or not _form_fits(tree, token.i, entry.form):
                continue
            current = best.get(entry.type)
            if current is None or len(entry.lemmas) > len(current.entry.lemmas):
                best[entry.type] = Trigger(entry, token.i, last)
        # A multi-word trigger ("call on", "cut off") beats the single words it contains.
        longest = max((len(t.entry.lemmas) for t in best.values()), default=0)
        found.extend(t for t in best.values()
                     if len(t.entry.lemmas) == longest or len(t.entry.lemmas) > 1)
    # A multi-word noun is headed by the word the parse hangs outside it: the last of
    # "video call", the first of "exchange of views".
    found = [Trigger(t.entry, _noun_head(tree, t), t.last) if t.entry.form == "noun" else t
             for t in found]
    found = [t for t in found if not _phrasal_date(tree, t)]
    found = [Trigger(_VISIT_CALL, t.index, t.last) if _paid_call(tree, t) else t
             for t in found]
    found = [t for t in found if t.entry.type is not EventType.SUSPEND
             or extractor._ended_absence(tree, t.index) is None]
    # Triggers of constructions the lexicon does not list, finder by finder in order.
    for rule in registry.trigger_finders():
        found += rule.find(extractor, tree)
    unique: dict[tuple[EventType, int], Trigger] = {}
    for t in found:
        kept = unique.get((t.entry.type, t.index))
        if kept is None or len(t.entry.lemmas) > len(kept.entry.lemmas):
            unique[(t.entry.type, t.index)] = t
    return list(unique.values())


def _noun_head(tree: Tree, trigger: Trigger) -> int:
    """The word a multi-word noun trigger is headed by: its last ('call' of "video call"),
    but the first of an 'X of Y' noun the parse hangs on that first word ('exchange' of
    "exchange of views")."""
    first, last = trigger.index, trigger.last
    if last > first + 1 and tree.tokens[first + 1].lower == "of" and \
            tree.tokens[first + 1].head == first and tree.tokens[last].head == first + 1:
        return first
    return last


def _ended_absence(extractor: RuleExtractor, tree: Tree, index: int) -> int | None:
    """The absence noun an ending verb takes ('ending two months of silence'), if any."""
    if tree.tokens[index].lemma not in extractor.lexicon.ending_verbs:
        return None
    for obj in tree.dependents(index, ("dobj", "nsubjpass")):
        chain = [obj, *(p for c in tree.dependents(obj, ("prep",)) if tree.tokens[c].lower == "of"
                        for p in tree.dependents(c, ("pobj",)))]
        for noun in chain:
            if tree.tokens[noun].lemma in extractor.lexicon.absence_nouns:
                return noun
    return None


def _as_elided(extractor: RuleExtractor, tree: Tree, index: int) -> list[int]:
    """The bare auxiliaries of 'as will X', 'as did X' hung on verb `index`."""
    found: list[int] = []
    for child in tree.children[index]:
        token = tree.tokens[child]
        if token.dep == "advcl" and token.pos == "AUX" and any(
                tree.tokens[m].lower == "as" for m in tree.dependents(child, ("mark",))):
            found.append(child)
        elif token.lower == "as" and token.dep in ("cc", "prep", "mark"):
            found += [a for a in tree.children[child] if tree.tokens[a].pos == "AUX"]
    return found


def _expels(extractor: RuleExtractor, tree: Tree, index: int) -> bool:
    """'declared the advisers persona non grata', 'ordered the attachés to leave'."""
    words = extractor.lexicon.expelling_verbs.get(tree.tokens[index].lemma)
    if not words:
        return False
    near = [c for c in tree.children[index] if tree.tokens[c].dep in (
        "xcomp", "oprd", "ccomp", "dobj", "advcl")]
    near += [g for c in near for g in tree.children[c]]
    return any(tree.tokens[i].lemma in words or tree.tokens[i].lower in words
               for i in near)


def _recalled_from_visit(extractor: RuleExtractor, tree: Tree, index: int) -> bool:
    """'recalled its navy chief from a US visit': 'from' a visit, trip or talks."""
    for prep in tree.dependents(index, ("prep",)):
        if tree.tokens[prep].lower != "from":
            continue
        for noun in tree.dependents(prep, ("pobj",)):
            lemma = tree.tokens[noun].lemma
            if lemma in extractor.lexicon.talk_nouns or any(
                    e.type is EventType.MEET and e.form == "noun"
                    for e in extractor.lexicon.triggers.get(lemma, ())):
                return True
    return False


def _entries_for(extractor: RuleExtractor, lemma: str, lower: str) -> list[TriggerEntry]:
    """The entries whose first lemma is the token's lemma, its form or a regular stem of
    it; looked up once per distinct word, as most words recur and start none."""
    key = (lemma, lower)
    found = extractor._entries.get(key)
    if found is None:
        keys = dict.fromkeys((lemma, lower, *_plain_stems(lower)))
        found = extractor._entries[key] = [
            e for k in keys for e in extractor.lexicon.triggers.get(k, [])]
    return found
