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
from parley.report.queries import EventSource, PairQuery, pair_events
from parley.report.sections import (
    ChannelChart,
    Claim,
    change_claims,
    channel_chart,
    default_since,
    open_request_claims,
)
from parley.report.status import channel_states, evidence_as_dict
from parley.resolve import load_gazetteer
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
    """The report of a pair as of `query.as_of`; `since` defaults to 90 days before it."""
    gazetteer = load_gazetteer()
    labels = catalogue.labels()
    changed_since = since
    events = pair_events(store, query)
    answer_days = settings.request_answer_days
    states = channel_states(events, query.as_of, answer_days)
    citations = Citations()
    name_a, name_b = gazetteer.state_name(query.a), gazetteer.state_name(query.b)
    situation: list[Statement] = []
    for state in states:
        if state.status is ChannelStatus.UNKNOWN:
            continue
        numbers = list(dict.fromkeys(citations.cite(e) for e in state.evidence))
        since = f" since {state.since}" if state.since else ""
        situation.append(Statement(
            f"{labels.get(state.channel, state.channel)}: {state.status.value}{since}.",
            numbers))
    if not situation:
        situation.append(Statement(
            f"No evidence in the store speaks of a channel between {name_a} and {name_b}"
            + (f" up to {query.as_of}." if query.as_of else "."), []))
    index = freeze_index(states, settings.channel_weights)
    freeze: list[Statement] = []
    known = [s for s in states if s.status is not ChannelStatus.UNKNOWN]
    if index is not None:
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
        unknown = len(states) - len(known)
        if unknown:
            freeze.append(Statement(
                f"{unknown} channels have no evidence and are left out of the index.", []))
    else:
        freeze.append(Statement("Not enough evidence to measure the freeze.", []))
    changed_since = changed_since or default_since(events, query.as_of)
    changes = [_statement(claim, citations) for claim in change_claims(
        events, states, as_of=query.as_of, since=changed_since, answer_days=answer_days,
        labels=labels)]
    open_requests = [_statement(claim, citations) for claim in open_request_claims(
        events, as_of=query.as_of, answer_days=answer_days,
        names={query.a: name_a, query.b: name_b}, labels=labels)]
    chart = channel_chart(events, as_of=query.as_of, answer_days=answer_days, labels=labels,
                          order=catalogue.slugs())
    return SituationReport(query.a, query.b, query.as_of, states, situation, freeze, index,
                           citations.items, changed_since, changes, open_requests, chart)


def _cite(numbers: list[int]) -> str:
    return "".join(f" [{n}]" for n in numbers)


def render_markdown(report: SituationReport) -> str:
    gazetteer = load_gazetteer()
    title = f"{gazetteer.state_name(report.a)} – {gazetteer.state_name(report.b)}"
    lines = [f"# {title}: military-to-military communication",
             f"_As of {report.as_of or 'the latest evidence'}._", "",
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


def _text_chart(chart: ChannelChart) -> list[str]:
    """The chart as a fenced block: one row per channel, one character per month."""
    width = max(len(row.label) for row in chart.rows)
    axis = [" "] * len(chart.months)
    for index, month in enumerate(chart.months):
        if month.endswith("-01") and index + 1 < len(axis):
            axis[index:index + 2] = list(month[2:4])  # '22 marks January 2022
    axis_text = "".join(axis)
    rows = [f"{row.label:<{width}} " + "".join(
        "!" if conflict else CHART_MARKS[cell] for cell, conflict in zip(
            row.cells, row.conflicts, strict=True)) for row in chart.rows]
    legend = ("= active, ~ degraded, # suspended, ! sources disagree, . unknown; "
              f"{chart.months[0]} to {chart.months[-1]}, one mark a month")
    return ["```text", f"{'':<{width}} {axis_text}", *rows, "```", "", legend]


def render_json(report: SituationReport) -> str:
    payload: dict[str, Any] = {
        "a": report.a, "b": report.b, "as_of": report.as_of,
        "freeze_index": report.freeze_index,
        "situation": [{"text": s.text, "citations": s.citations} for s in report.situation],
        "freeze": [{"text": s.text, "citations": s.citations} for s in report.freeze],
        "since": report.since,
        "changes": [{"text": s.text, "citations": s.citations} for s in report.changes],
        "open_requests": [{"text": s.text, "citations": s.citations}
                          for s in report.open_requests],
        "channels": [
            {"channel": s.channel, "status": s.status.value, "since": s.since,
             "conflict": s.conflict, "confidence": s.confidence}
            for s in report.states
        ],
        "chart": None if report.chart is None else {
            "months": list(report.chart.months),
            "rows": [{"channel": r.channel, "label": r.label,
                      "cells": [c.value for c in r.cells], "conflicts": list(r.conflicts)}
                     for r in report.chart.rows],
        },
        "citations": [
            {"number": n, **evidence_as_dict(e), "url": e.url}
            for n, e in enumerate(report.citations, start=1)
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
