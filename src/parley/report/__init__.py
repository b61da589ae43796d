"""Answers from the store: channel status tables, timelines and the situation report.

The public names below are imported from their modules on first use, so that a command that
needs one answer (`parley status`) does not load every report module (and what they load).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parley.report.channels import ChannelRow, pair_channels
    from parley.report.freeze import FreezeSeries, pair_freeze
    from parley.report.html import render_html
    from parley.report.queries import (
        PairQuery,
        pair_events,
        pair_status,
        pair_timeline,
        resolve_pair,
    )
    from parley.report.requests import RequestLedger, pair_requests
    from parley.report.situation import (
        SituationReport,
        build_report,
        render_json,
        render_markdown,
    )
    from parley.report.status import channel_states
    from parley.report.watch import WatchResult, watch_pair

#: Each public name and the module that holds it.
_HOMES: dict[str, str] = {
    "ChannelRow": "channels", "pair_channels": "channels",
    "FreezeSeries": "freeze", "pair_freeze": "freeze",
    "render_html": "html",
    "PairQuery": "queries", "pair_events": "queries", "pair_status": "queries",
    "pair_timeline": "queries", "resolve_pair": "queries",
    "RequestLedger": "requests", "pair_requests": "requests",
    "SituationReport": "situation", "build_report": "situation", "render_json": "situation",
    "render_markdown": "situation",
    "channel_states": "status",
    "WatchResult": "watch", "watch_pair": "watch",
}

__all__ = [
    "ChannelRow",
    "FreezeSeries",
    "PairQuery",
    "RequestLedger",
    "SituationReport",
    "WatchResult",
    "build_report",
    "channel_states",
    "pair_channels",
    "pair_events",
    "pair_freeze",
    "pair_requests",
    "pair_status",
    "pair_timeline",
    "render_html",
    "render_json",
    "render_markdown",
    "resolve_pair",
    "watch_pair",
]


def __getattr__(name: str) -> Any:
    """A public name, imported from its module when first asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
