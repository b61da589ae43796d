"""Finds the states, institutions, people and roles a sentence mentions, for one article.

Resolution is conservative: a surname ("Li", "General Li") resolves only to a person the
article already named in full, or to the one office holder of that surname in office on the
article's date; otherwise the mention is kept unresolved, never guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from parley.resolve.caseless import caseless
from parley.resolve.gazetteer import (
    CaselessPattern,
    Gazetteer,
    Person,
    caseless_pattern,
    is_case_sensitive,
    trie_alternation,
    word_pattern,
)
from parley.resolve.names import (
    Neighbours,
    institution_in_another_name,
    is_ambiguous,
    name_words,
    names_a_place,
    names_a_surname,
    part_of_another_name,
    unconfirmed_ambiguous_name,
)
from parley.resolve.relations import contextual_forms, relation_mentions
from parley.resolve.role_phrases import roles_with_state_inside
from parley.resolve.roles import roles_in_context
from parley.types import Mention, MentionKind

#: Military and civil titles that may stand before a surname ("General Li", "Adm. Paparo").
TITLES = (
    "General", "Gen.", "Admiral", "Adm.", "Lt. Gen.", "Lieutenant General", "Major General",
    "Maj. Gen.", "Colonel", "Col.", "Air Chief Marshal", "Marshal", "Vice Admiral",
    "Rear Admiral", "President", "Premier", "Prime Minister", "Minister", "Secretary",
    "Chairman", "Mr.", "Mrs.", "Ms.", "Mr", "Ms", "Dr.", "Director", "Commander", "Senator",
    "Chancellor", "Ambassador",
)




@dataclass(slots=True)
class MentionFinder:
    """Compiled patterns over one gazetteer; `for_article` gives a per-article resolver."""

    gazetteer: Gazetteer
    _actors_ci: CaselessPattern | None = field(init=False, default=None)
    _actors_cs: re.Pattern[str] | None = field(init=False, default=None)
    _people: CaselessPattern | None = field(init=False, default=None)
    _surnames: re.Pattern[str] | None = field(init=False, default=None)
    _roles: CaselessPattern | None = field(init=False, default=None)
    _person_by_alias: dict[str, Person] = field(init=False, default_factory=dict)
    _people_by_surname: dict[str, list[Person]] = field(init=False, default_factory=dict)
    _role_by_phrase: dict[str, str] = field(init=False, default_factory=dict)
    #: Surface keys of demonyms and short capital abbreviations ("Chinese", "US"): words that
    #: qualify what follows them rather than head a name.
    _attributive: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        surface = list(self.gazetteer.surface)
        ci = [s for s in surface if not is_case_sensitive(s)]
        cs = [s for s in surface if is_case_sensitive(s)]
        self._actors_ci = caseless_pattern(ci)
        self._actors_cs = word_pattern(cs, ignore_case=False)
        for person in self.gazetteer.people:
            for alias in person.aliases:
                self._person_by_alias.setdefault(_normal(alias), person)
            if person.surname:
                self._people_by_surname.setdefault(person.surname, []).append(person)
        self._people = caseless_pattern(list(self._person_by_alias))
        titles = trie_alternation(TITLES)
        surnames = trie_alternation(self._people_by_surname)
        if surnames:
            # One word-start test first (a surname after a title and spaces starts a word too).
            self._surnames = re.compile(
                rf"(?<![\w\-])(?:(?:{titles})\s+)?(?:{surnames})(?![\w\-])"
            )
        for role in self.gazetteer.roles:
            for phrase in role.phrases:
                self._role_by_phrase.setdefault(phrase, role.role)
        for ambiguous in self.gazetteer.ambiguous_roles:
            for phrase in ambiguous.phrases:
                self._role_by_phrase.setdefault(phrase, "")  # decided in context
        self._roles = caseless_pattern(list(self._role_by_phrase))
        for entry in self.gazetteer.states.values():
            self._attributive.update(text.lower() for text in entry.demonyms)
            self._attributive.update(text for text in (entry.name, *entry.aliases)
                                     if is_case_sensitive(text))

    def surname_matches(self, text: str) -> list[re.Match[str]]:
        """Surnames of office holders in `text`, with or without a title, leaving out bare
        ones that are words here: "in May", "since March" are months, "He said" a pronoun."""
        if self._surnames is None:
            return []
        return [m for m in self._surnames.finditer(text) if names_a_surname(text, m)]

    def states_possibly_named(self, text: str, published: date | None,
                              enough: int | None = None) -> set[str]:
        """Every state any mention of `text` could resolve to: names, demonyms, capitals and
        institutions, relation words ("inter-Korean"), office holders by full name and every
        holder of a surname in office on `published`, and contextual forms ("the North") once
        what they need is there. A superset of the states `ArticleMentions.find` gives on any
        of its sentences (it resolves fewer, never others), read in one scan of the text.

        `enough`: a gate asks only whether there are that many, so once the scans so far
        found them the rest are skipped (the answer is then a subset of the full one, of at
        least `enough` states); an article naming two states usually names them by name.
        """
        lower = caseless(text)
        states = {code for _, _, _, code in self._actor_spans(text, lower)}
        states.update(m.state for m in relation_mentions(text) if m.state)
        states.discard("")
        if enough is not None and len(states) >= enough:
            return states
        if self._people is not None:
            states.update(self._person_by_alias[_normal(text[start:end])].state
                          for start, end in self._people.spans(text, lower))
        # A surname resolves only to a holder in office on the article's date (one alone, or
        # one whose role fits the people around), or to a person named in full (above).
        if published is not None and self._surnames is not None:
            # As `surname_matches`, but a surname's word tests (a month, a pronoun, a
            # sentence's first word) are made only when its holders would add a state.
            for match in self._surnames.finditer(text):
                holders = {person.state
                           for person in self._people_by_surname[match.group().split()[-1]]
                           if any(t.covers(published) for t in person.tenures)}
                if not holders <= states and names_a_surname(text, match):
                    states |= holders
        forms, pattern = contextual_forms()
        contextual = [forms[m.group()] for m in pattern.finditer(text)] if pattern else []
        while any(state not in states and after <= states for state, after in contextual):
            states.update(state for state, after in contextual if after <= states)
        states.discard("")
        return states

    def for_article(self, published: date | None) -> ArticleMentions:
        return ArticleMentions(self, published)

    def actor_spans(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, state code) of every state or institution name in text."""
        return self._actor_spans(text, caseless(text))

    def _actor_spans(self, text: str, lower: str | None) -> list[tuple[int, int, str, str]]:
        """`actor_spans`, given `caseless(text)`."""
        matches: list[tuple[int, int]] = []
        if self._actors_ci is not None:
            matches.extend(self._actors_ci.spans(text, lower))
        if self._actors_cs is not None:
            matches.extend(m.span() for m in self._actors_cs.finditer(text))
        spans: list[tuple[int, int, str, str]] = []
        surface = self.gazetteer.surface
        for start, end in matches:
            key = text[start:end]
            found = surface.get(key) or surface.get(key.lower()) or surface.get(
                re.sub(r"[\s\-]+", " ", key.lower()))
            if found:
                spans.append((start, end, found[0], found[1]))
        return _non_overlapping(spans)


@dataclass(slots=True)
class ArticleMentions:
    """Resolves mentions sentence by sentence, remembering people the article has named."""

    finder: MentionFinder
    published: date | None
    known_people: dict[str, Person] = field(default_factory=dict)  # surname -> person
    seen_states: set[str] = field(default_factory=set)
    #: Places named with a demonym the article called a province or county ("Lao Cai").
    places: set[str] = field(default_factory=set)

    def find(self, text: str) -> list[Mention]:
        """All mentions of a sentence, in text order, non-overlapping (longest wins)."""
        finder = self.finder
        lower = caseless(text)
        found: list[Mention] = list(relation_mentions(text))
        if finder._people is not None:
            for start, end in finder._people.spans(text, lower):
                person = finder._person_by_alias[_normal(text[start:end])]
                self._remember(person)
                found.append(self._person_mention(text[start:end], start, end, person))
        if finder._surnames is not None:
            matches = finder.surname_matches(text)
            resolved = {m.start(): self._surname(m.group().split()[-1]) for m in matches}
            # A family name several office holders share is read through the roles of the
            # people around it: "Austin and Li" pairs the defence minister Li.
            roles = {r for m in found for r in m.roles} | {
                r for p in resolved.values() if p for r in p.roles_on(self.published)}
            for match in matches:
                holder = resolved[match.start()] or self._surname_by_role(
                    match.group().split()[-1], roles)
                if holder is not None:
                    self._remember(holder)
                    found.append(self._person_mention(match.group(), match.start(),
                                                      match.end(), holder))
                else:
                    found.append(
                        Mention(match.group(), match.start(), match.end(), MentionKind.PERSON,
                                None)
                    )
        named: list[Mention] = []
        for start, end, kind, code in finder._actor_spans(text, lower):
            named.append(
                Mention(text[start:end], start, end,
                        MentionKind.STATE if kind == "state" else MentionKind.INSTITUTION, code)
            )
        found.extend(named)
        if finder._roles is not None:
            for start, end in finder._roles.spans(text, lower):
                phrase = text[start:end]
                role = finder._role_by_phrase.get(_normal(phrase))
                found.append(Mention(phrase, start, end, MentionKind.ROLE, None,
                                     roles=(role,) if role else ()))
            # "the chief of China's Joint Staff Department": the state inside the title.
            found += roles_with_state_inside(text, named, finder._role_by_phrase)
        found = _prefer_longest(_overlapped_roles(found))
        found = self._states_only(text, found, named)
        self.seen_states.update(m.state for m in found if m.state)
        found = _prefer_longest(found + self._contextual_mentions(text))
        holders = [(p.state, p.roles_on(self.published)) for p in self.known_people.values()]
        return roles_in_context(text, _attach_role_states(found, text), finder.gazetteer,
                                holders)

    def _states_only(self, text: str, mentions: list[Mention],
                     named: list[Mention]) -> list[Mention]:
        """The mentions without the state and institution names that are part of another
        name ("Michael Jordan", "Israel Film Center", "the Kremlin Cup") or ambiguous and
        unconfirmed ("Georgia, Texas"); see `names.part_of_another_name`,
        `names.institution_in_another_name` and `names.unconfirmed_ambiguous_name`."""
        by_name = {id(m) for m in named if m.kind is MentionKind.STATE}
        institutions = {id(m) for m in named if m.kind is MentionKind.INSTITUTION}
        attributive = self.finder._attributive
        around = Neighbours.of(mentions)
        for m in mentions:
            place = names_a_place(text, m, name_words()) if id(m) in by_name and (
                m.text in attributive or m.text.lower() in attributive) else None
            if place:
                self.places.add(place)
        kept = [m for m in mentions if not (
            id(m) in by_name and self._starts_a_place(text, m))]
        kept = [m for m in kept if not (
            id(m) in by_name and part_of_another_name(
                text, m, around,
                attributive=m.text in attributive or m.text.lower() in attributive))
            and not (id(m) in institutions
                     and institution_in_another_name(text, m, around))]
        plain = Neighbours.of(m for m in kept if not is_ambiguous(m))
        return [m for m in kept if not (
            id(m) in by_name
            and unconfirmed_ambiguous_name(text, m, plain, self.seen_states))]

    def _starts_a_place(self, text: str, mention: Mention) -> bool:
        """'held talks in Lao Cai on Thursday' after 'Vietnam's Lao Cai province': the
        demonym starts a place's name the article has called a province or county."""
        return any(text.startswith(place, mention.start) and not
                   text[mention.start + len(place):mention.start + len(place) + 1].isalnum()
                   for place in self.places)

    def _contextual_mentions(self, text: str) -> list[Mention]:
        """'the North' once the article has named both Koreas (data: contextual.json)."""
        forms, pattern = contextual_forms()
        if pattern is None:
            return []
        found: list[Mention] = []
        for match in pattern.finditer(text):
            state, after = forms[match.group()]
            if after <= self.seen_states:
                found.append(Mention(match.group(), match.start(), match.end(),
                                     MentionKind.STATE, state))
        return found

    def _remember(self, person: Person) -> None:
        if person.surname:
            self.known_people[person.surname] = person

    def _surname(self, surname: str) -> Person | None:
        if surname in self.known_people:
            return self.known_people[surname]
        in_office = [
            p for p in self.finder._people_by_surname.get(surname, [])
            if self.published is not None and any(t.covers(self.published) for t in p.tenures)
        ]
        # Only an unambiguous office holder with a distinctive surname is taken; a common
        # family name shared by several people stays unresolved.
        if len(in_office) == 1 and len(self.finder._people_by_surname[surname]) == 1:
            return in_office[0]
        return None

    def _surname_by_role(self, surname: str, roles: set[str]) -> Person | None:
        """The one office holder of that name, in office on the date, whose role is among the
        roles of the people around (None when none or several fit)."""
        if self.published is None or not roles:
            return None
        fitting = [
            p for p in self.finder._people_by_surname.get(surname, [])
            if set(p.roles_on(self.published)) & (roles - {"other", "spokesperson"})
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _person_mention(self, phrase: str, start: int, end: int, person: Person) -> Mention:
        return Mention(
            phrase, start, end, MentionKind.PERSON, person.state,
            person=person.name, roles=person.roles_on(self.published),
        )


def _normal(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.lower()).strip()


def _non_overlapping(
    spans: Iterable[tuple[int, int, str, str]],
) -> list[tuple[int, int, str, str]]:
    kept: list[tuple[int, int, str, str]] = []
    free = _DisjointSpans()
    for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if free.take(span[0], span[1]):
            kept.append(span)
    return sorted(kept)


class _DisjointSpans:
    """Non-overlapping spans in text order: a new span is tested against its one possible
    neighbour by bisection, so keeping the longest of many mentions takes n log n steps."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def take(self, start: int, end: int) -> bool:
        """Keep [start, end) and say True, unless it overlaps a kept span."""
        index = bisect.bisect_left(self.starts, end)
        if index > 0 and self.ends[index - 1] > start:
            return False
        self.starts.insert(index, start)
        self.ends.insert(index, end)
        return True


def _overlapped_roles(mentions: list[Mention]) -> list[Mention]:
    """"US military chiefs": the role wins the overlap with "US military" but keeps its
    state."""
    named = [m for m in mentions if m.state and m.kind in (MentionKind.STATE,
                                                           MentionKind.INSTITUTION)]
    result: list[Mention] = []
    absorbed: list[Mention] = []
    for mention in mentions:
        if mention.kind is MentionKind.ROLE and mention.state is None:
            # "chairman of the US Joint Chiefs", "chief of China's Joint Staff Department":
            # a state named inside the role phrase is also its state.
            owner = next((n for n in named if n.start < mention.start < n.end < mention.end
                          or mention.start <= n.start < n.end <= mention.end), None)
            if owner is not None:
                # "Pakistani army chiefs": the role, with the state of the overlapping name.
                mention = Mention(mention.text, mention.start, mention.end, mention.kind,
                                  owner.state, roles=mention.roles)
                absorbed.append(owner)
        result.append(mention)
    return [m for m in result if not any(m is a for a in absorbed)]


def _prefer_longest(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions inside a longer one; people beat roles and states of equal length."""
    rank = {MentionKind.PERSON: 0, MentionKind.INSTITUTION: 1, MentionKind.STATE: 2,
            MentionKind.ROLE: 3}
    kept: list[Mention] = []
    free = _DisjointSpans()
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, rank[m.kind], m.start)):
        if free.take(mention.start, mention.end):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _attach_role_states(mentions: list[Mention], text: str) -> list[Mention]:
    """Give a role mention the state just before it ("China's defence minister")."""
    result: list[Mention] = []
    for index, mention in enumerate(mentions):
        if mention.kind is MentionKind.ROLE and index > 0:
            previous = mentions[index - 1]
            gap = text[previous.end : mention.start]
            if previous.state and previous.kind in (MentionKind.STATE, MentionKind.INSTITUTION) \
                    and re.fullmatch(r"(?:['’]s)?\s*(?:then[- ]|former |new |acting )?", gap):
                mention = Mention(mention.text, mention.start, mention.end, mention.kind,
                                  previous.state, roles=mention.roles)
        result.append(mention)
    return result
