"""`parley contacts A B`: the contact ledger, engagement by engagement, as analysts keep it.

The DoD China Military Power Report lists each U.S.-PRC defence engagement of a year as
"Executed" or "Refused, Cancelled, or Ignored", grouped as high-level contacts, recurrent
exchanges and confidence-building measures. This ledger keeps the same four outcomes apart,
per mechanism and period (year or month), from the pair's history (`timeline.history`):

- executed: a meeting or call that took place (MEET, CALL);
- refused: a refusal (DECLINE) that says no;
- cancelled: a dialogue or visit called off or suspended (SUSPEND);
- ignored: a refusal that was silence ("the calls went unanswered", `timeline.refusals`),
  or a request whose answer window closed with no answer by the as-of date.

A request answered by a refusal is one engagement, counted once, at the refusal; a meeting
told as two consecutive days, or once by day and once by month, is one engagement
(`_one_per_engagement`). Aggregate figures ("more than a dozen requests") are not counted.
Each engagement keeps its evidence. Encounters (unsafe intercepts) are counted per period
and by the side whose platform acted. Mechanisms are the pair's reference mechanisms a
sentence names, else the channel; levels come from `data/contact_levels.json`. A pure
function of the history: the same events in any order give the same ledger.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from parley import catalogue
from parley.config import Settings
from parley.report.mechanisms import Mechanism, mechanism_named_in, mechanisms_for
from parley.report.queries import EventSource, PairQuery
from parley.report.status import evidence_as_dict, evidence_of
from parley.timeline.history import PairHistory
from parley.timeline.merge import MergedEvent
from parley.timeline.periods import period_start
from parley.timeline.refusals import is_silence
from parley.timeline.request_outcomes import Outcome
from parley.types import EventType, StoredEvent, StoredEvidence

__all__ = ["OUTCOMES", "ContactLedger", "ContactRow", "Engagement", "EncounterRow",
           "contact_groups", "contacts_as_dict", "contacts_csv", "history_contacts",
           "pair_contacts"]

OUTCOMES = ("executed", "refused", "cancelled", "ignored")
PERIODS = ("year", "month")


@dataclass(frozen=True, slots=True)
class Engagement:
    """One engagement: its outcome, date, the event type and the tellings that tell it.

    The ledger keeps the tellings and builds their evidence records (`evidence`) only when
    asked: the busiest benchmark pair's ledger cites 12,500 tellings, of which the pair page
    reads each engagement's first sentence (`render.engagement_lines`), so building every
    record up front cost a cold pair page 12,500 records it never read. The JSON and CSV
    exports ask for them all and get the same records as before."""

    outcome: str
    date: str
    type: EventType
    tellings: tuple[StoredEvent, ...]

    @property
    def evidence(self) -> tuple[StoredEvidence, ...]:
        """The sentences that tell it, with their articles' facts, by article and offset."""
        return tuple(map(evidence_of, self.tellings))


@dataclass(frozen=True, slots=True)
class ContactRow:
    group: str
    mechanism: str
    channel: str | None
    period: str
    engagements: tuple[Engagement, ...]

    def count(self, outcome: str) -> int:
        return len(self.of(outcome))

    def of(self, outcome: str) -> tuple[Engagement, ...]:
        """The engagements of one outcome, in order (the pair page lists them per cell)."""
        return tuple(e for e in self.engagements if e.outcome == outcome)


@dataclass(frozen=True, slots=True)
class EncounterRow:
    period: str
    side: str | None
    count: int
    evidence: tuple[StoredEvidence, ...]


@dataclass(frozen=True, slots=True)
class ContactLedger:
    a: str
    b: str
    as_of: str
    by: str
    answer_days: int
    rows: tuple[ContactRow, ...]
    encounters: tuple[EncounterRow, ...]

    def totals(self, period: str | None = None) -> dict[str, int]:
        """Engagements per outcome, over every mechanism (of one period, or all)."""
        rows = [r for r in self.rows if period is None or r.period == period]
        return {o: sum(r.count(o) for r in rows) for o in OUTCOMES}

    @property
    def periods(self) -> tuple[str, ...]:
        return tuple(sorted({r.period for r in self.rows} | {e.period for e in self.encounters}))


@lru_cache(maxsize=1)
def contact_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(group label, channel slugs) in ledger order; the last group, 'other', has none."""
    node = resources.files("parley.data") / "contact_levels.json"
    data = json.loads(node.read_text(encoding="utf-8"))
    groups = tuple((str(g["label"]), tuple(g["channels"])) for g in data["groups"])
    return (*groups, (str(data["other"]["label"]), ()))


def _group(channel: str | None) -> str:
    for label, channels in contact_groups():
        if channel in channels:
            return label
    return contact_groups()[-1][0]


def _period(when: str, by: str) -> str:
    return when[:4] if by == "year" else when[:7]


def _on_channel(mechanisms: Sequence[Mechanism], channel: str | None) -> list[Mechanism]:
    return [m for m in mechanisms if m.channel is not None and m.channel == channel]


def _mechanism(event: MergedEvent, on_channel: Sequence[Mechanism],
               named: Callable[[Mechanism, str], bool]) -> str:
    """The mechanism of the event's channel its sentences name; else the one mechanism that
    is the channel (alone on it, or without a name of its own); else the channel.

    `on_channel` are the pair's mechanisms on the event's channel (`_on_channel`);
    `named(mechanism, sentence)` says whether a sentence names a mechanism
    (`mechanisms.mechanism_named_in` remembers it per sentence)."""
    for mechanism in on_channel:
        if mechanism.patterns and any(
                (t.event.mechanism and mechanism.is_named(t.event.mechanism))
                or named(mechanism, t.event.evidence.sentence) for t in event.evidence):
            return mechanism.name
    standing = [m for m in on_channel if not m.patterns]
    if len(on_channel) == 1 or len(standing) == 1:
        return (on_channel if len(on_channel) == 1 else standing)[0].name
    if event.channel is None:
        return "(no channel named)"
    return catalogue.channel_label(event.channel)


def _outcome(event: MergedEvent) -> str | None:
    if event.type in (EventType.MEET, EventType.CALL):
        return "executed"
    if event.type is EventType.SUSPEND:
        return "cancelled"
    if event.type is EventType.DECLINE:
        silent = all(is_silence(t.event.evidence.sentence) for t in event.evidence)
        return "ignored" if silent else "refused"
    return None


def evidence_key(stored: StoredEvent) -> tuple[object, ...]:
    """The fields of a telling's evidence record (`status.evidence_of`): tellings with equal
    keys are one sentence of one article, cited once."""
    told = stored.event.evidence
    return (stored.event.article, told.sentence, told.start, told.end, stored.published,
            stored.title, stored.url)


def _joined(first: Engagement, second: Engagement) -> Engagement:
    distinct: dict[tuple[object, ...], StoredEvent] = {}
    for stored in (*first.tellings, *second.tellings):
        distinct.setdefault(evidence_key(stored), stored)
    tellings = tuple(sorted(distinct.values(),
                            key=lambda x: (x.event.article, x.event.evidence.start)))
    return Engagement(first.outcome, first.date, first.type, tellings)


def _one_per_engagement(items: Sequence[Engagement]) -> list[Engagement]:
    """Tellings of one engagement of one mechanism, counted once.

    A meeting "on Monday and Tuesday" is one engagement told as two days: days next to each
    other, told by one article, are joined (at the first day). A coarser date ("2024-01")
    that fits exactly one engagement of the same outcome is that engagement, told vaguely;
    one that fits several, or none, stays an engagement of its own.
    """
    by_outcome: dict[str, list[Engagement]] = {}
    for item in items:
        by_outcome.setdefault(item.outcome, []).append(item)
    result: list[Engagement] = []
    for outcome_items in by_outcome.values():
        days = sorted((e for e in outcome_items if len(e.date) == 10), key=lambda e: e.date)
        joined: list[Engagement] = []
        for day in days:
            last = joined[-1] if joined else None
            if last is not None and _next_day(last, day) and {
                x.event.article for x in last.tellings} & {x.event.article for x in day.tellings}:
                joined[-1] = _joined(last, day)
                continue
            joined.append(day)
        coarse = sorted((e for e in outcome_items if len(e.date) < 10),
                        key=lambda e: -len(e.date))
        kept = _with_vague(joined, coarse)
        result.extend(kept)
    return result


def _with_vague(kept: list[Engagement], coarse: Sequence[Engagement]) -> list[Engagement]:
    """`kept` with each coarse engagement (finest first) joined to the one engagement of a
    finer date it fits, else added as its own (where a coarser one may fit it in turn)."""
    # Who a coarse date may be, by the prefixes of every finer date kept.
    by_prefix: dict[str, list[int]] = {}

    def index(number: int) -> None:
        value = kept[number].date
        for size in (4, 7):
            if len(value) > size:
                by_prefix.setdefault(value[:size], []).append(number)

    for number in range(len(kept)):
        index(number)
    for vague in coarse:
        fits = by_prefix.get(vague.date, []) if len(vague.date) in (4, 7) else [
            n for n, e in enumerate(kept)
            if len(e.date) > len(vague.date) and e.date.startswith(vague.date)]
        if len(fits) == 1:
            kept[fits[0]] = _joined(kept[fits[0]], vague)
        else:
            kept.append(vague)
            index(len(kept) - 1)
    return kept


def _next_day(first: Engagement, second: Engagement) -> bool:
    start, end = period_start(first.date), period_start(second.date)
    return start is not None and end is not None and 0 <= (end - start).days <= 1


def _factual(event: MergedEvent) -> bool:
    return (event.date is not None and not event.negated and not event.hypothetical
            and event.count is None)


def _evidence(event: MergedEvent) -> tuple[StoredEvidence, ...]:
    return tuple(map(evidence_of, event.evidence))


def history_contacts(history: PairHistory, by: str = "year") -> ContactLedger:
    """The contact ledger of a pair's history, per mechanism and `by` period."""
    if by not in PERIODS:
        raise ValueError(f"contacts by {by!r}: give one of {', '.join(PERIODS)}")
    mechanisms = mechanisms_for(history.a, history.b)
    found: dict[tuple[str, str, str | None], list[Engagement]] = {}

    on_channels: dict[str | None, list[Mechanism]] = {}

    def add(event: MergedEvent, outcome: str, when: str) -> None:
        on_channel = on_channels.get(event.channel)
        if on_channel is None:
            on_channel = on_channels[event.channel] = _on_channel(mechanisms, event.channel)
        key = (_group(event.channel), _mechanism(event, on_channel, mechanism_named_in),
               event.channel)
        found.setdefault(key, []).append(Engagement(outcome, when, event.type,
                                                    event.evidence))

    encounters: dict[tuple[str, str | None], list[MergedEvent]] = {}
    for event in history.merged:
        if not _factual(event) or event.date is None:
            continue
        if event.type is EventType.ENCOUNTER:
            encounters.setdefault((_period(event.date, by), event.source), []).append(event)
            continue
        outcome = _outcome(event)
        if outcome is not None:
            add(event, outcome, event.date)
    for answer in history.requests:
        request = answer.request
        if (answer.outcome is Outcome.UNANSWERED and answer.response is None
                and _factual(request) and request.date is not None):
            add(request, "ignored", request.date)
    cells: dict[tuple[str, str, str | None, str], list[Engagement]] = {}
    for (group, mechanism, channel), items in found.items():
        for engagement in _one_per_engagement(items):
            cells.setdefault((group, mechanism, channel, _period(engagement.date, by)),
                             []).append(engagement)
    order = {label: n for n, (label, _) in enumerate(contact_groups())}
    rows = tuple(
        ContactRow(group, mechanism, channel, period, tuple(sorted(
            items, key=lambda e: (e.date, e.outcome, e.type.value, tuple(
                (x.event.article, x.event.evidence.start) for x in e.tellings)))))
        for (group, mechanism, channel, period), items in sorted(
            cells.items(), key=lambda c: (order[c[0][0]], c[0][1], c[0][3], c[0][2] or "")))
    encounter_rows = tuple(
        EncounterRow(period, side, len(items), tuple(
            sorted((ev for e in items for ev in _evidence(e)), key=lambda x: (x.article, x.start))))
        for (period, side), items in sorted(encounters.items(), key=lambda c: (c[0][0],
                                                                                c[0][1] or "")))
    return ContactLedger(history.a, history.b, history.as_of, by, history.answer_days, rows,
                         encounter_rows)


def pair_contacts(store: EventSource, query: PairQuery, settings: Settings, by: str = "year"
                  ) -> ContactLedger:
    """The contact ledger of a pair read from a store, as of `query.as_of` (default today)."""
    from parley.report.history import pair_history

    return history_contacts(pair_history(store, query, settings), by=by)


def contacts_as_dict(ledger: ContactLedger) -> dict[str, Any]:
    """A JSON-ready dict (`parley contacts --json`, the API's contacts endpoint)."""
    return {
        "a": ledger.a, "b": ledger.b, "as_of": ledger.as_of, "by": ledger.by,
        "answer_days": ledger.answer_days, "outcomes": list(OUTCOMES),
        "totals": {period: ledger.totals(period) for period in ledger.periods},
        "rows": [{
            "group": row.group, "mechanism": row.mechanism, "channel": row.channel,
            "period": row.period, **{o: row.count(o) for o in OUTCOMES},
            "engagements": [{"outcome": e.outcome, "date": e.date, "type": e.type.value,
                             "evidence": [evidence_as_dict(x) for x in e.evidence]}
                            for e in row.engagements]}
            for row in ledger.rows],
        "encounters": [{"period": e.period, "side": e.side, "count": e.count,
                        "evidence": [evidence_as_dict(x) for x in e.evidence]}
                       for e in ledger.encounters],
    }


def contacts_csv(ledger: ContactLedger) -> str:
    """One line per mechanism and period (and per encounter side), with a header."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["period", "group", "mechanism", "channel", *OUTCOMES, "side",
                     "encounters"])
    for row in ledger.rows:
        writer.writerow([row.period, row.group, row.mechanism, row.channel or "",
                         *(row.count(o) for o in OUTCOMES), "", ""])
    for encounter in ledger.encounters:
        writer.writerow([encounter.period, "encounters", "", "", "", "", "", "",
                         encounter.side or "", encounter.count])
    return buffer.getvalue()
