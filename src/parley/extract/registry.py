"""The coder's registered rules, by kind, in the order they decide.

A rule is a small function registered under a versioned name (`parley.refusal-needs-request.v1`)
with the event types or trigger themes it applies to. The built-in rules register here exactly
as a third party's would (`from parley.extract.registry import registry`); the coder asks the
registry for the rules of a kind and runs them in order:

- trigger finders make triggers the lexicon does not list (an ended silence, a recall);
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
from typing import TYPE_CHECKING, TypeVar

from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder, RuleExtractor
    from parley.extract.records import Candidate, SentenceView, Trigger
    from parley.extract.syntax import Tree

#: A theme check: True or False decides whether the trigger tells an event; None passes on.
ThemeCheck = Callable[["ArticleCoder", "SentenceView", "Candidate"], "bool | None"]
#: A trigger finder: triggers of one construction found in a sentence's parse.
TriggerFinder = Callable[["RuleExtractor", "Tree"], "list[Trigger]"]
Rule = TypeVar("Rule", ThemeCheck, TriggerFinder)


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


@lru_cache(maxsize=1)
def builtin_order() -> dict[str, tuple[str, ...]]:
    """The built-in rules' names per kind, in the order they run."""
    text = (resources.files("parley.data") / "lexicons" / "rule_order.json").read_text(
        encoding="utf-8")
    return {kind: tuple(names) for kind, names in json.loads(text)["order"].items()}


def _ordered(kind: str, rules: list[tuple[str, str | None]]) -> list[str]:
    """Rule names in running order: the built-in order, then the others, each `before` the
    rule it names."""
    order = list(builtin_order().get(kind, ()))
    known = [name for name, _ in rules]
    result = [name for name in order if name in known]
    for name, before in rules:
        if name in result:
            continue
        if before is not None and before in result:
            result.insert(result.index(before), name)
        else:
            result.append(name)
    return result


class RuleRegistry:
    """Rules by kind, looked up by the coder in their running order."""

    def __init__(self) -> None:
        self._themes: dict[str, tuple[ThemeRule, str | None]] = {}
        self._finders: dict[str, tuple[FinderRule, str | None]] = {}
        self._theme_cache: dict[tuple[EventType, str], tuple[ThemeRule, ...]] = {}
        self._finder_cache: tuple[FinderRule, ...] | None = None

    def theme_check(self, name: str, *, types: Collection[EventType] | None = None,
                    themes: Collection[str] | None = None, cue_words: Collection[str] = (),
                    before: str | None = None) -> Callable[[ThemeCheck], ThemeCheck]:
        """Register a theme check for triggers of `types` and `themes` (all when None)."""
        def register(check: ThemeCheck) -> ThemeCheck:
            if name in self._themes:
                raise ValueError(f"theme check {name!r} is registered twice")
            rule = ThemeRule(name, check, None if types is None else frozenset(types),
                             None if themes is None else frozenset(themes),
                             frozenset(cue_words))
            self._themes[name] = (rule, before)
            self._theme_cache.clear()
            return check
        return register

    def trigger_finder(self, name: str, *, before: str | None = None
                       ) -> Callable[[TriggerFinder], TriggerFinder]:
        """Register a finder of triggers the lexicon does not list."""
        def register(find: TriggerFinder) -> TriggerFinder:
            if name in self._finders:
                raise ValueError(f"trigger finder {name!r} is registered twice")
            self._finders[name] = (FinderRule(name, find), before)
            self._finder_cache = None
            return find
        return register

    def theme_checks(self, etype: EventType, theme: str) -> tuple[ThemeRule, ...]:
        """The checks that read a trigger of this type and theme, in deciding order."""
        key = (etype, theme)
        found = self._theme_cache.get(key)
        if found is None:
            names = _ordered("theme_checks", [(n, b) for n, (_, b) in self._themes.items()])
            found = self._theme_cache[key] = tuple(
                self._themes[n][0] for n in names if self._themes[n][0].applies(etype, theme))
        return found

    def trigger_finders(self) -> tuple[FinderRule, ...]:
        if self._finder_cache is None:
            names = _ordered("trigger_finders",
                             [(n, b) for n, (_, b) in self._finders.items()])
            self._finder_cache = tuple(self._finders[n][0] for n in names)
        return self._finder_cache

    def names(self) -> Iterator[str]:
        yield from self._themes
        yield from self._finders

    def cue_words(self, theme: str) -> frozenset[str]:
        """Every cue word the theme checks of a trigger theme declare (for the pre-filter)."""
        return frozenset(w for rule, _ in self._themes.values()
                         if rule.themes is not None and theme in rule.themes
                         for w in rule.cue_words)


#: The one registry the coder reads.
registry = RuleRegistry()


def load_builtin_rules() -> RuleRegistry:
    """The registry with Parley's own rules registered (importing their modules does it)."""
    import_module("parley.extract.builtin_rules")  # registers on import

    return registry
