"""Events told as possibilities or as failed attempts, not as done: "did not rule out talks",
"ruled out a meeting", "left open the possibility of talks", "said it was open to talks",
"has no plans to hold talks", "a meeting has been scheduled for July" (hypothetical: nothing
has happened yet), and "failed to hold talks", "have yet to meet" (negated: it did not
happen). The words are data (`excluding_verbs`, `possibility_nouns`, `openness_adjectives`,
`intention_nouns`, `scheduling_verbs`, `failing_verbs` in `grammar.json`).
"""

from __future__ import annotations

from collections.abc import Iterator

from parley.extract.grammar import grammar_words
from parley.extract.syntax import Tree

#: Verbs (with their particle) that exclude or admit an event ("rule out", "exclude").
EXCLUDING_VERBS = grammar_words("excluding_verbs")
#: Nouns of a possibility whose 'of' or 'for' has not happened ("the possibility of talks").
POSSIBILITY_NOUNS = grammar_words("possibility_nouns")
#: Adjectives of a stance towards what may come ("open to talks", "receptive to a call").
OPENNESS_ADJECTIVES = grammar_words("openness_adjectives")
#: Verbs whose infinitive did not happen ("failed to hold talks").
FAILING_VERBS = grammar_words("failing_verbs")
#: Nouns of an intention whose infinitive has not happened ("no plans to hold talks").
INTENTION_NOUNS = grammar_words("intention_nouns")
#: Verbs that put a contact on a calendar ("a meeting has been scheduled for July").
SCHEDULING_VERBS = grammar_words("scheduling_verbs")

#: Labels along which a trigger is what a governing word is about: its object, its
#: infinitive, the object of its preposition (a noun, or a gerund: "of reviving them").
GOVERNED_DEPS = frozenset({"dobj", "xcomp", "pobj", "pcomp", "prep", "nsubjpass"})



def _governors(tree: Tree, index: int, steps: int = 4) -> Iterator[tuple[int, int]]:
    """(word, its head) pairs up from the trigger while the word is an object, an
    infinitive or a preposition's object: 'talks' -> 'rule'; 'talks' -> 'of' -> 'possibility'."""
    current = index
    for _ in range(steps):
        token = tree.tokens[current]
        if token.head == current or token.dep not in GOVERNED_DEPS:
            return
        yield current, token.head
        current = token.head


def told_as_possible(tree: Tree, index: int) -> bool:
    """'did not rule out talks', 'ruled out a meeting', 'the possibility of a call',
    'open to talks': the trigger is what is admitted or excluded as a possibility."""
    for word in (index, *(h for _, h in _governors(tree, index))):
        token = tree.tokens[word]
        if token.dep == "acl" and token.head != word and \
                tree.tokens[token.head].lemma in INTENTION_NOUNS:
            return True  # "no plans to hold talks": 'hold' is the plan's infinitive
    for word, head in _governors(tree, index):
        dep, governor = tree.tokens[word].dep, tree.tokens[head]
        if dep in ("dobj", "xcomp", "nsubjpass") and tree.phrasal_lemma(head) in EXCLUDING_VERBS:
            return True
        if dep in ("dobj", "nsubjpass") and governor.lemma in SCHEDULING_VERBS:
            return True  # "a meeting has been scheduled", "scheduled talks for July"
        if dep == "xcomp" and governor.dep == "acl" and governor.head != head and \
                tree.tokens[governor.head].lemma in INTENTION_NOUNS:
            return True  # "plans to hold talks" ('talks' -> 'hold' -> 'plans')
        if dep in ("pobj", "pcomp") and governor.head != head:
            # "the possibility of talks"; "little prospect of reviving them", "the chance of
            # restoring the line": the gerund is as much a possibility as the noun.
            owner = tree.tokens[governor.head]
            if governor.lower in ("of", "for") and owner.lemma in POSSIBILITY_NOUNS:
                return True
            if governor.lower == "to" and owner.lemma in OPENNESS_ADJECTIVES:
                return True
    return False


def failed_attempt(tree: Tree, index: int) -> bool:
    """'failed to hold talks', 'failed to meet', 'have yet to hold talks': the contact did
    not take place."""
    return any(tree.tokens[word].dep == "xcomp" and (
        tree.tokens[head].lemma in FAILING_VERBS or any(
            tree.tokens[a].lower == "yet" for a in tree.dependents(head, ("advmod",))))
        for word, head in _governors(tree, index))
