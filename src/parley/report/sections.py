"""The later sections of the situation report: what changed, open requests, channels over time.

Each section is computed from a pair's history (`timeline.history`) as claims (a sentence of
prose and the evidence it rests on); `report.situation` numbers the evidence into citations.
Pure functions of the history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from parley.report.status import evidence_of, status_rows
from parley.timeline.history import PairHistory
from parley.timeline.periods import month_of, months, period_end, period_start, shift_months
from parley.timeline.request_outcomes import Outcome
from parley.types import ChannelState, ChannelStatus, EventType, StoredEvidence

__all__ = [
    "CHANGE_WINDOW_DAYS",
    "CHART_MONTHS",
    "OPEN_WINDOW_DAYS",
    "ChannelChart",
    "ChartRow",
    "Claim",
    "change_claims",
    "channel_chart",
    "default_since",
    "open_request_claims",
]

#: "What changed since <date>?" looks back this far from the as-of date by default.
CHANGE_WINDOW_DAYS = 90
#: Demands and unanswered requests older than this before the as-of date are not "open".
OPEN_WINDOW_DAYS = 365
#: The channel x time chart shows at most this many months, ending at the as-of month.
CHART_MONTHS = 60
#: Longest quotation of an evidence sentence in a claim.
QUOTE_CHARS = 220


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement of the report and the evidence it cites."""

    text: str
    evidence: tuple[StoredEvidence, ...] = ()


@dataclass(frozen=True, slots=True)
class ChartRow:
    channel: str
    label: str
    cells: tuple[ChannelStatus, ...]  # one per month of the chart
    conflicts: tuple[bool, ...]
    stale: tuple[bool, ...] = ()  # the month's state had gone stale (drawn faded)


@dataclass(frozen=True, slots=True)
class ChannelChart:
    months: tuple[str, ...]
    rows: tuple[ChartRow, ...]


def default_since(history: PairHistory, days: int = CHANGE_WINDOW_DAYS) -> str:
    """'What changed since' looks back `days` from the as-of day by default."""
    return (history.day - timedelta(days=days)).isoformat()


def _quote(sentence: str) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def change_claims(history: PairHistory, current: Sequence[ChannelState], *, since: str,
                  labels: Mapping[str, str]) -> list[Claim]:
    """Channels whose status on the as-of day differs from their status on `since`.

    Each change cites the evidence of the current state (the same sentences the situation
    section cites), so the citations stay one list.
    """
    before = {s.channel: s for s in status_rows(history, [s.channel for s in current], since)}
    claims: list[Claim] = []
    for state in current:
        old = before.get(state.channel)
        old_status = old.status if old else ChannelStatus.UNKNOWN
        if old_status is state.status:
            continue
        when = f" on {state.since}" if state.since else ""
        note = " Sources disagree." if state.conflict else ""
        if state.stale:
            note = f" (no evidence since {state.last_evidence}){note}"
        claims.append(Claim(
            f"{labels.get(state.channel, state.channel)}: {old_status.value} → "
            f"{state.status.value}{when}{note}.", state.evidence))
    until = history.day.isoformat()
    window = [m for m in history.merged if m.when and m.when[:10] > since[: len(m.when[:10])]]
    if not claims:
        claims.append(Claim(f"No channel changed status between {since} and {until}."))
    if window:
        articles = {a for m in window for a in m.articles}
        events_said = "1 distinct event" if len(window) == 1 else \
            f"{len(window)} distinct events"
        articles_said = "1 article" if len(articles) == 1 else f"{len(articles)} articles"
        verb = "is" if len(window) == 1 else "are"
        claims.append(Claim(f"{events_said} from {articles_said} {verb} dated after {since}."))
    return claims


def open_request_claims(
    history: PairHistory, *, names: Mapping[str, str], labels: Mapping[str, str],
    window_days: int = OPEN_WINDOW_DAYS,
) -> list[Claim]:
    """Demands and preconditions, and requests pending or left unanswered, in the last year.

    A pending request is said to be still open on the as-of day, never with its deadline:
    nothing in a view is dated after its as-of date.
    """
    today = history.day
    first = today - timedelta(days=window_days)

    def recent(when: str | None) -> bool:
        start, end = period_start(when), period_end(when)
        return start is not None and end is not None and end >= first and start <= today

    claims: list[Claim] = []
    for event in history.merged:
        if event.type is not EventType.DEMAND or event.negated or event.hypothetical:
            continue
        told = event.representative
        when = event.when or (told.published.isoformat() if told.published else None)
        if not recent(when):
            continue
        source = names.get(event.source or "", event.source or "One side")
        target = names.get(event.target or "", event.target or "the other")
        claims.append(Claim(
            f"{source} demands of {target} ({when}): “{_quote(told.event.evidence.sentence)}”",
            tuple(evidence_of(e) for e in event.evidence[:3])))
    for answer in history.requests:
        if answer.outcome not in (Outcome.PENDING, Outcome.UNANSWERED):
            continue
        request = answer.request
        if not recent(request.when):
            continue
        source = names.get(request.source or "", request.source or "One side")
        target = names.get(request.target or "", request.target or "the other side")
        about = f" on {labels.get(request.channel, request.channel)}" if request.channel else ""
        figure = f" ({request.count} requests)" if request.count else ""
        if answer.outcome is Outcome.PENDING:
            status = (f"no answer yet; its {history.answer_days}-day answer window is still "
                      "open on the as-of date")
        elif answer.response is not None:
            status = "ignored (the request went unanswered)"
        else:
            status = f"ignored: no answer on record within {history.answer_days} days"
        claims.append(Claim(
            f"{source} asked {target} for talks{about}{figure} ({request.date}): {status}.",
            tuple(evidence_of(e) for e in request.evidence[:3])))
    if not claims:
        claims.append(Claim(f"No open request or precondition is on record in the "
                            f"{window_days} days before {today.isoformat()}."))
    return claims


def channel_chart(
    history: PairHistory, *, labels: Mapping[str, str], order: Sequence[str],
    max_months: int = CHART_MONTHS,
) -> ChannelChart | None:
    """Each channel's status month by month, up to the as-of month; None without evidence.

    A month where a channel's state had gone stale is unknown, marked stale."""
    intervals = history.intervals
    starts = [i.start for items in intervals.values() for i in items if not i.stale]
    if not starts:
        return None
    last = month_of(history.day.isoformat())
    first = max(month_of(min(starts)), shift_months(last, 1 - max_months))
    span = months(first, last)
    if not span:
        return None
    rows: list[ChartRow] = []
    channels = [c for c in order if c in intervals] + sorted(set(intervals) - set(order))
    for channel in channels:
        found = history.states_in(channel, span)
        rows.append(ChartRow(
            channel, labels.get(channel, channel),
            tuple(i.status if i else ChannelStatus.UNKNOWN for i in found),
            tuple(bool(i and i.conflict) for i in found),
            tuple(bool(i and i.stale) for i in found)))
    return ChannelChart(tuple(span), tuple(rows))
