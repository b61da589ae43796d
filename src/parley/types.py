"""The typed records that flow between Parley's pipeline stages; imports nothing of Parley.

Every stage takes and returns these records, so a stage can be swapped or tested alone.
The `Event` record is the contract of `../shared/spec/events.md` (field names and enums).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast


class EventType(enum.StrEnum):
    """The twelve event types of the contract (v2 added ESTABLISH)."""

    MEET = "MEET"
    CALL = "CALL"
    REQUEST = "REQUEST"
    DECLINE = "DECLINE"
    SUSPEND = "SUSPEND"
    RESUME = "RESUME"
    SANCTION = "SANCTION"
    EASE = "EASE"
    DEMAND = "DEMAND"
    ENCOUNTER = "ENCOUNTER"
    STATUS = "STATUS"
    ESTABLISH = "ESTABLISH"


#: Types whose two states are compared in either order when scoring (the contract's rule).
UNORDERED_TYPES: frozenset[EventType] = frozenset(
    {EventType.MEET, EventType.CALL, EventType.RESUME, EventType.STATUS, EventType.ESTABLISH}
)


class ChannelStatus(enum.StrEnum):
    """How a channel stands; `unknown` is never written by the extractor, only by reports."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    DEGRADED = "degraded"
    UNKNOWN = "unknown"


class CountQualifier(enum.StrEnum):
    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    ABOUT = "about"
    NEARLY = "nearly"
    FEWER_THAN = "fewer_than"


class Precision(enum.StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested; `published` is None when no date is known."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    origin: str | None = None  # the file or stream it was read from, for messages


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be read; `reason` is one line meant for the user."""

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class InputWarning:
    """Something a user should know about an input that was still read (e.g. no date)."""

    origin: str
    message: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence an event was read from, with its character offsets in the article text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression found in text and resolved against the publication date.

    `value` is ISO 8601 at `precision` (YYYY, YYYY-MM or YYYY-MM-DD); `end_value` is set for
    open ranges such as "since 2021" (end = publication date). `start`/`end` are character
    offsets in the text the expression was found in.
    """

    text: str
    start: int
    end: int
    value: str | None
    precision: Precision | None
    end_value: str | None = None


@dataclass(frozen=True, slots=True)
class Token:
    """A parsed token, independent of spaCy: offsets are relative to the sentence."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int
    ent_type: str = ""
    #: The lower-case text, computed once: the coder reads it for every token many times.
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())


class _TokenSlots:
    """`Token`'s slots, same names in the same order, without its frozenness: filled with plain
    attribute stores, then given the class `Token` (same layout, so Python allows it)."""

    __slots__ = Token.__slots__
    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int
    ent_type: str
    lower: str


def make_token(i: int, text: str, lemma: str, pos: str, tag: str, dep: str, head: int,
               idx: int) -> Token:
    """The same as `Token(i, text, lemma, pos, tag, dep, head, idx)`, several times faster: a
    parse builds one per word, and a frozen dataclass sets each field with a call."""
    token = _TokenSlots()
    token.i = i
    token.text = text
    token.lemma = lemma
    token.pos = pos
    token.tag = tag
    token.dep = dep
    token.head = head
    token.idx = idx
    token.ent_type = ""
    token.lower = text.lower()
    object.__setattr__(token, "__class__", Token)
    return cast(Token, token)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article with its parse; `start` is its offset in the article text."""

    text: str
    start: int
    end: int
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article split into sentences; only candidate sentences carry tokens."""

    article: Article
    sentences: tuple[Sentence, ...]


class MentionKind(enum.StrEnum):
    STATE = "state"  # a state by name, demonym or capital used as metonym
    INSTITUTION = "institution"  # "the Pentagon", "the PLA"
    PERSON = "person"  # a named office holder
    ROLE = "role"  # "the defence minister", resolved through tenures when possible


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a sentence that refers to a state or a person.

    `state` is the ISO alpha-3 code, or None when the mention could not be resolved (kept,
    never guessed). `roles` lists the office holder's roles valid on the article date.
    `first_token`/`last_token` index the sentence's tokens (inclusive) when it was parsed.
    """

    text: str
    start: int
    end: int
    kind: MentionKind
    state: str | None
    person: str | None = None
    roles: tuple[str, ...] = ()
    first_token: int = -1
    last_token: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    """An event per the contract; `to_contract()` gives the exact JSON object."""

    article: str
    type: EventType
    source: str | None
    target: str | None
    channel: str | None
    evidence: Evidence
    status: ChannelStatus | None = None
    date: str | None = None
    date_end: str | None = None
    negated: bool = False
    hypothetical: bool = False
    count: int | None = None
    count_qualifier: CountQualifier | None = None
    persons: tuple[str, ...] = field(default_factory=tuple)
    #: The named mechanism the text ties the event to, as the text names it (contract v2).
    mechanism: str | None = None

    def identity(self, *, by_mood: bool = True) -> tuple[object, ...]:
        """What two tellings of one event share, dates aside: the one notion of "the same
        event" (the coder merges an article's tellings by it, the timeline several articles').

        The type, the two states (in either order for the unordered types), the channel, the
        status, the flags and the count with its qualifier. Within one article a plan and its
        fact ("he would reconnect the lines" ... "the lines were reconnected") are one event
        told twice, so the coder passes `by_mood=False` and `hypothetical` is left out.
        """
        source, target = self.source or "", self.target or ""
        if self.type in UNORDERED_TYPES and target < source:
            source, target = target, source
        return (self.type, source, target, self.channel or "", self.status or "",
                self.negated, self.hypothetical if by_mood else None,
                -1 if self.count is None else self.count, self.count_qualifier or "")

    def to_contract(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "type": self.type.value,
            "source": self.source,
            "target": self.target,
            "channel": self.channel,
            "status": self.status.value if self.status else None,
            "date": self.date,
            "date_end": self.date_end,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "count": self.count,
            "count_qualifier": self.count_qualifier.value if self.count_qualifier else None,
            "persons": list(self.persons),
            "mechanism": self.mechanism,
            "evidence": {
                "sentence": self.evidence.sentence,
                "start": self.evidence.start,
                "end": self.evidence.end,
            },
        }

    @classmethod
    def from_contract(cls, record: dict[str, Any]) -> Event:
        evidence = record.get("evidence") or {"sentence": "", "start": 0, "end": 0}
        status = record.get("status")
        qualifier = record.get("count_qualifier")
        return cls(
            article=record.get("article", ""),
            type=EventType(record["type"]),
            source=record.get("source"),
            target=record.get("target"),
            channel=record.get("channel"),
            status=ChannelStatus(status) if status else None,
            date=record.get("date"),
            date_end=record.get("date_end"),
            negated=bool(record.get("negated", False)),
            hypothetical=bool(record.get("hypothetical", False)),
            count=record.get("count"),
            count_qualifier=CountQualifier(qualifier) if qualifier else None,
            persons=tuple(record.get("persons") or ()),
            mechanism=record.get("mechanism"),
            evidence=Evidence(
                sentence=evidence.get("sentence", ""),
                start=int(evidence.get("start", 0)),
                end=int(evidence.get("end", 0)),
            ),
        )


@dataclass(frozen=True, slots=True)
class StoredEvidence:
    """An evidence as a query returns it: the sentence and the article it came from."""

    article: str
    sentence: str
    start: int
    end: int
    published: date | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ChannelState:
    """One row of `parley status`: a channel of a pair of states as of a date."""

    channel: str
    status: ChannelStatus
    since: str | None
    evidence: tuple[StoredEvidence, ...] = ()
    event_type: EventType | None = None
    conflict: bool = False  # sources of the same period disagree (see timeline.states)
    confidence: float | None = None
    confidence_reason: str | None = None  # why: articles, explicit statement or inference
    last_evidence: str | None = None  # the date of the latest evidence of the state
    stale: bool = False  # the last state is older than `stale_after_months`: now unknown
    last_status: ChannelStatus | None = None  # for a stale row, the state it was last in


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one ingest run did, for the summary line and the exit code."""

    articles_read: int = 0
    articles_stored: int = 0
    articles_unchanged: int = 0
    events_stored: int = 0
    failures: tuple[InputFailure, ...] = ()
    warnings: tuple[InputWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as the store returns it, with the article facts a report needs."""

    event: Event
    published: date | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class FetchEntry:
    """One URL of the fetch log: what its last fetch gave.

    `status` is "stored" (became `article`), "unchanged" (the stored article had the same
    text), "duplicate" (its text is stored under another URL's article), "not-modified" (a
    304, or a source whose validators still match), "source" (a feed, sitemap or export
    read), "skipped" (older than --since) or "failed" (`error` says why; fetched again
    next run). `etag` and `last_modified` are the validators of its last 200.
    """

    url: str
    status: str
    fetched_at: datetime
    http_status: int | None = None
    canonical_url: str | None = None
    content_hash: str | None = None
    article: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """A source kept in the store for `parley fetch --all` and `parley watch A B --fetch`.

    `pair` (two ISO codes, sorted) ties it to a pair of states: a GDELT file keeps only
    that pair's events, and `watch A B --fetch` reads the pair's sources and those without
    a pair; `cameo` is the GDELT event-code prefixes to keep (empty: all).
    """

    name: str
    source: str
    pair: tuple[str, str] | None = None
    cameo: tuple[str, ...] = ()
    added_at: datetime | None = None
