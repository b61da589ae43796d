"""The records passed between the coder's stages: a sentence's context, a trigger, a channel
span and the state carried from sentence to sentence of one article.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from parley.extract.lexicon import TriggerEntry
from parley.extract.syntax import (
    Tree,
)
from parley.nlp.parse import DATELINE
from parley.types import (
    ChannelStatus,
    DateMention,
    Event,
    EventType,
    Mention,
    Sentence,
)


@dataclass(frozen=True, slots=True)
class ChannelSpan:
    slug: str | None
    start: int
    end: int
    #: The mechanism's name as the text gives it, when the span names one
    #: (`mechanism_names.find_mechanisms`).
    mechanism: str | None = None


@dataclass(slots=True)
class SentenceMemo:
    """What depends on a sentence alone, found once and read by both of the article coder's
    passes: its triggers, their arguments and theme verdicts, its status matches."""

    triggers: list[Trigger] | None = None
    arguments: dict[int, frozenset[int]] = field(default_factory=dict)
    fits: dict[tuple[Trigger, bool, bool], bool] = field(default_factory=dict)
    status_matches: list[tuple[ChannelStatus, re.Match[str]]] | None = None


@dataclass(frozen=True, slots=True)
class SentenceView:
    """What the coder knows about one sentence: its text, parse, mentions, channels and
    dates, read by every rule and changed by none (`memo` only remembers what was found)."""

    sentence: Sentence
    tree: Tree
    mentions: list[Mention]
    channels: list[ChannelSpan]
    dates: list[DateMention]
    opening: bool = False
    token_mention: dict[int, Mention] = field(default_factory=dict)
    mention_root: dict[int, int] = field(default_factory=dict)
    token_channel: dict[int, ChannelSpan] = field(default_factory=dict)
    memo: SentenceMemo = field(default_factory=SentenceMemo)

    def __post_init__(self) -> None:
        dateline = DATELINE.match(self.sentence.text) if self.opening else None
        for mention in self.mentions:
            if dateline and mention.end <= dateline.end():
                continue  # "SIEM REAP, Cambodia —": where the story was filed, not a party
            indices = self.token_range(mention.start, mention.end)
            inside = set(indices)
            root = next((i for i in indices if self.tree.tokens[i].head not in inside),
                        indices[0] if indices else -1)
            for index in indices:
                self.token_mention[index] = mention
                self.mention_root[index] = root
        for span in self.channels:
            for index in self.token_range(span.start, span.end):
                # Specific channels win over generic words on the same token.
                if index not in self.token_channel or span.slug:
                    self.token_channel[index] = span

    def token_range(self, start: int, end: int) -> list[int]:
        return self.tree.token_range(start, end)

    def char_of(self, index: int) -> int:
        return self.tree.tokens[index].idx


@dataclass(frozen=True, slots=True)
class Trigger:
    entry: TriggerEntry
    index: int  # the token the trigger's head word is
    last: int  # last token of a multi-word trigger


@dataclass(frozen=True, slots=True)
class Telling:
    """How one trigger of a sentence was dated: its type, whether a main clause tells it, and
    the date mention bound to it (None: undated). The story's dates move on from these."""

    type: EventType
    main_clause: bool
    date: DateMention | None


@dataclass(frozen=True, slots=True)
class Told:
    """The events a trigger or a sentence tells, with how each of its triggers was dated."""

    events: list[Event]
    tellings: list[Telling]


@dataclass(frozen=True, slots=True)
class Participation:
    """Who takes part in one trigger's event: the state that acts and the first other one."""

    agent: str | None
    other: str | None


@dataclass(frozen=True, slots=True)
class Sides:
    """The two sides of an event, and who takes part in it (None: not counted)."""

    source: str | None
    target: str | None
    taking_part: Participation | None


@dataclass(frozen=True, slots=True)
class StatusReading:
    """A sentence's STATUS events and the character spans of the statements telling them."""

    events: list[Event]
    spans: list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger with its arguments, as the theme checks read it."""

    trigger: Trigger
    #: The tokens the trigger is about (its objects, complements, modified noun).
    arguments: set[int]
    #: The lemmas and lower-case forms of those tokens.
    words: frozenset[str]

    @property
    def index(self) -> int:
        return self.trigger.index

    @property
    def type(self) -> EventType:
        return self.trigger.entry.type


@dataclass(slots=True)
class ArticleState:
    """Context carried from sentence to sentence within one article."""

    article_id: str
    published: date | None
    pair: tuple[str, str] | None
    previous_parties: tuple[str | None, str | None] = (None, None)
    previous_date: DateMention | None = None
    #: The last date the article stated outright, for "three weeks later", "the same day".
    last_date: str | None = None
    #: The day or month the story's narrative stands at: the last one a main clause told,
    #: which an undated past-tense sentence goes on with.
    narrative_date: DateMention | None = None
    #: The latest event of each type told in a main clause, for "the talks", "the call".
    main_events: dict[EventType, Event] = field(default_factory=dict)
    participants: Counter[str] = field(default_factory=Counter)
    agents: Counter[str] = field(default_factory=Counter)
    dateline_state: str | None = None
    previous_contact: Event | None = None
    latest: dict[EventType, Event] = field(default_factory=dict)
    #: Every event told so far, by type, in order ("the P-8 incident": the one told first).
    told: defaultdict[EventType, list[Event]] = field(
        default_factory=lambda: defaultdict(list))
    #: Specific channels named in the last sentences, oldest first (for "the line", "it").
    recent_channels: list[str] = field(default_factory=list)
    #: The channels the last sentences named in words, with those words in lower case,
    #: oldest first ("the line" after "a direct line between the foreign ministries").
    named_channels: list[tuple[str, str]] = field(default_factory=list)
    previous_channels: list[str] = field(default_factory=list)
    #: The previous sentence's suspensions and restorations of channels it did not name.
    unnamed_events: list[Event] = field(default_factory=list)
    #: The state the sentences just before are about (their first actor), for "It recalled …".
    topic: str | None = None
    #: Every specific channel the article has named so far, in order ("all the mechanisms").
    article_channels: list[str] = field(default_factory=list)
    #: The records of contacts told by a word that leaves the medium open ("the
    #: discussions"), by `retellings.telling_key`, for `retellings.merge_retold_contacts`.
    open_tellings: set[tuple[object, ...]] = field(default_factory=set)
    #: The story is about a sporting contest (`themes_sport.story_about_a_contest`): its
    #: "sides" that meet are teams.
    sporting: bool = False
    #: Starts of the sentences whose sentence before asks for talks
    #: (`unanswered_asks.asked_just_before`): a bare "has not responded" there answers it.
    asked_before: frozenset[int] = frozenset()

    def count(self, taking_part: Participation | None) -> None:
        """Add one event's participants to the article's counts (read by `main_actor` and,
        after the first pass, by the choice of the article's pair)."""
        if taking_part is None:
            return
        if taking_part.agent:
            self.participants[taking_part.agent] += 1
            self.agents[taking_part.agent] += 1
        if taking_part.other:
            self.participants[taking_part.other] += 1

    def main_actor(self) -> str | None:
        """The state that acts most often in the article's events, if it is one of the pair."""
        for state, _ in self.agents.most_common():
            if self.pair and state in self.pair:
                return state
        return None
