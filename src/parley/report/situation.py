"""The situation report: "What is the situation now?" and "How deep is the freeze?" in prose.

Every statement is generated from the store and carries numbered citations to the sentences
it rests on; nothing is written that no evidence supports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from parley.config import Settings
from parley.extract import load_lexicon
from parley.report.queries import EventSource, PairQuery, pair_events
from parley.report.status import channel_states
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


def freeze_index(states: list[ChannelState], weights: dict[str, float]) -> float | None:
    """Weighted share of known channels that are frozen: 0 all working, 1 all frozen.

    index = sum(w_c * s_c) / sum(w_c) over channels c with a known status, where s_c is 1 for
    suspended, 0.5 for degraded and 0 for active; unknown channels are left out.
    """
    known = [s for s in states if s.status in FREEZE_WEIGHT]
    total = sum(weights.get(s.channel, 1.0) for s in known)
    if not total:
        return None
    frozen = sum(weights.get(s.channel, 1.0) * FREEZE_WEIGHT[s.status] for s in known)
    return round(frozen / total, 3)


def build_report(store: EventSource, query: PairQuery, settings: Settings) -> SituationReport:
    gazetteer = load_gazetteer()
    labels = {slug: info.label for slug, info in load_lexicon().channels.items()}
    states = channel_states(pair_events(store, query), query.as_of)
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
        unknown = len(states) - len(known)
        if unknown:
            freeze.append(Statement(
                f"{unknown} channels have no evidence and are left out of the index.", []))
    else:
        freeze.append(Statement("Not enough evidence to measure the freeze.", []))
    return SituationReport(query.a, query.b, query.as_of, states, situation, freeze, index,
                           citations.items)


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
    if report.citations:
        lines += ["", "## Evidence", ""]
        for number, evidence in enumerate(report.citations, start=1):
            when = evidence.published.isoformat() if evidence.published else "undated"
            lines.append(f"{number}. “{evidence.sentence}” — {evidence.title or evidence.article}"
                         f" ({when}; article `{evidence.article}`)")
    return "\n".join(lines) + "\n"


def render_json(report: SituationReport) -> str:
    payload: dict[str, Any] = {
        "a": report.a, "b": report.b, "as_of": report.as_of,
        "freeze_index": report.freeze_index,
        "situation": [{"text": s.text, "citations": s.citations} for s in report.situation],
        "freeze": [{"text": s.text, "citations": s.citations} for s in report.freeze],
        "channels": [
            {"channel": s.channel, "status": s.status.value, "since": s.since}
            for s in report.states
        ],
        "citations": [
            {"number": n, "article": e.article, "sentence": e.sentence, "start": e.start,
             "end": e.end, "published": e.published.isoformat() if e.published else None,
             "title": e.title, "url": e.url}
            for n, e in enumerate(report.citations, start=1)
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
