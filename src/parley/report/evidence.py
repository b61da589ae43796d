"""Which sentences support a channel's state, which one heads it, and why we believe it.

An interval's evidence is every telling of every observation behind it; a reader sees the
first few. The headline sentence is the one that names the channel (a catalogue pattern of
`data/channels.json`, or one of the pair's mechanisms on that channel) and states its
condition most directly: an explicit statement before a use before a refusal, a sentence
about this channel alone before one naming several, then the latest. A sentence that names
other channels and not this one ("Calls between theatre commanders resumed" cited for the
policy talks), by pattern or by the offices of the persons it names, never supports it: it is
dropped from the channel's evidence, and from the history the channel's state comes from.

The confidence of a state says why in words: how many independent articles support it and
whether they state it or it is inferred from a use, a refusal or silence.
"""

from __future__ import annotations

import json
import re
import re._constants as re_constants  # type: ignore[import-not-found]
import re._parser as re_parser  # type: ignore[import-not-found]
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from parley.report.mechanisms import mechanisms_for
from parley.resolve import load_gazetteer
from parley.resolve.gazetteer import Person
from parley.timeline.periods import period_start
from parley.timeline.refusals import is_silence
from parley.timeline.states import Interval
from parley.types import EventType, StoredEvent

__all__ = ["about_other_channels", "channels_named", "confidence_reason", "persons_channels",
           "ranked_support"]

_DIRECTNESS: dict[EventType, int] = {
    EventType.STATUS: 3, EventType.SUSPEND: 3, EventType.RESUME: 3,
    EventType.MEET: 2, EventType.CALL: 2, EventType.DECLINE: 1, EventType.REQUEST: 0,
}


@lru_cache(maxsize=1)
def _channel_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(slug, pattern) for every catalogue pattern (case-insensitive regular expressions)."""
    node = resources.files("parley.data") / "channels.json"
    data = json.loads(node.read_text(encoding="utf-8"))
    return tuple((str(c["slug"]), re.compile(str(p), re.IGNORECASE))
                 for c in data["channels"] for p in c["patterns"])


@lru_cache(maxsize=64)
def _names_of(a: str, b: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Each channel's names: its catalogue patterns and those of the pair's mechanisms."""
    names: dict[str, list[re.Pattern[str]]] = {}
    for slug, pattern in _channel_patterns():
        names.setdefault(slug, []).append(pattern)
    for mechanism in mechanisms_for(a, b):
        if mechanism.channel:
            names.setdefault(mechanism.channel, []).extend(mechanism.patterns)
    return {slug: tuple(patterns) for slug, patterns in names.items()}


@lru_cache(maxsize=4096)
def _required_literal(pattern: re.Pattern[str]) -> str | None:
    """The longest run of plain characters every match of the pattern contains ("telephone
    link" of "defen[cs]e telephone link"), lower-cased for a case-insensitive pattern; None
    when there is none (or it is not plain ASCII): the pattern is then always searched.
    Remembered per pattern: every pair shares the catalogue's patterns, and parsing them
    anew for each pair cost an overview of ten pairs a tenth of its time."""
    try:
        parsed = re_parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - every pattern compiled already
        return None
    best, run = "", ""
    for op, value in parsed.data:
        if op is re_constants.LITERAL and isinstance(value, int) and value < 128:
            run += chr(value)
            best = max(best, run, key=len)
        else:
            run = ""
    if len(best) < 3:
        return None
    return best.lower() if pattern.flags & re.IGNORECASE else best


@lru_cache(maxsize=64)
def _gated_names(a: str, b: str) -> dict[str, tuple[tuple[str | None, bool, re.Pattern[str]],
                                                    ...]]:
    """Each channel's names with the literal each needs: most sentences rule a pattern out
    by a substring test, without running it."""
    return {slug: tuple((_required_literal(p), bool(p.flags & re.IGNORECASE), p)
                        for p in patterns)
            for slug, patterns in _names_of(a, b).items()}


def _any_names(sentence: str, lower: str | None,
               names: tuple[tuple[str | None, bool, re.Pattern[str]], ...]) -> bool:
    """One of the gated `names` matches the sentence (`lower`: its lower case, if ASCII)."""
    for literal, folded, pattern in names:
        if literal is not None and lower is not None and literal not in (
                lower if folded else sentence):
            continue
        if pattern.search(sentence):
            return True
    return False


def _in_order(a: str, b: str) -> tuple[str, str]:
    """The pair's two codes in one order, as the remembered answers below are asked for.

    A pair's channel names (`_names_of`: the catalogue's and the pair's mechanisms') are the
    same in either order, but `names_channel` and `channels_named` remember answers by their
    arguments: the overview asks in reading order (USA, CHN), the API in code order (CHN,
    USA), so the first pairs API request after an overview searched 12,000 sentences of the
    100,000-event benchmark store again that the overview had judged (and a store with more
    distinct sentences than `SENTENCES_REMEMBERED` over both orders would evict one order's
    answers with the other's)."""
    return (a, b) if a <= b else (b, a)


#: Sentences remembered by `names_channel` and `channels_named`: a store of 100,000 events
#: has some 40,000 distinct sentences, and a running server judges them again after every
#: ingest (an entry is a few references: the sentence is the events' own string).
SENTENCES_REMEMBERED = 65536


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def names_channel(sentence: str, channel: str, a: str, b: str) -> bool:
    """The sentence names this channel (a catalogue pattern or a mechanism of the pair)."""
    lower = sentence.lower() if sentence.isascii() else None
    return _any_names(sentence, lower, _gated_names(a, b).get(channel, ()))


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def channels_named(sentence: str, a: str, b: str) -> frozenset[str]:
    """The channels a sentence names: by catalogue pattern or by a mechanism of the pair."""
    lower = sentence.lower() if sentence.isascii() else None
    return frozenset(slug for slug, names in _gated_names(a, b).items()
                     if _any_names(sentence, lower, names))


@lru_cache(maxsize=1)
def _people() -> dict[str, Person]:
    return {person.name: person for person in load_gazetteer().people}


@lru_cache(maxsize=8192)
def persons_channels(persons: tuple[str, ...], when: str | None) -> frozenset[str]:
    """The channels the offices of the persons named stand for on `when` ("Antony Blinken"
    in 2023 -> diplomatic; "Lloyd Austin" -> defence-ministers)."""
    day = period_start(when) if when else None
    gazetteer = load_gazetteer()
    found: set[str] = set()
    for name in persons:
        person = _people().get(name)
        if person is None:
            continue
        for role in person.roles_on(day):
            channel = gazetteer.role_channel(role)
            if channel:
                found.add(channel)
    return frozenset(found)


def about_other_channels(stored: StoredEvent, a: str, b: str) -> bool:
    """The sentence, by the channels it names and the offices of the persons it names,
    speaks of other channels and not of the event's own ("Blinken raised military
    communication" is no evidence of ship-to-ship contact; "Hegseth met Dong at the
    summit" stays evidence of the ministers' channel)."""
    record = stored.event
    if record.channel is None:
        return False
    if b < a:  # `_in_order`, inline: this runs once per telling of a pair
        a, b = b, a
    # The common case first: the sentence names the event's own channel, or its people's
    # offices do (a few searches instead of every channel's).
    sentence = record.evidence.sentence
    if names_channel(sentence, record.channel, a, b):
        return False
    people = persons_channels(record.persons, record.date)
    if record.channel in people:
        return False
    return bool(people) or bool(channels_named(sentence, a, b))


def ranked_support(evidence: Sequence[StoredEvent], channel: str, a: str, b: str
                   ) -> list[StoredEvent]:
    """The evidence that supports `channel`, headline first (see the module docstring)."""
    a, b = _in_order(a, b)
    kept = [e for e in evidence if e.event.channel != channel
            or not about_other_channels(e, a, b)]

    def rank(stored: StoredEvent) -> tuple[object, ...]:
        record = stored.event
        named = channels_named(record.evidence.sentence, a, b) | persons_channels(
            record.persons, record.date)
        return (channel in named, -len(named - {channel}), _DIRECTNESS.get(record.type, 0),
                record.date_end or record.date or "",
                stored.published.isoformat() if stored.published else "",
                record.article, -record.evidence.start)

    return sorted(kept, key=rank, reverse=True)


def _kind(stored: StoredEvent) -> str:
    kind = stored.event.type
    if kind in (EventType.STATUS, EventType.SUSPEND, EventType.RESUME):
        return "explicit statement"
    if kind in (EventType.MEET, EventType.CALL):
        return "inferred from a meeting or call"
    if kind is EventType.DECLINE and not is_silence(stored.event.evidence.sentence):
        return "inferred from a refusal"
    return "inferred from unanswered requests"


_ORDER = ("explicit statement", "inferred from a meeting or call", "inferred from a refusal",
          "inferred from unanswered requests")


def confidence_reason(interval: Interval, support: Sequence[StoredEvent]) -> str:
    """'2 independent articles; explicit statement' and, for a conflict, the other side."""
    articles = {e.event.article for e in support}
    kinds = {_kind(e) for e in support}
    strongest = min(kinds, key=_ORDER.index) if kinds else "no supporting sentence"
    count = len(articles)
    text = f"{count} independent article{'s' if count != 1 else ''}; {strongest}"
    if interval.conflict:
        others = [side.status.value for side in interval.sides if side.status is not
                  interval.status]
        text += f"; sources of the same period also say {', '.join(others)}"
    return text
