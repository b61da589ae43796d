"""Answers from the store: channel status tables, timelines and the situation report."""

from parley.report.queries import (
    PairQuery,
    pair_events,
    pair_status,
    pair_timeline,
    resolve_pair,
)
from parley.report.situation import SituationReport, build_report, render_json, render_markdown
from parley.report.status import channel_states

__all__ = [
    "PairQuery",
    "SituationReport",
    "build_report",
    "channel_states",
    "pair_events",
    "pair_status",
    "pair_timeline",
    "render_json",
    "render_markdown",
    "resolve_pair",
]
