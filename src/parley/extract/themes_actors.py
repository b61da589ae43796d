"""Theme checks: only states act. Talks suspended, resumed, asked for or refused by scientists,
students, firms, unions' members or teams are not a channel between states, whatever
nationality the words give them ("Chinese and American scientists resumed talks"), and a
meeting of private people is no contact between the states where they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.extract.syntax import LOCATIVE_PREPOSITIONS, SUBJECT_DEPS
from parley.extract.theme_tests import _led_delegation
from parley.extract.vocabulary import (
    ORGANISATION_NOUNS,
    PAIR_SUBJECT_WORDS,
    PERSON_NOUNS,
    REFERRING_CHANNEL_NOUNS,
)
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView


@registry.theme_check("parley.non-officials-hold-no-channel.v1", themes=("talks",))
def non_officials_hold_no_channel(coder: ArticleCoder, view: SentenceView,
                                  candidate: Candidate) -> bool | None:
    """'Chinese and American scientists resumed talks on climate data', 'the players
    refused a meeting': the people acting are not officials (`non_official_nouns`), so no
    event; officials pass on to the other checks."""
    return False if coder._non_officials(view.tree, candidate.index) else None


#: Nouns of people or bodies that can stand for a state in a contact ("the two sides",
#: "officers", "negotiators"), beside the coder's person and organisation nouns.
STATE_PARTY_NOUNS = grammar_words("state_party_nouns") | PERSON_NOUNS | ORGANISATION_NOUNS \
    | PAIR_SUBJECT_WORDS

#: Prepositions whose object is the other participant of a contact ("a meeting with …").
PARTNER_PREPOSITIONS = frozenset({"with", "between"})


def _participants(coder: ArticleCoder, view: SentenceView, index: int) -> list[int]:
    """The named participants of a contact: a verb's subject and object, a noun's 'with' or
    'between' phrase and its light verb's subject ('held a meeting with …'); an event noun
    ('the talks followed a meeting') is no participant."""
    tree = view.tree
    token = tree.tokens[index]
    found: list[int] = []
    if token.pos == "VERB":
        found += tree.dependents(index, (*SUBJECT_DEPS, "dobj"))
    elif token.dep == "dobj" and token.head != index and \
            tree.tokens[token.head].lemma in coder.lexicon.light_verbs:
        found += tree.dependents(token.head, SUBJECT_DEPS)
    found += [o for p in tree.dependents(index, ("prep",))
              if tree.tokens[p].lower in PARTNER_PREPOSITIONS
              for o in tree.dependents(p, ("pobj",))]
    events = coder.lexicon.talk_nouns
    return [i for i in found if tree.tokens[i].lemma not in events
            and tree.tokens[i].lower not in events]


def _stands_for_a_state(view: SentenceView, participant: int) -> bool:
    """A participant phrase names a person, a role, an institution or a state (outside a
    place phrase: 'conservationists in Chile' do not stand for Chile), or is a state party
    noun ('the two sides', 'officers')."""
    tree = view.tree
    head = tree.tokens[participant]
    if head.pos != "NOUN" or head.lemma in STATE_PARTY_NOUNS or head.lower in \
            STATE_PARTY_NOUNS | REFERRING_CHANNEL_NOUNS:
        return True  # "officers", "the two sides", "the commission", "the working group"
    stop = frozenset({"relcl", "acl"})
    places = {i for p in tree.subtree(participant, stop=stop)
              if tree.tokens[p].dep == "prep" and tree.tokens[p].lower in LOCATIVE_PREPOSITIONS
              for i in tree.subtree(p)}
    return any(i in view.token_mention or i in view.token_channel
               for i in tree.subtree(participant, stop=stop) - places)


@registry.theme_check("parley.contact-of-private-people.v1",
                      types=(EventType.MEET, EventType.CALL), themes=("self",))
def contact_of_private_people(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                              ) -> bool | None:
    """'Keepers from a zoo held a Zoom meeting with conservationists in the Seychelles and
    Chile': every named participant is a common noun that stands for no state, so the
    meeting is between private people, not states (the places do not make it one)."""
    participants = _participants(coder, view, candidate.index)
    if participants and not any(_stands_for_a_state(view, p) for p in participants):
        return False
    return None


#: Prepositions of whom a contact is held with or spoken to ("spoke to their families").
PRIVATE_PARTNER_PREPOSITIONS = frozenset({"with", "to"})


@registry.theme_check("parley.private-partner-is-no-contact.v1",
                      types=(EventType.MEET, EventType.CALL), themes=("self",))
def private_partner_is_no_contact(coder: ArticleCoder, view: SentenceView,
                                  candidate: Candidate) -> bool | None:
    """'the crew spoke to their families by telephone', 'the freed sailors met their
    relatives': every partner named is private people (`non_official_nouns`), whoever the
    other side is; no contact between states."""
    tree = view.tree
    index = candidate.index
    partners = tree.dependents(index, ("dobj",)) if tree.tokens[index].pos == "VERB" else []
    partners += [o for p in tree.dependents(index, ("prep",))
                 if tree.tokens[p].lower in PRIVATE_PARTNER_PREPOSITIONS
                 for o in tree.dependents(p, ("pobj",))]
    private = coder.lexicon.non_official_nouns
    # "a Russian team headed by Kremlin aide Vladimir Medinsky" is a state's delegation.
    if partners and all((tree.tokens[o].lemma in private or tree.tokens[o].lower in private)
                        and not _led_delegation(tree, o) for o in partners):
        return False
    return None


def internal_meeting(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    """'told a meeting of Russian military officers (convened to discuss Syria)': the
    meeting's 'of' phrase names people of one state only, and no partner ('with',
    'between') is named: a state's own meeting, not a contact with another."""
    tree = view.tree
    token = tree.tokens[index]
    noun = index
    if token.pos == "VERB":
        if token.dep not in ("acl", "relcl") or token.head == index:
            return False
        noun = token.head  # "a meeting … convened to discuss"
        of = tree.tokens[noun].head
        if tree.tokens[noun].dep == "pobj" and tree.tokens[of].lower == "of" and \
                tree.tokens[tree.tokens[of].head].pos == "NOUN":
            noun = tree.tokens[of].head  # "a meeting of officers convened …"
    if tree.tokens[noun].pos != "NOUN" or any(
            tree.tokens[p].lower in PARTNER_PREPOSITIONS
            for p in tree.dependents(noun, ("prep",))):
        return False
    members = [o for p in tree.dependents(noun, ("prep",)) if tree.tokens[p].lower == "of"
               for o in tree.dependents(p, ("pobj",))]
    if not members or any(tree.tokens[o].tag != "NNS" for o in members):
        return False
    states = set(coder._states_in(view, sorted(i for o in members for i in tree.subtree(o))))
    return len(states) == 1


@registry.theme_check("parley.internal-meeting.v1", types=(EventType.MEET,), themes=("self",))
def one_state_meeting(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                      ) -> bool | None:
    """'a meeting of Chinese generals', 'a meeting of Russian military officers': one
    state's own meeting is no contact between states."""
    return False if internal_meeting(coder, view, candidate.index) else None


#: Verbs of running a meeting whose agent is its chair ("a meeting chaired by the prime
#: minister"), and words of a chair both sides share ("chaired jointly by the two ministers").
CHAIRING_VERBS = grammar_words("chairing_verbs")
SHARED_CHAIR_WORDS = grammar_words("shared_chair_words")


def chaired_by_one_side(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    """'approved the suspension at a meeting chaired by the prime minister': a meeting run
    by one official, with no partner named ('with', 'between'), is that side's own."""
    tree = view.tree
    if tree.tokens[index].pos != "NOUN" or any(
            tree.tokens[p].lower in PARTNER_PREPOSITIONS | {"among"}
            for p in tree.dependents(index, ("prep",))):
        return False
    holders = [i for p in _participants(coder, view, index) for i in tree.subtree(p)]
    if len(set(coder._states_in(view, sorted(holders)))) >= 2:
        return False  # "Israeli and Lebanese officers held a meeting chaired by …"
    for verb in tree.dependents(index, ("acl", "relcl")):
        if tree.tokens[verb].lemma not in CHAIRING_VERBS:
            continue
        chair = [i for a in tree.dependents(verb, ("agent",)) for i in tree.subtree(a)] + [
            i for p in tree.dependents(verb, ("prep",)) if tree.tokens[p].lower == "by"
            for i in tree.subtree(p)]
        words = {tree.tokens[i].lower for i in chair}
        if chair and not words & SHARED_CHAIR_WORDS and \
                len(set(coder._states_in(view, sorted(chair)))) <= 1:
            return True
    return False


@registry.theme_check("parley.chaired-by-one-side.v1", types=(EventType.MEET,),
                      themes=("self",))
def meeting_chaired_by_one_side(coder: ArticleCoder, view: SentenceView,
                                candidate: Candidate) -> bool | None:
    """'a meeting chaired by the prime minister', 'a cabinet session presided over by the
    president': one side's own meeting is no contact between states."""
    return False if chaired_by_one_side(coder, view, candidate.index) else None
