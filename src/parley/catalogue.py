"""The channel catalogue of the contract (slugs, labels, levels, weights), from data/channels.json.

The extractor reads the same file for the patterns that find channels in text
(`extract.lexicon`); reports, the dashboard and the settings need only what names and weighs a
channel, so they read it here, without loading the extractor or compiling a pattern.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Channel:
    """One catalogue channel: its slug, the label a reader sees, its level and freeze weight."""

    slug: str
    label: str
    level: str
    weight: float  # its default weight in the freeze index (setting `channel_weights`)


@lru_cache(maxsize=1)
def channels() -> tuple[Channel, ...]:
    """Every catalogue channel, in the contract's order (read once per process)."""
    path = resources.files("parley.data") / "channels.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(Channel(str(c["slug"]), str(c["label"]), str(c["level"]),
                         float(c["weight_level"])) for c in data["channels"])


def slugs() -> list[str]:
    """Channel slugs in the contract's order."""
    return [c.slug for c in channels()]


def labels() -> dict[str, str]:
    """Slug -> the label a reader sees ("hotline" -> "Military hotlines")."""
    return {c.slug: c.label for c in channels()}


def levels() -> dict[str, str]:
    """Slug -> level ("defence-ministers" -> "ministerial")."""
    return {c.slug: c.level for c in channels()}


@lru_cache(maxsize=1)
def _fixed_labels() -> dict[str, str]:
    return labels()


@lru_cache(maxsize=1)
def _fixed_levels() -> dict[str, str]:
    return levels()


def channel_label(slug: str) -> str:
    """The label of one channel, or the slug itself when it is not in the catalogue: read
    from one dict for the process (`labels()` builds a new one each call, and a ledger asks
    for one label per event)."""
    return _fixed_labels().get(slug, slug)


def channel_level(slug: str) -> str | None:
    """The level of one channel (None when it is not in the catalogue), as `channel_label`."""
    return _fixed_levels().get(slug)


def default_weights() -> dict[str, float]:
    """Slug -> the channel's default weight in the freeze index."""
    return {c.slug: c.weight for c in channels()}
