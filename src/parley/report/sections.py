"""The later sections of the situation report: what changed, open requests, channels over time.

Each section is computed from a pair's events as claims (a sentence of prose and the evidence
it rests on); `report.situation` numbers the evidence into citations. Pure functions of the
events, the as-of date and the settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from parley.report.status import channel_states, evidence_of
from parley.timeline.merge import merge_events
from parley.timeline.periods import month_of, months, period_end, period_start, shift_months
from parley.timeline.request_outcomes import Outcome, classify_requests
from parley.timeline.states import interval_on, pair_intervals
from parley.types import ChannelState, ChannelStatus, EventType, StoredEvent, StoredEvidence

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
    "reference_day",
    "up_to",
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


@dataclass(frozen=True, slots=True)
class ChannelChart:
    months: tuple[str, ...]
    rows: tuple[ChartRow, ...]


def up_to(events: Sequence[StoredEvent], as_of: str | None) -> list[StoredEvent]:
    """The events whose date (and range end) are not after `as_of`."""
    if as_of is None:
        return list(events)
    return [e for e in events if (e.event.date or "")[: len(as_of)] <= as_of
            and (e.event.date_end is None or e.event.date_end[: len(as_of)] <= as_of)]


def reference_day(events: Sequence[StoredEvent], as_of: str | None) -> date:
    """The day the report speaks of: the as-of date's last day, else the latest evidence."""
    if as_of:
        end = period_end(as_of)
        if end is not None:
            return end
    days = [d for e in events if (d := period_start(e.event.date_end or e.event.date))]
    return max(days) if days else date.today()


def default_since(events: Sequence[StoredEvent], as_of: str | None,
                  days: int = CHANGE_WINDOW_DAYS) -> str:
    return (reference_day(events, as_of) - timedelta(days=days)).isoformat()


def _quote(sentence: str) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def change_claims(
    events: Sequence[StoredEvent], current: Sequence[ChannelState], *, as_of: str | None,
    since: str, answer_days: int | None, labels: Mapping[str, str],
) -> list[Claim]:
    """Channels whose status on `as_of` differs from their status on `since`.

    Each change cites the evidence of the current state (the same sentences the situation
    section cites), so the citations stay one list.
    """
    before = {s.channel: s for s in channel_states(events, since, answer_days)}
    claims: list[Claim] = []
    for state in current:
        old = before.get(state.channel)
        old_status = old.status if old else ChannelStatus.UNKNOWN
        if old_status is state.status:
            continue
        when = f" on {state.since}" if state.since else ""
        note = " Sources disagree." if state.conflict else ""
        claims.append(Claim(
            f"{labels.get(state.channel, state.channel)}: {old_status.value} → "
            f"{state.status.value}{when}.{note}", state.evidence))
    until = as_of or "the latest evidence"
    window = [m for m in merge_events(up_to(events, as_of))
              if m.when and m.when[:10] > since[: len(m.when[:10])]]
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
    events: Sequence[StoredEvent], *, as_of: str | None, answer_days: int,
    names: Mapping[str, str], labels: Mapping[str, str], window_days: int = OPEN_WINDOW_DAYS,
) -> list[Claim]:
    """Demands and preconditions, and requests pending or left unanswered, in the last year."""
    known = up_to(events, as_of)
    today = reference_day(known, as_of)
    first = today - timedelta(days=window_days)

    def recent(when: str | None) -> bool:
        start, end = period_start(when), period_end(when)
        return start is not None and end is not None and end >= first and start <= today

    claims: list[Claim] = []
    for event in merge_events(known):
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
    reference = as_of or today.isoformat()
    for answer in classify_requests(known, answer_days=answer_days, reference=reference):
        if answer.outcome not in (Outcome.PENDING, Outcome.UNANSWERED):
            continue
        request = answer.request
        if not recent(request.when):
            continue
        source = names.get(request.source or "", request.source or "One side")
        target = names.get(request.target or "", request.target or "the other side")
        about = f" on {labels.get(request.channel, request.channel)}" if request.channel else ""
        figure = f" ({request.count} requests)" if request.count else ""
        status = (f"no answer yet; the answer window closes on {answer.deadline}"
                  if answer.outcome is Outcome.PENDING
                  else f"no answer on record within {answer_days} days")
        claims.append(Claim(
            f"{source} asked {target} for talks{about}{figure} ({request.date}): {status}.",
            tuple(evidence_of(e) for e in request.evidence[:3])))
    if not claims:
        claims.append(Claim(f"No open request or precondition is on record in the "
                            f"{window_days} days before {today.isoformat()}."))
    return claims


def channel_chart(
    events: Sequence[StoredEvent], *, as_of: str | None, answer_days: int | None,
    labels: Mapping[str, str], order: Sequence[str], max_months: int = CHART_MONTHS,
) -> ChannelChart | None:
    """Each channel's status month by month, up to the as-of month; None without evidence."""
    known = up_to(events, as_of)
    intervals = pair_intervals(known, answer_days=answer_days,
                               reference=as_of or date.today().isoformat())
    starts = [i.start for items in intervals.values() for i in items]
    if not starts:
        return None
    last = month_of(as_of) if as_of else month_of(reference_day(known, None).isoformat())
    first = max(month_of(min(starts)), shift_months(last, 1 - max_months))
    span = months(first, last)
    if not span:
        return None
    rows: list[ChartRow] = []
    channels = [c for c in order if c in intervals] + sorted(set(intervals) - set(order))
    for channel in channels:
        found = [interval_on(intervals[channel], month) for month in span]
        rows.append(ChartRow(
            channel, labels.get(channel, channel),
            tuple(i.status if i else ChannelStatus.UNKNOWN for i in found),
            tuple(bool(i and i.conflict) for i in found)))
    return ChannelChart(tuple(span), tuple(rows))
