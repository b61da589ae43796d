"""The actor knowledge Parley resolves mentions with, loaded once from `parley/data/actors/`.

States (names, short forms, demonyms, capitals, institutions), office holders with their roles
and tenures, and the role phrases news uses ("the defence minister") live in versioned JSON
files; this module turns them into lookup tables and compiled patterns.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from parley.errors import UnknownState


@dataclass(frozen=True, slots=True)
class Tenure:
    role: str
    title: str
    start: str | None
    end: str | None

    def covers(self, day: date | None) -> bool:
        """True when the tenure includes `day` (a None day matches any tenure)."""
        if day is None:
            return True
        iso = day.isoformat()
        if self.start and iso < _pad(self.start, low=True):
            return False
        return not (self.end and iso > _pad(self.end, low=False))


def _pad(value: str, *, low: bool) -> str:
    """Widen a partial ISO date to the first or last day it can mean."""
    if len(value) == 4:
        return value + ("-01-01" if low else "-12-31")
    if len(value) == 7:
        return value + ("-01" if low else "-31")
    return value


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    state: str
    aliases: tuple[str, ...]
    surname: str | None
    tenures: tuple[Tenure, ...]

    def roles_on(self, day: date | None) -> tuple[str, ...]:
        return tuple(t.role for t in self.tenures if t.covers(day))


@dataclass(frozen=True, slots=True)
class Role:
    """A role, its channel and its phrases; `in_context` lists the phrases that name it only
    when the words around show a state's office ("the US president", not "union president")."""

    role: str
    channel: str | None
    phrases: tuple[str, ...]
    in_context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AmbiguousRole:
    """Phrases that name one of several `roles` ("defence chief"): the holder named beside
    them decides, or a military rank after them (`uniformed`); else the role is unknown."""

    phrases: tuple[str, ...]
    roles: tuple[str, ...]
    uniformed: str | None


@dataclass(frozen=True, slots=True)
class StateEntry:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    institutions: tuple[str, ...]


@dataclass(slots=True)
class Gazetteer:
    """Lookup tables over states, institutions, people and roles."""

    states: dict[str, StateEntry]
    people: list[Person]
    roles: list[Role]
    surface: dict[str, tuple[str, str]] = field(default_factory=dict)  # text -> (kind, code)
    ambiguous_roles: list[AmbiguousRole] = field(default_factory=list)
    #: Words that may stand before a phrase in context and leave it a state's office.
    state_office_words: frozenset[str] = frozenset()
    #: Military ranks that show an ambiguous role's holder to be in uniform.
    uniformed_ranks: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for entry in self.states.values():
            for text in (entry.name, *entry.aliases):
                self.surface.setdefault(_key(text), ("state", entry.code))
            for text in entry.demonyms:
                self.surface.setdefault(_key(text), ("state", entry.code))
            for text in entry.institutions:
                self.surface.setdefault(_key(text), ("institution", entry.code))

    def state_code(self, name: str) -> str:
        """The ISO alpha-3 code a user's state name means; UnknownState lists close matches."""
        text = name.strip()
        if text.upper() in self.states:
            return text.upper()
        found = self.surface.get(_key(text))
        if found and found[0] == "state":
            return found[1]
        choices = sorted({*self.states, *(e.name for e in self.states.values())})
        close = difflib.get_close_matches(text, choices, n=4, cutoff=0.6)
        close += [
            e.name for e in self.states.values()
            if text.lower() in e.name.lower() and e.name not in close
        ][:4]
        raise UnknownState(name, close[:5])

    def state_name(self, code: str) -> str:
        entry = self.states.get(code)
        return entry.name if entry else code

    def role_channel(self, role: str) -> str | None:
        for entry in self.roles:
            if entry.role == role:
                return entry.channel
        return None


def _key(text: str) -> str:
    """Case-insensitive key, except for short all-capital forms ("US" is not "us")."""
    stripped = text.strip()
    if len(stripped) <= 4 and stripped.replace(".", "").isupper():
        return stripped
    return stripped.lower()


def is_case_sensitive(text: str) -> bool:
    return _key(text) == text.strip() and text.strip() != text.strip().lower()


def _read(name: str) -> Any:
    path = resources.files("parley.data") / "actors" / name
    return json.loads(path.read_text(encoding="utf-8"))


def build_gazetteer(
    states_data: dict[str, Any], people_data: dict[str, Any], roles_data: dict[str, Any]
) -> Gazetteer:
    """A gazetteer from the three data documents (tests pass their own)."""
    states = {
        s["code"]: StateEntry(
            code=s["code"],
            name=s["name"],
            aliases=tuple(s.get("aliases", ())),
            demonyms=tuple(s.get("demonyms", ())),
            institutions=tuple(s.get("institutions", ())),
        )
        for s in states_data["states"]
    }
    roles = [
        Role(r["role"], r.get("channel"),
             tuple(x.lower() for x in (*r.get("phrases", ()), *r.get("phrases_in_context", ()))),
             tuple(x.lower() for x in r.get("phrases_in_context", ())))
        for r in roles_data["roles"]
    ]
    ambiguous = [
        AmbiguousRole(tuple(x.lower() for x in a["phrases"]), tuple(a["roles"]),
                      a.get("uniformed"))
        for a in roles_data.get("ambiguous", ())
    ]
    office_words = frozenset(roles_data.get("state_office_words", {}).get("words", ()))
    role_of_title = {phrase: role.role for role in roles for phrase in role.phrases}
    people = [
        Person(
            name=p["name"],
            state=p["state"],
            aliases=tuple(dict.fromkeys([p["name"], *p.get("aliases", ())])),
            surname=p.get("surname"),
            tenures=tuple(
                Tenure(_tenure_role(r["role"], r.get("title", ""), role_of_title),
                       r.get("title", ""), r.get("start"), r.get("end"))
                for r in p.get("roles", ())
            ),
        )
        for p in people_data["people"]
    ]
    ranks = tuple(roles_data.get("uniformed_ranks", {}).get("words", ()))
    return Gazetteer(states=states, people=people, roles=roles, ambiguous_roles=ambiguous,
                     state_office_words=office_words, uniformed_ranks=ranks)


def _tenure_role(role: str, title: str, role_of_title: dict[str, str]) -> str:
    """A tenure's role; one filed as 'other' takes the role its title names ("National
    Security Adviser (acting)" is a security adviser's), so that its channel is known."""
    if role != "other":
        return role
    plain = re.sub(r"\s*\(.*?\)", "", title).strip().lower()
    return role_of_title.get(plain, role)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return build_gazetteer(
        _read("states.json"), _read("office_holders.json"), _read("roles.json")
    )


def word_pattern(phrases: list[str], *, ignore_case: bool) -> re.Pattern[str] | None:
    """One alternation over phrases, longest first, bounded by non-word characters.

    A space in a phrase matches any run of spaces and hyphens. The alternation is written as
    a trie (phrases sharing a start share its regex), which matches what the flat
    longest-first alternation matches but without trying every phrase at every word.
    """
    if not phrases:
        return None
    return _word_pattern(tuple(sorted(set(phrases))), ignore_case)


@dataclass(frozen=True, slots=True)
class CaselessPattern:
    """A case-insensitive `word_pattern`, and when its phrases allow it the same alternation
    over the phrases lower-cased, matched exactly on the lower-cased text (`caseless`).

    Both find the same spans; the second is about twice as fast, as the regex engine skips
    the branches of an alternation by their first character only when it is matched exactly.
    """

    pattern: re.Pattern[str]
    lowered: re.Pattern[str] | None

    def spans(self, text: str, lower: str | None) -> Iterator[tuple[int, int]]:
        """(start, end) of each match in `text`; `lower` is `caseless(text)`."""
        if lower is None or self.lowered is None:
            return (m.span() for m in self.pattern.finditer(text))
        return (m.span() for m in self.lowered.finditer(lower))


#: Characters a case-insensitive regex matches to an ASCII letter though their lower-case
#: form is not one ("ı" matches "i"), or whose lower-case form is longer ("İ").
_FOLD_ODDITIES = frozenset("\u0130\u0131\u017f\u212a")


def caseless_pattern(phrases: list[str]) -> CaselessPattern | None:
    """`word_pattern(phrases, ignore_case=True)`, with its lower-cased twin (see
    `CaselessPattern`) unless a phrase holds a character whose case folding is odd."""
    pattern = word_pattern(phrases, ignore_case=True)
    if pattern is None:
        return None
    odd = any(not _FOLD_ODDITIES.isdisjoint(phrase) for phrase in phrases)
    lowered = None if odd else word_pattern([p.lower() for p in phrases], ignore_case=False)
    return CaselessPattern(pattern, lowered)


_SEPARATOR = r"[\s\-]+"


@lru_cache(maxsize=16)
def _word_pattern(phrases: tuple[str, ...], ignore_case: bool) -> re.Pattern[str]:
    flags = re.IGNORECASE if ignore_case else 0
    body = trie_alternation(phrases, spaces=_SEPARATOR)
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])", flags)


def trie_alternation(phrases: Iterable[str], *, spaces: str = r"\ ") -> str:
    """A regex matching what the alternation of the escaped phrases, longest first, matches.

    Written as a trie, so that the regex engine tries the phrases sharing a start together;
    `spaces` is what a space in a phrase becomes.
    """
    root = _TrieNode()
    for phrase in phrases:
        node = root
        node.longest = max(node.longest, len(phrase))
        for char in phrase:
            atom = re.escape(char)
            atom = spaces if atom == r"\ " else atom
            node = node.children.setdefault(atom, _TrieNode())
            node.longest = max(node.longest, len(phrase))
        node.final = True
    return root.regex()


@dataclass(slots=True)
class _TrieNode:
    children: dict[str, _TrieNode] = field(default_factory=dict)
    final: bool = False
    longest: int = 0  # the longest phrase through this node

    def regex(self) -> str:
        """Longer phrases first, as in a longest-first alternation: children before the end."""
        ordered = sorted(self.children.items(), key=lambda item: -item[1].longest)
        branches = [atom + child.regex() for atom, child in ordered]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if self.final:
            return "(?:" + body + ")?"
        return body
