"""Answers from the store: channel status tables, timelines and the situation report."""

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
from parley.report.situation import SituationReport, build_report, render_json, render_markdown
from parley.report.status import channel_states
from parley.report.watch import WatchResult, watch_pair

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
