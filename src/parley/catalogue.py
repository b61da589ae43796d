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


def default_weights() -> dict[str, float]:
    """Slug -> the channel's default weight in the freeze index."""
    return {c.slug: c.weight for c in channels()}
