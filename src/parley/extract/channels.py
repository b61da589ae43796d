"""Which channel an event is on: named in its arguments, referred to again ('the line'),
owned by a mechanism, or implied by the roles of the people taking part (those in
`channel_from_roles.py`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from parley.extract.channel_from_roles import held_by_both_sides, mention_channel
from parley.extract.demand_channels import medium_channel
from parley.extract.directions import occasioned_contact
from parley.extract.records import SentenceView, Trigger
from parley.extract.series_rounds import series_meeting
from parley.extract.subject_matter import without_subject_matter
from parley.extract.syntax import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Tree,
)
from parley.extract.vocabulary import (
    ANSWER_WORDS,
    CHANNEL_ANAPHORS,
    DAY_WORDS,
    EVENT_NOUN_TYPES,
    EVENT_REFERRING_DETERMINERS,
    MECHANISM_PREPOSITIONS,
    PER_CHANNEL_TYPES,
    REFERRING_AGREEMENT_NOUNS,
    REFERRING_CHANNEL_NOUNS,
    REFERRING_DETERMINERS,
)
from parley.types import (
    EventType,
    MentionKind,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


def channels_for(coder: ArticleCoder, view: SentenceView, trigger: Trigger, subject: set[int],
                 arguments: set[int]) -> list[str | None]:
    tree = view.tree
    etype = trigger.entry.type
    if etype is EventType.ESTABLISH:
        own = coder.established_channel(view, trigger)
        if own is not None:
            return own  # the channel set up, not another named beside it
    named: list[str] = []
    generic = False
    # "the call was placed at the request of the American side": the call's channel
    scope = arguments | {trigger.index} | occasioned_contact(view, trigger)
    if etype in (EventType.MEET, EventType.CALL) and tree.tokens[trigger.index].pos != "NOUN":
        scope |= subject
    for i in sorted(scope):
        span = view.token_channel.get(i)
        if span is None:
            continue
        if span.slug is None:
            generic = True
        elif span.slug not in named:
            named.append(span.slug)
    if etype is EventType.DEMAND:
        return [medium_channel(view, trigger.index)]  # "warned over the hotline that …"
    if etype in (EventType.SANCTION, EventType.EASE, EventType.ENCOUNTER):
        return [None]
    if tree.tokens[trigger.index].lemma == "sign":
        generic = False  # the agreement signed is not the channel the signers meet on
    if named == ["hotline"] and "leaders" in coder.role_channels(view, scope | subject,
                                                                 tree):
        named = ["leaders"]  # "he and Xi should have a hotline of their own"
    if named == ["working-level"] and etype in (EventType.MEET, EventType.CALL):
        # "the defence ministers met, with working-level officials taking notes": the
        # officials who hold the talks name their channel, not their aides.
        held = _subject_role_channels(view, subject)
        if held and "working-level" not in held:
            named = held[:1]
    if named == ["working-level"]:
        # "the maritime consultations carried on, with a working group meeting in April":
        # a working group attached to a clause about a standing mechanism is that
        # mechanism's.
        owner = coder._owning_mechanism(view, trigger.index)
        if owner:
            named = [owner]
    if named:
        if etype in PER_CHANNEL_TYPES:
            return list(named)
        return [named[0]]
    if trigger.entry.form == "negated_noun":
        return [None]  # "… without getting an answer": the request's channel (below)
    inherited = coder.channel_referred_to(view, trigger, scope)
    if inherited:
        return inherited
    if etype is EventType.DECLINE and set(trigger.entry.lemmas) & ANSWER_WORDS and \
            trigger.entry.form == "verb" and not tree.dependents(trigger.last, ("dobj",)) and \
            coder.state.recent_channels:
        # "The North had stopped answering in August": the line the text was about.
        return [coder.state.recent_channels[-1]]
    roles = coder.role_channels(view, subject | arguments | {trigger.index}, tree,
                               trigger.index)
    if roles and not generic:
        if etype in PER_CHANNEL_TYPES:
            return list[str | None](roles)
        both = held_by_both_sides(view, roles, subject | arguments) if etype in (
            EventType.MEET, EventType.CALL) else []
        if len(both) >= 2:
            return list[str | None](both)  # a 'two-plus-two': each pair of officials meets
        return [Counter(roles).most_common(1)[0][0]]
    return [None]


def _subject_role_channels(view: SentenceView, subject: set[int]) -> list[str]:
    """The channels the roles of a contact's subject imply ("The defence ministers …")."""
    found = [channel for m in view.mentions
             if m.kind in (MentionKind.PERSON, MentionKind.ROLE)
             and set(view.token_range(m.start, m.end)) & subject
             and (channel := mention_channel(m))]
    return list(dict.fromkeys(found))


def _owning_mechanism(coder: ArticleCoder, view: SentenceView, index: int) -> str | None:
    """The standing mechanism a working-group meeting hangs on: the subject of the clause
    it is attached to by 'with', 'under' or 'of' ("the consultations carried on, with a
    working group meeting …")."""
    tree = view.tree
    for ancestor in tree.ancestors(index)[:4]:
        token = tree.tokens[ancestor]
        if token.dep == "prep" and token.lower in MECHANISM_PREPOSITIONS:
            owner = tree.tokens[ancestor].head
            scope = tree.dependents(owner, SUBJECT_DEPS) if tree.tokens[owner].pos in (
                "VERB", "AUX") else [owner]
            slugs = [view.token_channel[i].slug for s in scope for i in tree.subtree(s)
                     if i in view.token_channel and view.token_channel[i].slug
                     and view.token_channel[i].slug != "working-level"]
            if slugs:
                return slugs[0]
    return None


#: Arcs from a pronoun up to the trigger beyond which the pronoun belongs to a phrase of its
#: own ("postponed talks in protest against a decision to sanction an agency and its
#: director": 'its' is the agency's, not the talks' channel named again).
ANAPHOR_REACH = 4


def _deep_below(tree: Tree, index: int, trigger: int) -> bool:
    """The token hangs under the trigger, more than `ANAPHOR_REACH` arcs down."""
    chain = tree.ancestors(index)
    return trigger in chain and chain.index(trigger) >= ANAPHOR_REACH


def channel_referred_to(coder: ArticleCoder, view: SentenceView, trigger: Trigger, scope: set[int]
                        ) -> list[str | None]:
    """Channels a pronoun or a definite generic noun names again.

    "… since Beijing suspended it", "its revival was agreed", "the lines were
    reconnected", "talks at that level were among the channels Beijing severed": the
    channel is the one the text just named, earlier in the sentence or in the last two.
    """
    tree = view.tree
    referring = False
    nouns: list[str] = []
    # "resume talks on their maritime differences": a possessive in what is talked over
    # names no channel ("conversations over them" still uses the lines).
    matter = scope - without_subject_matter(tree, scope)
    for i in scope:
        token = tree.tokens[i]
        if token.lower in CHANNEL_ANAPHORS and not (i in matter and token.dep == "poss") and \
                token.dep in (
                "dobj", "nsubjpass", "poss", "nsubj", "pobj") and not (
                token.dep == "poss" and token.head in view.token_mention) and \
                not _deep_below(tree, i, trigger.index):
            referring = True  # not "its defence minister": a person, not a channel
        elif token.pos == "NOUN" and token.lemma in REFERRING_CHANNEL_NOUNS | \
                REFERRING_AGREEMENT_NOUNS and any(
                tree.tokens[c].lower in REFERRING_DETERMINERS
                for c in tree.dependents(i, ("det", "poss"))):
            referring = True
            nouns.append(token.lemma)
    head = tree.tokens[trigger.index]
    if head.dep == "relcl" and tree.tokens[head.head].lemma in REFERRING_CHANNEL_NOUNS and \
            not any(s.slug for s in view.channels):
        # "described the working group as a return to a forum Beijing had shut down": the
        # forum a relative clause tells of, in a sentence naming no channel, is the one the
        # text was about.
        referring = True
    if head.dep == "relcl":
        # "… were among the channels Beijing severed": the copula's subject names it.
        noun = tree.tokens[head.head]
        copula = tree.tokens[noun.head] if noun.dep in ("pobj", "attr") else noun
        if copula.dep == "prep":
            copula = tree.tokens[copula.head]
        for subject in tree.dependents(copula.i, SUBJECT_DEPS):
            slugs = [view.token_channel[i].slug for i in sorted(tree.subtree(subject))
                     if i in view.token_channel and view.token_channel[i].slug]
            if slugs:
                return list(dict.fromkeys(slugs))
        colon = view.sentence.text.find(":", view.char_of(trigger.index))
        if colon > 0 and noun.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
            # "The three mechanisms that Beijing cancelled are still suspended: A, B, C"
            listed = [s.slug for s in view.channels if s.slug and s.start > colon]
            if listed:
                return list[str | None](dict.fromkeys(listed))
    series = series_meeting(coder, view, trigger.index)
    if series is not None and series.channel:
        return [series.channel]  # "the 16th round": the series' channel
    for i in scope:
        token = tree.tokens[i]
        if token.pos == "NOUN" and token.lemma in EVENT_NOUN_TYPES and any(
                tree.tokens[c].lower in EVENT_REFERRING_DETERMINERS
                or tree.tokens[c].lower in DAY_WORDS
                for c in tree.dependents(i, ("det", "poss"))) and not _names_its_holders(
                view, i):
            # "The call was initiated by Moscow": the call told before, on its channel.
            for etype in EVENT_NOUN_TYPES[token.lemma]:
                earlier = coder.state.latest.get(etype)
                if earlier is not None and earlier.channel:
                    return [earlier.channel]
    if not referring:
        return []
    before = [s for s in view.channels if s.slug and s.end <= view.char_of(trigger.index)]
    if before:
        return [before[-1].slug]
    named = named_with_noun(coder, nouns)
    if named:
        return [named]  # "the line": the last channel named as a line
    recent = coder.state.recent_channels
    return [recent[-1]] if recent else []


def _names_its_holders(view: SentenceView, noun: int) -> bool:
    """'The previous meeting of the two countries' defence ministers': an event noun whose
    'of' or 'between' phrase names office holders is on their channel (read from their
    roles), not on that of the event of its type told before."""
    tree = view.tree
    for prep in tree.dependents(noun, ("prep",)):
        if tree.tokens[prep].lower not in ("of", "between"):
            continue
        inside = tree.subtree(prep)
        if any(mention_channel(m) for m in view.mentions
               if set(view.token_range(m.start, m.end)) & inside):
            return True
    return False


def named_with_noun(coder: ArticleCoder, nouns: list[str]) -> str | None:
    """The last channel the recent sentences named with one of `nouns` in its words ("the
    line" after "a direct line between the foreign ministries"), else None."""
    for slug, words in reversed(coder.state.named_channels):
        if any(noun in words for noun in nouns):
            return slug
    return None


def persons(coder: ArticleCoder, view: SentenceView, tokens: set[int]) -> tuple[str, ...]:
    names: list[str] = []
    for mention in view.mentions:
        if mention.kind is MentionKind.PERSON and mention.person and \
                "spokesperson" not in mention.roles and mention.person not in names:
            names.append(mention.person)
    return tuple(names)
