"""The situation report: "What is the situation now?" and "How deep is the freeze?" in prose.

Then "What changed since <date>?", "Open requests and preconditions" and a channel x time
chart (`report.sections`). Every statement is generated from the store and carries numbered
citations to the sentences it rests on; nothing is written that no evidence supports.
Rendered as Markdown, JSON, or one self-contained HTML file (`report.html`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from parley import catalogue
from parley.config import Settings
from parley.report.freeze import contributions, freeze_value
from parley.report.history import pair_history
from parley.report.queries import EventSource, PairQuery
from parley.report.sections import (
    ChannelChart,
    Claim,
    change_claims,
    channel_chart,
    default_since,
    open_request_claims,
)
from parley.report.status import evidence_age, evidence_as_dict, status_rows, status_text
from parley.resolve import load_gazetteer
from parley.timeline.history import PairHistory
from parley.types import ChannelState, ChannelStatus, StoredEvidence

#: How much each status counts towards the freeze: suspended fully, degraded half.
FREEZE_WEIGHT: dict[ChannelStatus, float] = {
    ChannelStatus.ACTIVE: 0.0,
    ChannelStatus.DEGRADED: 0.5,
    ChannelStatus.SUSPENDED: 1.0,
}


@dataclass(slots=True)
class Citations:
    """Numbers each distinct evidence sentence once, in order of first use."""

    items: list[StoredEvidence] = field(default_factory=list)

    def cite(self, evidence: StoredEvidence) -> int:
        for number, item in enumerate(self.items, start=1):
            if (item.article, item.start) == (evidence.article, evidence.start):
                return number
        self.items.append(evidence)
        return len(self.items)


@dataclass(slots=True)
class Statement:
    text: str
    citations: list[int]


@dataclass(slots=True)
class SituationReport:
    a: str
    b: str
    as_of: str | None
    states: list[ChannelState]
    situation: list[Statement]
    freeze: list[Statement]
    freeze_index: float | None
    citations: list[StoredEvidence]
    since: str | None = None
    changes: list[Statement] = field(default_factory=list)
    open_requests: list[Statement] = field(default_factory=list)
    chart: ChannelChart | None = None
    latest_evidence: str | None = None
    evidence_age: str = ""  # "latest evidence 2026-05-08, 7 months before the as-of date"
    stale_after_months: int = 12


def freeze_index(states: list[ChannelState], weights: dict[str, float]) -> float | None:
    """Weighted share of known channels that are frozen: 0 all working, 1 all frozen.

    index = sum(w_c * s_c) / sum(w_c) over channels c with a known status, where s_c is 1 for
    suspended, 0.5 for degraded and 0 for active; unknown channels are left out.
    """
    return freeze_value({s.channel: s.status for s in states}, weights)


def _statement(claim: Claim, citations: Citations) -> Statement:
    return Statement(claim.text, list(dict.fromkeys(citations.cite(e) for e in claim.evidence)))


def build_report(store: EventSource, query: PairQuery, settings: Settings,
                 since: str | None = None) -> SituationReport:
    """The report of a pair as of `query.as_of` (default today); `since` defaults to 90 days
    before it. Every section is a view of the pair's one history."""
    return history_report(pair_history(store, query, settings), settings, since)


def history_report(history: PairHistory, settings: Settings, since: str | None = None
                   ) -> SituationReport:
    """The report of a pair's history (see `build_report`)."""
    query = PairQuery(history.a, history.b, history.as_of)
    gazetteer = load_gazetteer()
    labels = catalogue.labels()
    states = status_rows(history)
    citations = Citations()
    name_a, name_b = gazetteer.state_name(query.a), gazetteer.state_name(query.b)
    situation: list[Statement] = []
    for state in states:
        if state.status is ChannelStatus.UNKNOWN and not state.stale:
            continue
        numbers = list(dict.fromkeys(citations.cite(e) for e in state.evidence))
        label = labels.get(state.channel, state.channel)
        if state.stale:
            situation.append(Statement(
                f"{label}: {status_text(state)}; no evidence in the "
                f"{history.stale_after_months} months since, so its state is not known.",
                numbers))
            continue
        since_text = f" since {state.since}" if state.since else ""
        situation.append(Statement(f"{label}: {state.status.value}{since_text}.", numbers))
    if not situation:
        situation.append(Statement(
            f"No evidence in the store speaks of a channel between {name_a} and {name_b}"
            f" up to {history.as_of}.", []))
    index = freeze_index(states, settings.channel_weights)
    freeze = _freeze_statements(states, index, settings, labels, citations)
    changed_since = since or default_since(history)
    changes = [_statement(claim, citations) for claim in change_claims(
        history, states, since=changed_since, labels=labels)]
    open_requests = [_statement(claim, citations) for claim in open_request_claims(
        history, names={query.a: name_a, query.b: name_b}, labels=labels)]
    chart = channel_chart(history, labels=labels, order=catalogue.slugs())
    return SituationReport(query.a, query.b, history.as_of, states, situation, freeze, index,
                           citations.items, changed_since, changes, open_requests, chart,
                           history.latest_evidence, evidence_age(history),
                           history.stale_after_months)


def _freeze_statements(states: list[ChannelState], index: float | None, settings: Settings,
                       labels: dict[str, str], citations: Citations) -> list[Statement]:
    freeze: list[Statement] = []
    known = [s for s in states if s.status is not ChannelStatus.UNKNOWN]
    stale = [s for s in states if s.stale]
    if index is None:
        freeze.append(Statement("Not enough evidence to measure the freeze.", []))
    else:
        freeze.append(Statement(
            f"Freeze index {index:.2f} (0 = every known channel working, 1 = all frozen), "
            f"over {len(known)} of {len(states)} channels with evidence.", []))
        for status, verb in ((ChannelStatus.SUSPENDED, "Frozen"),
                             (ChannelStatus.DEGRADED, "Degraded"),
                             (ChannelStatus.ACTIVE, "Still working")):
            group = [s for s in known if s.status is status]
            if group:
                # One sentence may name several channels of the group; cite it once.
                numbers = list(dict.fromkeys(
                    citations.cite(s.evidence[0]) for s in group if s.evidence))
                names = ", ".join(labels.get(s.channel, s.channel) for s in group)
                freeze.append(Statement(f"{verb}: {names}.", numbers))
        shares = contributions({s.channel: s.status for s in known}, settings.channel_weights)
        weighing = sorted(((v, c) for c, v in shares.items() if v > 0), reverse=True)
        if weighing:
            freeze.append(Statement("What drives the number: " + ", ".join(
                f"{labels.get(c, c)} {v:.2f}" for v, c in weighing) + ".", []))
        disputed = [labels.get(s.channel, s.channel) for s in known if s.conflict]
        if disputed:
            freeze.append(Statement(
                f"Sources of the same period disagree on: {', '.join(disputed)}; the index "
                "counts the better supported side.", []))
        unknown = len(states) - len(known) - len(stale)
        if unknown:
            freeze.append(Statement(
                f"{unknown} channels have no evidence and are left out of the index.", []))
    if stale:
        freeze.append(Statement(
            f"Left out as stale (no evidence for {settings.stale_after_months} months): "
            + ", ".join(f"{labels.get(s.channel, s.channel)} ({status_text(s)})"
                        for s in stale) + ".", []))
    return freeze


def _cite(numbers: list[int]) -> str:
    return "".join(f" [{n}]" for n in numbers)


def render_markdown(report: SituationReport) -> str:
    gazetteer = load_gazetteer()
    title = f"{gazetteer.state_name(report.a)} – {gazetteer.state_name(report.b)}"
    lines = [f"# {title}: military-to-military communication",
             f"_As of {report.as_of}; {report.evidence_age}._", "",
             "## What is the situation now?", ""]
    lines += [f"- {s.text}{_cite(s.citations)}" for s in report.situation]
    lines += ["", "## How deep is the freeze?", ""]
    lines += [f"- {s.text}{_cite(s.citations)}" for s in report.freeze]
    if report.since is not None:
        lines += ["", f"## What changed since {report.since}?", ""]
        lines += [f"- {s.text}{_cite(s.citations)}" for s in report.changes]
    if report.open_requests:
        lines += ["", "## Open requests and preconditions", ""]
        lines += [f"- {s.text}{_cite(s.citations)}" for s in report.open_requests]
    if report.chart is not None and report.chart.rows:
        lines += ["", "## Channels over time", "", *_text_chart(report.chart)]
    if report.citations:
        lines += ["", "## Evidence", ""]
        for number, evidence in enumerate(report.citations, start=1):
            when = evidence.published.isoformat() if evidence.published else "undated"
            lines.append(f"{number}. “{evidence.sentence}” — {evidence.title or evidence.article}"
                         f" ({when}; article `{evidence.article}`)")
    return "\n".join(lines) + "\n"


#: One character per month in the Markdown chart.
CHART_MARKS: dict[ChannelStatus, str] = {
    ChannelStatus.ACTIVE: "=",
    ChannelStatus.DEGRADED: "~",
    ChannelStatus.SUSPENDED: "#",
    ChannelStatus.UNKNOWN: ".",
}
#: A month whose last known state had gone stale.
STALE_MARK = ":"


def _text_chart(chart: ChannelChart) -> list[str]:
    """The chart as a fenced block: one row per channel, one character per month."""
    width = max(len(row.label) for row in chart.rows)
    axis = [" "] * len(chart.months)
    for index, month in enumerate(chart.months):
        if month.endswith("-01") and index + 1 < len(axis):
            axis[index:index + 2] = list(month[2:4])  # '22 marks January 2022
    axis_text = "".join(axis)
    rows = [f"{row.label:<{width}} " + "".join(
        "!" if conflict else STALE_MARK if stale else CHART_MARKS[cell]
        for cell, conflict, stale in zip(row.cells, row.conflicts,
                                         row.stale or (False,) * len(row.cells), strict=True))
        for row in chart.rows]
    legend = ("= active, ~ degraded, # suspended, ! sources disagree, : stale (no recent "
              "evidence), . unknown; "
              f"{chart.months[0]} to {chart.months[-1]}, one mark a month")
    return ["```text", f"{'':<{width}} {axis_text}", *rows, "```", "", legend]


def render_json(report: SituationReport) -> str:
    payload: dict[str, Any] = {
        "a": report.a, "b": report.b, "as_of": report.as_of,
        "latest_evidence": report.latest_evidence, "evidence_age": report.evidence_age,
        "stale_after_months": report.stale_after_months,
        "freeze_index": report.freeze_index,
        "situation": [{"text": s.text, "citations": s.citations} for s in report.situation],
        "freeze": [{"text": s.text, "citations": s.citations} for s in report.freeze],
        "since": report.since,
        "changes": [{"text": s.text, "citations": s.citations} for s in report.changes],
        "open_requests": [{"text": s.text, "citations": s.citations}
                          for s in report.open_requests],
        "channels": [
            {"channel": s.channel, "status": s.status.value, "since": s.since,
             "conflict": s.conflict, "confidence": s.confidence,
             "confidence_reason": s.confidence_reason, "last_evidence": s.last_evidence,
             "stale": s.stale, "last_status": s.last_status.value if s.last_status else None}
            for s in report.states
        ],
        "chart": None if report.chart is None else {
            "months": list(report.chart.months),
            "rows": [{"channel": r.channel, "label": r.label,
                      "cells": [c.value for c in r.cells], "conflicts": list(r.conflicts),
                      "stale": list(r.stale)}
                     for r in report.chart.rows],
        },
        "citations": [
            {"number": n, **evidence_as_dict(e), "url": e.url}
            for n, e in enumerate(report.citations, start=1)
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
