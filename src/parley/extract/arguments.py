"""A trigger's arguments read off the dependency tree: what it is about (its arguments) and
who acts (its subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.syntax import (
    CLAUSE_BOUNDARY_DEPS,
    CONTROL_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Tree,
)
from parley.extract.trigger_entries import _over_a_line
from parley.extract.vocabulary import (
    AGENT_PREPOSITIONS,
    DEMAND_VERBS,
    DISCUSSING_VERBS,
    PERMITTING_VERBS,
    PHONE_WORDS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    STATE_VERBS,
    THEME_PREPOSITIONS,
    VIDEO_WORDS,
)

if TYPE_CHECKING:
    from parley.extract.coder import RuleExtractor


# ----------------------------------------------------------------- arguments
def asked_infinitives(tree: Tree, index: int) -> set[int]:
    """'Seoul offered on Friday to hold talks': with an adjunct between, the parser hangs
    what a verb asks for on it as an adverbial clause. A subjectless 'to' infinitive after
    a verb with no object is its complement: the tokens of such clauses."""
    if tree.tokens[index].pos != "VERB" or tree.dependents(index, ("dobj",)):
        return set()
    found: set[int] = set()
    for clause in tree.dependents(index, ("advcl",)):
        if clause > index and any(tree.tokens[a].lower == "to"
                                  for a in tree.dependents(clause, ("aux",))) and \
                not tree.dependents(clause, SUBJECT_DEPS):
            found |= tree.subtree(clause, stop=frozenset({"relcl", "advcl", "ccomp"}))
    return found


def arguments(extractor: RuleExtractor, tree: Tree, index: int) -> set[int]:
    """The tokens a trigger is about: its objects, complements and modified noun."""
    token = tree.tokens[index]
    arguments: set[int] = set()
    demanding = token.lemma in DEMAND_VERBS
    for child in tree.children[index]:
        if tree.tokens[child].dep in CLAUSE_BOUNDARY_DEPS and not (
                demanding and tree.tokens[child].dep == "ccomp"):
            continue
        arguments |= tree.subtree(child, stop=frozenset({"relcl", "advcl", "ccomp"}))
    if token.dep in ("amod", "compound", "acl", "nmod") or (
        token.pos in ("VERB", "ADJ") and token.dep == "acl"
    ):
        arguments |= tree.subtree(token.head, stop=frozenset({"relcl", "advcl", "ccomp"}))
    if token.dep == "relcl" and token.pos == "VERB" and not [
            o for o in tree.dependents(index, ("dobj",))
            if tree.tokens[o].lower not in RELATIVE_PRONOUNS]:
        # "the channels Beijing severed": the noun a relative clause modifies is its object.
        arguments |= tree.subtree(token.head, stop=frozenset({"relcl", "advcl", "ccomp",
                                                          "acl"}))
    if token.lemma in extractor.request_verbs:
        arguments |= asked_infinitives(tree, index)
    for child in tree.dependents(index, ("xcomp", "acl")):
        if tree.tokens[child].lemma in PERMITTING_VERBS:
            # "refused to let him meet Austin", "refusal to allow the ship to call": what
            # was not permitted is the theme.
            arguments |= tree.subtree(child)
    for prep in tree.dependents(index, ("prep",)):
        if not tree.children[prep] and token.pos == "VERB":
            # "asked for, and on Sunday got, a second call": a stranded preposition
            # shares the object of the verb coordinated after it.
            later = next((i for i in range(prep + 1, len(tree.tokens))
                          if tree.tokens[i].dep == "dobj"
                          and tree.tokens[tree.tokens[i].head].pos == "VERB"), None)
            if later is not None:
                arguments |= tree.subtree(later)
    if not tree.dependents(index, ("dobj",)):
        # "talks will resume, as will the maritime consultations": the elided verb is
        # this one, so its subject is a theme too (parsed as an 'as' clause or an 'as'
        # coordination).
        for elided in extractor._as_elided(tree, index):
            for subject in tree.dependents(elided, SUBJECT_DEPS):
                arguments |= tree.subtree(subject)
    if token.lemma in DISCUSSING_VERBS and _over_a_line(tree, index):
        # "discussed Ukraine by phone": what they discussed is a topic, not a party.
        for topic in tree.dependents(index, ("dobj",)):
            arguments -= tree.subtree(topic)
            arguments |= {i for p in tree.dependents(topic, ("prep",)) for i in tree.subtree(p)}
    if token.pos == "VERB" and extractor._expels(tree, index):
        # "declared the advisers persona non grata": whom the small clause names.
        for child in tree.dependents(index, ("ccomp", "xcomp", "oprd")):
            arguments |= tree.subtree(child)
    if token.dep in ("advcl", "conj") and extractor._ended_absence(tree, index) is not None:
        # "answered the calls on the military lines, ending two months of silence": the
        # silence ended is that of the channels the main clause names.
        arguments |= tree.subtree(token.head, stop=frozenset({"relcl", "advcl", "ccomp"}))
        arguments -= tree.subtree(index)
    for child in tree.dependents(index, PASSIVE_SUBJECT_DEPS):
        arguments |= tree.subtree(child)
    # Inversion ("Also called off were the talks"): the theme hangs off the auxiliary.
    for aux in tree.dependents(index, ("aux", "auxpass")):
        for child in tree.dependents(aux, ("attr", "nsubj", "nsubjpass")):
            arguments |= tree.subtree(child)
    # Coordinated verbs share their object ("declined or did not respond to requests").
    adjuncts = {i for p in tree.dependents(index, ("prep",))
                if tree.tokens[p].lower not in THEME_PREPOSITIONS for i in tree.subtree(p)}
    if not any(tree.tokens[i].dep in ("dobj", "pobj", "xcomp") for i in arguments - adjuncts):
        # ("By the count of an official, Beijing rejected or left unanswered …": a 'by'
        # adjunct is no object.)
        for conj in tree.dependents(index, ("conj",)):
            for child in tree.children[conj]:
                if tree.tokens[child].dep in ("dobj", "prep", "xcomp", "dative"):
                    arguments |= tree.subtree(child)
        if token.dep == "conj":
            head = token.head
            for child in tree.children[head]:
                if tree.tokens[child].dep in ("dobj", "prep", "xcomp", "dative"):
                    arguments |= tree.subtree(child)
    # Intransitive use: "talks were halted", "the line went dead" — the subject is the theme.
    if token.pos in ("VERB",) and not any(
        tree.tokens[i].dep in ("dobj", "xcomp") for i in arguments
    ):
        for child in tree.dependents(index, SUBJECT_DEPS):
            if tree.tokens[child].lemma in extractor.lexicon.talk_nouns or any(
                tree.tokens[i].lemma in extractor.lexicon.talk_nouns
                for i in tree.subtree(child)
            ):
                arguments |= tree.subtree(child)
    # "Calls … have gone unanswered": the subject of the verb is what the adjective
    # is about.
    if token.pos in ("ADJ", "VERB") and (token.dep in ("acomp", "oprd", "xcomp") or (
            token.dep == "advcl" and tree.tokens[token.head].lemma in STATE_VERBS)) and \
            token.head != index:
        verb = token.head
        # A coordinated verb shares the first verb's subject ("Calls placed … have gone").
        while not tree.dependents(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) and \
                tree.tokens[verb].dep == "conj" and tree.tokens[verb].head != verb:
            verb = tree.tokens[verb].head
        for child in tree.dependents(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
            arguments |= tree.subtree(child, stop=frozenset({"conj"})) | {child}
            arguments |= {i for c in tree.children[child] if tree.tokens[c].dep != "conj"
                       for i in tree.subtree(c)}
        if _perfect_participle_complement(tree, index):
            # "ties had been frozen, including the hotline": what hangs on 'been' after
            # the participle is the participle's.
            arguments |= {i for p in tree.dependents(verb, ("prep",)) if p > index
                          for i in tree.subtree(p)}
        if verb != token.head:
            # "placed … by Austin": the first verb's agent and objects are part of it.
            for child in tree.children[verb]:
                if tree.tokens[child].dep in ("agent", "prep", "dobj"):
                    arguments |= tree.subtree(child)
    # "held a video call with Li": a light verb lends its arguments to its noun object.
    if token.pos == "NOUN" and token.dep in ("dobj", "nsubjpass") and \
            tree.tokens[token.head].lemma in extractor.lexicon.light_verbs:
        for child in tree.children[token.head]:
            if child != index and tree.tokens[child].dep in ("prep", "dative", "npadvmod"):
                arguments |= tree.subtree(child)
    arguments.discard(index)
    return arguments


def _a_medium(tree: Tree, preposition: int) -> bool:
    """'talks by telephone', 'a meeting by video link': the 'by' names how, not who (its
    object or that object's modifier is the medium; not 'the suspension by Pyongyang of the
    hotline', parsed with the hotline under Pyongyang)."""
    return any(tree.tokens[i].lemma in PHONE_WORDS | VIDEO_WORDS
               for o in tree.dependents(preposition, ("pobj",))
               for i in (o, *tree.dependents(o, ("compound", "amod"))))


def _perfect_participle_complement(tree: Tree, index: int) -> bool:
    """'all military ties had been frozen': the parser reads the past participle as a
    complement of a perfect 'been' ('been' the clause's head, 'ties' its subject), yet it
    is a passive: the subject of 'been' is what was frozen, not who froze it."""
    token = tree.tokens[index]
    if token.tag != "VBN" or token.dep != "acomp" or token.head == index:
        return False
    copula = tree.tokens[token.head]
    return copula.lower == "been" and any(
        tree.tokens[a].lemma == "have" for a in tree.dependents(copula.i, ("aux",)))


def subject(extractor: RuleExtractor, tree: Tree, index: int) -> set[int]:
    """Who acts: the subject, a passive's 'by' agent, a nominal's possessor or 'of/by'."""
    token = tree.tokens[index]
    for child in tree.dependents(index, ("agent",)):
        return tree.subtree(child)
    if _perfect_participle_complement(tree, index):
        return set()  # a passive with no 'by' agent: whoever tells it may say who acted
    for child in tree.dependents(index, SUBJECT_DEPS):
        return tree.subtree(child, stop=frozenset({"relcl", "acl", "appos"}))
    if token.pos in ("NOUN", "PROPN"):
        for child in tree.dependents(index, ("poss",)):
            return tree.subtree(child)
        for child in tree.dependents(index, ("prep",)):
            if tree.tokens[child].lower in AGENT_PREPOSITIONS and not _a_medium(tree, child):
                return tree.subtree(child)
        if token.lemma in REQUEST_NOUNS:
            # "proposals for military talks from the Pentagon": the 'from' phrase hung on
            # the talks still names who proposed.
            for i in tree.subtree(index, stop=frozenset({"relcl", "acl"})):
                if tree.tokens[i].dep == "prep" and tree.tokens[i].lower == "from":
                    return tree.subtree(i)
        # "the request of Austin": 'of' + a person or state is the agent of a request noun.
        for child in tree.dependents(index, ("amod", "compound")):
            word = tree.tokens[child]
            if word.pos == "PROPN" or word.pos == "ADJ" and word.text[:1].isupper():
                # "a US request", "a Chinese proposal"; not the "video" of "video call",
                # nor "a 20th round", "repeated requests", "a new proposal"
                return {child}
        # A noun that is the object of a verb: that verb's subject acts.
        if token.dep in ("dobj", "pobj", "nsubjpass", "attr") and token.head != index:
            head = token.head if token.dep != "pobj" else tree.tokens[token.head].head
            if head != index:
                return extractor.subject(tree, head)
    if token.dep == "acl" and token.head != index and any(
            tree.tokens[c].tag == "TO" for c in tree.dependents(index, ("aux",))):
        # "protested against Russia's decision to break off talks", "the move by Seoul to
        # scrap the pact": whose decision it is acts, not the subject of the clause around.
        noun = token.head
        for child in tree.dependents(noun, ("poss",)):
            return tree.subtree(child)
        for child in tree.dependents(noun, ("prep",)):
            if tree.tokens[child].lower in AGENT_PREPOSITIONS:
                return tree.subtree(child)
    if token.dep in CONTROL_DEPS | {"xcomp", "acomp"} and token.head != index:
        # "refused to talk", "declined or ignored": the governing verb's subject.
        return extractor.subject(tree, token.head)
    if token.dep in ("relcl",) and token.head != index:
        return {token.head}
    if token.pos == "VERB":
        # "It recalled A, postponed B and refused C" parsed with the first verb as a
        # clausal complement of the second: the verbs share that first verb's subject.
        verb = index if token.dep != "conj" else token.head
        for first in tree.dependents(verb, ("ccomp",)):
            if first < verb and any(tree.tokens[i].lower == "," for i in range(first, verb)) \
                    and not any(tree.tokens[i].lemma in REPORTING_VERBS
                                for i in (verb, first)):
                for child in tree.dependents(first, SUBJECT_DEPS):
                    return tree.subtree(child, stop=frozenset({"relcl", "acl", "appos"}))
    return set()
