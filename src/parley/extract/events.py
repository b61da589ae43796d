"""The events a trigger tells: one per channel or state its arguments name, with status,
count, flags and the requests a refusal implies.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from parley.extract.channel_from_roles import between_the_pair
from parley.extract.clauses import (
    _denied,
    _likelihood_subject,
    _no_longer,
    told_at_a_point,
)
from parley.extract.contact_kinds import contact_type, likened_type
from parley.extract.date_ranges import consecutive_days
from parley.extract.multilateral import among_participants, named_participants
from parley.extract.possibilities import failed_attempt, told_as_possible
from parley.extract.records import SentenceView, Telling, Told, Trigger
from parley.extract.registry import registry
from parley.extract.retellings import between_the_two, open_medium, refers_back, telling_key
from parley.extract.since_contacts import last_contact_date
from parley.extract.suspended_stretches import stretch_statuses
from parley.extract.syntax import HABITUAL_ADVERBS, Tree
from parley.extract.themes_establish import SIGNING_VERBS
from parley.extract.vocabulary import (
    ANSWER_WORDS,
    DEFINITE_DETERMINERS,
    HABITUAL_FREQUENCY,
    PAIR_SUBJECTS,
    PAIR_WORDS,
    PARTY_PREPOSITIONS,
    PERIOD_NOUNS,
    PHONE_WORDS,
    PLANNING_VERBS,
    PROSPECTIVE_MODIFIERS,
    REQUEST_NOUNS,
)
from parley.types import (
    ChannelStatus,
    CountQualifier,
    DateMention,
    Event,
    EventType,
    Evidence,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


# ------------------------------------------------------------------ events
def events_for(coder: ArticleCoder, view: SentenceView, trigger: Trigger, arguments: set[int]
               ) -> Told:
    """The events a trigger tells, and how it was dated once its date was read."""
    tree = view.tree
    tellings: list[Telling] = []
    etype = trigger.entry.type
    subject = coder.extractor.subject(tree, trigger.index)
    sides = coder.parties(view, trigger, subject, arguments)
    coder.state.count(sides.taking_part)
    source, target = sides.source, sides.target
    channels = coder.channels_for(view, trigger, subject, arguments)
    negated = tree.is_negated(trigger.index) and trigger.entry.form not in (
        "negated_verb", "negated_noun")
    prospect = _likelihood_subject(tree, trigger.index)
    if prospect:
        # "Neither a call nor a meeting is likely soon": denied as likely, not as done.
        negated = False
    if _denied(tree, trigger.index):
        negated = True  # "North Korea denied that it had cut off the hotline"
    last_contact = last_contact_date(coder, view, trigger, negated=negated) if etype in (
        EventType.MEET, EventType.CALL) else None
    flipped = negated and last_contact is not None
    if flipped:
        negated = False  # "had not spoken since March 2023": they last spoke in March 2023
    called_off = etype in (EventType.MEET, EventType.CALL) and _no_longer(
        tree, trigger.index)
    if called_off:
        # "will no longer pay a planned call on Richardson": the visit is called off.
        etype, negated = EventType.SUSPEND, False
    if negated and tree.tokens[trigger.index].pos == "NOUN":
        return Told([], tellings)  # "no conversation is scheduled" states an absence, not an event
    token = tree.tokens[trigger.index]
    if etype in (EventType.SUSPEND, EventType.RESUME) and token.tag == "VBN" and \
            token.dep in ("acl", "amod") and not tree.dependents(trigger.index, ("agent",)) \
            and not told_at_a_point(view, trigger.index):  # "the inspections, halted in August"
        return Told([], tellings)  # "the channel, frozen for most of 2023, …" describes a state
    hypothetical = tree.modal_or_prospective(trigger.index, agreed_future=etype in (
        EventType.RESUME, EventType.SUSPEND, EventType.EASE, EventType.ESTABLISH)
        and token.lemma not in SIGNING_VERBS,  # "will sign": planned, not agreed
    ) and not (etype is EventType.DECLINE and trigger.entry.form != "verb") or any(
        tree.tokens[c].lower in PROSPECTIVE_MODIFIERS
        for c in tree.dependents(trigger.index, ("amod", "compound")))
    hypothetical = (hypothetical or prospect or told_as_possible(tree, trigger.index)) and \
        not called_off  # "did not rule out talks", "the possibility of a call"
    if etype in (EventType.MEET, EventType.CALL) and failed_attempt(tree, trigger.index):
        negated = True  # "failed to hold talks"
    if coder._re_mention(view, trigger) or refers_back(coder, tree, trigger):
        # "The refusal suggests …": told before; but "The call was the first since March
        # 2023" tells that the contact before it was in March 2023: that one is the event.
        if last_contact is None:
            return Told([], tellings)
        flipped = True
    if etype is EventType.DECLINE and set(trigger.entry.lemmas) & ANSWER_WORDS and \
            trigger.entry.form in ("verb", "negated_verb") and \
            coder._ongoing(tree, trigger.index):
        return Told(coder.unanswered_status(view, source, target, channels), tellings)
    telling = coder.telling_of(view, trigger)
    tellings.append(telling)
    when = last_contact if flipped else telling.date
    # Registered event filters (extract/event_filters.py): the first that drops decides.
    if any(rule.drops(coder, view, trigger, etype, when)
           for rule in registry.event_filters(etype)):
        return Told([], tellings)
    repeats = coder.repeated_dates(view, trigger, when)
    persons = coder.persons(view, subject | arguments | {trigger.index})
    if etype in (EventType.MEET, EventType.CALL) and token.tag == "VBG" and \
            token.dep in ("xcomp", "dobj", "pcomp") and \
            tree.tokens[token.head].lemma in PLANNING_VERBS:
        hypothetical = True  # "the two discussed convening a working group"
    if etype is trigger.entry.type:
        # "held phone talks", "met over a video link", "discussions over the hotline";
        # "spoke face to face" (contact_kinds.py).
        etype = contact_type(tree, trigger, channels, on_a_line=etype is EventType.MEET
                             and coder._by_phone(view, trigger.index, arguments, channels))
        etype = likened_type(tree, trigger, etype, coder.state.previous_contact)
    previous = coder.state.previous_contact
    if etype in (EventType.MEET, EventType.CALL) and previous is not None and (
            coder._refers_to_pair(tree, subject) or between_the_two(tree, trigger.index)):
        # "The two last spoke on 18 February", "a call in September between the two": the
        # two of the previous sentence.
        source, target = previous.source, previous.target
        if channels == [None]:
            channels = [previous.channel]
    elif etype in (EventType.MEET, EventType.CALL) and previous is not None and \
            channels == [None] and previous.channel and (
            coder._names_again(tree, subject, previous) or between_the_pair(tree, arguments)):
        # "… the corps commander talks, which opened in June 2020. The commanders have met
        # 21 times": the people of that channel; "a call in September between the two".
        channels = [previous.channel]
    # Each coordinated request or talk noun is its own event with its own channel and
    # count ("more than a dozen requests to talk … and nearly 10 working-level requests").
    parts: list[tuple[list[str | None], set[int]]] = [(channels, arguments)]
    if etype in (EventType.REQUEST, EventType.DECLINE):
        groups = coder.theme_conjuncts(tree, arguments)
        if len(groups) > 1:
            parts = [([coder._channel_in(view, group)], group) for group in groups]
    events: list[Event] = []
    for part_channels, part_arguments in parts:
        count: int | None = None
        qualifier: CountQualifier | None = None
        if etype in (EventType.REQUEST, EventType.DECLINE):
            count, qualifier = coder.count_for(view, trigger, part_arguments)
        for channel in part_channels:
            events.append(Event(
                article=coder.state.article_id, type=etype, source=source, target=target,
                channel=channel,
                evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end),
                date=when.value if when else None,
                date_end=when.end_value if when else None,
                negated=negated, hypothetical=hypothetical,
                count=count, count_qualifier=qualifier, persons=persons,
            ))
    if etype in (EventType.MEET, EventType.CALL, EventType.ESTABLISH):
        # "calls with his British, French and Turkish counterparts", "opened hotlines with
        # Vietnam and South Korea": one per state.
        events += [replace(e, target=other) for other in
                   coder.coordinated_states(view, arguments, target) for e in list(events)]
        # "a call between the foreign ministers of France, the UK and the USA": among them.
        events = among_participants(events, named_participants(coder, view, trigger.index))
    if etype is EventType.DECLINE:
        events.extend(coder.implied_requests(view, trigger, arguments, events))
        if set(trigger.entry.lemmas) & ANSWER_WORDS and when is not None and \
                when.text.lower().startswith("since") and any(
                tree.tokens[a].lemma == "have" and tree.tokens[a].tag in ("VBZ", "VBP")
                for a in tree.dependents(trigger.index, ("aux",))):
            # "has not answered calls on the lines since April 2023": still unanswered,
            # so the lines stand degraded now.
            events += coder.unanswered_status(
                view, source, target, list(dict.fromkeys(e.channel for e in events)))
    if last_contact is not None and not flipped:
        # "the first meeting since January 2020": they had met in January 2020
        events += [replace(e, date=last_contact.value, date_end=None, hypothetical=False)
                   for e in list(events)]
    # "met in January and again in September": one event per coordinated date.
    events += [replace(e, date=d.value, date_end=d.end_value) for d in repeats
               for e in list(events)]
    if open_medium(tree, trigger, etype):
        coder.state.open_tellings |= {telling_key(e) for e in events}  # "the discussions"
    # "the dialogue had been frozen from 2020": how it stood, no step (suspended_stretches.py)
    return Told(stretch_statuses(view, trigger.index, events), tellings)


def coordinated_states(coder: ArticleCoder, view: SentenceView, arguments: set[int],
                       target: str | None
                       ) -> list[str]:
    """States coordinated with the target's word ('British, French and Turkish')."""
    tree = view.tree
    if target is None:
        return []
    first = next((i for i in sorted(arguments) if view.token_mention.get(i) is not None
                  and view.token_mention[i].state == target), None)
    if first is None:
        return []
    first = view.mention_root.get(first, first)
    while tree.tokens[first].dep == "conj" and tree.tokens[first].head != first:
        # "in Vietnam and South Korea" with the target the second conjunct: from the first
        first = tree.tokens[first].head
    found: list[str] = []
    for word in tree.conjuncts(first):
        mention = view.token_mention.get(word)
        if mention is not None and mention.state and mention.state != target and \
                mention.state not in found:
            found.append(mention.state)
    return found


def repeated_dates(coder: ArticleCoder, view: SentenceView, trigger: Trigger,
                   chosen: DateMention | None) -> list[DateMention]:
    """Further dates of the same trigger joined to the chosen one by 'and (again)'."""
    if chosen is None or not chosen.text or trigger.entry.type not in (
            EventType.MEET, EventType.CALL, EventType.ENCOUNTER):
        return []
    tree = view.tree
    clause = tree.subtree(tree.clause_head(trigger.index),
                          stop=frozenset({"relcl", "acl", "advcl", "ccomp", "conj"}))
    others: list[DateMention] = []
    for mention in view.dates:
        if mention is chosen or not mention.value or mention.value == chosen.value:
            continue
        indices = view.token_range(mention.start, mention.end)
        low, high = sorted((chosen, mention), key=lambda m: m.start)
        between = view.sentence.text[low.end:high.start]
        adjoining = low is chosen and re.fullmatch(
            r"\s*,?\s*and (?:again |once more )?(?:on |in )?", between)
        # "on October 30, 2020 and again on January 8, 2021": right after the chosen date,
        # whatever the parser hung the second one on.
        if not indices or (not set(indices) & clause and not adjoining):
            continue
        if mention.text.lower().startswith("since"):
            continue
        if trigger.entry.type is EventType.MEET and consecutive_days(low, high, between):
            continue  # "held talks on Wednesday and Thursday": one meeting of two days
        if re.search(r"\band\b", between) and len(between) < 60 and not re.search(
                r"[;:]", between):
            others.append(mention)
    return others


def theme_conjuncts(coder: ArticleCoder, tree: Tree, arguments: set[int]) -> list[set[int]]:
    """The words of each coordinated theme noun, when the theme is a coordination."""
    nouns = coder.lexicon.talk_nouns | REQUEST_NOUNS
    heads = [i for i in sorted(arguments) if tree.tokens[i].pos == "NOUN"
             and tree.tokens[i].lemma in nouns]
    for head in heads:
        if tree.tokens[head].dep == "conj":
            continue
        members = [head]
        frontier = [head]
        while frontier:
            for child in tree.dependents(frontier.pop(), ("conj",)):
                if child in arguments and tree.tokens[child].lemma in nouns:
                    members.append(child)
                    frontier.append(child)
        if len(members) > 1:
            return [tree.subtree(m, stop=frozenset({"conj", "cc"})) for m in members]
    return []


def _channel_in(coder: ArticleCoder, view: SentenceView, tokens: set[int]) -> str | None:
    for i in sorted(tokens):
        span = view.token_channel.get(i)
        if span is not None and span.slug:
            return span.slug
    return None


def _re_mention(coder: ArticleCoder, view: SentenceView, trigger: Trigger) -> bool:
    """A definite event noun with no parties of its own, after an event of its type."""
    tree = view.tree
    token = tree.tokens[trigger.index]
    if token.pos != "NOUN" or trigger.entry.type not in (
            EventType.DECLINE, EventType.REQUEST, EventType.SUSPEND, EventType.RESUME,
            EventType.CALL, EventType.MEET):
        return False
    if trigger.entry.type not in coder.state.latest:
        return False
    if trigger.entry.type in (EventType.CALL, EventType.MEET) and not _bare_definite(
            view, trigger.index):
        return False
    definite = any(tree.tokens[c].lower in DEFINITE_DETERMINERS
                   for c in tree.dependents(trigger.index, ("det", "poss")))
    dated_owner = any(tree.tokens[c].lower in PERIOD_NOUNS
                      for c in tree.dependents(trigger.index, ("poss",)))
    own = tree.subtree(trigger.index, stop=frozenset({"relcl", "acl"}))
    named = any(view.token_mention.get(i) or i in view.token_channel for i in own
                if i != trigger.index)
    return (definite or dated_owner) and not named


def _bare_definite(view: SentenceView, index: int) -> bool:
    """'promised after the call', 'the meeting ended without a statement': a contact noun
    with 'the' and nothing else of its own (no modifier, no date, no complement) names the
    contact just told; 'the call on Tuesday', 'the first meeting' may be another one."""
    tree = view.tree
    children = tree.children[index]
    if any(tree.tokens[c].dep not in ("det", "punct") for c in children):
        return False
    return any(tree.tokens[c].lower == "the" for c in children)


def _refers_to_pair(coder: ArticleCoder, tree: Tree, subject: set[int]) -> bool:
    if not subject:
        return False
    head = tree.tokens[next(i for i in subject if tree.tokens[i].head not in subject
                            or tree.tokens[i].head == i)]
    words = {tree.tokens[i].lower for i in subject}
    # "the two", "both", "they", "the two men": the people of the previous sentence.
    if head.lower in PAIR_SUBJECTS:
        return True
    return bool(words & PAIR_WORDS) and len(subject) <= 4 and not any(
        tree.tokens[i].pos == "PROPN" for i in subject)


def _ongoing(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    """'nobody is picking up', 'Pyongyang does not answer': a present, lasting refusal."""
    verb = tree.tokens[index]
    auxiliaries = [tree.tokens[c] for c in tree.dependents(index, ("aux",))]
    if verb.tag == "VBG":
        return any(a.tag in ("VBZ", "VBP") for a in auxiliaries)
    return verb.tag in ("VBZ", "VBP") or (verb.tag == "VB" and any(
        a.lemma == "do" and a.tag in ("VBZ", "VBP") for a in auxiliaries))


def unanswered_status(coder: ArticleCoder, view: SentenceView, source: str | None,
                      target: str | None, channels: list[str | None]) -> list[Event]:
    """The lines stand degraded: one STATUS per channel named, else per channel of the
    sentence before."""
    named = [c for c in channels if c] or list(coder.state.previous_channels)
    return [coder._status_event(view, source, target, channel, ChannelStatus.DEGRADED)
            for channel in named]


def _status_event(coder: ArticleCoder, view: SentenceView, source: str | None, target: str | None,
                  channel: str | None, status: ChannelStatus) -> Event:
    """How a channel stands, as of the publication date, told by this sentence."""
    return Event(
        article=coder.state.article_id, type=EventType.STATUS, source=source, target=target,
        channel=channel, status=status,
        evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end),
        date=coder.state.published.isoformat() if coder.state.published else None,
    )


def _names_again(coder: ArticleCoder, tree: Tree, subject: set[int], previous: Event) -> bool:
    """A definite plural subject ("the commanders") whose word the sentence of the last
    meeting or call used ("the corps commander talks")."""
    heads = [i for i in subject if tree.tokens[i].head not in subject]
    if not heads:
        return False
    head = tree.tokens[heads[0]]
    return head.tag == "NNS" and any(
        tree.tokens[c].lower == "the" for c in tree.dependents(head.i, ("det",))) and bool(
        re.search(rf"\b{re.escape(head.lemma)}", previous.evidence.sentence, re.IGNORECASE))


def _habitual(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    """A frequency ("twice a day", "weekly") or habit adverb in the trigger's clause."""
    clause = tree.subtree(tree.clause_head(index), stop=frozenset({"advcl", "relcl",
                                                                  "ccomp"}))
    words = " ".join(tree.tokens[i].lower for i in sorted(clause))
    return bool(HABITUAL_FREQUENCY.search(words)) or any(
        tree.tokens[i].lower in HABITUAL_ADVERBS for i in clause)


def _by_phone(coder: ArticleCoder, view: SentenceView, index: int, arguments: set[int],
              channels: list[str | None]) -> bool:
    words = {view.tree.tokens[i].lower for i in arguments | {index}}
    return bool(words & PHONE_WORDS) and all(c in (None, "hotline") for c in channels) \
        or channels == ["hotline"]


def core_arguments(coder: ArticleCoder, tree: Tree, index: int, arguments: set[int]) -> set[int]:
    """The part of the arguments where the other side can be: objects and party PPs."""
    excluded: set[int] = set()
    for i in arguments:
        token = tree.tokens[i]
        if token.dep == "prep" and token.lower not in PARTY_PREPOSITIONS:
            excluded |= tree.subtree(i)
        elif token.dep in ("npadvmod", "advmod", "advcl", "relcl", "acl") and i != index:
            excluded |= tree.subtree(i)
    return arguments - excluded
