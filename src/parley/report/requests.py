"""`parley requests A B`: the request ledger, who asked whom to talk and what came of it.

Requests are merged across articles first (`timeline.merge`), so a request reported by five
articles is one request. Each dated request gets an outcome (`timeline.request_outcomes`):
accepted (a meeting or call on its channel followed within the answer window), declined (a
refusal came first, within the window), unanswered, that is ignored (the window closed in
silence, or the answer was silence: "the calls went unanswered"), or pending (the window is
still open on the as-of date). Ignored is never counted as declined.

Aggregated figures ("more than a dozen requests since 2021") are listed apart with their
qualifier and never added to the counted requests: they usually include requests that are
also reported one by one, and the same figure repeated by several articles is one figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from parley import catalogue
from parley.config import Settings
from parley.report.queries import EventSource, PairQuery
from parley.report.status import evidence_as_dict, evidence_of
from parley.timeline.history import PairHistory, build_history
from parley.timeline.merge import MergedEvent
from parley.timeline.periods import period_end, period_start
from parley.timeline.request_outcomes import AnsweredRequest, Outcome
from parley.types import CountQualifier, EventType, StoredEvent, StoredEvidence

__all__ = ["LedgerEntry", "LedgerTotal", "RequestLedger", "history_ledger", "ledger_as_dict",
           "pair_requests", "request_ledger"]

_QUALIFIER_TEXT: dict[CountQualifier, str] = {
    CountQualifier.EXACT: "",
    CountQualifier.MORE_THAN: "more than ",
    CountQualifier.AT_LEAST: "at least ",
    CountQualifier.ABOUT: "about ",
    CountQualifier.NEARLY: "nearly ",
    CountQualifier.FEWER_THAN: "fewer than ",
}


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One request (merged across articles) or one reported aggregate figure.

    It keeps the request's tellings and its response and builds their evidence records
    (`evidence`, `response_evidence`) when asked: the pair page of the busiest benchmark
    pair cites the first sentence of 40 of its 2,600 requests, and building every record up
    front (and finding each response's representative telling) cost a cold page some 5,000
    records it never read. The exports ask for them all and get the same records."""

    date: str | None
    date_end: str | None
    side: str | None
    target: str | None
    channel: str | None
    level: str | None
    outcome: Outcome | None  # None for aggregate figures and undated requests
    count: int | None
    count_qualifier: CountQualifier | None
    articles: tuple[str, ...]
    tellings: tuple[StoredEvent, ...]
    deadline: str | None = None
    response_type: EventType | None = None
    response_date: str | None = None
    response: MergedEvent | None = None

    @property
    def evidence(self) -> tuple[StoredEvidence, ...]:
        """The sentences that tell the request, with their articles' facts."""
        return tuple(map(evidence_of, self.tellings))

    @property
    def response_evidence(self) -> StoredEvidence | None:
        """The sentence to quote for the response (its representative telling)."""
        return evidence_of(self.response.representative) if self.response else None

    @property
    def figure(self) -> str | None:
        """"more than 12" for an aggregate, None for a single request."""
        if self.count is None:
            return None
        qualifier = _QUALIFIER_TEXT.get(self.count_qualifier or CountQualifier.EXACT, "")
        return f"{qualifier}{self.count}"


@dataclass(frozen=True, slots=True)
class LedgerTotal:
    """How many single requests one side made on one channel, by outcome."""

    side: str | None
    channel: str | None
    accepted: int = 0
    declined: int = 0
    unanswered: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.accepted + self.declined + self.unanswered + self.pending


@dataclass(frozen=True, slots=True)
class RequestLedger:
    a: str
    b: str
    date_from: str | None
    date_to: str | None
    answer_days: int
    requests: tuple[LedgerEntry, ...]
    figures: tuple[LedgerEntry, ...]
    undated: tuple[LedgerEntry, ...]
    totals: tuple[LedgerTotal, ...]
    as_of: str | None = None


def _within(event: MergedEvent, date_from: str | None, date_to: str | None) -> bool:
    """The event's period overlaps [date_from, date_to] (each at its own precision)."""
    start, end = period_start(event.date), period_end(event.when)
    if start is None or end is None:
        return date_from is None and date_to is None
    low, high = period_start(date_from), period_end(date_to)
    return (low is None or end >= low) and (high is None or start <= high)


def _entry(event: MergedEvent, answer: AnsweredRequest | None, day: str = "") -> LedgerEntry:
    """One ledger row; a deadline after the as-of `day` is not shown (the window is open)."""
    response = answer.response if answer else None
    return LedgerEntry(
        date=event.date, date_end=event.date_end, side=event.source, target=event.target,
        channel=event.channel, level=catalogue.channel_level(event.channel or ""),
        outcome=answer.outcome if answer else None,
        count=event.count, count_qualifier=event.count_qualifier, articles=event.articles,
        tellings=event.evidence,
        deadline=answer.deadline if answer and not (day and answer.deadline > day) else None,
        response_type=response.type if response else None,
        response_date=response.when if response else None,
        response=response,
    )


def history_ledger(history: PairHistory, *, date_from: str | None = None,
                   date_to: str | None = None) -> RequestLedger:
    """The ledger of a pair's requests in [date_from, date_to], outcomes as of the history's
    as-of day: a request whose window is still open then is pending. Responses after the
    period count as long as they fall in the request's window."""
    merged = [m for m in history.merged if m.type is EventType.REQUEST
              and not m.negated and not m.hypothetical]
    answer_of = _answers(history, merged)
    requests: list[LedgerEntry] = []
    figures: list[LedgerEntry] = []
    undated: list[LedgerEntry] = []
    for event in merged:
        if event.date is None:
            if date_from is None and date_to is None:
                undated.append(_entry(event, None))
            continue
        if not _within(event, date_from, date_to):
            continue
        entry = _entry(event, answer_of(event), history.day.isoformat())
        (figures if event.count is not None else requests).append(entry)
    return RequestLedger(history.a, history.b, date_from, date_to, history.answer_days,
                         tuple(requests), tuple(figures), tuple(undated), _totals(requests),
                         history.as_of)


def request_ledger(
    events: Sequence[StoredEvent], a: str, b: str, *, answer_days: int,
    date_from: str | None = None, date_to: str | None = None, reference: str | None = None,
) -> RequestLedger:
    """`history_ledger` of some events of a pair, outcomes as of `reference` (default today)."""
    return history_ledger(build_history(events, a, b, as_of=reference, answer_days=answer_days),
                          date_from=date_from, date_to=date_to)


def _answers(history: PairHistory, merged: Sequence[MergedEvent]
             ) -> Callable[[MergedEvent], AnsweredRequest | None]:
    """The answer of each merged request. A history's answers are of its own merged events
    (`build_history` classifies the very records it keeps), so they are found by identity;
    answers of other records are matched by their tellings (`_key`), which cost a busy
    pair's ledger a tuple of every telling of every request, twice."""
    by_object = {id(answer.request): answer for answer in history.requests}
    known = {id(event) for event in merged}
    if all(id(answer.request) in known for answer in history.requests):
        return lambda event: by_object.get(id(event))
    by_identity = {_key(answer.request): answer for answer in history.requests}
    return lambda event: by_identity.get(_key(event))


def _key(event: MergedEvent) -> tuple[object, ...]:
    return tuple((e.event.article, e.event.evidence.start, e.event.type.value)
                 for e in event.evidence)


def _totals(entries: Sequence[LedgerEntry]) -> tuple[LedgerTotal, ...]:
    counts: dict[tuple[str, str], dict[Outcome, int]] = {}
    for entry in entries:
        if entry.outcome is None:
            continue
        cell = counts.setdefault((entry.side or "", entry.channel or ""), {})
        cell[entry.outcome] = cell.get(entry.outcome, 0) + 1
    return tuple(
        LedgerTotal(side or None, channel or None, cell.get(Outcome.ACCEPTED, 0),
                    cell.get(Outcome.DECLINED, 0), cell.get(Outcome.UNANSWERED, 0),
                    cell.get(Outcome.PENDING, 0))
        for (side, channel), cell in sorted(counts.items())
    )


def pair_requests(store: EventSource, query: PairQuery, settings: Settings, *,
                  date_from: str | None = None, date_to: str | None = None) -> RequestLedger:
    """The ledger of a pair read from a store, as of `query.as_of` (default today)."""
    from parley.report.history import pair_history

    return history_ledger(pair_history(store, query, settings), date_from=date_from,
                          date_to=date_to)


def _entry_dict(entry: LedgerEntry) -> dict[str, Any]:
    return {
        "date": entry.date, "date_end": entry.date_end, "side": entry.side,
        "target": entry.target, "channel": entry.channel, "level": entry.level,
        "outcome": entry.outcome.value if entry.outcome else None,
        "count": entry.count,
        "count_qualifier": entry.count_qualifier.value if entry.count_qualifier else None,
        "figure": entry.figure, "articles": list(entry.articles), "deadline": entry.deadline,
        "response": None if entry.response_type is None else {
            "type": entry.response_type.value, "date": entry.response_date,
            "evidence": (evidence_as_dict(entry.response_evidence)
                         if entry.response_evidence else None)},
        "evidence": [evidence_as_dict(e) for e in entry.evidence],
    }


def ledger_as_dict(ledger: RequestLedger) -> dict[str, Any]:
    """A JSON-ready dict of a ledger (the `--json` output of `parley requests`)."""
    return {
        "a": ledger.a, "b": ledger.b, "as_of": ledger.as_of, "from": ledger.date_from,
        "to": ledger.date_to,
        "answer_days": ledger.answer_days,
        "totals": [{"side": t.side, "channel": t.channel, "accepted": t.accepted,
                    "declined": t.declined, "unanswered": t.unanswered,
                    "pending": t.pending, "total": t.total} for t in ledger.totals],
        "requests": [_entry_dict(e) for e in ledger.requests],
        "figures": [_entry_dict(e) for e in ledger.figures],
        "undated": [_entry_dict(e) for e in ledger.undated],
    }
