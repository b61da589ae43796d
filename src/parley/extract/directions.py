"""Who acts in a directed event when the sentence tells it from the other side: the side whose
ship or aircraft acted in an encounter, the side that asked when a request is told as "at the
request of X".

The victim often tells an encounter ("its patrol plane was intercepted", "a J-11 fighter
intercepted it"), naming its own platform and leaving the actor's unplaced; the actor is then
the other side of the article's pair, never the side whose platform was acted on. A request
told as the occasion of a call ("spoke at the request of Moscow") is made by whoever the
request belongs to, not by the call's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS
from parley.extract.vocabulary import REQUEST_NOUNS

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView, Trigger

#: Prepositions whose object an encounter verb acts on ("released flares near a P-8",
#: "came within 50 metres of the destroyer").
ACTED_ON_PREPOSITIONS = grammar_words("acted_on_prepositions")
#: Prepositions that make a request noun the occasion of another event ("spoke at the
#: request of Moscow", "visited on the invitation of Beijing").
OCCASION_REQUEST_PREPOSITIONS = grammar_words("occasion_request_prepositions")
#: Verbs whose object encounter noun their subject performs ("made an unsafe intercept").
ENCOUNTER_LIGHT_VERBS = grammar_words("encounter_light_verbs")
#: Adverbs of nearness whose 'to' phrase is acted on ("flew close to a patrol plane").
PROXIMITY_ADVERBS = grammar_words("proximity_adverbs")
#: Pronouns that refer to a platform named earlier in the sentence ("intercepted it").
PLATFORM_PRONOUNS = frozenset({"it", "its", "them", "their"})

STOP = frozenset({"relcl", "advcl", "ccomp", "conj"})


def _has_platform(coder: ArticleCoder, view: SentenceView, tokens: set[int]) -> bool:
    words = coder.lexicon.platform_words
    tree = view.tree
    return any(tree.tokens[i].lower in words or tree.tokens[i].lemma in words for i in tokens)


def _acting_tokens(view: SentenceView, index: int) -> set[int]:
    """The verb's doer: a passive's 'by' agent, else its active subject."""
    tree = view.tree
    for agent in tree.dependents(index, ("agent",)):
        return tree.subtree(agent, stop=STOP)
    if tree.dependents(index, PASSIVE_SUBJECT_DEPS):
        return set()
    for subject in tree.dependents(index, SUBJECT_DEPS):
        return tree.subtree(subject, stop=STOP)
    return set()


def _shared_subject(view: SentenceView, index: int) -> set[int]:
    """The doer of a verb without a subject of its own, coordinated with or complementing
    one that has it: 'a Su-27 intercepted and harassed the drone', 'the boats made dangerous
    and harassing approaches' (parsed as a verb 'harassing' under 'made')."""
    tree = view.tree
    node = tree.tokens[index]
    while (node.dep in ("conj", "oprd", "xcomp") or (
            node.dep == "advcl" and node.tag in ("VBG", "VBN"))) and node.head != node.i:
        node = tree.tokens[node.head]  # "..., coming within 10 yards of the cutter"
        if node.pos == "VERB":
            acting = _acting_tokens(view, node.i)
            if not acting and node.dep == "acl" and node.head != node.i:
                # "vessels made harassing approaches" parsed as a noun with a modifier
                acting = tree.subtree(node.head, stop=STOP) - tree.subtree(node.i)
            return acting
    return set()


def acted_on_tokens(view: SentenceView, index: int) -> set[int]:
    """What the verb acts on: its object, a passive subject, or the object of 'near',
    'at', 'of' ('came within 50 metres of the destroyer')."""
    tree = view.tree
    found: set[int] = set()
    for child in tree.dependents(index, ("dobj", *PASSIVE_SUBJECT_DEPS)):
        found |= tree.subtree(child, stop=STOP)
    for prep in tree.dependents(index, ("prep",)):
        word = tree.tokens[prep].lower
        if word in ACTED_ON_PREPOSITIONS:
            found |= tree.subtree(prep, stop=STOP)
        elif word == "within":  # "within 45 yards of the USS Decatur"
            found |= {i for p in tree.subtree(prep, stop=STOP)
                      if tree.tokens[p].lower == "of" for i in tree.subtree(p, stop=STOP)}
    for adverb in tree.dependents(index, ("advmod", "acomp")):
        # "flew unusually close to a Japanese patrol plane": what it came close to
        if tree.tokens[adverb].lower in PROXIMITY_ADVERBS:
            found |= {i for p in tree.dependents(adverb, ("prep",))
                      if tree.tokens[p].lower in ("to", "of") for i in tree.subtree(p, stop=STOP)}
    return found


def _noun_roles(coder: ArticleCoder, view: SentenceView, index: int
                ) -> tuple[set[int], set[int]]:
    """An encounter noun's doer and what it acts on: 'a Su-35 made an unsafe intercept of a
    P-8A' (the light verb's subject; the 'of' phrase), 'the intercept of an RC-135 by its
    Su-27' (the 'by' phrase), 'China's intercept of the drone' (the possessor)."""
    tree = view.tree
    token = tree.tokens[index]
    acting: set[int] = set()
    acted: set[int] = set()
    for prep in tree.dependents(index, ("prep",)):
        word = tree.tokens[prep].lower
        if word in ("of", "to") or word in ACTED_ON_PREPOSITIONS:
            # "an intercept of a P-8A", "harassing approaches to US ships", "passes at it"
            acted |= tree.subtree(prep, stop=STOP)
        elif word == "by":
            acting |= tree.subtree(prep, stop=STOP)
    owners = {i for p in tree.dependents(index, ("poss",)) for i in tree.subtree(p)}
    if not acting and _has_platform(coder, view, owners):
        acting = owners  # "the J-11's intercept"; not "Moscow's account of the intercept"
    if not acting and token.dep == "dobj" and token.head != index and \
            tree.tokens[token.head].lemma in ENCOUNTER_LIGHT_VERBS:
        acting = _acting_tokens(view, token.head)
    return acting, acted


def _side_of(coder: ArticleCoder, view: SentenceView, tokens: set[int], *, other: str | None
             ) -> str | None:
    """The state of a platform phrase; a possessive ('its patrol plane') is its owner's, a
    pronoun ('intercepted it') the sentence's other placed platform."""
    state = coder._first_state(view, sorted(tokens))
    if state:
        return state
    tree = view.tree
    for i in sorted(tokens):
        if tree.tokens[i].dep == "poss":
            # "Tokyo said its patrol plane …": whoever reports it, else the clause above.
            owner = coder._state_of_token(view, i)
            if owner:
                return owner
    if any(tree.tokens[i].lower in PLATFORM_PRONOUNS for i in tokens):
        return next((s for s in coder._platform_states(view) if s != other), None)
    return None


def encounter_sides(coder: ArticleCoder, view: SentenceView, trigger: Trigger
                    ) -> tuple[str | None, str | None] | None:
    """The (acting, acted-on) sides of an encounter verb, or None to leave it to the general
    rules. 'a Chinese J-16 intercepted its aircraft', 'its aircraft was intercepted by a
    J-16': the J-16's side acts; when the acting platform is unplaced ('a J-11 fighter
    intercepted it', 'its patrol plane was intercepted') it is the other side of the pair."""
    tree = view.tree
    token = tree.tokens[trigger.index]
    modifier = token
    while modifier.dep == "conj" and modifier.head != modifier.i:
        modifier = tree.tokens[modifier.head]  # "dangerous and harassing approaches"
    if token.pos in ("ADJ", "VERB") and modifier.dep == "amod" and \
            tree.tokens[modifier.head].pos == "NOUN":
        # "made an unsafe intercept", "made harassing approaches to US ships"
        acting, acted = _noun_roles(coder, view, modifier.head)
    elif token.pos == "NOUN":
        acting, acted = _noun_roles(coder, view, trigger.index)
    elif tree.tokens[trigger.index].pos == "VERB":
        acting = _acting_tokens(view, trigger.index) or _shared_subject(view, trigger.index)
        acted = acted_on_tokens(view, trigger.index)
    else:
        return None
    actor = coder._first_state(view, sorted(acting)) if acting else None
    victim = _side_of(coder, view, acted, other=actor) if acted else None
    if actor:
        return coder._complete(actor, victim if victim != actor else None)
    passive_without_agent = bool(tree.dependents(trigger.index, PASSIVE_SUBJECT_DEPS)) and \
        not acting
    if victim and (passive_without_agent or _has_platform(coder, view, acting)):
        return coder._complete(None, victim)
    return None


def occasion_requester(coder: ArticleCoder, view: SentenceView, trigger: Trigger
                       ) -> tuple[bool, str | None]:
    """For a request noun that is the occasion of another event ('spoke at the request of the
    Russian defence ministry', 'met at China's request'): (True, the requester named in it,
    or None). (False, None) for any other trigger: its subject asks, as usual."""
    tree = view.tree
    token = tree.tokens[trigger.index]
    if token.pos != "NOUN" or token.lemma not in REQUEST_NOUNS or token.dep != "pobj" or \
            tree.tokens[token.head].lower not in OCCASION_REQUEST_PREPOSITIONS:
        return (False, None)
    owners = set(tree.dependents(trigger.index, ("poss", "amod", "compound")))
    owners |= {i for p in tree.dependents(trigger.index, ("prep",))
               if tree.tokens[p].lower in ("of", "from", "by") for i in tree.subtree(p)}
    named = {i for o in owners for i in tree.subtree(o)}
    return (True, coder.agent_state(view, named) if named else None)


def occasioned_contact(view: SentenceView, trigger: Trigger) -> set[int]:
    """The words of the contact a request noun is the occasion of ("the call had been placed
    at the request of the American side": "the call"; "held talks at China's invitation":
    "talks"), empty for any other trigger: the request is made on that contact's channel."""
    tree = view.tree
    token = tree.tokens[trigger.index]
    if token.pos != "NOUN" or token.lemma not in REQUEST_NOUNS or token.dep != "pobj" or \
            tree.tokens[token.head].lower not in OCCASION_REQUEST_PREPOSITIONS:
        return set()
    verb = tree.tokens[token.head].head
    return {i for child in tree.dependents(verb, (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS,
                                                   "dobj"))
            for i in tree.subtree(child, stop=STOP)} | {verb}

