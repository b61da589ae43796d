"""A bare silence, or a refusal of "the offer", that answers an ask: 'Seoul proposed
military talks on Monday. The North has not responded.', 'India sought a meeting of the
commanders; Pakistan has yet to reply', 'The North rejected the offer'.

The contract counts a request that went unanswered as a DECLINE. When the silence names what
went unanswered ("has not responded to the offer") the theme check reads it there; when it
names nothing, what it answers is the ask just before it, in the same sentence or the one
before. That the sentence before asks for talks is read from its words, not its parse, so
that it is the same whether or not the pre-filter let that sentence be parsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from parley.extract.exchanges import exchange_of_things, only_exchanges_of_things
from parley.extract.grammar import grammar_words
from parley.extract.syntax import Tree
from parley.extract.vocabulary import ANSWER_WORDS
from parley.extract.word_forms import sentence_words, word_forms
from parley.types import Sentence

if TYPE_CHECKING:
    from parley.extract.lexicon import Lexicon

#: Lemmas of asking to talk ('proposed', 'sought', 'an invitation').
ASKING_WORDS = grammar_words("asking_words")
#: 'did not immediately respond': the reporter's own question went unanswered.
COMMENT_SILENCE_ADVERBS = grammar_words("comment_silence_adverbs")
#: What a bare silence must leave its verb without to be bare: an object or a preposition.
_COMPLEMENT_DEPS = ("dobj", "dative", "prep", "ccomp", "xcomp", "attr")


def asking_forms() -> frozenset[str]:
    """Every word form of the asking lemmas ('proposes', 'sought', 'invitations')."""
    return frozenset(form for lemma in ASKING_WORDS for form in word_forms(lemma))


_ASKING_FORMS = asking_forms()
#: Verbs of talking whose forms, beside the talk nouns, make an ask one for talks.
_TALKING_VERBS = ("meet", "talk", "negotiate", "discuss")


_TALKING_FORMS = frozenset(form for lemma in _TALKING_VERBS for form in word_forms(lemma))


def talk_words(lexicon: Lexicon) -> frozenset[str]:
    """The word forms that make an ask one for talks: the lexicon's talk nouns and the
    forms of the verbs of talking ('talks', 'a meeting', 'to meet', 'negotiating'), the
    latter inflected once, not per article."""
    return lexicon.talk_nouns | _TALKING_FORMS


def asks_for_talks(words: set[str], talk_words: frozenset[str]) -> bool:
    """A sentence (its lower-case words) asks for talks: an asking word and a talk word
    other than the asking words themselves ('proposed military talks', 'an invitation to
    meet'; not 'asked for comment', nor 'proposed a prisoner exchange')."""
    talking = talk_words - _ASKING_FORMS
    return bool(words & _ASKING_FORMS) and bool(words & talking) and \
        not only_exchanges_of_things(words, talking)


def asked_just_before(sentences: Sequence[Sentence], talk_words: frozenset[str]
                      ) -> frozenset[int]:
    """By sentence start: the sentences whose sentence before asks for talks."""
    asked: set[int] = set()
    previous = False
    for sentence in sentences:
        if previous:
            asked.add(sentence.start)
        previous = asks_for_talks(sentence_words(sentence.text), talk_words)
    return frozenset(asked)


def bare_silence(tree: Tree, index: int) -> bool:
    """'has not responded', 'did not reply, officials said': an answer verb that names neither
    what goes unanswered nor anything else, and is no reporter's 'did not immediately
    respond'."""
    if tree.tokens[index].lemma not in ANSWER_WORDS:
        return False
    dependents = tree.dependents(index, ("advmod",))
    if any(tree.tokens[d].lower in COMMENT_SILENCE_ADVERBS for d in dependents):
        return False
    # A clause before the verb is no complement of it, whatever the parse says ("India
    # proposed a meeting; Pakistan has not replied" hangs the first clause on "replied").
    return not any(d > index for d in tree.dependents(index, _COMPLEMENT_DEPS))


def asked_earlier_in(tree: Tree, index: int, talk_lemmas: Iterable[str]) -> bool:
    """'India proposed a meeting; Pakistan has not replied': an asking word before the
    silence, in the same sentence, with a talk word beside it."""
    before = tree.tokens[:index]
    talk = frozenset(talk_lemmas) - ASKING_WORDS
    talking = [i for i, t in enumerate(before) if t.lemma in talk or t.lower in talk]
    return any(t.lemma in ASKING_WORDS for t in before) and bool(talking) and not all(
        exchange_of_things(tree, i) for i in talking)  # not 'sought a prisoner swap, but'


def refused_ask(tree: Tree, arguments: Iterable[int], request_nouns: frozenset[str],
                referring: frozenset[str]) -> bool:
    """'The North rejected the offer', 'Pyongyang turned down Seoul's proposal': what is
    refused is a request noun named again (a definite determiner or an owner), with
    nothing after it saying what it was for ('the offer of aid' is its own)."""
    for index in arguments:
        token = tree.tokens[index]
        if token.lemma not in request_nouns or token.dep not in ("dobj", "pobj", "nsubjpass"):
            continue
        if tree.dependents(index, ("prep", "acl", "relcl")):
            continue
        if any(tree.tokens[d].lower in referring for d in tree.dependents(index, ("det",))) \
                or tree.dependents(index, ("poss",)):
            return True
    return False
