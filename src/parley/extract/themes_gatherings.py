"""Theme checks: a state's own gathering is no contact between states. An official who tells,
addresses or briefs a meeting of his own people ("told a meeting of Russian military
officers", "addressed a conference of his commanders", "met his own staff") holds no MEET or
CALL with the article's other state, nor with a state named in what he says there: the
gathering's people are of one side only.

The parse of such sentences is often rough: a clause of the speech hangs under the members
("officers that the US plans …"), or the participle describing the gathering comes out as a
verb of its own ("… officers convened to discuss Syria"); the checks read the members'
own words only and treat a subjectless contact verb right after such a gathering as part of
it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.extract.syntax import LOCATIVE_PREPOSITIONS, SUBJECT_DEPS
from parley.extract.vocabulary import POSSESSIVE_PRONOUNS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

#: People of an official's own side: met, addressed or gathered, they make no contact with
#: another state ("his commanders", "his own staff").
OWN_SIDE_NOUNS = grammar_words("own_side_nouns")
#: Nouns of a gathering that an official can address or convene ("a conference of …").
GATHERING_NOUNS = grammar_words("gathering_nouns")

#: Prepositions naming a gathering's members ("a meeting of officers") and its partners
#: ("a meeting with his commanders").
_MEMBER_PREPOSITIONS = frozenset({"of"})
_PARTNER_PREPOSITIONS = frozenset({"with", "between", "among"})
#: The members' own words end where a clause hung under them begins.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def _objects_of(view: SentenceView, noun: int, prepositions: frozenset[str]) -> list[int]:
    tree = view.tree
    return [o for p in tree.dependents(noun, ("prep",)) if tree.tokens[p].lower in prepositions
            for o in tree.dependents(p, ("pobj",))]


def _own_words(view: SentenceView, head: int) -> list[int]:
    """The words of a people phrase, without its clauses and places ('his staff in
    Beijing' names no state of its people)."""
    tree = view.tree
    words = tree.subtree(head, stop=_CLAUSE_DEPS)
    places = {i for p in words if tree.tokens[p].dep == "prep"
              and tree.tokens[p].lower in LOCATIVE_PREPOSITIONS for i in tree.subtree(p)}
    return sorted(words - places)


def own_people(view: SentenceView, head: int) -> bool:
    """'his commanders', 'their own staff', 'its generals': own-side people owned by a
    pronoun (or called 'own'), and no state named in their words."""
    tree = view.tree
    token = tree.tokens[head]
    if token.lemma not in OWN_SIDE_NOUNS and token.lower not in OWN_SIDE_NOUNS:
        return False
    words = _own_words(view, head)
    if any(i in view.token_mention for i in words):
        return False  # "his Chinese counterparts", "Japanese officers": another side's
    return any(tree.tokens[c].lower in POSSESSIVE_PRONOUNS | {"own"}
               for c in tree.dependents(head, ("poss", "amod")))


def one_side_gathering(coder: ArticleCoder, view: SentenceView, noun: int) -> bool:
    """A gathering noun whose members are of one state only ('a meeting of Russian military
    officers') or the official's own people ('a conference of his commanders'), with no
    partner of another state named ('with', 'between')."""
    tree = view.tree
    partners = _objects_of(view, noun, _PARTNER_PREPOSITIONS)
    verb = tree.tokens[noun].head
    if tree.tokens[noun].dep == "dobj" and tree.tokens[verb].lemma in coder.lexicon.light_verbs:
        partners += _objects_of(view, verb, _PARTNER_PREPOSITIONS)  # "held a meeting with …"
    members = _objects_of(view, noun, _MEMBER_PREPOSITIONS)
    if partners:
        return all(own_people(view, p) for p in partners)
    if not members or any(tree.tokens[m].tag != "NNS" for m in members):
        return False
    if all(own_people(view, m) for m in members):
        return True
    states = set(coder._states_in(view, [i for m in members for i in _own_words(view, m)]))
    return len(states) == 1


def _gathering_before(coder: ArticleCoder, view: SentenceView, index: int) -> int | None:
    """The gathering noun a subjectless contact verb describes ('told a meeting of officers
    convened to discuss Syria'): a gathering object of the verb's head, just before it."""
    tree = view.tree
    token = tree.tokens[index]
    if token.pos != "VERB" or tree.dependents(index, SUBJECT_DEPS) or token.head == index:
        return None
    head = token.head
    nouns = coder.lexicon.talk_nouns | GATHERING_NOUNS
    for noun in tree.dependents(head, ("dobj", "dative")):
        if noun < index and tree.tokens[noun].lemma in nouns:
            return noun
    return None


@registry.theme_check("parley.own-gathering.v1", types=(EventType.MEET, EventType.CALL),
                      themes=("self",), before="parley.internal-meeting.v1")
def own_gathering(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                  ) -> bool | None:
    """'Gerasimov told a meeting of Russian military officers (convened to discuss Syria)
    that …', 'the general addressed a meeting of his commanders', 'held a meeting with his
    own staff': one side's gathering, no contact; a meeting with another state's people
    passes on."""
    tree = view.tree
    index = candidate.index
    if tree.tokens[index].pos == "NOUN":
        return False if one_side_gathering(coder, view, index) else None
    noun = _gathering_before(coder, view, index)
    if noun is not None and one_side_gathering(coder, view, noun):
        return False  # the participle of the gathering just told
    objects = tree.dependents(index, ("dobj",))
    if objects and all(own_people(view, o) for o in objects):
        return False  # "met his commanders"
    return None


#: Words of an official's own country as a journey's end ("was visiting home").
HOME_WORDS = grammar_words("home_words")


@registry.theme_check("parley.visit-home-is-no-contact.v1", types=(EventType.MEET,),
                      themes=("self",))
def visit_home_is_no_contact(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                             ) -> bool | None:
    """'Iran's envoy, who was then visiting home', 'the minister flew home on Monday': a
    journey to one's own country meets no other state; 'visited Hanoi' still does."""
    tree = view.tree
    if tree.tokens[candidate.index].pos != "VERB":
        return None
    ends = tree.dependents(candidate.index, ("dobj", "advmod"))
    if any(tree.tokens[e].lower in HOME_WORDS for e in ends) and not any(
            tree.tokens[e].lower not in HOME_WORDS and tree.tokens[e].dep == "dobj"
            for e in ends):
        return False
    return None
