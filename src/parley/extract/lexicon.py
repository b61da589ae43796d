"""The coder's knowledge, loaded from `parley/data/`: trigger lemmas, channel names, statuses.

Nothing here is specific to an article: triggers are lemmas and their nominalisations, channel
names are patterns per catalogue slug, and statuses are patterns of "remains frozen" kind.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from parley.extract.anchors import AnchorIndex
from parley.extract.prefilter import Prefilter, build_prefilter
from parley.types import ChannelStatus, EventType


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lemma sequence that may signal an event type, with the part of speech it needs."""

    type: EventType
    lemmas: tuple[str, ...]
    form: str  # "verb", "noun", "adjective", "negated_verb", "negated_noun"
    theme: str


@dataclass(frozen=True, slots=True)
class ChannelPattern:
    slug: str | None  # None for generic communication words
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class ChannelInfo:
    slug: str
    label: str
    level: str


@dataclass(slots=True)
class Lexicon:
    triggers: dict[str, list[TriggerEntry]]  # first lemma -> entries
    channel_patterns: list[ChannelPattern]
    channels: dict[str, ChannelInfo]
    status_patterns: list[tuple[ChannelStatus, re.Pattern[str]]]
    talk_nouns: frozenset[str]
    talk_verbs: frozenset[str]
    sanction_words: frozenset[str]
    platform_words: frozenset[str]
    condition_markers: frozenset[str]
    irregular_forms: frozenset[str]
    light_verbs: frozenset[str]
    non_official_nouns: frozenset[str]
    ending_verbs: frozenset[str] = frozenset()
    absence_nouns: frozenset[str] = frozenset()
    recalling_verbs: frozenset[str] = frozenset()
    expelling_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    prefilter: Prefilter = field(init=False)
    #: Which channel and status patterns can match a text, so the others are not run.
    channel_index: AnchorIndex = field(init=False)
    status_index: AnchorIndex = field(init=False)

    def __post_init__(self) -> None:
        self.prefilter = build_prefilter(self)
        self.channel_index = AnchorIndex([p.pattern for p in self.channel_patterns])
        self.status_index = AnchorIndex([p for _, p in self.status_patterns])


def _read(*parts: str) -> Any:
    node = resources.files("parley.data")
    for part in parts:
        node = node / part
    return json.loads(node.read_text(encoding="utf-8"))


def _compile_channel(pattern: str) -> re.Pattern[str]:
    # All-capital acronyms ("DTL", "CUES") are matched case-sensitively: "cues" is a word.
    flags = 0 if re.fullmatch(r"[A-Z]{2,6}", pattern) else re.IGNORECASE
    return re.compile(rf"(?<![\w\-]){pattern}(?![\w\-])", flags)


def build_lexicon(
    triggers: dict[str, Any], channels: dict[str, Any], statuses: dict[str, Any]
) -> Lexicon:
    entries: dict[str, list[TriggerEntry]] = {}
    markers: set[str] = set()
    for type_name, spec in triggers["types"].items():
        event_type = EventType(type_name)
        for form_key, form in (("verbs", "verb"), ("nouns", "noun"),
                               ("adjectives", "adjective"), ("negated_verbs", "negated_verb"),
                               ("negated_nouns", "negated_noun")):
            for phrase in spec.get(form_key, ()):
                lemmas = tuple(phrase.lower().split())
                entries.setdefault(lemmas[0], []).append(
                    TriggerEntry(event_type, lemmas, form, spec["theme"])
                )
        markers.update(spec.get("markers", ()))
    compiled = [(c["slug"], _compile_channel(p))
                for c in channels["channels"] for p in c["patterns"]]
    compiled += [(None, _compile_channel(p)) for p in channels.get("generic", ())]
    patterns = [ChannelPattern(slug, rx) for slug, rx in compiled]
    infos = {
        c["slug"]: ChannelInfo(c["slug"], c["label"], c["level"]) for c in channels["channels"]
    }
    status_patterns = [
        (ChannelStatus(s["status"]), re.compile(s["pattern"], re.IGNORECASE))
        for s in statuses["patterns"]
    ]
    return Lexicon(
        triggers=entries,
        channel_patterns=patterns,
        channels=infos,
        status_patterns=status_patterns,
        talk_nouns=frozenset(triggers["talk_nouns"]),
        talk_verbs=frozenset(triggers["talk_verbs"]),
        sanction_words=frozenset(w.lower() for w in triggers["sanction_words"]),
        platform_words=frozenset(w.lower() for w in triggers["platform_words"]),
        condition_markers=frozenset(markers),
        irregular_forms=frozenset(w.lower() for w in triggers.get("irregular_forms", ())),
        light_verbs=frozenset(triggers.get("light_verbs", ())),
        non_official_nouns=frozenset(triggers.get("non_official_nouns", ())),
        ending_verbs=frozenset(triggers.get("ending_verbs", ())),
        absence_nouns=frozenset(triggers.get("absence_nouns", ())),
        recalling_verbs=frozenset(triggers.get("recalling_verbs", ())),
        expelling_verbs={verb: frozenset(words) for verb, words in
                         triggers.get("expelling_verbs", {}).items()},
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return build_lexicon(
        _read("lexicons", "triggers.json"), _read("channels.json"),
        _read("lexicons", "status.json"),
    )
