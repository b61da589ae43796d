"""What a contact is about is not who takes part in it: "talks on Russia's war", "spoke about
North Korea", "held talks with Japan over China's build-up" name the subject matter, and
"held talks amid China's assertiveness" its circumstances, so the states in those phrases are
not the meeting's other side. The prepositions are data
(`subject_matter_prepositions` in `grammar.json`).
"""

from __future__ import annotations

from parley.extract.grammar import grammar_words
from parley.extract.syntax import Tree

#: Prepositions that introduce what a meeting or call is about ("talks on", "spoke about").
SUBJECT_MATTER_PREPOSITIONS = grammar_words("subject_matter_prepositions")
#: Prepositions of a contact's circumstances ("held talks amid China's assertiveness").
CIRCUMSTANCE_PREPOSITIONS = grammar_words("circumstance_prepositions")
#: Verbs whose object is what is talked over, not a party ("discussed Taiwan with …").
DISCUSSED_OBJECT_VERBS = grammar_words("discussing_verbs")
#: Prepositions of the parties, which the parser sometimes hangs inside the subject matter
#: ("talks on the war between the US and Chinese ministers").
NESTED_PARTY_PREPOSITIONS = frozenset({"between", "with", "among"})
#: Verbs with which a 'call on' someone is a visit ("paid a call on the minister").
VISITING_CALL_VERBS = grammar_words("visiting_call_verbs")


def _holders(tree: Tree, index: int) -> list[int]:
    """The trigger, the verb it is the object of and the object of a light verb ('held
    talks on …': held and talks, whichever is the trigger)."""
    holders = [index, *tree.dependents(index, ("dobj",))]
    token = tree.tokens[index]
    if token.dep in ("dobj", "nsubjpass", "nsubj") and token.head != index:
        holders.append(token.head)
    return holders


def _visit_call(tree: Tree, holder: int) -> bool:
    """'paid a call on the minister': a call that is a visit, whose 'on' is the host."""
    token = tree.tokens[holder]
    if token.lemma in VISITING_CALL_VERBS:
        return True
    return token.lemma == "call" and token.head != holder and \
        tree.tokens[token.head].lemma in VISITING_CALL_VERBS


def _matter_phrases(tree: Tree, prep: int, holder: int) -> set[int]:
    """The subtree of a subject-matter preposition, without party phrases nested in it."""
    word = tree.tokens[prep].lower
    if word not in SUBJECT_MATTER_PREPOSITIONS | CIRCUMSTANCE_PREPOSITIONS or (
            word == "on" and _visit_call(tree, holder)):
        return set()  # "paid a call on Richardson": the one visited
    found = tree.subtree(prep)
    nested = {i for p in found if tree.tokens[p].dep == "prep"
              and tree.tokens[p].lower in NESTED_PARTY_PREPOSITIONS
              for i in tree.subtree(p)}
    return found - nested


def without_subject_matter(tree: Tree, tokens: set[int]) -> set[int]:
    """A party phrase without the subject matter the parser hung inside it ('between the
    US and Chinese ministers on Russia's war': not Russia)."""
    matter: set[int] = set()
    for i in tokens:
        if tree.tokens[i].dep == "prep" and tree.tokens[i].head in tokens:
            matter |= _matter_phrases(tree, i, tree.tokens[i].head) & tokens
    return tokens - matter


def subject_matter(tree: Tree, index: int) -> set[int]:
    """The tokens of the phrases that say what the contact at `index` is about, without
    the party phrases the parser hung inside them."""
    found: set[int] = set()
    for holder in _holders(tree, index):
        for prep in tree.dependents(holder, ("prep",)):
            found |= _matter_phrases(tree, prep, holder)
    if tree.tokens[index].lemma in DISCUSSED_OBJECT_VERBS:
        # "discussed Taiwan with his counterpart": what is discussed is the matter
        found |= {i for o in tree.dependents(index, ("dobj",)) for i in tree.subtree(o)}
    return found
