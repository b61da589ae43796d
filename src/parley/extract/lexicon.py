"""The coder's knowledge, loaded from `parley/data/`: trigger lemmas, channel names, statuses.

Nothing here is specific to an article: triggers are lemmas and their nominalisations, channel
names are patterns per catalogue slug, and statuses are patterns of "remains frozen" kind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

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


# --------------------------------------------------------------------------- pre-filter
#: Irregular forms of verbs and nouns, by lemma: the forms spaCy's English lemmatizer maps back
#: to a lemma that are not regular inflections of it ("met" -> "meet", "sought" -> "seek").
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "hold": ("held",), "sit": ("sat",), "speak": ("spoke", "spoken"),
    "seek": ("sought",), "freeze": ("froze", "frozen"), "unfreeze": ("unfroze", "unfrozen"),
    "break": ("broke", "broken"), "take": ("took", "taken"),
    "withdraw": ("withdrew", "withdrawn"), "rebuild": ("rebuilt",),
    "bid": ("bade", "bidden"), "ultimatum": ("ultimata",), "light": ("lit",),
    "shine": ("shone",), "fly": ("flew", "flown"), "lay": ("laid",), "say": ("said",),
    "run": ("ran",), "begin": ("began", "begun"), "ring": ("rang", "rung"), "flee": ("fled",),
    "shoot": ("shot",), "fight": ("fought",), "send": ("sent",), "make": ("made",),
    "leave": ("left",), "tell": ("told",), "get": ("got", "gotten"), "go": ("went", "gone"),
    "see": ("saw", "seen"), "come": ("came",), "give": ("gave", "given"), "keep": ("kept",),
    "stand": ("stood",), "bring": ("brought",), "win": ("won",), "lose": ("lost",),
    "draw": ("drew", "drawn"), "throw": ("threw", "thrown"), "rise": ("rose", "risen"),
    "strike": ("struck", "stricken"), "spin": ("spun",), "do": ("did", "done"),
    "pay": ("paid",), "lead": ("led",), "feel": ("felt",), "hear": ("heard",),
    "find": ("found",), "think": ("thought",), "buy": ("bought",), "catch": ("caught",),
    "teach": ("taught",), "drive": ("drove", "driven"), "ride": ("rode", "ridden"),
    "write": ("wrote", "written"), "eat": ("ate", "eaten"), "fall": ("fell", "fallen"),
    "forgo": ("forwent", "forgone"), "undertake": ("undertook", "undertaken"),
    "overtake": ("overtook", "overtaken"), "man": ("men",), "woman": ("women",),
}

#: Words besides the lexicon's talk nouns and verbs that can make a trigger about talks
#: (the coder's request nouns and phone words).
_EXTRA_TALK_WORDS = ("message", "phone", "telephone", "call", "request", "invitation",
                     "overture", "proposal", "offer", "appeal", "attempt", "bid")
#: Themes whose trigger is an event only with a word of the theme in the sentence; triggers of
#: any other theme ("self", "any") pass on their own.
_THEMED = ("talks", "sanctions", "platform")

_VOWELS = "aeiou"
_LEARNED_PLURALS = (("um", "a"), ("us", "i"), ("is", "es"), ("on", "a"), ("ex", "ices"),
                    ("ix", "ices"))
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_COMPOUNDS = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def word_forms(lemma: str) -> frozenset[str]:
    """Every lower-case word spaCy's English lemmatizer can map to `lemma` (a superset).

    The rule lemmatizer strips -s, -es, -ies, -ves, -men, -ed, -ing, -er and -est (putting
    back an "e" or a "y"), and looks up exceptions (doubled consonants, irregular forms); the
    forms below are all of those, for every part of speech, so no token with the lemma is
    missed. Over-generation ("meetest") only lets a sentence through.
    """
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "er", w + "est",
             w + "r", w + "st"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w[:-1] + "ed", w[:-1] + "er", w[:-1] + "est"}
    if w.endswith("y"):
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w[:-1] + "ier", w[:-1] + "iest"}
    if w.endswith("f"):
        forms.add(w[:-1] + "ves")
    if w.endswith("ie"):
        forms.add(w[:-2] + "ying")  # "tying"
    if w.endswith("man"):
        forms.add(w[:-3] + "men")
    for singular, plural in _LEARNED_PLURALS:  # "fora", "crises", "criteria"
        if w.endswith(singular):
            forms.add(w[:-len(singular)] + plural)
    if len(w) >= 2 and w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS:
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing", w + w[-1] + "er", w + w[-1] + "est"}
    forms.update(IRREGULAR_FORMS.get(w, ()))
    return frozenset(forms)


def _sentence_words(text: str) -> set[str]:
    """The lower-case words a spaCy token of `text` can be: alphanumeric runs joined by
    hyphens ("j-16", "cut-off"), and the letter runs within them ("cut", "off")."""
    words = set(_COMPOUNDS.findall(text.lower()))
    for word in [w for w in words if not w.isalpha()]:
        words.update(_LETTER_RUNS.findall(word))
    return words


@dataclass(frozen=True, slots=True)
class _TriggerForms:
    theme: str
    words: tuple[frozenset[str], ...]  # the forms of each word of the trigger, in order


#: Characters that a case-insensitive regex matches to an ASCII letter although their
#: lower-case form is not that letter ("ſ" matches "s"); with one of them in a text, a
#: lower-case substring test is not a safe stand-in for the regex.
#: Characters whose case folding changes length or maps to ASCII: texts holding one are
#: matched without anchors.
_CASE_FOLD_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")


def has_case_fold_oddities(text: str) -> bool:
    """Whether lower-casing the text may defeat a literal anchor test ("İ", "K" Kelvin …)."""
    return any(ch in text for ch in _CASE_FOLD_ODDITIES)


@dataclass(frozen=True, slots=True)
class _GatedPattern:
    """A regex with literal strings it needs: every match contains one of each tuple."""

    pattern: re.Pattern[str]
    anchors: tuple[tuple[str, ...], ...]  # most selective first

    @property
    def ignore_case(self) -> bool:
        return bool(self.pattern.flags & re.IGNORECASE)


class _GatedSearch:
    """Whether any of several regexes matches a text, running only those whose anchors occur.

    The anchors are read off each regex (`required_literals`): a regex cannot match a text
    that lacks all strings of one of its anchor sets, so skipping it then changes no answer.
    Regexes are indexed by the strings of their most selective set, so a text is scanned for
    each string once.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        gated = [_GatedPattern(p, _ascii_anchors(p)) for p in patterns]
        self.ungated = tuple(g.pattern for g in gated if not g.anchors)
        index: dict[tuple[str, bool], list[_GatedPattern]] = {}
        for g in gated:
            if g.anchors:
                for anchor in g.anchors[0]:
                    index.setdefault((anchor, g.ignore_case), []).append(g)
        self.index = {key: tuple(value) for key, value in index.items()}

    def search(self, text: str) -> bool:
        if any(pattern.search(text) for pattern in self.ungated):
            return True
        lower = text.lower()
        odd = any(ch in text for ch in _CASE_FOLD_ODDITIES)
        tried: set[int] = set()
        for (anchor, fold), candidates in self.index.items():
            if fold:
                if not (odd or anchor in lower):
                    continue
            elif anchor not in text:
                continue
            for gated in candidates:
                if id(gated) in tried:
                    continue
                tried.add(id(gated))
                haystack = lower if fold else text
                if (odd and fold) or all(any(a in haystack for a in anchors)
                                         for anchors in gated.anchors[1:]):
                    if gated.pattern.search(text):
                        return True
        return False


class AnchorIndex:
    """Which of several regexes may match a text, read off the literals each one needs.

    A regex cannot match a text lacking every string of its most selective anchor set
    (`_ascii_anchors`), so running only the others changes no match. Each anchor is looked
    for once per text, however many regexes need it.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.size = len(patterns)
        always: list[int] = []
        index: dict[tuple[str, bool], list[int]] = {}
        for i, pattern in enumerate(patterns):
            anchors = _ascii_anchors(pattern)
            if not anchors:
                always.append(i)
                continue
            fold = bool(pattern.flags & re.IGNORECASE)
            for anchor in anchors[0]:
                index.setdefault((anchor, fold), []).append(i)
        self.always = tuple(always)
        self.folded = tuple((a, tuple(ix)) for (a, fold), ix in index.items() if fold)
        self.exact = tuple((a, tuple(ix)) for (a, fold), ix in index.items() if not fold)

    def candidates(self, text: str) -> list[int]:
        """Positions of the regexes that may match `text`, in their original order."""
        if has_case_fold_oddities(text):
            return list(range(self.size))
        lower = text.lower()
        found = set(self.always)
        for anchor, indices in self.folded:
            if anchor in lower:
                found.update(indices)
        for anchor, indices in self.exact:
            if anchor in text:
                found.update(indices)
        return sorted(found)


def _ascii_anchors(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The pattern's required literals a plain substring test can look for, most selective
    (longest shortest string) first."""
    fold = bool(pattern.flags & re.IGNORECASE)
    found = [tuple(sorted({a.lower() if fold else a for a in anchors}))
             for anchors in required_literals(pattern.pattern)
             if all(a.isascii() for a in anchors)]
    found.sort(key=lambda c: (-min(len(s) for s in c), len(c)))
    return tuple(found)


class _Unsupported(Exception):
    pass


def required_literals(pattern: str) -> list[frozenset[str]]:
    """Sets of literal strings such that every match of the regex `pattern` contains one
    string of each set.

    Reads literal characters, groups, alternations, character classes, escapes and
    quantifiers; a construct it does not know (flags, backreferences, …) gives no set at all
    (nothing is known to be required). Lookarounds, classes and optional parts contribute
    nothing.
    """
    reader = _LiteralReader(pattern)
    try:
        found = reader.alternation()
    except _Unsupported:
        return []
    return found if reader.pos == len(pattern) else []


class _LiteralReader:
    """A recursive-descent reader of the subset of regex syntax `required_literals` knows."""

    _QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
    _CLASS_ESCAPES = frozenset("sSwWdDbBAZ")

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def alternation(self) -> list[frozenset[str]]:
        """Required sets of an alternation: all of a single branch's, else one set, the union
        of the most selective set of each branch."""
        branches = [self.sequence()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        union: set[str] = set()
        for branch in branches:
            if not branch:
                return []
            union |= max(branch, key=lambda c: (min(len(s) for s in c), -len(c)))
        return [frozenset(union)]

    def sequence(self) -> list[frozenset[str]]:
        candidates: list[frozenset[str]] = []
        run: list[str] = []

        def flush() -> None:
            if run:
                candidates.append(frozenset({"".join(run)}))
                run.clear()

        while self._peek() not in ("", "|", ")"):
            kind, value = self._atom()
            least = self._quantifier()
            if kind == "char" and isinstance(value, str):
                if least == 0:
                    flush()
                    continue
                run.append(value)
                if least not in (None, 1):  # "c+", "c{2,}": what follows may not adjoin c
                    flush()
                continue
            flush()
            if kind == "group" and least != 0 and isinstance(value, list):
                candidates.extend(value)
        flush()
        return candidates

    def _atom(self) -> tuple[str, list[frozenset[str]] | str | None]:
        char = self._peek()
        self.pos += 1
        if char == "(":
            lookaround = False
            if self._peek() == "?":
                head = self.text[self.pos:self.pos + 4]
                if head.startswith("?:"):
                    self.pos += 2
                elif head.startswith(("?=", "?!")):
                    self.pos += 2
                    lookaround = True
                elif head.startswith(("?<=", "?<!")):
                    self.pos += 3
                    lookaround = True
                elif head.startswith("?P<"):
                    close = self.text.find(">", self.pos)
                    if close < 0:
                        raise _Unsupported
                    self.pos = close + 1
                else:
                    raise _Unsupported  # flags, backreferences, comments, conditionals
            inner = self.alternation()
            if self._peek() != ")":
                raise _Unsupported
            self.pos += 1
            return ("other", None) if lookaround else ("group", inner)
        if char == "[":
            if self._peek() == "^":
                self.pos += 1
            if self._peek() == "]":
                self.pos += 1
            while self._peek() not in ("]", ""):
                self.pos += 2 if self._peek() == "\\" else 1
            if self._peek() != "]":
                raise _Unsupported
            self.pos += 1
            return ("other", None)
        if char == "\\":
            escaped = self._peek()
            self.pos += 1
            if escaped in self._CLASS_ESCAPES:
                return ("other", None)
            if not escaped or escaped.isalnum():
                raise _Unsupported  # backreferences, \n, \x41, \u00e9 …
            return ("char", escaped)
        if char in ".^$":
            return ("other", None)
        if char in "*+?{)|" or not char:
            raise _Unsupported
        if not char.isascii():
            return ("other", None)
        return ("char", char)

    def _quantifier(self) -> int | None:
        """The least number of repetitions of the atom just read (None: exactly once)."""
        char = self._peek()
        least: int | None
        if char in ("?", "*"):
            least = 0
        elif char == "+":
            least = 2
        elif char == "{":
            match = self._QUANTIFIER.match(self.text, self.pos)
            if match is None:
                return None
            self.pos = match.end() - 1
            low = int(match.group(1) or 0)
            exact = match.group(2) is None and match.group(1)
            least = 1 if exact and low == 1 else (0 if low == 0 else 2)
        else:
            return None
        self.pos += 1
        if self._peek() in ("?", "+"):
            self.pos += 1  # lazy or possessive
        return least


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Which sentences can hold an event, read from their words alone, before any parse.

    The coder fires a trigger on a token whose lemma or lower-case form is the trigger's first
    lemma, so a sentence can hold an event only if one of its words is a form of one (the
    lemma or a word the lemmatizer maps to it: `word_forms`); a multi-word trigger needs a form
    of each of its words. A trigger whose type needs a theme passes only when the sentence also
    has one of the theme's words: for talks a channel, talk or request word; for sanctions a
    sanction word; for ships and aircraft a platform word (the coder checks these on the
    trigger's arguments, which are words of the sentence). A sentence naming a specific channel
    or stating how channels stand (a status pattern) always passes: it may be a status event,
    and later sentences may refer to its channels.
    """

    by_first_form: dict[str, tuple[_TriggerForms, ...]]
    theme_words: dict[str, frozenset[str]]
    talk_starts: tuple[str, ...]
    channels: _GatedSearch
    named_channels: _GatedSearch
    statuses: _GatedSearch
    #: Events the coder finds without a lexicon trigger: each cue is the word sets (forms)
    #: a sentence needs one word of each of (`with_cues`).
    cues: tuple[tuple[frozenset[str], ...], ...] = ()

    def with_cues(self, *cues: Iterable[Iterable[str]]) -> Prefilter:
        """This pre-filter also passing sentences with a form of a word of each given group,
        for the events a coder reads off words outside the lexicon."""
        extra = tuple(tuple(_forms_of(group) for group in cue) for cue in cues)
        return replace(self, cues=self.cues + extra)

    def search(self, text: str) -> bool:
        """True when `text` may hold an event and must be parsed."""
        words = _sentence_words(text)
        for cue in self.cues:
            if all(not words.isdisjoint(forms) for forms in cue):
                return True
        themes: set[str] = set()
        for word in words:
            for trigger in self.by_first_form.get(word, ()):
                if trigger.theme not in themes and all(
                        not words.isdisjoint(forms) for forms in trigger.words[1:]):
                    themes.add(trigger.theme)
        for theme in themes:
            if theme not in self.theme_words or self._has_theme(theme, words, text):
                return True
        return self.named_channels.search(text) or self.statuses.search(text)

    def _has_theme(self, theme: str, words: set[str], text: str) -> bool:
        if not words.isdisjoint(self.theme_words[theme]):
            return True
        if theme != "talks":
            return False
        return any(word.startswith(self.talk_starts) for word in words) or \
            self.channels.search(text)


def _forms_of(words: Iterable[str]) -> frozenset[str]:
    """Forms of one-word theme words (a phrase never is a single token's lemma)."""
    return frozenset(f for w in words if " " not in w.strip() for f in word_forms(w.strip()))


def build_prefilter(lexicon: Lexicon) -> Prefilter:
    """The pre-filter of a lexicon's triggers, theme words and channel names."""
    triggers = tuple(dict.fromkeys(
        _TriggerForms(entry.theme, tuple(word_forms(lemma) for lemma in entry.lemmas))
        for entries in lexicon.triggers.values() for entry in entries))
    by_first_form: dict[str, list[_TriggerForms]] = {}
    for trigger in triggers:
        for form in trigger.words[0]:
            by_first_form.setdefault(form, []).append(trigger)
    # Irregular forms listed in the lexicon are forms of the lemma they inflect (known from
    # IRREGULAR_FORMS); the other entries there (channel words such as "hotline", word starts
    # such as "communicat") count as talk words.
    irregular = {form for forms in IRREGULAR_FORMS.values() for form in forms}
    talk_starts = tuple(sorted(w for w in lexicon.irregular_forms if w not in irregular))
    theme_words = {
        "talks": _forms_of([*lexicon.talk_nouns, *lexicon.talk_verbs, *_EXTRA_TALK_WORDS]),
        "sanctions": _forms_of([*lexicon.sanction_words, "sanction", "blacklist"]),
        "platform": _forms_of(lexicon.platform_words),
    }
    return Prefilter(
        by_first_form={k: tuple(v) for k, v in by_first_form.items()},
        theme_words={k: v for k, v in theme_words.items() if k in _THEMED},
        talk_starts=talk_starts,
        channels=_GatedSearch(p.pattern for p in lexicon.channel_patterns),
        named_channels=_GatedSearch(p.pattern for p in lexicon.channel_patterns if p.slug),
        statuses=_GatedSearch(pattern for _, pattern in lexicon.status_patterns),
    )
