"""The coder's registered rules, by kind, in the order they decide.

A rule is a small function registered under a versioned name (`parley.refusal-needs-request.v1`)
with the event types or trigger themes it applies to. The built-in rules register here exactly
as a third party's would (`from parley.extract.registry import registry`); the coder asks the
registry for the rules of a kind and runs them in order:

- trigger finders make triggers the lexicon does not list (an ended silence, a recall);
- event filters drop a dated trigger that tells no event ("they speak twice a day");
- theme checks say whether a trigger is about what its type needs; the first check that
  gives a verdict (True or False, not None) decides, so their order is part of the rule;
- the pre-filter passes a sentence with one of a theme's cue words, and those words are
  the ones the theme checks declare (`cue_words`), not a hand copy.

Order: the built-ins' order is written out in `data/lexicons/rule_order.json`; a rule not
named there runs after them, in the order of registration, unless it names the rule it
must run `before`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module, resources
from typing import TYPE_CHECKING, Generic, TypeVar

from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder, RuleExtractor
    from parley.extract.records import Candidate, SentenceView, Trigger
    from parley.extract.syntax import Tree
    from parley.types import DateMention

Rule = TypeVar("Rule")

#: A theme check: True or False decides whether the trigger tells an event; None passes on.
ThemeCheck = Callable[["ArticleCoder", "SentenceView", "Candidate"], "bool | None"]
#: A trigger finder: triggers of one construction found in a sentence's parse.
TriggerFinder = Callable[["RuleExtractor", "Tree"], "list[Trigger]"]
#: An event filter: True when a dated trigger of the given (final) type tells no event.
EventFilter = Callable[
    ["ArticleCoder", "SentenceView", "Trigger", EventType, "DateMention | None"], bool]


@dataclass(frozen=True, slots=True)
class ThemeRule:
    name: str
    check: ThemeCheck
    #: The event types and trigger themes the check reads (None: all of them).
    types: frozenset[EventType] | None
    themes: frozenset[str] | None
    #: Words a sentence needs one of for the check to pass it, by theme (for the pre-filter).
    cue_words: frozenset[str]

    def applies(self, etype: EventType, theme: str) -> bool:
        return (self.types is None or etype in self.types) and (
            self.themes is None or theme in self.themes)


@dataclass(frozen=True, slots=True)
class FinderRule:
    name: str
    find: TriggerFinder


@dataclass(frozen=True, slots=True)
class FilterRule:
    name: str
    drops: EventFilter
    types: frozenset[EventType] | None

    def applies(self, etype: EventType) -> bool:
        return self.types is None or etype in self.types


@lru_cache(maxsize=1)
def builtin_order() -> dict[str, tuple[str, ...]]:
    """The built-in rules' names per kind, in the order they run."""
    text = (resources.files("parley.data") / "lexicons" / "rule_order.json").read_text(
        encoding="utf-8")
    return {kind: tuple(names) for kind, names in json.loads(text)["order"].items()}


class _RuleKind(Generic[Rule]):
    """The rules of one kind by name, in running order: the built-in order, then the others,
    each `before` the rule it names."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._rules: dict[str, tuple[Rule, str | None]] = {}
        self._ordered: tuple[Rule, ...] | None = None

    def add(self, name: str, rule: Rule, before: str | None) -> None:
        if name in self._rules:
            raise ValueError(f"{self.kind} rule {name!r} is registered twice")
        self._rules[name] = (rule, before)
        self._ordered = None

    def ordered(self) -> tuple[Rule, ...]:
        if self._ordered is None:
            known = list(self._rules)
            names = [n for n in builtin_order().get(self.kind, ()) if n in self._rules]
            for name in known:
                if name in names:
                    continue
                before = self._rules[name][1]
                if before is not None and before in names:
                    names.insert(names.index(before), name)
                else:
                    names.append(name)
            self._ordered = tuple(self._rules[n][0] for n in names)
        return self._ordered

    def names(self) -> Iterator[str]:
        yield from self._rules


class RuleRegistry:
    """Rules by kind, looked up by the coder in their running order."""

    def __init__(self) -> None:
        self._themes: _RuleKind[ThemeRule] = _RuleKind("theme_checks")
        self._finders: _RuleKind[FinderRule] = _RuleKind("trigger_finders")
        self._filters: _RuleKind[FilterRule] = _RuleKind("event_filters")
        self._theme_cache: dict[tuple[EventType, str], tuple[ThemeRule, ...]] = {}
        self._filter_cache: dict[EventType, tuple[FilterRule, ...]] = {}

    def theme_check(self, name: str, *, types: Collection[EventType] | None = None,
                    themes: Collection[str] | None = None, cue_words: Collection[str] = (),
                    before: str | None = None) -> Callable[[ThemeCheck], ThemeCheck]:
        """Register a theme check for triggers of `types` and `themes` (all when None)."""
        def register(check: ThemeCheck) -> ThemeCheck:
            self._themes.add(name, ThemeRule(
                name, check, None if types is None else frozenset(types),
                None if themes is None else frozenset(themes), frozenset(cue_words)), before)
            self._theme_cache.clear()
            return check
        return register

    def trigger_finder(self, name: str, *, before: str | None = None
                       ) -> Callable[[TriggerFinder], TriggerFinder]:
        """Register a finder of triggers the lexicon does not list."""
        def register(find: TriggerFinder) -> TriggerFinder:
            self._finders.add(name, FinderRule(name, find), before)
            return find
        return register

    def event_filter(self, name: str, *, types: Collection[EventType] | None = None,
                     before: str | None = None) -> Callable[[EventFilter], EventFilter]:
        """Register a filter that drops a dated trigger of `types` (all when None)."""
        def register(drops: EventFilter) -> EventFilter:
            self._filters.add(name, FilterRule(
                name, drops, None if types is None else frozenset(types)), before)
            self._filter_cache.clear()
            return drops
        return register

    def theme_checks(self, etype: EventType, theme: str) -> tuple[ThemeRule, ...]:
        """The checks that read a trigger of this type and theme, in deciding order."""
        key = (etype, theme)
        found = self._theme_cache.get(key)
        if found is None:
            found = self._theme_cache[key] = tuple(
                r for r in self._themes.ordered() if r.applies(etype, theme))
        return found

    def trigger_finders(self) -> tuple[FinderRule, ...]:
        return self._finders.ordered()

    def event_filters(self, etype: EventType) -> tuple[FilterRule, ...]:
        """The filters of events of this type, in order (the first that drops decides)."""
        found = self._filter_cache.get(etype)
        if found is None:
            found = self._filter_cache[etype] = tuple(
                r for r in self._filters.ordered() if r.applies(etype))
        return found

    def names(self) -> Iterator[str]:
        yield from self._themes.names()
        yield from self._finders.names()
        yield from self._filters.names()

    def cue_words(self, theme: str) -> frozenset[str]:
        """Every cue word the theme checks of a trigger theme declare (for the pre-filter)."""
        return frozenset(w for rule in self._themes.ordered()
                         if rule.themes is not None and theme in rule.themes
                         for w in rule.cue_words)


#: The one registry the coder reads.
registry = RuleRegistry()


def load_builtin_rules() -> RuleRegistry:
    """The registry with Parley's own rules registered (importing their modules does it)."""
    import_module("parley.extract.builtin_rules")  # registers on import

    return registry
