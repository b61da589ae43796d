"""The finer tests the theme checks call: dated nouns, phone calls, officials, causes,
conditions, sanctions that are an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.dates.lexicon import MONTH_NAMES
from parley.extract.clauses import _likelihood_subject
from parley.extract.contact_kinds import media_words, word_of
from parley.extract.records import SentenceView
from parley.extract.syntax import (
    SUBJECT_DEPS,
    Tree,
)
from parley.extract.vocabulary import (
    APPEAL_PREPOSITIONS,
    CALL_PARTNER_PREPOSITIONS,
    CALL_PARTNER_WORDS,
    CAUSE_HEADS,
    COMPLEMENT_OBLIGATION_MODALS,
    DAY_WORDS,
    DELEGATION_NOUNS,
    DISCUSSING_VERBS,
    FINITE_CLAUSE_SUBORDINATORS,
    JOINT_CALL_VERBS,
    LEADING_VERBS,
    MEANING_VERBS,
    NON_PHONE_CALL_PARTICLES,
    NON_PHONE_CALL_WORDS,
    OCCASION_PREPOSITIONS,
    OCCURRENCE_VERBS,
    OFFICIAL_NOUNS,
    PAIR_SUBJECT_WORDS,
    PAIR_WORDS,
    PUBLIC_SPEECH_NOUNS,
    SANCTION_RELATIVE_VERBS,
    SANCTION_TARGET_PREPOSITIONS,
    SANCTIONING_VERBS,
    TIME_OF_DAY_WORDS,
    TRAVEL_VERBS,
    VISIT_VERBS,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


def _dated(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    clause = coder._clause_tokens(view.tree, index)
    return any(set(view.token_range(d.start, d.end)) & clause for d in view.dates if d.value)


def _nominal_occurrence(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    """A meeting or call noun that tells that one took place, not a generic mention.

    "held talks", "the talks ended", "during talks in May", "Friday's call was the
    first" tell an occurrence; "relations are conducted through dialogues" and "the
    calls are routine checks" describe a standing arrangement.
    """
    tree = view.tree
    token = tree.tokens[index]
    head = tree.tokens[token.head] if token.head != index else token
    if coder._dated(view, index) or any(tree.tokens[c].dep == "poss"
                                      for c in tree.children[index]):
        return True
    if _likelihood_subject(tree, index):
        return True  # "a meeting is unlikely soon": told as a prospect (hypothetical)
    if head.lemma in coder.lexicon.light_verbs | OCCURRENCE_VERBS:
        return True
    if token.dep == "pobj" and head.lower in OCCASION_PREPOSITIONS:
        return True
    if token.dep == "pobj" and head.lower == "for" and head.head != head.i and \
            tree.tokens[head.head].lemma in TRAVEL_VERBS:
        return True  # "negotiators return to Geneva for talks"
    verb = tree.tokens[tree.clause_head(index)]
    if verb.tag in ("VBD", "VBN") or any(
            tree.tokens[c].lemma == "have" and tree.tokens[c].dep == "aux"
            for c in tree.children[verb.i]):
        return True
    return False


def _modal_complement(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    for child in tree.dependents(index, ("ccomp",)):
        if any(tree.tokens[c].lower in COMPLEMENT_OBLIGATION_MODALS for c in tree.children[child]):
            return True
    return False


def _spoke_together(coder: ArticleCoder, view: SentenceView, index: int,
                    arguments: set[int]) -> bool:
    """'spoke' is a call between two parties, not a speech or an aside to reporters."""
    tree = view.tree
    if (tree.tokens[index].dep in ("acl", "advcl", "amod")
            and not _finite_adverbial_clause(tree, index)) or any(
            tree.tokens[i].lemma in PUBLIC_SPEECH_NOUNS for i in arguments):
        return False
    for child in tree.children[index]:
        token = tree.tokens[child]
        if token.dep == "prep" and token.lower in CALL_PARTNER_PREPOSITIONS:
            inside = tree.subtree(child)
            if any(view.token_mention.get(i) or tree.tokens[i].lemma in
                   CALL_PARTNER_WORDS
                   for i in inside):
                return True
    subjects = [i for c in tree.dependents(index, SUBJECT_DEPS) for i in tree.subtree(c)]
    words = {tree.tokens[i].lower for i in subjects}
    # "The two last spoke", "Austin and Shoigu spoke": a pair as the subject.
    return bool(words & PAIR_SUBJECT_WORDS) or (
        any(tree.tokens[i].dep == "conj" for i in subjects))


def _finite_adverbial_clause(tree: Tree, index: int) -> bool:
    """'freed after Kerry and Zarif spoke by phone': an adverbial clause opened by a
    subordinator with its own subject tells its own event; 'speaking to reporters' does not."""
    return tree.tokens[index].dep == "advcl" and bool(tree.dependents(index, SUBJECT_DEPS)) \
        and any(tree.tokens[m].lower in FINITE_CLAUSE_SUBORDINATORS
                for m in tree.dependents(index, ("mark",)))


def _non_officials(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    """The people meeting are not officials: scientists, farmers, a sports team."""
    people = tree.dependents(index, SUBJECT_DEPS) + tree.dependents(index, ("dobj",))
    token = tree.tokens[index]
    if token.pos == "NOUN":
        people += [c for c in tree.children[index] if tree.tokens[c].dep in ("poss",)]
        if token.head != index:
            people += tree.dependents(token.head, SUBJECT_DEPS)
    for person in people:
        if _led_delegation(tree, person):
            continue  # "a Russian team headed by Kremlin aide Vladimir Medinsky"
        words = {tree.tokens[i].lower for i in tree.subtree(person)} | {
            tree.tokens[i].lemma for i in tree.subtree(person)}
        if tree.tokens[person].lemma in coder.lexicon.non_official_nouns or (
                words & coder.lexicon.non_official_nouns and tree.tokens[person].lemma in
                DELEGATION_NOUNS):
            return True
    return False


def _led_delegation(tree: Tree, index: int) -> bool:
    """'a team headed by Kremlin aide Vladimir Medinsky', 'a delegation led by the defence
    minister': a group led by someone is a state's delegation, not a sports or business team."""
    return tree.tokens[index].lemma in DELEGATION_NOUNS and any(
        tree.tokens[c].lemma in LEADING_VERBS and tree.dependents(c, ("agent",))
        for c in tree.dependents(index, ("acl",)))


def _plural_subject(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    tree = view.tree
    subject = [i for c in tree.dependents(index, SUBJECT_DEPS) for i in tree.subtree(c)]
    words = {tree.tokens[i].lower for i in subject}
    return bool(words & PAIR_WORDS) or any(
        tree.tokens[i].dep == "conj" for i in subject) or "both" in {
        tree.tokens[c].lower for c in tree.children[index]}


def _is_cause(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    """A nominal trigger inside a cause adjunct ("in protest at a visit to Taiwan")."""
    for ancestor in tree.ancestors(index)[:4]:
        if tree.tokens[ancestor].lemma in CAUSE_HEADS:
            return True
    return False


def _over_a_channel(view: SentenceView, index: int) -> bool:
    """'held their first call on the defence hotline': a call held on a named line is made
    over it (not 'a call on Tokyo', an appeal; 'calls on the hotline went unanswered' are
    attempts, left to the refusal rules)."""
    tree = view.tree
    token = tree.tokens[index]
    if token.dep not in ("dobj", "nsubjpass") or \
            tree.tokens[token.head].lemma not in JOINT_CALL_VERBS:
        return False
    return any(view.token_channel.get(o) is not None and view.token_channel[o].slug
               for p in tree.dependents(index, ("prep",)) if tree.tokens[p].lower == "on"
               for o in tree.dependents(p, ("pobj",)))


def _a_time(view: SentenceView, preposition: int) -> bool:
    """'called his counterpart on Saturday', 'at noon on 12 May': a preposition whose object
    is a date or a day is when the call was made, not 'called on' (visited, urged)."""
    tree = view.tree
    for o in tree.dependents(preposition, ("pobj",)):
        at = view.char_of(o)
        if tree.tokens[o].lower in DAY_WORDS or any(
                d.start <= at < d.end for d in view.dates):
            return True
    return False


def _is_phone_call(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    """'call' means a phone call, not naming ("called it unsafe") or a port visit."""
    tree = view.tree
    token = tree.tokens[index]
    kids = {tree.tokens[c].lower for c in tree.children[index]}
    deps = {tree.tokens[c].dep for c in tree.children[index]}
    if kids & NON_PHONE_CALL_WORDS or deps & {"oprd", "ccomp", "xcomp"}:
        return False
    if token.pos == "NOUN" and kids & APPEAL_PREPOSITIONS and not (
            _over_a_channel(view, index) or _dated_by_its_on(tree, index)):
        return False  # "Tokyo's calls for a mechanism": an appeal, not a phone call
    if token.pos == "NOUN" and _appeal_to_act(tree, index, coder.lexicon.talk_verbs):
        return False  # "backed the president's call to boost spending"
    if token.pos == "VERB":
        if any(tree.tokens[c].lower in NON_PHONE_CALL_PARTICLES and
               tree.tokens[c].dep in ("prep", "prt")
               and not (_a_time(view, c) or _governs_a_date(tree, c))
               for c in tree.children[index]):
            return False  # "called on Richardson", not "called Li on Tuesday"
        objects = [c for c in tree.children[index] if tree.tokens[c].dep == "dobj"]
        if any(_named_as(tree, o) for o in objects):
            return False  # "called the conduct dangerous", "called the drills a threat"
        # "called his counterpart": the object is a person, a role or a state.
        return any(view.token_mention.get(i) or tree.tokens[i].lemma in
                   OFFICIAL_NOUNS
                   for o in objects for i in tree.subtree(o)) or (
            not objects and bool(view.mentions))
    if tree.tokens[token.head].lemma in VISIT_VERBS and "planned" in kids:
        return False
    return not (token.dep == "nsubj" and tree.tokens[token.head].lemma in MEANING_VERBS)


def _named_as(tree: Tree, obj: int) -> bool:
    """'called [the navy's conduct] dangerous', 'called [China's drills] a threat': what the
    object is called, hung by the parser inside the object: an adjective after the object's
    noun that closes the phrase (English puts adjectives before their noun), or a second
    noun phrase under it as an object of its own. 'Li, his counterpart' (an apposition)
    names the person called."""
    words = sorted(tree.subtree(obj))
    last = max((i for i in words if tree.tokens[i].pos != "PUNCT"), default=obj)
    for i in words:
        token = tree.tokens[i]
        if token.dep in ("dobj", "oprd") and i != obj:
            return True
        if token.pos == "ADJ" and token.dep in ("amod", "conj") and token.head < i and \
                tree.tokens[token.head].pos in ("NOUN", "PROPN") and \
                max(tree.subtree(i)) >= last and not tree.dependents(i, ("prep",)):
            return True
    return False


def _appeal_to_act(tree: Tree, index: int, talk_verbs: frozenset[str]) -> bool:
    """'the president's call to boost military spending': the noun 'call' with an infinitive
    of doing (not of talking: 'a call to discuss the ceasefire') and no medium or partner of
    its own ('a phone call', 'a call with Li') is an appeal."""
    if any(word_of(tree, c) & media_words("remote_modifiers")
           for c in tree.dependents(index, ("compound", "amod"))) or any(
            tree.tokens[p].lower in CALL_PARTNER_PREPOSITIONS - {"to"}
            for p in tree.dependents(index, ("prep",))):
        return False
    infinitives = tree.dependents(index, ("acl", "relcl"))
    if index + 2 < len(tree.tokens) and tree.tokens[index + 1].lower == "to":
        infinitives.append(index + 2)  # "call to boost …" hung on the verb as an advcl
    return any(tree.tokens[c].pos == "VERB" and tree.tokens[c].lemma not in
               DISCUSSING_VERBS | talk_verbs and any(
                   tree.tokens[a].lower == "to" for a in tree.dependents(c, ("aux",)))
               for c in infinitives)


def _governs_a_date(tree: Tree, preposition: int) -> bool:
    """'on Tuesday', 'on 25 June', 'at 15:35', 'at noon': the preposition's object is a day,
    a month or a time of day."""
    return any(tree.tokens[o].lower in MONTH_NAMES
               or tree.tokens[o].lower in DAY_WORDS | TIME_OF_DAY_WORDS
               or tree.tokens[o].pos == "NUM"
               for o in tree.dependents(preposition, ("pobj",)))


def _dated_by_its_on(tree: Tree, index: int) -> bool:
    """'their first call, on 25 June', 'a test call on the military line': the 'on' of the
    noun 'call' governs a date, or a line for one call, so the call is no appeal 'on'
    someone. Calls on a line ('calls on the hotline have gone unanswered', 'its routine
    calls on the line') are attempts or a routine, not one call that took place."""
    one_call = tree.tokens[index].tag == "NN"
    return any(_governs_a_date(tree, p) or one_call and any(
        tree.tokens[o].lemma in media_words("medium_nouns")
        for o in tree.dependents(p, ("pobj",)))
        for p in tree.dependents(index, ("prep",)) if tree.tokens[p].lower == "on")


def _sanction_noun_is_event(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    tree = view.tree
    token = tree.tokens[index]
    head = tree.tokens[token.head]
    if head.lemma in SANCTIONING_VERBS:
        return True
    if any(tree.tokens[c].lemma in SANCTION_RELATIVE_VERBS
           for c in tree.dependents(index, ("acl", "relcl"))):
        return True  # "those sanctions, imposed in 2018"
    if token.dep == "pobj" and head.lower == "under":
        return True  # "Li had been under US sanctions since 2018"
    owners = tree.dependents(index, ("poss", "compound", "amod"))
    targets = [c for c in tree.dependents(index, ("prep",)) if tree.tokens[c].lower in
               SANCTION_TARGET_PREPOSITIONS]
    return bool(owners and targets) and not _owned_by_a_body(view, owners)


def _owned_by_a_body(view: SentenceView, owners: list[int]) -> bool:
    """'backed the UN sanctions on North Korea', 'the EU sanctions against Russia': the
    sanctions' owners are names (proper nouns or capitals) and none is a state's, so a body
    of states imposed them, not the state that backs, enforces or mentions them."""
    tree = view.tree
    words = [i for o in owners for i in tree.subtree(o)]
    named = all(tree.tokens[o].pos == "PROPN" or tree.tokens[o].text[:1].isupper()
                for o in owners)
    return named and not any(
        (mention := view.token_mention.get(i)) is not None and mention.state
        for i in words)


def _has_condition(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    for i in tree.subtree(index):
        if tree.tokens[i].lower in coder.lexicon.condition_markers:
            return True
    return False
