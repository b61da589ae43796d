"""Events told without a trigger word of their own: lists that elaborate the previous
sentence, obligations told to the other side, requests implied by a refusal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.extract.clauses import _subjunctive
from parley.extract.date_frames import noun_clause_date
from parley.extract.messengers import asks_a_messenger
from parley.extract.records import SentenceView, Telling, Told, Trigger
from parley.extract.retellings import request_told_before
from parley.extract.syntax import (
    SUBJECT_DEPS,
)
from parley.extract.themes_domestic import addresses_own_side
from parley.extract.trigger_entries import _DEMAND_ENTRY
from parley.extract.vocabulary import (
    ANSWER_WORDS,
    ATTEMPT_NOUNS,
    DIRECTIVE_VERBS,
    EXPLICIT_REQUEST_NOUNS,
    GENERIC_OBLIGED,
    JOINT_OBLIGED_WORDS,
    LIST_OPENING,
    OBLIGATION_ADJECTIVES,
    OBLIGATION_MODALS,
    OBLIGATION_PREPOSITIONS,
    PRONOUN_SUBJECTS,
    SAYING_NOUNS,
    SAYING_VERBS,
    SUBJUNCTIVE_REQUEST_VERBS,
)
from parley.types import (
    Event,
    EventType,
    Evidence,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.syntax import Tree


def list_elaboration(coder: ArticleCoder, view: SentenceView) -> list[Event]:
    """"Beijing cut three channels. These were A, B and C.": one event per listed channel.

    The previous sentence told a suspension or restoration of unnamed channels; this one,
    opening with "These/They/Those were/included", names them.
    """
    opening = LIST_OPENING.match(view.sentence.text)
    pending = coder.state.unnamed_events
    if not opening or not pending:
        return []
    spans = [s for s in view.channels if s.start >= opening.end()]
    events: list[Event] = []
    for earlier in pending:
        for span in spans:
            events.append(replace(
                earlier, channel=span.slug,
                evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end)))
    return events


def _laid_on_both_sides(tree: Tree, subjects: list[int]) -> bool:
    """'Dong said the two armed forces should maintain high-level exchanges', 'both sides
    should manage their differences': an obligation whose subject is both sides together,
    the speaker's own among them, is a shared aim he states, not a demand of the other side
    ('all militaries should operate safely' is still said to the other side)."""
    return any(tree.tokens[c].lower in JOINT_OBLIGED_WORDS for s in subjects
               for c in [s, *tree.dependents(s, ("det", "nummod", "predet", "quantmod"))])


def deontic_demands(coder: ArticleCoder, view: SentenceView) -> Told:
    """Demands told as obligations: "Wei told Austin that Washington must respect …",
    "Australia stressed that militaries should operate safely", "asked China to prevent a
    recurrence". The obliged side is the target; who says or asks it is the source."""
    tree = view.tree
    events: list[Event] = []
    tellings: list[Telling] = []
    for token in tree.tokens:
        obliged: int | None = None
        speaker: int | None = None
        if token.lemma in OBLIGATION_ADJECTIVES and token.dep == "acomp":
            # "it was incumbent on Russia to fly safely", "Pakistan is obliged to act"
            copula = tree.tokens[token.head]
            governor = tree.tokens[copula.head]
            if copula.dep in ("ccomp", "conj") and governor.lemma in SAYING_VERBS:
                party = [i for p in tree.dependents(token.i, ("prep",))
                         if tree.tokens[p].lower in OBLIGATION_PREPOSITIONS
                         for i in tree.dependents(p, ("pobj",))]
                obliged, speaker = (party[0] if party else copula.i), governor.i
        elif token.lower in OBLIGATION_MODALS and token.dep == "aux":
            verb = token.head
            governor = tree.tokens[tree.tokens[verb].head]
            if tree.tokens[verb].dep == "conj" and any(
                    tree.tokens[c].lower == "that" for c in tree.dependents(verb, ("mark",))):
                # "said that Washington could not expect …, and that it should correct
                # its mistakes": the second 'that' clause is said too.
                sayer = next((a for a in tree.ancestors(verb)
                              if tree.tokens[a].lemma in SAYING_VERBS), None)
                if sayer is not None:
                    governor = tree.tokens[sayer]
                    verb = next(a for a in [verb, *tree.ancestors(verb)]
                                if tree.tokens[a].head == sayer)
            statement = next((tree.tokens[c] for c in tree.dependents(governor.i, SUBJECT_DEPS)
                              if tree.tokens[c].lemma in SAYING_NOUNS), None) \
                if governor.lemma == "be" else None
            if tree.tokens[verb].dep in ("ccomp", "xcomp", "conj", "acl") and (
                    governor.lemma in SAYING_VERBS or governor.lemma in SAYING_NOUNS):
                obliged = verb
                # "issued a reminder to Iraq that it must …": the noun's verb speaks.
                speaker = governor.i if governor.pos == "VERB" else governor.head
            elif statement is not None and tree.tokens[verb].dep in ("ccomp", "attr"):
                # "India's reply was that Pakistan should first act": whose reply speaks.
                obliged, speaker = verb, statement.i
        elif token.lemma in SUBJUNCTIVE_REQUEST_VERBS and token.pos == "VERB" and \
                not tree.dependents(token.i, ("dobj",)) and any(
                    _subjunctive(tree, c) for c in tree.dependents(token.i, ("ccomp",))):
            # "asked that such approaches not be repeated": a subjunctive demand, made of
            # the other side.
            clause = next(c for c in tree.dependents(token.i, ("ccomp",))
                          if _subjunctive(tree, c))
            source = coder.agent_state(view, coder.extractor.subject(tree, token.i))
            target = coder._first_state(view, sorted(tree.subtree(clause))) or (
                coder._complete(source, None)[1] if source else None)
            if source and target and source != target and not any(
                    tree.tokens[i].lemma in coder.lexicon.talk_verbs | coder.lexicon.talk_nouns
                    for i in tree.subtree(clause)):
                tellings.append(coder.telling_of(view, Trigger(_DEMAND_ENTRY, token.i, token.i)))
                when = tellings[-1].date
                events.append(Event(
                    article=coder.state.article_id, type=EventType.DEMAND, source=source,
                    target=target, channel=None,
                    evidence=Evidence(view.sentence.text, view.sentence.start,
                                      view.sentence.end),
                    date=when.value if when else None,
                    date_end=when.end_value if when else None,
                    persons=coder.persons(view, set())))
                break
        elif token.lemma in DIRECTIVE_VERBS and token.pos == "VERB":
            # "asked China to prevent a recurrence" (an object, then an infinitive)
            objects = tree.dependents(token.i, ("dobj",))
            # "told Dong to stop" is a demand; "told Dong that the US did not seek
            # conflict" only reports.
            complements = tree.dependents(token.i, ("xcomp",) if token.lemma == "tell"
                                    else ("xcomp", "ccomp"))
            # "asked Pyongyang to reply": asking for an answer seeks contact, no demand.
            if objects and complements and not any(
                    tree.tokens[c].lemma in coder.lexicon.talk_verbs | ANSWER_WORDS
                    for c in complements) \
                    and not addresses_own_side(view, token.i) \
                    and not asks_a_messenger(tree, token.i):  # "asked Trump to tell Y"
                obliged, speaker = objects[0], token.i
        if obliged is None or speaker is None:
            continue
        target_tokens = tree.dependents(obliged, SUBJECT_DEPS) if tree.tokens[obliged].pos in (
            "VERB", "AUX") else [obliged]
        if tree.tokens[obliged].pos in ("VERB", "AUX") and not tree.dependents(
                obliged, SUBJECT_DEPS):
            # "… could not expect normal exchanges, and that it should correct its
            # mistakes": the parse hangs 'it should correct' under the clause before.
            conjoined = [c for c in tree.subtree(obliged) if tree.tokens[c].dep == "conj"
                         and tree.tokens[c].lemma not in SAYING_VERBS
                         and any(tree.tokens[m].lower == "that"
                                 for m in tree.dependents(c, ("mark",)))]
            target_tokens = [s for c in conjoined[:1] for s in tree.dependents(c, SUBJECT_DEPS)]
        if tree.tokens[obliged].pos in ("VERB", "AUX") and \
                _laid_on_both_sides(tree, target_tokens):
            continue
        if any(tree.tokens[t].lower == "it" for t in target_tokens):
            # 'it' is the subject of the clause before ("Washington could not expect …").
            target_tokens = [s for a in tree.ancestors(target_tokens[0])
                             if a != speaker for s in tree.dependents(a, SUBJECT_DEPS)
                             if tree.tokens[s].lower != "it"][:1] or target_tokens
        target = coder._first_state(view, sorted(
            i for t in target_tokens for i in tree.subtree(t)))
        if target is None and any(tree.tokens[t].lower in PRONOUN_SUBJECTS
                                  for t in target_tokens):
            # "… to Iraq that it must cooperate": the pronoun is the addressee.
            addressees = [i for p in (speaker, tree.tokens[obliged].head)
                          for c in tree.dependents(p, ("prep", "dative", "dobj"))
                          for i in tree.subtree(c)]
            target = coder._first_state(view, sorted(addressees))
        source = coder.agent_state(view, coder.extractor.subject(tree, speaker)) or \
            _reporter_state(coder, view, speaker)
        if target is None and source is not None and any(
                tree.tokens[t].lemma in GENERIC_OBLIGED for t in target_tokens):
            # "Australia stressed that all militaries should operate safely": said to the
            # other side of the article's pair.
            target = coder._complete(source, None)[1]
        if target is None or source is None or source == target:
            continue
        tellings.append(coder.telling_of(view, Trigger(_DEMAND_ENTRY, speaker, speaker)))
        when = tellings[-1].date
        events.append(Event(
            article=coder.state.article_id, type=EventType.DEMAND, source=source,
            target=target, channel=None,
            evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end),
            date=when.value if when else None, date_end=when.end_value if when else None,
            persons=coder.persons(view, set()),
        ))
        break
    return Told(events, tellings)


def _reporter_state(coder: ArticleCoder, view: SentenceView, speaker: int) -> str | None:
    """'China's ministry said its forces had acted lawfully and told Manila to stop': a
    speaking verb inside a report whose own subject names no state speaks for the reporter
    (the parse often hangs the second verb of the report under the reported clause)."""
    tree = view.tree
    for ancestor in tree.ancestors(speaker):
        if tree.tokens[ancestor].lemma in SAYING_VERBS:
            return coder.agent_state(view, coder.extractor.subject(tree, ancestor))
    return None


def implied_requests(coder: ArticleCoder, view: SentenceView, trigger: Trigger, arguments: set[int],
                     declines: list[Event]) -> list[Event]:
    """'declined a dozen requests' also says the requests were made, by the other side."""
    tree = view.tree
    request_nouns = [i for i in arguments if tree.tokens[i].lemma in EXPLICIT_REQUEST_NOUNS
                     and tree.tokens[i].pos == "NOUN"]
    if trigger.entry.form == "adjective":
        # "Calls placed by Austin have gone unanswered": the calls were attempts to talk.
        request_nouns += [i for i in arguments if tree.tokens[i].lemma in ATTEMPT_NOUNS
                          and tree.tokens[i].pos == "NOUN"]
    if not request_nouns or request_told_before(coder, tree, request_nouns, declines):
        return []  # "declined the request": the request the article told before
    made = noun_clause_date(view, min(request_nouns))  # "a request made in May"
    return [replace(e, type=EventType.REQUEST, source=e.target, target=e.source,
                    date=made.value if made else e.date,
                    date_end=made.end_value if made else e.date_end)
            for e in declines]
