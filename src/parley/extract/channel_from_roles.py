"""The channel implied by who takes part, when the text names none: two defence ministers talk
on `defence-ministers`, a chief of defence and a chief of the joint staff on `military-chiefs`.

The roles are those the resolver gives each person or role phrase at the article's date
(`parley.resolve`: office holders' tenures, role words read in context); the mapping role ->
channel is data (`data/channels.json`, `participants`). A role left unknown, or two sides of
different channels, imply nothing. A channel named by its holders' title ("the defence
chiefs' meeting") is read the same way: the title's role in context decides it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from parley.extract.clauses import _plural_head
from parley.extract.records import ChannelSpan, SentenceView
from parley.extract.syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, Tree
from parley.resolve.gazetteer import Gazetteer
from parley.types import Mention, MentionKind

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder

#: The words that make a prepositional object the two people told before ("a call between
#: the two", "talks between both men").
_PAIR_OBJECTS = frozenset({"two", "both", "pair"})


@lru_cache(maxsize=1)
def participant_roles() -> dict[str, str]:
    """Role -> catalogue slug, from `data/channels.json` (`participants.roles`)."""
    node = resources.files("parley.data") / "channels.json"
    data = json.loads(node.read_text(encoding="utf-8"))
    return dict(data["participants"]["roles"])


def participant_channel(role: str) -> str | None:
    """The channel a role's holders talk on ('defence-minister' -> 'defence-ministers');
    None for a role that implies none (a spokesperson, 'other')."""
    return participant_roles().get(role)


def mention_channel(mention: Mention) -> str | None:
    """The channel of the first of a mention's roles that implies one."""
    return next((c for r in mention.roles if (c := participant_channel(r))), None)


def implied_channels(holders: Sequence[tuple[str | None, str]], counterpart: bool
                     ) -> list[str]:
    """The channels both sides take part in, from (state, channel) per participant in text
    order: every channel held when one side meets its 'counterpart', the only channel anyone
    in the sentence holds, else the channels held on two sides ('Austin met Dong')."""
    sides: dict[str, list[str | None]] = {}
    for state, channel in holders:
        sides.setdefault(channel, []).append(state)
    if counterpart or len(sides) == 1 or _one_named_side(holders):
        # "Austin and Milley called their counterparts", "requests by Austin and Milley
        # to talk": each on his own channel.
        return list(sides)
    # Two holders of one state ("the minister and his predecessor") are one side.
    return [c for c, states in sides.items()
            if len(states) >= 2 and not (len(set(states)) == 1 and states[0] is not None)]


def _one_named_side(holders: Sequence[tuple[str | None, str]]) -> bool:
    """All the role holders are of one known state ("repeated requests by Austin and Milley
    to talk", the other side named only as a state): each asks on, or is refused on, the
    channel of his own office, as a single holder does."""
    states = {state for state, _ in holders}
    return len(states) == 1 and None not in states


def held_by_both_sides(view: SentenceView, channels: Sequence[str], tokens: set[int]
                       ) -> list[str]:
    """The channels among `channels` that officials of two states in the sentence hold:
    'Japan's Foreign Minister Kamikawa and Defense Minister Kihara held talks with Foreign
    Secretary Manalo and Defense Secretary Teodoro' is a meeting of the foreign ministers and
    one of the defence ministers (a 'two-plus-two'); 'Austin, with his chief of staff, met
    Dong' holds one channel on both sides. Only the officials among `tokens` (the contact's
    subject and arguments) count."""
    states: dict[str, set[str]] = {}
    for mention in view.mentions:
        channel = mention_channel(mention) if mention.kind in (
            MentionKind.PERSON, MentionKind.ROLE) and set(
            view.token_range(mention.start, mention.end)) & tokens else None
        if channel and mention.state:
            states.setdefault(channel, set()).add(mention.state)
    return [c for c in dict.fromkeys(channels) if len(states.get(c, ())) >= 2]


def role_channels(coder: ArticleCoder, view: SentenceView, tokens: set[int],
                  tree: Tree, trigger: int | None = None) -> list[str]:
    """Channels implied by who takes part: two defence ministers talk on their channel."""
    people = [m for m in view.mentions if m.kind in (MentionKind.PERSON, MentionKind.ROLE)]
    # The trigger's own participants first ("Milley spoke to Li …, and Austin saw Wei":
    # the meeting is the ministers'); else anyone in the sentence, since apposed titles
    # sit outside the tree arcs, but for the people of a clause coordinated with the
    # trigger's, who take part in that clause's act.
    own = [m for m in people if set(view.token_range(m.start, m.end)) & tokens]
    if trigger is not None:
        people = [m for m in people if m in own or not in_coordinated_clause(
            tree, view.token_range(m.start, m.end), trigger)]
    own_channels = {mention_channel(m) for m in own} - {None}
    plural = [channel for m in own for r in m.roles
              if (channel := participant_channel(r))
              and _plural_head(tree, view.token_range(m.start, m.end))]
    if plural:
        # "a conversation between the two armies' directors general of military
        # operations", "theatre commanders start holding calls": a plural role is both
        # sides holding it.
        return list(dict.fromkeys(plural))
    scope = own if len(own) >= 2 and len(own_channels) == 1 else people
    holders = [(m.state, channel) for m in scope if (channel := mention_channel(m))]
    counterpart = any(t.lemma == "counterpart" for t in tree.tokens)
    return implied_channels(holders, counterpart)


def in_coordinated_clause(tree: Tree, span: Sequence[int], trigger: int) -> bool:
    """'China summoned the US ambassador and postponed military talks', 'would recall the
    navy chief from his visit and postpone the talks': a person in a clause coordinated
    with the trigger's (its head's 'conj', or the head it is a 'conj' of) is the party of
    that other act, not of the trigger's, when the trigger's clause has an object of its
    own. The subjects of that clause still take part ("Austin and Wei spoke by phone, and
    the two men met in June"), and so do its objects when the trigger's clause has none:
    "sought calls with Shoigu, but the Russians refused to take part" refuses those calls."""
    if not span:
        return False
    own = tree.clause_head(trigger)
    theirs = tree.clause_head(span[-1])
    if own == theirs or _on_subject_path(tree, span[-1], theirs) or not tree.dependents(
            own, ("dobj", "nsubjpass")):
        return False
    return _first_conjunct(tree, own) == _first_conjunct(tree, theirs)


def _first_conjunct(tree: Tree, clause: int) -> int:
    """The first verb of the chain of coordinated verbs `clause` is in ("recalled …, put off
    … and refused …": 'recalled')."""
    current = clause
    for _ in range(12):
        token = tree.tokens[current]
        if token.dep != "conj" or token.head == current:
            break
        current = token.head
    return current


def _on_subject_path(tree: Tree, index: int, clause: int) -> bool:
    """The token is (in) the subject of `clause`: a subject arc lies on its way up to it."""
    current = index
    for _ in range(12):
        if current == clause:
            return False
        token = tree.tokens[current]
        if token.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
            return True
        if token.head == current:
            return False
        current = token.head
    return False


def between_the_pair(tree: Tree, arguments: set[int]) -> bool:
    """'a call in September between the two', 'talks between both men': the trigger's
    parties are the two people told just before, so their contact's channel is its own."""
    for i in arguments:
        token = tree.tokens[i]
        if token.lower == "between" and token.dep == "prep":
            objects = tree.dependents(i, ("pobj",))
            if any(tree.tokens[o].lower in _PAIR_OBJECTS or any(
                    tree.tokens[c].lower in _PAIR_OBJECTS
                    for c in tree.dependents(o, ("nummod", "det", "predet", "amod")))
                    and tree.tokens[o].pos != "PROPN" for o in objects):
                return True
    return False


def _ambiguous_phrases(gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(p for entry in gazetteer.ambiguous_roles for p in entry.phrases)


def titled_channels(spans: list[ChannelSpan], mentions: Sequence[Mention], text: str,
                    gazetteer: Gazetteer) -> list[ChannelSpan]:
    """Channel names made of an ambiguous title ('the defence chiefs' meeting') take the
    channel of the title's role as read in context: the ministers' when the article names
    ministers, the chiefs' when a rank or a chief is named, none (a channel-less meeting)
    when nothing decides it."""
    ambiguous = _ambiguous_phrases(gazetteer)
    read: list[ChannelSpan] = []
    for span in spans:
        titles = [m for m in mentions if m.kind is MentionKind.ROLE
                  and span.start <= m.start and m.end <= span.end
                  and re.sub(r"[\s\-]+", " ", m.text.lower()).strip() in ambiguous]
        if titles and span.slug and not span.mechanism:
            span = replace(span, slug=mention_channel(titles[0]))
        read.append(span)
    return read
