"""Theme checks that keep a state's own business out of contact events: a budget request, an
appeal to act, a push for more spending are not talks between two states.

General news is full of request, call and demand words about budgets, funding and laws
("Trump's budget request", "backed the president's call to boost investment", "pushed for a
bigger budget"); the other side of such an event would only be guessed from the article's
pair. These checks read the words of `data/lexicons/grammar.json` named below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.extract.vocabulary import DIRECTIVE_VERBS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView
    from parley.extract.syntax import Tree

#: Modifiers that make a request one for money, papers or a person, not for talks
#: ("budget request", "extradition request").
NON_TALK_REQUEST_MODIFIERS = grammar_words("non_talk_request_modifiers")
#: Prepositions that compare an amount with a request ("$630m above the request").
AMOUNT_COMPARING_PREPOSITIONS = grammar_words("amount_comparing_prepositions")
#: Verbs whose object 'call' is an appeal, never a phone call ("backed his call").
APPEAL_TAKING_VERBS = grammar_words("appeal_taking_verbs")
#: What a state wants of its own institutions: budgets, funding, laws, pay.
DOMESTIC_GOAL_NOUNS = grammar_words("domestic_goal_nouns")

#: A state's own bodies and people, addressed by its own leaders ("urged the armed forces to
#: keep their composure", "told the nation", "asked citizens to stay calm").
OWN_ADDRESSEE_NOUNS = grammar_words("own_addressee_nouns")
#: Words of an addressee that takes in both sides ("both sides", "the two militaries").
BOTH_SIDES_WORDS = grammar_words("both_sides_words")

#: Currency signs and words that make a noun an amount of money ("$8 billion", "50m euros").
CURRENCY_WORDS = grammar_words("currency_words")

REQUEST_NOUN_TRIGGERS = ("request", "proposal", "bid", "appeal")


def _modifiers(tree: Tree, index: int) -> set[str]:
    return {tree.tokens[c].lemma for c in tree.dependents(index, ("compound", "amod", "nmod"))}


def is_money_request(view: SentenceView, index: int) -> bool:
    """'Trump's baseline request', 'the Pentagon's budget request', '$630m above the
    request', 'a request for $8bn': a request for money or papers, not for talks."""
    tree = view.tree
    token = tree.tokens[index]
    if token.pos != "NOUN" or token.lemma not in REQUEST_NOUN_TRIGGERS:
        return False
    if _modifiers(tree, index) & NON_TALK_REQUEST_MODIFIERS:
        return True
    if token.dep == "pobj" and tree.tokens[token.head].lower in AMOUNT_COMPARING_PREPOSITIONS:
        return True
    # "a request for $8 billion": what is asked for is an amount.
    return any(_is_amount(tree, o) for p in tree.dependents(index, ("prep",))
               if tree.tokens[p].lower == "for" for o in tree.dependents(p, ("pobj",)))


def _is_amount(tree: Tree, index: int) -> bool:
    token = tree.tokens[index]
    return token.pos == "NUM" or token.lemma in CURRENCY_WORDS or any(
        tree.tokens[c].text in CURRENCY_WORDS or tree.tokens[c].lemma in CURRENCY_WORDS
        for c in tree.children[index])


@registry.theme_check("parley.money-request-is-no-talks.v1", types=(EventType.REQUEST,),
                      themes=("talks",))
def money_request_is_no_talks(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                              ) -> bool | None:
    """'$630 million above Trump's baseline request': a budget request is no request."""
    return False if is_money_request(view, candidate.index) else None


def appeal_for_something_else(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                              ) -> bool:
    """'called for more funding for the army after Russia's invasion': what a 'call for',
    'push for' or 'press for' asks is the object of its 'for'; with no talk word, channel or
    meeting in it, it is no request for talks, whoever else the sentence names."""
    lemmas = candidate.trigger.entry.lemmas
    if len(lemmas) < 2 or lemmas[-1] != "for":
        return False
    tree = view.tree
    asked = {i for p in tree.dependents(candidate.index, ("prep",))
             if tree.tokens[p].lower == "for" for i in tree.subtree(p)}
    if not asked:
        return False
    talk_words = coder.lexicon.talk_nouns | coder.lexicon.talk_verbs
    return not any(tree.tokens[i].lemma in talk_words or tree.tokens[i].lower in talk_words
                   or i in view.token_channel for i in asked)


@registry.theme_check("parley.appeal-for-other-things-is-no-request.v1",
                      types=(EventType.REQUEST,), themes=("talks",))
def appeal_for_other_things_is_no_request(coder: ArticleCoder, view: SentenceView,
                                          candidate: Candidate) -> bool | None:
    """'Polish ministers called for more funding for the army': not a request for talks."""
    return False if appeal_for_something_else(coder, view, candidate) else None


@registry.theme_check("parley.refused-money-request-is-no-decline.v1",
                      types=(EventType.DECLINE,), themes=("talks",))
def refused_money_request_is_no_decline(coder: ArticleCoder, view: SentenceView,
                                        candidate: Candidate) -> bool | None:
    """'Seoul turned down Beijing's extradition request': what is refused is no talks."""
    if any(is_money_request(view, i) for i in candidate.arguments):
        return False
    return None


def is_appeal_call(view: SentenceView, index: int) -> bool:
    """'backed his call', 'echoed the call', 'heeded calls': the noun 'call' backed, echoed or
    heeded is an appeal. (A call with an infinitive of doing, 'the president's call to boost
    investment', is an appeal too: `theme_tests._appeal_to_act` reads it, keeping 'a phone
    call to defuse the standoff' and 'the call to discuss the ceasefire'.)"""
    tree = view.tree
    token = tree.tokens[index]
    if token.pos != "NOUN" or token.lemma != "call":
        return False
    return token.dep in ("dobj", "nsubjpass") and \
        tree.tokens[token.head].lemma in APPEAL_TAKING_VERBS


@registry.theme_check("parley.appeal-is-no-call.v1", types=(EventType.CALL,), themes=("self",))
def appeal_is_no_call(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                      ) -> bool | None:
    """'Congress backed Trump's call to boost military spending': an appeal, not a call."""
    return False if is_appeal_call(view, candidate.index) else None


def demands_domestic_goal(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                          ) -> bool:
    """'Macron pushed for the bigger budget', 'called for more funding for Ukraine after
    Russia's invasion': what is asked for is a budget, funding or a law, and no state is named
    as the one asked (a state inside the goal is who benefits; one in an 'after' or 'amid'
    phrase is the occasion). 'urged Russia to cut its budget' asks Russia: a demand."""
    tree = view.tree
    goals = [i for i in candidate.arguments
             if tree.tokens[i].lemma in DOMESTIC_GOAL_NOUNS and tree.tokens[i].pos == "NOUN"
             and tree.tokens[i].dep in ("dobj", "pobj", "nsubjpass", "conj")]
    if not goals:
        return False
    aside = {i for g in goals for i in tree.subtree(g)}
    for p in tree.dependents(candidate.index, ("prep",)):
        if tree.tokens[p].lower not in ("for", "on", "of", "from"):
            aside |= tree.subtree(p)
    return not any(i in view.token_mention and view.token_mention[i].state
                   for i in candidate.arguments - aside)


@registry.theme_check("parley.domestic-goal-is-no-demand.v1", types=(EventType.DEMAND,),
                      themes=("any",))
def domestic_goal_is_no_demand(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                               ) -> bool | None:
    """A push for a bigger budget asks nothing of another state: no demand."""
    return False if demands_domestic_goal(coder, view, candidate) else None


def addresses_own_side(view: SentenceView, verb: int) -> bool:
    """'Marcos urged the armed forces to keep their composure', 'called on citizens to stay
    calm': the one urged by `verb` is the speaker's own forces or people, and no state is
    named in what is urged ('the Chinese military', 'the government in Caracas' are another
    state's; 'both sides' takes in both)."""
    tree = view.tree
    addressees = tree.dependents(verb, ("dobj",)) or [
        o for p in tree.dependents(verb, ("prep",)) if tree.tokens[p].lower == "on"
        for o in tree.dependents(p, ("pobj",))]
    if not addressees or tree.tokens[addressees[0]].lemma not in OWN_ADDRESSEE_NOUNS:
        return False
    subject = {i for c in tree.dependents(verb, ("nsubj", "nsubjpass"))
               for i in tree.subtree(c)}
    return not any(
        i in view.token_mention and view.token_mention[i].state
        or tree.tokens[i].lower in BOTH_SIDES_WORDS
        for i in tree.subtree(verb) - subject)


@registry.theme_check("parley.own-side-addressed-is-no-demand.v1", types=(EventType.DEMAND,),
                      themes=("any",))
def own_side_addressed_is_no_demand(coder: ArticleCoder, view: SentenceView,
                                    candidate: Candidate) -> bool | None:
    """A leader urging his own armed forces or people asks nothing of another state."""
    return False if addresses_own_side(view, candidate.index) else None


#: Verbs of speaking whose manner is asked for, not a conversation ("speak prudently").
SPEAKING_VERBS = grammar_words("public_speaking_verbs")
#: Prepositions that name whom one speaks with ("speak with", "talk to").
SPEECH_PARTNER_PREPOSITIONS = frozenset({"with", "to"})


def _careful_speech(view: SentenceView, verb: int) -> bool:
    """A speaking verb with a manner ('prudently', 'out') and no one to speak with."""
    tree = view.tree
    if tree.tokens[verb].lemma not in SPEAKING_VERBS:
        return False
    partners = [p for p in tree.dependents(verb, ("prep",))
                if tree.tokens[p].lower in SPEECH_PARTNER_PREPOSITIONS]
    manner = [c for c in tree.dependents(verb, ("advmod", "prt"))
              if tree.tokens[c].pos in ("ADV", "ADP")]
    return bool(manner) and not partners and not tree.dependents(verb, ("dobj",))


def asks_for_careful_speech(view: SentenceView, index: int) -> bool:
    """'China asks the US to speak prudently on Taiwan', 'urged Tokyo to speak out': a
    speaking verb asked for with a manner ('prudently', 'out') and no one to speak with is
    about what the other side says in public, not a request to talk."""
    return any(_careful_speech(view, verb)
               for verb in view.tree.dependents(index, ("xcomp", "ccomp")))


@registry.theme_check("parley.careful-speech-is-no-request.v1", types=(EventType.REQUEST,),
                      themes=("talks",))
def careful_speech_is_no_request(coder: ArticleCoder, view: SentenceView,
                                 candidate: Candidate) -> bool | None:
    """'China asks US to speak prudently on Taiwan': no request for talks."""
    return False if asks_for_careful_speech(view, candidate.index) else None


@registry.theme_check("parley.careful-speech-is-no-call.v1", types=(EventType.CALL,),
                      themes=("self",))
def careful_speech_is_no_call(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                              ) -> bool | None:
    """'asks the US to speak prudently on Taiwan': the speaking asked for is no call ('the
    two men had last spoken on 20 January' is one: nobody asks it)."""
    tree = view.tree
    token = tree.tokens[candidate.index]
    asking = coder._request_verbs | DIRECTIVE_VERBS
    if token.dep in ("xcomp", "ccomp") and token.head != candidate.index and \
            tree.tokens[token.head].lemma in asking and _careful_speech(view, candidate.index):
        return False
    return None
