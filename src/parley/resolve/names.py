"""When a state's name in a sentence is part of another name, and so not the state.

News names people, firms, teams, streets and places after states ("Michael Jordan", "Israel
Film Center", "Washington Wizards", "New Mexico", "the Gulf of Mexico", "twins Santiago and
Matteo"). Each rule below reads one construction around a state mention, on the sentence text
and the other mentions found in it; its words live in `data/actors/names.json`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from parley.types import Mention, MentionKind


@dataclass(frozen=True, slots=True)
class NameWords:
    """The word lists of names.json, lower-cased."""

    organ_heads: frozenset[str]
    organisation_heads: frozenset[str]
    state_modifiers: frozenset[str]
    plain_capitalised: frozenset[str]
    ambiguous_names: frozenset[str]
    period_nouns: frozenset[str]
    sentence_start_words: frozenset[str]
    word_surnames: frozenset[str]
    firm_nouns: frozenset[str]
    language_cues: frozenset[str]
    place_nouns: frozenset[str]


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    """The packaged name words, read once."""
    data = json.loads((resources.files("parley.data") / "actors" / "names.json")
                      .read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key]["words"])

    return NameWords(
        organ_heads=words("organ_heads"),
        organisation_heads=words("organisation_heads"),
        state_modifiers=words("state_modifiers"),
        plain_capitalised=words("plain_capitalised"),
        ambiguous_names=words("ambiguous_names"),
        period_nouns=words("period_nouns"),
        sentence_start_words=words("sentence_start_words"),
        word_surnames=words("word_surnames"),
        firm_nouns=words("firm_nouns"),
        language_cues=words("language_cues"),
        place_nouns=words("place_nouns"),
    )


#: What may end the text before a word that starts a sentence, a line or a list item.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’(\[•*\n]|\s[-–—])\s*$")
_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z][\w'’\-]*\.?")
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
#: The capitalised word just before a mention ("Michael| Jordan"), and one before "of".
_WORD_BEFORE = re.compile(r"(?<![\w.'’\-])(" + _TITLE_CASE_WORD.pattern + r") $")
_WORD_AND_OF_BEFORE = re.compile(
    r"(?<![\w.'’\-])(" + _TITLE_CASE_WORD.pattern + r") of (?:the )?$")
_SMALL_WORDS = frozenset(
    "a an the of in on at to for and or but with by from as vs is are was were its".split())


#: How far around a mention the rules look: they read neighbouring words, never the whole
#: text, so that a long sentence costs time in proportion to its length.
WINDOW = 120


def before(text: str, position: int) -> tuple[str, int]:
    """The text just before `position` (at most WINDOW characters) and where it starts."""
    start = max(0, position - WINDOW)
    return text[start:position], start


def after(text: str, position: int) -> str:
    """The text just after `position`, at most WINDOW characters."""
    return text[position:position + WINDOW]


def at_sentence_start(text: str, position: int) -> bool:
    """True when the word at `position` opens the text, a sentence, a line or a quote."""
    window, start = before(text, position)
    # A cut window does not start the text: a leading letter stops "^" from matching there.
    return _SENTENCE_START.search(window if start == 0 else "x" + window) is not None


def in_headline(text: str, position: int) -> bool:
    """True when the line holding `position` is written in title case or capitals and ends
    without a stop, as headlines are ("China Rebuffs US Call for Talks"): there capitals say
    nothing of names. (A sentence dense with names still ends with a stop.)"""
    line_start = text.rfind("\n", max(0, position - 2 * WINDOW), position) + 1
    line_end = text.find("\n", position, position + 2 * WINDOW)
    if (line_start == 0 and position > 2 * WINDOW) or (
            line_end < 0 and len(text) > position + 2 * WINDOW):
        return False  # a line that long is prose, not a headline
    line = text[line_start: line_end if line_end >= 0 else len(text)].strip()
    if line.endswith((".", "!", '"', "”", "’", "'")):
        return False
    words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.8 * len(words)


def is_lower_case_word(mention: Mention) -> bool:
    """'We ate turkey off fine china': a state's name written in lower case is the common
    word it is spelt like (names are capitalised; abbreviations are matched exactly)."""
    return not any(c.isupper() for c in mention.text)


@dataclass(slots=True)
class Neighbours:
    """A sentence's mentions indexed by where they start and end and by state, so that each
    rule looks its neighbours up instead of scanning every mention."""

    by_start: dict[int, list[Mention]] = field(default_factory=dict)
    by_end: dict[int, list[Mention]] = field(default_factory=dict)
    states: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, mentions: Iterable[Mention]) -> Neighbours:
        index = cls()
        for mention in mentions:
            index.by_start.setdefault(mention.start, []).append(mention)
            index.by_end.setdefault(mention.end, []).append(mention)
            if mention.state:
                index.states[mention.state] += 1
        return index

    def starting_at(self, position: int, besides: Mention) -> list[Mention]:
        return [m for m in self.by_start.get(position, ()) if m is not besides]

    def ending_at(self, position: int, besides: Mention) -> list[Mention]:
        return [m for m in self.by_end.get(position, ()) if m is not besides]


def after_another_name(text: str, mention: Mention, mentions: Neighbours,
                       words: NameWords) -> bool:
    """'Michael Jordan', 'Beth Israel', 'New Mexico', 'South Georgia', 'Zoos Victoria': a
    capitalised word just before the state's name, inside a sentence, makes one longer name.

    Not when that word opens the sentence ('Yesterday China said'), is a mention itself, a
    title, a month or weekday, or a word that qualifies the state ('Communist China').
    """
    window, offset = before(text, mention.start)
    previous = _WORD_BEFORE.search(window)
    if previous is None:
        return False
    word = previous.group(1)
    lowered = word.lower()
    if word.endswith(".") or lowered in _SMALL_WORDS:
        return False  # "… in Kashmir. New Delhi said", "… The Chinese jet"
    if word.endswith(("'s", "’s", "s'", "s’")):
        return False  # "China's Central Military Commission": an owner, not a name part
    if lowered in words.state_modifiers or lowered in words.plain_capitalised or \
            lowered in words.organ_heads:
        return False
    if mentions.ending_at(offset + previous.end(1), mention):
        return False
    return not at_sentence_start(text, offset + previous.start(1))


def named_after_with_of(text: str, mention: Mention, mentions: Neighbours,
                        words: NameWords) -> bool:
    """'the Sea of Japan', 'the Gulf of Mexico', 'the Bank of China': a capitalised place or
    firm named 'of' the state is that place or firm, not the state.

    Not after a role, a title or an organ ('the President of Russia', 'the Embassy of
    China'), nor at a sentence's start ('Most of Ukraine').
    """
    window, offset = before(text, mention.start)
    named = _WORD_AND_OF_BEFORE.search(window)
    if named is None:
        return False
    word = named.group(1)
    if word.lower() in words.organ_heads:
        return False
    if mentions.ending_at(offset + named.end(1), mention):
        return False
    return not at_sentence_start(text, offset + named.start(1))


#: A word naming a platform or unit by letters and digits ("Su-27", "P-8A", "J-11", "PLA").
_DESIGNATOR = re.compile(r"(?:\w*\d\w*(?:-\w+)*|[A-Z]{2,}s?)")


def before_another_name(text: str, mention: Mention, mentions: Neighbours,
                        words: NameWords, *, attributive: bool) -> bool:
    """'Jordan Peterson', 'Chile Football Federation', 'Israel Film Center', 'Washington
    Wizards', 'American Airlines': the state's name starts a longer capitalised name.

    A state's name (a noun) followed by capitalised words is another name unless those words
    name one of the state's organs or offices ('China Coast Guard', 'Pakistan Army', 'Japan
    Foreign Minister'), a platform ('Russia Su-35'), a date or another mention. A demonym or
    an abbreviation (`attributive`) qualifies whatever follows ('British Typhoons'), so it
    is another name only when the capitalised words end in a firm's, a club's or a place's
    head ('American Airlines', 'British Antarctic Survey').
    """
    if len(mention.text) > 4 and mention.text.isupper():
        return False  # "BERNE European clubs said …": a dateline before the sentence
    run = re.match(r" ((?:[A-Z][\w'’.\-]*)(?: [A-Z][\w'’.\-]*)*)", after(text, mention.end))
    if run is None:
        return False
    names = run.group(1).split(" ")
    lowered = [_plain_word(name, words) for name in names]
    if lowered[0] in words.plain_capitalised or _DESIGNATOR.fullmatch(names[0]):
        return False
    if mentions.starting_at(mention.end + 1, mention):
        return False
    if attributive:
        return lowered[-1] in words.organisation_heads
    return not any(word in words.organ_heads for word in lowered)


#: Capitalised words after a mention, then the lower-case word after them.
_RUN_AND_NOUN = re.compile(r" ((?:[A-Z][\w'’\-]*)(?: [A-Z][\w'’\-]*)*) ([a-z]+)\b")


def names_a_place(text: str, mention: Mention, words: NameWords) -> str | None:
    """'Vietnam's neighbouring Lao Cai province', 'the Lao Cai district': a demonym, the
    capitalised words after it and a lower-case noun of an administrative place
    (`place_nouns`) name that place; its name ('Lao Cai'), else None."""
    run = _RUN_AND_NOUN.match(after(text, mention.end))
    if run is None or run.group(2) not in words.place_nouns:
        return None
    if _plain_word(run.group(1).split(" ")[0], words) in words.plain_capitalised:
        return None  # "the Lao Monday district meeting" is no name
    return f"{mention.text} {run.group(1)}"


def describes_a_named_firm(text: str, mention: Mention, words: NameWords) -> bool:
    """'German industrial gas supplier Linde', 'US competitor Praxair': a demonym before a
    firm's description and the firm's own name says where the firm is from; the firm acts.

    Only with the firm's name after the noun: 'punish U.S. arms makers' keeps its state."""
    described = re.match(r"(?: [a-z][a-z\-]*){0,3}? ([a-z][a-z\-]*) [A-Z]",
                         after(text, mention.end))
    return described is not None and described.group(1) in words.firm_nouns


def names_a_language(text: str, mention: Mention, words: NameWords) -> bool:
    """'he said in Russian, smiling', 'Zaria (Russian for "sunrise")': a demonym after a
    language cue, with nothing after it but punctuation or 'for', names a language."""
    if not mention.text[1:].islower():
        return False  # "troops in UK.": an abbreviation names no language
    cue = re.search(r"(\(|\b[a-z]+)\s*$", before(text, mention.start)[0])
    ending = re.match(r"\s*(?:$|[,.;:)\"”’]|for\b)", after(text, mention.end))
    return cue is not None and ending is not None and cue.group(1) in words.language_cues


def _plain_word(name: str, words: NameWords) -> str:
    """A capitalised word lower-cased, without a possessive or a final stop ("Army's")."""
    word = re.sub(r"['’]s$", "", name.lower())
    return word if word in words.organ_heads else word.rstrip(".")


def names_a_period(text: str, mention: Mention, words: NameWords) -> bool:
    """'jets of the Vietnam era', 'Soviet-era tanks': the state's name dates a period."""
    following = re.match(r"[\s\-]+(\w+)", after(text, mention.end))
    return following is not None and following.group(1).lower() in words.period_nouns


def confirmed(text: str, mention: Mention, mentions: Neighbours,
              seen_states: set[str]) -> bool:
    """Whether the text shows that an ambiguous name ('Georgia', 'Jordan', 'Victoria') is the
    state: the article named that state before, another mention in the sentence names it, or
    a role or institution hangs on it ('Jordan's King', 'the King of Jordan')."""
    if mention.state in seen_states:
        return True
    own = sum(1 for m in mentions.by_start.get(mention.start, ()) if m is mention)
    if mention.state and mentions.states[mention.state] > own:
        return True
    hanging = re.match(r"(?:['’]s)?\s+", after(text, mention.end))
    window, offset = before(text, mention.start)
    owner = re.search(r" of (?:the )?$", window)
    hangers = (mentions.starting_at(mention.end + hanging.end(), mention) if hanging else []) \
        + (mentions.ending_at(offset + owner.start(), mention) if owner else [])
    return any(m.kind in (MentionKind.ROLE, MentionKind.INSTITUTION) for m in hangers)


def part_of_another_name(text: str, mention: Mention, mentions: Neighbours, *,
                         attributive: bool, words: NameWords | None = None) -> bool:
    """Whether a STATE mention found by name is part of another name (the rules above)."""
    words = words or name_words()
    if is_lower_case_word(mention) or names_a_period(text, mention, words):
        return True
    if attributive and (describes_a_named_firm(text, mention, words)
                        or names_a_language(text, mention, words)):
        return True
    if in_headline(text, mention.start):
        return False
    return (after_another_name(text, mention, mentions, words)
            or named_after_with_of(text, mention, mentions, words)
            or before_another_name(text, mention, mentions, words, attributive=attributive))


def institution_in_another_name(text: str, mention: Mention, mentions: Neighbours,
                                words: NameWords | None = None) -> bool:
    """'the Cape Canaveral Space Force Station', 'the Kremlin Cup', 'the Pentagon Federal
    Credit Union': an institution's name inside a place's, a prize's or a firm's name (read
    as a demonym is: only a firm's, a club's or a place's head after it makes another name)."""
    words = words or name_words()
    if in_headline(text, mention.start):
        return False
    return (after_another_name(text, mention, mentions, words)
            or before_another_name(text, mention, mentions, words, attributive=True))


def unconfirmed_ambiguous_name(text: str, mention: Mention, plain: Neighbours,
                               seen_states: set[str], words: NameWords | None = None) -> bool:
    """'Georgia, Texas and Florida', 'twins Santiago and Matteo': a name in
    `ambiguous_names` that nothing in the text shows to be the state (`confirmed`); `plain`
    holds the sentence's other mentions, without the ambiguous names."""
    words = words or name_words()
    if mention.text.lower() not in words.ambiguous_names:
        return False
    return not confirmed(text, mention, plain, seen_states)


def is_ambiguous(mention: Mention, words: NameWords | None = None) -> bool:
    """Whether the mention's text is one of the `ambiguous_names`."""
    return mention.text.lower() in (words or name_words()).ambiguous_names


def sentence_start_word(text: str, start: int, surname: str, words: NameWords) -> bool:
    """'He said …', 'No one …', 'To honour …': a family name that is also a closed-class
    word, alone at a sentence's start, is that word."""
    return surname.lower() in words.sentence_start_words and at_sentence_start(text, start)


def names_a_surname(text: str, match: re.Match[str]) -> bool:
    """Whether a surname match (`MentionFinder._surnames`) may name its holder: a bare one
    that is a word here does not ("in May", "since March" are months, "He said" a pronoun)."""
    found = match.group()
    if found.split()[-1] != found:
        return True  # titled: "General Li"
    words = name_words()
    return not (found.lower() in words.word_surnames
                or sentence_start_word(text, match.start(), found, words))
