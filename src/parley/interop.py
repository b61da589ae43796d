"""Map Parley events to CAMEO and PLOVER records, so they can be joined with GDELT or POLECAT.

The mapping is data (`parley/data/interop/cameo_plover.json`): per event type a default rule,
overlaid by the channel's group, then by the hypothetical rule, then by the negated rule. Every
mapped record is the contract record plus the CAMEO or PLOVER fields, and `mapping_rule`, the
path of the rules that applied (e.g. `SUSPEND/lines/hypothetical/lines`), to look its note up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from parley.types import UNORDERED_TYPES, Event, EventType

_RULE_KEYS = ("cameo", "plover_event", "plover_mode", "plover_context", "note")


@dataclass(frozen=True, slots=True)
class Rule:
    """The mapping that applies to one event: CAMEO code and PLOVER type/mode/context."""

    path: str
    cameo: str | None
    plover_event: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...] | None  # None: follows the channel
    note: str | None


@lru_cache(maxsize=1)
def load_mapping() -> dict[str, Any]:
    """The packaged CAMEO/PLOVER mapping, loaded once per process."""
    node = resources.files("parley.data") / "interop" / "cameo_plover.json"
    data: dict[str, Any] = json.loads(node.read_text(encoding="utf-8"))
    return data


def _overlay(rule: dict[str, Any], layer: dict[str, Any]) -> None:
    for key in _RULE_KEYS:
        if key in layer:
            rule[key] = layer[key]


def _channel_group(mapping: dict[str, Any], channel: str | None) -> str | None:
    for group, slugs in mapping["channel_groups"].items():
        if channel in slugs:
            return str(group)
    return None


def rule_for(event: Event) -> Rule:
    """The rule that applies to `event`, after channel, hypothetical and negated overlays."""
    mapping = load_mapping()
    spec = mapping["types"][event.type.value]
    group = _channel_group(mapping, event.channel)
    rule: dict[str, Any] = {}
    path = [event.type.value]

    def apply(layer: dict[str, Any], name: str | None) -> None:
        _overlay(rule, layer)
        if name:
            path.append(name)
        by_group = layer.get("by_channel_group", {})
        if group in by_group:
            _overlay(rule, by_group[group])
            path.append(group or "")

    apply(spec["default"], None)
    if group in spec.get("by_channel_group", {}):
        _overlay(rule, spec["by_channel_group"][group])
        path.append(group or "")
    if event.hypothetical and "hypothetical" in spec:
        apply(spec["hypothetical"], "hypothetical")
    if event.negated:
        apply(spec.get("negated", mapping["negated"]), "negated")
    context = rule.get("plover_context")
    return Rule(
        path="/".join(path),
        cameo=rule.get("cameo"),
        plover_event=rule.get("plover_event"),
        plover_mode=rule.get("plover_mode"),
        plover_context=tuple(context) if context is not None else None,
        note=rule.get("note"),
    )


def cameo_country(code: str | None) -> str | None:
    """The CAMEO country code of an ISO 3166-1 alpha-3 code (the same for almost all states)."""
    if code is None:
        return None
    overrides: dict[str, str] = load_mapping()["country_codes"]["cameo_overrides"]
    return overrides.get(code, code)


def to_cameo(event: Event) -> dict[str, Any]:
    """The contract record plus CAMEO fields; `cameo_code` is None where CAMEO has no event."""
    mapping = load_mapping()
    rule = rule_for(event)
    entry = mapping["cameo_codes"].get(rule.cameo) if rule.cameo else None
    record = event.to_contract()
    record.update({
        "cameo_code": rule.cameo,
        "cameo_name": entry["name"] if entry else None,
        "cameo_edition": mapping["cameo_edition"]["label"],
        "gdelt_code": entry["gdelt_code"] if entry else None,
        "actor1": cameo_country(event.source),
        "actor2": cameo_country(event.target),
        "mapping_rule": rule.path,
        "mapping_version": mapping["version"],
    })
    return record


def _plover_actors(event: Event) -> tuple[list[str], list[str]]:
    if event.type in UNORDERED_TYPES:
        states = [s for s in (event.source, event.target) if s]
        return list(dict.fromkeys(states)), []
    return ([event.source] if event.source else []), ([event.target] if event.target else [])


def to_plover(event: Event) -> dict[str, Any]:
    """The contract record plus PLOVER fields, with list-valued `actor` and `recipient`.

    For unordered types (MEET, CALL, RESUME, STATUS) both states go in `actor`, as PLOVER does
    for reciprocal events. `plover_aux_mode` is `negation` or `hypothetical` (PLOVER's auxiliary
    modes) for negated or hypothetical events, else None.
    """
    mapping = load_mapping()
    rule = rule_for(event)
    context: list[str] | None = None
    if rule.plover_event is not None:
        if rule.plover_context is not None:
            context = list(rule.plover_context)
        else:
            context = list(mapping["channel_context"][event.channel or "null"])
    aux = "negation" if event.negated else "hypothetical" if event.hypothetical else None
    actor, recipient = _plover_actors(event)
    record = event.to_contract()
    record.update({
        "plover_event": rule.plover_event,
        "plover_mode": rule.plover_mode if rule.plover_event else None,
        "plover_aux_mode": aux if rule.plover_event else None,
        "plover_context": context,
        "plover_version": mapping["plover_version"]["label"],
        "actor": actor,
        "recipient": recipient,
        "mapping_rule": rule.path,
        "mapping_version": mapping["version"],
    })
    return record


def mapped_types() -> frozenset[EventType]:
    """The event types the mapping file covers (all of them, checked by the tests)."""
    return frozenset(EventType(name) for name in load_mapping()["types"])
