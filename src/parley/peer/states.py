"""Peer actor codes (Phoenix, PLOVER) reduced to the states of Parley's gazetteer."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any

#: Non-ISO country codes used by the peers.
CODE_ALIASES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: Actor sectors (PLOVER ``sector``, Phoenix 3-letter suffixes) that still act for the state.
STATE_SECTORS: frozenset[str] = frozenset({"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "***"})
#: Words of a PLOVER actorText that make an actor non-state when its sector is not given.
_NON_STATE_ACTOR = re.compile(
    r"\b(?:rebels?|militants?|militias?|guerrill\w*|insurgents?|factions?|movement|party|"
    r"group|groups|hackers|opposition|activists|union|students|protesters|demonstrators|front|"
    r"organi[sz]ation|hamas|plo|separatists?|elders|dissidents|businessman|newspaper|"
    r"refugees|civilians|workers|unita|leaders of)\b", re.I)


def known_states() -> frozenset[str]:
    """The ISO codes of Parley's state gazetteer (data/actors/states.json)."""
    path = resources.files("parley.data") / "actors" / "states.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(str(s["code"]) for s in data["states"])


def phoenix_state(code: str) -> str | None:
    """A Phoenix/CAMEO actor code reduced to its country, or None for IGOs and non-states.

    ``USAMIL`` -> USA, ``IRQGOVMIL`` -> IRQ, ``LBNGOV`` -> LBN; ``SYRREB``, ``GEOOPP``,
    ``IGOUNO``, ``---GOV``, ``PSEGZA`` (a region) -> None.
    """
    code = code.strip().upper()
    country, rest = code[:3], code[3:]
    if len(country) != 3 or not country.isalpha() or country in {"IGO", "NGO", "IMG"}:
        return None
    chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    if any(chunk not in STATE_SECTORS for chunk in chunks):
        return None
    return CODE_ALIASES.get(country, country)


def plover_state(actor: Mapping[str, Any]) -> str | None:
    """A PLOVER actor ({actorText, code, sector}) reduced to its state, or None."""
    code = str(actor.get("code") or "").strip().upper()
    if len(code) != 3 or code in {"IGO", "NGO", "IMG", "ISM"}:
        return None
    sector = str(actor.get("sector") or "")
    if sector[:3].upper() not in STATE_SECTORS:
        return None
    if sector in {"", "***"} and _NON_STATE_ACTOR.search(str(actor.get("actorText") or "")):
        return None
    return CODE_ALIASES.get(code, code)
