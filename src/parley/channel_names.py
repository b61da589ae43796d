"""A channel as a user names it: the catalogue slug (`hotline`), its label ("Military
hotlines") or the name of a known mechanism ("Defense Telephone Link", "DTL", "MMCA"), each
turned into the slug the store's events use.

Analysts know mechanisms by name, not by our slugs; `--channel` takes any of the three.
The names come from `data/channels.json` (slugs, labels) and `data/mechanisms.json` (names,
short names, aliases), read without compiling the extractor's or the mechanisms' patterns.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parley import catalogue
from parley.errors import UnknownChannel

__all__ = ["MechanismName", "channel_slug", "mechanism_names", "normal_name"]


@dataclass(frozen=True, slots=True)
class MechanismName:
    """One way of naming a known mechanism, the pair it belongs to and its channel slug."""

    name: str
    pair: tuple[str, str]
    channel: str | None


def normal_name(text: str) -> str:
    """A name compared without case, quotes or the difference between spaces, hyphens and
    underscores ("Defense  telephone-link" is "defense telephone link")."""
    return " ".join(re.sub(r"[-_'’\"]+", " ", text).casefold().split())


@lru_cache(maxsize=1)
def mechanism_names() -> tuple[MechanismName, ...]:
    """Every name, short name and alias of the reference mechanisms (read once)."""
    node = resources.files("parley.data") / "mechanisms.json"
    data = json.loads(node.read_text(encoding="utf-8"))
    found: list[MechanismName] = []
    for record in data["mechanisms"]:
        first, second = sorted(record["pair"])
        names = [record["name"], record.get("short"), *(record.get("aliases") or ())]
        found += [MechanismName(name, (first, second), record.get("channel"))
                  for name in names if name]
    return tuple(found)


def _catalogue_match(key: str) -> str | None:
    for slug, label in catalogue.labels().items():
        if key in (normal_name(slug), normal_name(label)):
            return slug
    return None


def channel_slug(name: str, pair: tuple[str, str] | None = None) -> str:
    """The catalogue slug a channel name stands for.

    A slug or label wins; else a mechanism name, the pair's own mechanisms first (the
    "DGMO hotline" of India and Pakistan is their `hotline`). A mechanism that no catalogue
    channel covers, a name two channels share and an unknown name are `UnknownChannel`,
    the last with close names to try."""
    key = normal_name(name)
    slug = _catalogue_match(key)
    if slug is not None:
        return slug
    named = [m for m in mechanism_names() if normal_name(m.name) == key]
    if pair is not None:
        own = sorted(pair)
        named = [m for m in named if list(m.pair) == own] or named
    slugs = sorted({m.channel for m in named if m.channel})
    if len(slugs) == 1:
        return slugs[0]
    if len(slugs) > 1:
        raise UnknownChannel(f"channel {name!r} names mechanisms on several channels "
                             f"({', '.join(slugs)}); give one of those slugs")
    if named:
        raise UnknownChannel(f"{named[0].name!r} is a mechanism that no channel of the "
                             "catalogue covers; it has no events of its own")
    candidates = [*catalogue.slugs(), *(m.name for m in mechanism_names())]
    close = difflib.get_close_matches(name, candidates, n=3, cutoff=0.6)
    hint = f"did you mean: {', '.join(close)}?; " if close else ""
    raise UnknownChannel(f"unknown channel {name!r} ({hint}slugs: "
                         f"{', '.join(catalogue.slugs())})")
