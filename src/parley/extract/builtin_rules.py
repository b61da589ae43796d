"""Parley's own rules: importing this module registers them (`registry.load_builtin_rules`).

Each module below registers its rules through `parley.extract.registry.registry`, exactly as
a third party's module would; their running order is `data/lexicons/rule_order.json`.
"""

from __future__ import annotations

from parley.extract import (  # noqa: F401  (each registers its rules on import)
    airspace_entries,
    contact_finders,
    contact_kinds,
    discussion_finders,
    encounter_retellings,
    event_absences,
    event_filters,
    exchanges,
    international_bodies,
    line_contacts,
    line_messages,
    messengers,
    retellings,
    themes_actors,
    themes_contacts,
    themes_demands,
    themes_domestic,
    themes_encounters,
    themes_establish,
    themes_gatherings,
    themes_naming,
    themes_protests,
    themes_sanction_means,
    themes_sanctions,
    themes_sport,
    themes_talking,
    themes_talks,
    themes_warnings,
    themes_weapons,
    trigger_finders,
)
