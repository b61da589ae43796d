"""Who the two sides of an event are: subject, object, speaker, owner of the theme, and
the article's pair when a sentence leaves a side implicit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from parley.extract.airspace_entries import entrant_operator, is_airspace_entry
from parley.extract.encounter_roles import between_platform_sides
from parley.extract.records import Participation, SentenceView, Sides, Trigger
from parley.extract.subject_matter import subject_matter
from parley.extract.syntax import (
    LOCATIVE_PREPOSITIONS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
)
from parley.extract.vocabulary import (
    AGENT_PREPOSITIONS,
    ANAPHORIC_DETERMINERS,
    ANAPHORIC_OPENING,
    IMPOSING_VERBS,
    ORGANISATION_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_SUBJECTS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    UNANSWERED_ATTEMPT_ADJECTIVES,
)
from parley.types import (
    UNORDERED_TYPES,
    EventType,
    MentionKind,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


def agent_state(coder: ArticleCoder, view: SentenceView, subject: set[int]) -> str | None:
    """The acting state: a state in the subject, else who a pronoun or organisation is."""
    state = coder._first_state(view, sorted(subject))
    if state or not subject:
        return state
    tree = view.tree
    head = next((i for i in subject if tree.tokens[i].head not in subject), min(subject))
    word = tree.tokens[head]
    if word.lower in PRONOUN_SUBJECTS and word.lower not in ("we",):
        # "Li and other officials say they want …": they are whoever says it;
        # "Beijing's response came fast. It recalled …": it is what the text is about.
        return coder.speaker_state(view, head) or (
            coder.state.topic if word.lower == "it" and coder.state.topic else
            coder.state.previous_parties[0])
    if word.lemma in ORGANISATION_NOUNS or word.lower in ORGANISATION_NOUNS:
        for prep in tree.dependents(head, ("prep",)):
            if tree.tokens[prep].lower == "in":
                # "the defence ministry in Beijing": the capital names its state.
                located = [view.token_mention[i].state for i in tree.subtree(prep)
                           if i in view.token_mention]
                if located and located[0]:
                    return located[0]
        # "the foreign ministry": of whoever reports it, else of the dateline's country.
        return coder.speaker_state(view, head) or coder.state.dateline_state
    return None


def speaker_state(coder: ArticleCoder, view: SentenceView, index: int) -> str | None:
    """The state of whoever reports the clause `index` is in ("X said the ministry …")."""
    tree = view.tree
    for ancestor in tree.ancestors(index):
        if tree.tokens[ancestor].lemma in REPORTING_VERBS:
            for child in tree.dependents(ancestor, SUBJECT_DEPS):
                state = coder._first_state(view, sorted(tree.subtree(child)))
                if state:
                    return state
    for i, token in enumerate(tree.tokens):
        if token.lemma in REPORTING_VERBS and token.dep in ("ROOT", "parataxis") and \
                i not in tree.ancestors(index):
            for child in tree.dependents(i, SUBJECT_DEPS):
                state = coder._first_state(view, sorted(tree.subtree(child)))
                if state:
                    return state
    return None


def parties(coder: ArticleCoder, view: SentenceView, trigger: Trigger, subject: set[int],
            arguments: set[int]) -> Sides:
    """The two sides of a trigger's event, and who takes part in it (for the article's
    count of participants, which the caller adds: `ArticleState.count`)."""
    tree = view.tree
    taking_part: Participation | None = None
    etype = trigger.entry.type
    agent = coder.agent_state(view, subject)
    head = tree.tokens[trigger.index]
    if etype in (EventType.SANCTION, EventType.EASE) and head.pos == "NOUN":
        owner = coder._first_state(view, sorted(
            i for c in tree.dependents(trigger.index, ("poss", "compound", "amod"))
            for i in tree.subtree(c)))
        verb = tree.clause_head(trigger.index)
        imposed = [c for c in tree.dependents(trigger.index, ("relcl",))
                   if tree.tokens[c].lemma in IMPOSING_VERBS]
        if owner:
            agent = owner  # "Washington's sanctions", "under US sanctions"
        elif imposed:
            # "the sanctions Washington placed on …": who placed them.
            agent = coder.agent_state(view, coder.extractor.subject(tree, imposed[0])) or agent
        elif verb != trigger.index and tree.tokens[verb].lemma in IMPOSING_VERBS:
            # "Washington placed Shoigu and Gerasimov under sanctions": the clause's
            # subject imposes them, wherever the parser hung "under sanctions".
            agent = coder.agent_state(view, coder.extractor.subject(tree, verb)) or agent
    if etype is EventType.ENCOUNTER:
        # "the 2001 collision between a U.S. EP-3 and a Chinese F-8": the fighter's side
        # acted (extract/encounter_roles.py).
        paired = between_platform_sides(coder, view, trigger)
        if paired is not None:
            return Sides(*paired, Participation(*paired))
        # "its aircraft was intercepted by a J-16", "a J-11 intercepted it": whose platform
        # acted, told from either side (extract/directions.py).
        told = coder.encounter_sides(view, trigger)
        if told is not None:
            return Sides(*told, Participation(*told))
    if etype is EventType.REQUEST:
        occasion, requester = coder.occasion_requester(view, trigger)
        if occasion and requester:
            agent = requester  # "spoke at the request of Moscow": Moscow asked
    if etype is EventType.ENCOUNTER and agent is None and is_airspace_entry(trigger):
        # "a Tu-95 bomber entered the airspace": a type one state alone flies names it
        # (extract/aircraft_operators.py).
        agent = entrant_operator(view, trigger.index)
    if etype is EventType.ENCOUNTER and agent is None:
        # The parse of a long encounter sentence often misses its subject: the first
        # platform named with a state ("Chinese J-15 fighters … at Japanese F-15s") acts.
        platforms = coder._platform_states(view)
        if platforms:
            agent = platforms[0]
            rest = [s for s in platforms[1:] if s != agent]
            if rest:
                return Sides(*coder._complete(agent, rest[0]), taking_part)
    names = [i for i in subject if tree.tokens[i].dep in ("nsubj", "compound")]
    if agent is None and etype in (EventType.MEET, EventType.CALL) and names and \
            tree.tokens[trigger.index].pos == "VERB" and all(
            tree.tokens[i].pos == "PROPN" and i not in view.token_mention
            and i not in view.token_channel for i in names):
        # "after Nancy Pelosi visited Taiwan": someone we cannot place acts; the side is
        # unknown, and is not guessed from the article's pair.
        return Sides(None, None, taking_part)
    core = coder.core_arguments(tree, trigger.index, arguments)
    matter = subject_matter(tree, trigger.index) if etype in (
        EventType.MEET, EventType.CALL) else set()
    core -= matter  # "talks on Russia's war": Russia is what they talk about
    others = [s for s in coder._states_in(view, sorted(core)) if s != agent]
    taking_part = Participation(agent or None, others[0] if others else None)
    if etype is EventType.DECLINE and trigger.entry.form in ("negated_verb", "negated_noun",
                                                              "adjective"):
        # "its call was not answered": the owner of the call asked; the other side declined.
        theme = arguments | subject | set(tree.dependents(tree.tokens[trigger.index].head,
                                                 SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))
        owner = coder._owner_of_theme(view, trigger, theme)
        if owner:
            return Sides(*coder._complete(None, owner, reverse=True), taking_part)
        attempter = _attempter_of_unanswered(coder, view, trigger)
        if attempter:
            return Sides(*coder._complete(None, attempter, reverse=True), taking_part)
        if trigger.entry.form == "negated_noun" and any(
                tree.tokens[a].lower == "without" or tree.tokens[a].lemma in
                coder._request_verbs for a in tree.ancestors(trigger.index)[:4]):
            # "Austin tried to reach Xu without getting a reply", "sought a call but
            # got no answer": whoever asked.
            asker = next((coder.agent_state(view, tree.subtree(c))
                          for a in tree.ancestors(trigger.index)
                          for c in tree.dependents(a, SUBJECT_DEPS)), None)
            if asker:
                return Sides(*coder._complete(None, asker, reverse=True), taking_part)
        if trigger.entry.form == "adjective":
            # "calls by Austin … have gone unanswered": the callers asked.
            callers = coder._states_in(view, sorted(
                i for t in theme for i in tree.subtree(t)))
            if callers:
                return Sides(*coder._complete(None, callers[0], reverse=True), taking_part)
            reporter = coder.speaker_state(view, trigger.index) if \
                tree.tokens[trigger.index].lower in UNANSWERED_ATTEMPT_ADJECTIVES else None
            if reporter:
                # "Philippine officials say calls made during an incident go unanswered":
                # who complains of the silence made the calls.
                return Sides(*coder._complete(None, reporter, reverse=True), taking_part)
    if agent is None and tree.tokens[trigger.index].pos == "NOUN":
        for i in tree.dependents(trigger.index, ("prep",)):
            if tree.tokens[i].lower == "of":
                agent = coder._first_state(view, sorted(tree.subtree(i)))
                others = [s for s in others if s != agent]
    if agent is None and not others and tree.tokens[trigger.index].pos == "NOUN" and any(
            tree.tokens[c].lower in ANAPHORIC_DETERMINERS
            for c in tree.dependents(trigger.index, ("det",))):
        earlier = coder.state.latest.get(etype)
        if earlier is not None:
            # "those sanctions": the ones just told
            return Sides(earlier.source, earlier.target, taking_part)
    if agent is None and not others and ANAPHORIC_OPENING.match(view.sentence.text) and \
            all(coder.state.previous_parties):
        return Sides(*coder.state.previous_parties, taking_part)
    if etype in UNORDERED_TYPES and not others:
        # "Austin met Wei on the sidelines": people and demonyms anywhere in the clause.
        clause = tree.subtree(tree.clause_head(trigger.index),
                              stop=frozenset({"advcl", "relcl", "ccomp", "parataxis"})) - matter
        others = [s for s in coder._states_in(view, sorted(clause)) if s != agent]
    return Sides(*coder._complete(agent, others[0] if others else None), taking_part)


def _attempter_of_unanswered(coder: ArticleCoder, view: SentenceView, trigger: Trigger
                             ) -> str | None:
    """'Erdogan tried to reach Putin twice, and neither call has been put through', 'Tokyo
    tried to call Beijing, but the call was not answered': the call not answered is the
    subject of a clause coordinated with the attempt, so whoever attempted asked and the
    other side declined (not the article's main actor)."""
    tree = view.tree
    if trigger.entry.form != "negated_verb":
        return None
    verb = tree.tokens[trigger.index]
    asked = coder.lexicon.talk_nouns | REQUEST_NOUNS
    if verb.dep != "conj" or verb.head == verb.i or not any(
            tree.tokens[c].lemma in asked
            for c in tree.dependents(verb.i, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
        return None
    attempt = tree.tokens[verb.head]
    if attempt.lemma not in coder._request_verbs | coder.lexicon.talk_verbs:
        return None
    return coder.agent_state(view, coder.extractor.subject(tree, attempt.i))


def _complete(coder: ArticleCoder, first: str | None, second: str | None, *, reverse: bool = False
              ) -> tuple[str | None, str | None]:
    """Fill a missing side from the article's pair of states."""
    pair = coder.state.pair
    if reverse:
        # `second` is the requester; the decliner is the other side.
        if pair and second in pair:
            return (pair[1] if pair[0] == second else pair[0], second)
        return (first, second)
    if pair:
        if first and not second:
            second = pair[1] if first == pair[0] else pair[0]
        elif second and not first:
            first = pair[1] if second == pair[0] else pair[0]
        elif not first and not second:
            # Nobody named: the side that acts most in this article acts here too.
            actor = coder.state.main_actor()
            if actor is None and coder.state.previous_parties[0]:
                first, second = coder.state.previous_parties
            else:
                first, second = pair if actor in (None, pair[0]) else (pair[1], pair[0])
    if first == second:
        second = None
    return (first, second)


def _owner_of_theme(coder: ArticleCoder, view: SentenceView, trigger: Trigger, tokens: set[int]
                    ) -> str | None:
    tree = view.tree
    for i in sorted(tokens | {tree.tokens[trigger.index].head}):
        if tree.tokens[i].lemma in coder.lexicon.talk_nouns | REQUEST_NOUNS:
            for child in tree.dependents(i, ("poss",)):
                state = coder._state_of_token(view, child)
                if state:
                    return state
            # "a single call from South Korea": who the call came from asked.
            for prep in tree.dependents(i, ("prep",)):
                if tree.tokens[prep].lower in AGENT_PREPOSITIONS:
                    state = coder._first_state(view, sorted(tree.subtree(prep)))
                    if state:
                        return state
    return None


def _state_of_token(coder: ArticleCoder, view: SentenceView, index: int) -> str | None:
    mention = view.token_mention.get(index)
    if mention and mention.state:
        return mention.state
    token = view.tree.tokens[index]
    if token.lower in POSSESSIVE_PRONOUNS:
        # A possessive pronoun refers to whoever reports the clause ("Seoul said its
        # call was not answered"), else to the nearest subject above it.
        speaker = coder.speaker_state(view, index)
        if speaker:
            return speaker
        for ancestor in view.tree.ancestors(index):
            for subject in view.tree.dependents(ancestor, SUBJECT_DEPS):
                state = coder._first_state(view, sorted(view.tree.subtree(subject)))
                if state:
                    return state
    return None


def _platform_states(coder: ArticleCoder, view: SentenceView) -> list[str]:
    """States of the ships and aircraft a sentence names, in order ("Chinese J-15")."""
    tree = view.tree
    found: list[str] = []
    for token in tree.tokens:
        if token.lower not in coder.lexicon.platform_words and token.lemma not in \
                coder.lexicon.platform_words:
            continue
        near = [token.i, *tree.children[token.i], token.head]
        near += range(max(0, token.i - 3), token.i)
        for j in near:
            mention = view.token_mention.get(j)
            if mention and mention.state and mention.kind in (MentionKind.STATE,
                                                              MentionKind.INSTITUTION):
                found.append(mention.state)
                break
    return list(dict.fromkeys(found))


def _first_state(coder: ArticleCoder, view: SentenceView, indices: Iterable[int]) -> str | None:
    for state in coder._states_in(view, indices):
        return state
    return None


def _states_in(coder: ArticleCoder, view: SentenceView, indices: Iterable[int]) -> list[str]:
    found: list[str] = []
    tree = view.tree
    for i in indices:
        mention = view.token_mention.get(i)
        if not mention or not mention.state or mention.state in found:
            continue
        token = tree.tokens[view.mention_root.get(i, i)]
        while token.dep == "conj" and token.head != token.i:
            token = tree.tokens[token.head]  # "in the Seychelles and Chile": both places
        if token.dep == "pobj" and tree.tokens[token.head].lower in LOCATIVE_PREPOSITIONS \
                and mention.kind is MentionKind.STATE:
            continue  # "a conference in Singapore": a place, not a party
        found.append(mention.state)
    return found
