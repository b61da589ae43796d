"""Role words read in their context: a role is said only where the words around decide it.

"President" is a state's office in "the US president" and a union's in "union president";
"defence chief" is a defence minister in "defence chief Lloyd Austin" and a chief of defence in
"defence chief General Asim Munir". Each function reads one such decision on the sentence
text and its other mentions; phrases and words live in `data/actors/roles.json`. A role left
unknown implies no channel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from parley.resolve.gazetteer import AmbiguousRole, Gazetteer, trie_alternation
from parley.resolve.names import WINDOW, after, at_sentence_start, before, name_words
from parley.types import Mention, MentionKind

#: An office holder the article has named: their state and their roles on its date.
Holder = tuple[str, tuple[str, ...]]


@lru_cache(maxsize=8)
def _rank_after(ranks: tuple[str, ...]) -> re.Pattern[str] | None:
    """A rank just after a role phrase, after a comma or 'the' ("defence chief, General")."""
    if not ranks:
        return None
    alternation = trie_alternation(ranks, spaces=r"\s+")
    return re.compile(r"[\s,]+(?:the\s+)?(?:" + alternation + r")(?!\w)")


#: States named as a group after 'of' ("the leaders of the two countries", "of both sides").
_STATES_AS_A_GROUP = re.compile(
    r"(?:(?:two|both|three|all|these|those|their|its|each)\s+)?"
    r"(?:countries|nations|states|sides|country|nation|state|governments)\b")


def _normal(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.lower()).strip()


def _person_after(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The person named just after a role, as its apposition or after a rank ('president
    Joe Biden', 'defence chief, General Asim Munir', 'chairman Gen. Mark Milley')."""
    for other in mentions:
        if other.kind is MentionKind.PERSON and 0 <= other.start - mention.end <= WINDOW \
                and re.fullmatch(r"[\s,]*(?:the\s+)?(?:[A-Z][\w.]*\.?\s+){0,3}",
                                 text[mention.end:other.start]):
            return other
    return None


def _person_before(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The person a role stands in apposition to after a comma ('Austin, the defence
    chief')."""
    for other in mentions:
        if other.kind is MentionKind.PERSON and 0 <= mention.start - other.end <= WINDOW \
                and re.fullmatch(
                r",\s*(?:the|his|her|its)?\s*(?:then[- ]|former\s+)?",
                text[other.end:mention.start]):
            return other
    return None


def state_office(text: str, mention: Mention, mentions: list[Mention],
                 office_words: frozenset[str]) -> bool:
    """Whether a role phrase in context ('president', 'leader', 'premier') is a state's
    office here.

    Yes: 'the US president', 'China's leader' (a state before it), 'the President of
    Russia', 'the leaders of the two countries', 'President Joe Biden' (an office holder
    named after it), 'the president', 'the two leaders', 'world leaders' (`office_words`
    before it), or at a sentence's start.
    No: 'union president', 'Senate Majority Leader', 'military leaders', 'VA leaders' (another
    body's word before it), 'the president of the company', 'the Premier League'.
    """
    if mention.state:
        return True
    after_of = re.match(r"\s+of\s+(?:the\s+)?", after(text, mention.end))
    if after_of:
        start = mention.end + after_of.end()
        return _STATES_AS_A_GROUP.match(text, start) is not None or any(
            m.start == start and m.state and m.kind in (
                MentionKind.STATE, MentionKind.INSTITUTION) for m in mentions)
    following = re.match(r" ([A-Z][\w'’\-]*)", after(text, mention.end))
    if following and following.group(1).lower() in name_words().organisation_heads:
        return False  # "the Premier League"
    holder = _person_after(text, mention, mentions)
    if holder is not None and holder.state:
        return True
    preceding = before(text, mention.start)[0]
    if at_sentence_start(text, mention.start) or re.search(r"\bthen-$", preceding):
        return True
    previous = re.search(r"(\S+)\s+$", preceding)
    if previous is None:
        return True
    word = previous.group(1).lower()
    return word in office_words or (word.rstrip(",;:") != word)


def ambiguous_role(text: str, mention: Mention, mentions: list[Mention],
                   entry: AmbiguousRole, named: Sequence[Holder] = (),
                   ranks: tuple[str, ...] = ()) -> str | None:
    """The one role of `entry` this mention holds, or None when nothing decides it.

    'defence chief Lloyd Austin', 'Austin, the defence chief': the named holder's role;
    'defence chief General Asim Munir', 'chairman Gen. Mark Milley': a rank after it shows
    the uniformed role (`ranks`); 'the Russian defence chief said' in a story that has named Shoigu,
    and no other holder of those roles of that state: his role (`named`, the office holders
    the article has named, with their states and roles); 'the two defence chiefs met' in a
    story naming no holder: unknown.
    """
    holder = _person_after(text, mention, mentions) or _person_before(text, mention, mentions)
    if holder is not None:
        held = [role for role in entry.roles if role in holder.roles]
        if len(held) == 1:
            return held[0]
    rank = _rank_after(ranks)
    if entry.uniformed and rank is not None and rank.match(after(text, mention.end)):
        return entry.uniformed
    earlier = {role for state, roles in named for role in entry.roles
               if role in roles and mention.state in (None, state)}
    return earlier.pop() if len(earlier) == 1 else None


def roles_in_context(text: str, mentions: list[Mention], gazetteer: Gazetteer,
                     named: Sequence[Holder] = ()) -> list[Mention]:
    """The mentions, with each role phrase in context or ambiguous read in its context
    (`state_office`, `ambiguous_role`; `named`: the office holders the article has named):
    a role nothing decides is left without a role."""
    in_context = {phrase: role.role for role in gazetteer.roles for phrase in role.in_context}
    ambiguous = {phrase: entry for entry in gazetteer.ambiguous_roles
                 for phrase in entry.phrases}
    result: list[Mention] = []
    for index, mention in enumerate(mentions):
        if mention.kind is MentionKind.ROLE:
            phrase = _normal(mention.text)
            if phrase in ambiguous:
                role = ambiguous_role(text, mention, _near(mentions, index),
                                      ambiguous[phrase], named, gazetteer.uniformed_ranks)
                mention = replace(mention, roles=(role,) if role else ())
            elif phrase in in_context and not state_office(
                    text, mention, _near(mentions, index), gazetteer.state_office_words):
                mention = replace(mention, roles=())
        result.append(mention)
    return result


def _near(mentions: list[Mention], index: int) -> list[Mention]:
    """The mentions within WINDOW characters of `mentions[index]` (the list is in text
    order), so that a rule reads only a mention's neighbours."""
    mention = mentions[index]
    low = index
    while low > 0 and mention.start - mentions[low - 1].end <= WINDOW:
        low -= 1
    high = index + 1
    while high < len(mentions) and mentions[high].start - mention.end <= WINDOW:
        high += 1
    return mentions[low:high]
