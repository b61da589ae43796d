"""Named mechanisms found in text: the reference mechanisms of `data/mechanisms.json` by name,
and any pair's mechanisms by the general name patterns of `data/lexicons/mechanism_grammar.json`.

A mechanism's name ties an event to its channel ("the Australia-China Defence Strategic
Dialogue resumed": `defence-policy-talks`) and fills the contract's `mechanism` field with the
name as the text gives it. `find_mechanisms` is public: the channel coder and the ESTABLISH
rules ("the two navies agreed to open a hotline") both read it.

A reference mechanism's full name and aliases are read in any article; its `patterns` (which
include bare acronyms and words as general as "hotline" or "coordination mechanism") where the
caller names the mechanism's pair, and elsewhere only when the text writes what they match as a
proper name ("the Mutual Defense Board meeting", "AUSMIN"), since the general words name that
mechanism only between those states.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from parley.extract.anchors import AnchorIndex
from parley.resolve import load_gazetteer
from parley.resolve.gazetteer import Gazetteer, trie_alternation
from parley.types import Event

#: What joins the two states of a pair's mechanism name: a hyphen or a dash.
_PAIR_JOINER = r"\s?[-\u2013\u2014/]\s?"
#: Words of a name that may be written with a hyphen, a space or nothing between them.
_NAME_SEPARATOR = r"[\s\-]+"


@dataclass(frozen=True, slots=True)
class MechanismName:
    """A mechanism named in a text: where, as what, on which channel.

    `id` and `pair` are the reference mechanism's when the name is one of
    `data/mechanisms.json`, None when a general pattern found it.
    """

    name: str
    start: int
    end: int
    channel: str | None
    id: str | None = None
    pair: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class _NamePattern:
    pattern: re.Pattern[str]
    channel: str | None
    id: str | None
    pair: tuple[str, str] | None
    #: Read only where the caller names this pair (the reference data's own patterns).
    pair_bound: bool
    #: The reference mechanism's short name ("MMCA"), a name even without a head noun.
    short: str | None = None


def _read(*parts: str) -> Any:
    node = resources.files("parley.data")
    for part in parts:
        node = node / part
    return json.loads(node.read_text(encoding="utf-8"))


def _bounded(body: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])", flags)


def _name_regex(name: str) -> str:
    """A written name as a pattern: its words in order, whatever separates them, the last
    in the singular or plural ('UNIFIL tripartite meetings': 'the UNIFIL tripartite
    meeting')."""
    words = [re.escape(word) for word in re.split(r"[\s\-]+", name.strip())]
    last = words[-1]
    if last[-1:] == "s" and last[-2:-1].isalpha():
        words[-1] = last[:-1] + "s?"
    elif last[-1:].isalpha():
        words[-1] = last + "s?"
    return _NAME_SEPARATOR.join(words)


def _reference_pattern(pattern: str) -> re.Pattern[str]:
    # As `parley channels` reads them: an acronym alone ("DTL", "DGMOs?") keeps its case.
    bare = pattern.replace("\\b", "").replace("s?", "")
    flags = 0 if bare.isalpha() and bare.isupper() else re.IGNORECASE
    return re.compile(pattern, flags)


def _state_words(gazetteer: Gazetteer) -> list[str]:
    """The capitalised names and demonyms of every state, as a pair's name may use them."""
    words = {text for entry in gazetteer.states.values()
             for text in (entry.name, *entry.aliases, *entry.demonyms)
             if text[:1].isupper() and "," not in text}
    return sorted(words)


def is_proper_name(name: str, state_words: frozenset[str]) -> bool:
    """'Border Personnel Meetings', 'Japan-U.S. 2+2', 'Syria deconfliction mechanism' are
    names of one mechanism; 'coordination mechanism' and 'maritime safety talks' are words
    any pair's talks may take, read as that mechanism only between its states."""
    words = re.split(r"[\s\-]+", name.strip())
    return words[0] in state_words or looks_proper(name) or any(
        word[:1].isupper() or word[:1].isdigit() for word in words[1:])


def looks_proper(name: str) -> bool:
    """A name as the text writes it is a proper name when two of its words are capitalised
    ('the Mutual Defense Board meeting', 'the High Level Defense Group') or one is an acronym
    of four letters or more ('AUSMIN', 'GSOMIA'); three-letter acronyms ('SCM', 'DPD') are
    too often something else."""
    words = re.split(r"[\s\-]+", name.strip())
    return sum(1 for w in words if w[:1].isupper()) >= 2 or any(
        re.fullmatch(r"[A-Z]{4,}s?", w) for w in words)


def is_title_case(text: str) -> bool:
    """A headline in title case ('US, China Agree On Coordination Mechanism') capitalises
    every word, so its capitals show no proper name: all its words of four letters or more
    after the first are capitalised."""
    words = re.findall(r"[A-Za-z][\w'’]{3,}", text)[1:]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def reference_patterns(records: Iterable[dict[str, Any]], gazetteer: Gazetteer
                       ) -> list[_NamePattern]:
    """Each reference mechanism's proper name and aliases (any article), and its other
    aliases and patterns (its pair)."""
    states = frozenset(_state_words(gazetteer))
    found: list[_NamePattern] = []
    for record in records:
        pair = (min(record["pair"]), max(record["pair"]))
        for name in (record["name"], *(record.get("aliases") or ())):
            found.append(_NamePattern(
                _bounded(_name_regex(name)), record.get("channel"), record["id"], pair,
                pair_bound=not is_proper_name(name, states)))
        found += [_NamePattern(_reference_pattern(p), record.get("channel"), record["id"], pair,
                               pair_bound=True, short=record.get("short"))
                  for p in record.get("patterns") or ()]
    return found


def grammar_patterns(records: Iterable[dict[str, Any]], gazetteer: Gazetteer
                     ) -> list[_NamePattern]:
    """The general name patterns, `{PAIR}` read as two states joined by a hyphen or dash."""
    state = trie_alternation(_state_words(gazetteer))
    pair = rf"(?-i:(?:{state}){_PAIR_JOINER}(?:{state}))"
    return [_NamePattern(_bounded(record["pattern"].replace("{PAIR}", pair)),
                         record.get("channel"), None, None, pair_bound=False)
            for record in records]


@lru_cache(maxsize=1)
def _head_nouns() -> frozenset[str]:
    return frozenset(_read("lexicons", "mechanism_grammar.json")["head_nouns"])


@lru_cache(maxsize=1)
def _heads_after() -> re.Pattern[str]:
    """The head nouns that run a name on ('MMCA' + ' working group meeting')."""
    heads = trie_alternation(sorted(_head_nouns() | {"working"}))
    return re.compile(rf"(?:[\s\-]+(?:{heads})(?![\w\-]))*", re.IGNORECASE)


def _whole_name(text: str, entry: _NamePattern, start: int, end: int) -> int | None:
    """Where the name a reference pattern's match begins ends, or None when the phrase is
    not a mechanism's name ('theatre command' in 'theatre commanders', 'India's DGMO')."""
    end = re.compile(r"[\w\-]*").match(text, end).end()  # type: ignore[union-attr]
    end = _heads_after().match(text, end).end()  # type: ignore[union-attr]
    words = re.split(r"[\s\-]+", text[start:end].strip())
    if words[-1].lower() in _head_nouns() and (len(words) > 1 or words[-1].isupper()):
        return end
    return end if entry.short and text[start:end] == entry.short else None


@lru_cache(maxsize=1)
def _index() -> AnchorIndex:
    """Which name patterns can match a text, by their literal anchors, so the others are
    not run (most sentences name no mechanism)."""
    return AnchorIndex([entry.pattern for entry in _patterns()])


@lru_cache(maxsize=1)
def _patterns() -> tuple[_NamePattern, ...]:
    gazetteer = load_gazetteer()
    reference = reference_patterns(_read("mechanisms.json")["mechanisms"], gazetteer)
    grammar = grammar_patterns(_read("lexicons", "mechanism_grammar.json")["patterns"],
                               gazetteer)
    return (*reference, *grammar)


def _strip_article(text: str, start: int, end: int) -> tuple[int, int]:
    """'the DGMO hotline' is named 'DGMO hotline': a leading article is not the name."""
    match = re.match(r"(?:the|a|an)\s+", text[start:end], re.IGNORECASE)
    return (start + match.end(), end) if match else (start, end)


def find_mechanisms(text: str, pair: Sequence[str | None] | None = None
                    ) -> list[MechanismName]:
    """The mechanisms `text` names, in text order; overlapping names keep the longest, a
    reference mechanism before a general pattern's name of the same length.

    `pair` (two ISO codes, either order) adds the reference patterns of that pair's
    mechanisms ("MMCA", "the hotline" between China and Japan); without it only full names,
    aliases and the general patterns are read.
    """
    wanted = tuple(sorted(c for c in pair if c)) if pair else ()
    return list(_names_in(text, wanted))


@lru_cache(maxsize=4096)
def _names_in(text: str, wanted: tuple[str, ...]) -> tuple[MechanismName, ...]:
    """`find_mechanisms` for a sorted pair, remembered: a sentence is read for its channels
    and again for each of its events' mechanisms."""
    found: list[MechanismName] = []
    patterns = _patterns()
    headline = is_title_case(text)
    for entry in (patterns[i] for i in _index().candidates(text)):
        for match in entry.pattern.finditer(text):
            start, end = _strip_article(text, match.start(), match.end())
            if entry.pair_bound:
                end = _whole_name(text, entry, start, end) or start
                if entry.pair != wanted and (headline or not looks_proper(text[start:end])):
                    continue  # "the coordination mechanism" of another pair's words
            if end > start:
                found.append(MechanismName(text[start:end], start, end, entry.channel,
                                           entry.id, entry.pair))
    found.sort(key=lambda m: (m.start - m.end, m.id is None, m.start))
    kept: list[MechanismName] = []
    for mechanism in found:
        if all(mechanism.end <= k.start or mechanism.start >= k.end for k in kept):
            kept.append(mechanism)
    return tuple(sorted(kept, key=lambda m: m.start))


def mechanism_of(sentence: str, channel: str | None, pair: Sequence[str | None]
                 ) -> str | None:
    """The mechanism an event on `channel` between `pair` is tied to by its sentence: the
    first one named there on that channel ("the MMCA working group met": the MMCA's name;
    "Seoul suspended the Comprehensive Military Agreement": a channel-less SUSPEND of a
    mechanism with no slug of its own); None when the sentence names none."""
    return next((m.name for m in find_mechanisms(sentence, pair) if m.channel == channel),
                None)


def with_mechanisms(events: Iterable[Event]) -> list[Event]:
    """The events, each with the mechanism its sentence names on its channel (the
    contract's `mechanism`); an event that already has one keeps it."""
    return [event if event.mechanism else replace(event, mechanism=mechanism_of(
        event.evidence.sentence, event.channel, (event.source, event.target)))
        for event in events]
