"""The data behind each dashboard page, computed by the same library functions the CLI calls.

`Dashboard` wraps a store and the settings: each method answers one page (or API endpoint)
with typed records from `parley.report`. A pair's events are read
from the store once per store revision and kept in memory; the answers computed from them
are cached the same way (`web.cache`), so a page asked again costs only its rendering.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Unpack

from parley import catalogue
from parley.config import Settings
from parley.errors import StoreError
from parley.limits import check_deadline
from parley.report.channels import ChannelRow, history_channels
from parley.report.contacts import ContactLedger, history_contacts
from parley.report.freeze import FreezeSeries, check_period, history_freeze
from parley.report.history import PairHistory, history_from_events
from parley.report.intervals import Interval, chart_window
from parley.report.overview import (
    PairSummary,
    code_order,
    save_summaries,
    stored_summaries,
    summarise,
    summary_key,
)
from parley.report.queries import PairQuery, pair_timeline, state_name
from parley.report.requests import RequestLedger, history_ledger
from parley.report.situation import SituationReport, history_report
from parley.report.status import evidence_age, status_rows
from parley.store import EventQuery, Store
from parley.types import Article, ChannelState, ChannelStatus, EventType, StoredEvent
from parley.web.cache import AnswerCache
from parley.web.event_rows import FOLD_LIMIT, EventRows, fold_page
from parley.web.highlights import Highlight, highlight
from parley.web.naming import common_order

__all__ = [
    "ArticleView",
    "ChannelView",
    "Dashboard",
    "EventFilters",
    "EventPage",
    "Highlight",
    "PairSummary",
    "PairView",
    "StateSummary",
]

#: The kind of stored summary that holds a pair page's rendered content (`views.pair`).
PAIR_PAGE = "pair-page"

#: Months the pair chart shows by default, ending at the as-of month.
DEFAULT_CHART_MONTHS = 60


class PairEvents:
    """An event source over one pair's events held in memory (the report functions' input).

    Answers `events(pair=..., channel=...)` for its own pair from memory; any other query
    goes to the store.
    """

    def __init__(self, store: Store, pair: tuple[str, str], events: Sequence[StoredEvent]):
        self._store = store
        self._pair = tuple(sorted(pair))
        self._events = list(events)

    def events(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[EventQuery]
    ) -> list[StoredEvent]:
        pair, channel = filters.get("pair"), filters.get("channel")
        plain = limit is None and not offset and all(
            value is None for name, value in filters.items() if name not in ("pair", "channel"))
        if pair is None or tuple(sorted(pair)) != self._pair or not plain:
            return self._store.events(limit=limit, offset=offset, **filters)
        if channel is None:
            return list(self._events)
        return [e for e in self._events if e.event.channel == channel]


@dataclass(frozen=True, slots=True)
class StateSummary:
    code: str
    name: str
    partners: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PairView:
    """Everything the pair page shows."""

    query: PairQuery
    name_a: str
    name_b: str
    report: SituationReport
    freeze: FreezeSeries
    ledger: RequestLedger
    intervals: dict[str, tuple[Interval, ...]]
    first_month: str | None  # the window both charts of the page cover
    last_month: str | None
    events: int
    known_channels: int  # channels with a known state as of the page's date
    as_of: str = ""  # the as-of date every part of the page uses (default today)
    evidence_age: str = ""  # "latest evidence 2026-05-08, 7 months before the as-of date"
    contacts: ContactLedger | None = None


@dataclass(frozen=True, slots=True)
class ChannelView:
    """The channel page: its intervals with every supporting sentence, and all its events."""

    query: PairQuery
    channel: str
    label: str
    level: str | None
    state: ChannelState
    intervals: tuple[Interval, ...]
    events: tuple[StoredEvent, ...]
    mechanisms: tuple[ChannelRow, ...]


@dataclass(frozen=True, slots=True)
class EventFilters:
    types: tuple[EventType, ...] | None = None
    pair: tuple[str, str] | None = None
    channel: str | None = None
    state: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    article: str | None = None

    def store_query(self) -> EventQuery:
        """These filters as `Store.events` and `Store.count_events` take them."""
        return EventQuery(pair=self.pair, state=self.state, channel=self.channel,
                          types=self.types,
                          date_from=self.date_from, date_to=self.date_to, text=self.text,
                          article=self.article)


@dataclass(frozen=True, slots=True)
class EventPage:
    filters: EventFilters
    total: int
    limit: int
    offset: int
    events: tuple[StoredEvent, ...]


@dataclass(frozen=True, slots=True)
class ArticleView:
    article: Article
    events: tuple[StoredEvent, ...]
    parts: tuple[Highlight, ...]
    unplaced: tuple[StoredEvent, ...] = field(default_factory=tuple)


class Dashboard:
    """The dashboard's answers over one store (thread-safe: the store opens a session each)."""

    def __init__(self, store: Store, settings: Settings, cache_size: int = 256) -> None:
        self.store = store
        self.settings = settings
        self.cache = AnswerCache(cache_size)
        self.labels = catalogue.labels()
        self.levels = catalogue.levels()

    def refresh(self) -> None:
        """Drop cached answers if the store changed since they were computed."""
        self.cache.revise(self.store.revision())

    def state_name(self, code: str) -> str:
        return state_name(code)

    # -- the raw material ------------------------------------------------------------------

    def _events(self, query: PairQuery) -> PairEvents:
        key = tuple(sorted((query.a, query.b)))
        events = self.cache.get(("events", key),
                                lambda: self.store.events(pair=(query.a, query.b)))
        return PairEvents(self.store, (query.a, query.b), events)

    def pairs(self) -> list[tuple[str, str]]:
        return self.cache.get(("pairs",), self.store.pairs)

    # -- answers ---------------------------------------------------------------------------

    def states(self) -> list[StateSummary]:
        """Every state that has events with another, with its partners."""
        partners: dict[str, set[str]] = {}
        for a, b in self.pairs():
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
        return [StateSummary(code, self.state_name(code), tuple(sorted(found)))
                for code, found in sorted(partners.items())]

    def overview(self, as_of: str | None, named: bool = False) -> list[PairSummary]:
        """Every pair with its freeze index and latest change as of `as_of`: each sorted by
        code (the API's form), or with `named` as a reader sees them, in the common order
        ("United States – China") and sorted by name.

        As of today (`as_of` None) the rows the store keeps for its revision are read
        (`report.overview`); only the pairs missing there are computed, and saved."""
        def compute(order: Callable[[str, str], tuple[str, str]]) -> list[PairSummary]:
            revision = self.store.revision() if as_of is None else None
            kept = stored_summaries(self.store, self.settings, revision) if revision else {}
            summaries, computed = [], []
            for a, b in self.pairs():
                check_deadline()  # a pair at a time: past the request's budget, a 503
                query = PairQuery(*order(a, b), as_of)
                row = kept.get((query.a, query.b))
                if row is None:
                    row = self.pair_summary(query)
                    computed.append(row)
                summaries.append(row)
            if revision and computed:
                self._keep(revision, computed)
            return summaries

        if not named:
            return self.cache.get(("overview", as_of), lambda: compute(code_order))
        return self.cache.get(("overview-named", as_of), lambda: sorted(
            compute(common_order), key=lambda row: (row.name_a, row.name_b)))

    def kept_page(self, query: PairQuery) -> tuple[str, str | None]:
        """The store's revision and the pair page content kept for it (`views.pair`), or
        None; only as of today (`query.as_of` None) is a page kept (else the revision is
        "": nothing to keep)."""
        if query.as_of is not None:
            return "", None
        revision = self.store.revision()
        found = self.store.pair_summaries(revision, date.today().isoformat(),
                                          summary_key(self.settings), PAIR_PAGE,
                                          (query.a, query.b))
        return revision, found.get((query.a, query.b))

    def keep_page(self, query: PairQuery, revision: str, content: str) -> None:
        """Keep a computed pair page's content for the next fresh app (as `_keep`)."""
        try:
            self.store.save_pair_summaries(revision, date.today().isoformat(),
                                           summary_key(self.settings),
                                           {(query.a, query.b): content}, PAIR_PAGE)
        except StoreError:
            pass

    def _keep(self, revision: str, rows: list[PairSummary]) -> None:
        """Save computed overview rows for the next fresh app; a store that cannot be
        written (read-only, or another writer saving the same rows) keeps none."""
        try:
            save_summaries(self.store, self.settings, revision, rows)
        except StoreError:
            pass

    def history(self, query: PairQuery) -> PairHistory:
        """The pair's one history as of `query.as_of`: every answer below is a view of it."""
        return self.cache.get(("history", query), lambda: history_from_events(
            self._events(query).events(pair=(query.a, query.b)), query, self.settings))

    def pair_summary(self, query: PairQuery) -> PairSummary:
        return self.cache.get(("summary", query), lambda: summarise(
            self.history(query), query, self.settings))

    def status(self, query: PairQuery) -> list[ChannelState]:
        return self.cache.get(("status", query), lambda: status_rows(self.history(query)))

    def intervals(self, query: PairQuery) -> dict[str, tuple[Interval, ...]]:
        """Each channel's intervals up to `as_of` (the chart's and the channel page's)."""
        return self.history(query).intervals

    def report(self, query: PairQuery, since: str | None = None) -> SituationReport:
        return self.cache.get(("report", query, since), lambda: history_report(
            self.history(query), self.settings, since))

    def freeze(self, query: PairQuery, date_from: str | None = None,
               date_to: str | None = None) -> FreezeSeries:
        check_period(date_from, date_to, self.settings.max_series_months)  # before any work
        return self.cache.get(("freeze", query, date_from, date_to), lambda: history_freeze(
            self.history(query), weights=self.settings.channel_weights, date_from=date_from,
            date_to=date_to, max_months=self.settings.max_series_months))

    def requests(self, query: PairQuery, date_from: str | None = None,
                 date_to: str | None = None) -> RequestLedger:
        return self.cache.get(("requests", query, date_from, date_to), lambda: history_ledger(
            self.history(query), date_from=date_from, date_to=date_to))

    def contacts(self, query: PairQuery, by: str = "year") -> ContactLedger:
        return self.cache.get(("contacts", query, by), lambda: history_contacts(
            self.history(query), by=by))

    def channels(self, query: PairQuery) -> list[ChannelRow]:
        return self.cache.get(("channels", query), lambda: history_channels(
            self.history(query)))

    def timeline(self, query: PairQuery, channel: str | None = None) -> list[StoredEvent]:
        return self.cache.get(("timeline", query, channel),
                              lambda: pair_timeline(self._events(query), query, channel))

    def pair_view(self, query: PairQuery, since: str | None = None,
                  months: int = DEFAULT_CHART_MONTHS) -> PairView:
        """The pair page: report, chart intervals, freeze series, request and contact ledgers,
        all views of one history and one as-of date."""
        history = self.history(query)
        report = self.report(query, since)
        first_month, last_month = chart_window(history, months)
        # One time axis per page: the freeze series covers the channel chart's window.
        freeze = self.freeze(query, date_from=first_month, date_to=last_month)
        known = sum(1 for s in report.states if s.status is not ChannelStatus.UNKNOWN)
        return PairView(
            query, self.state_name(query.a), self.state_name(query.b), report, freeze,
            self.requests(query), history.intervals, first_month, last_month,
            len(history.events), known, history.as_of, evidence_age(history),
            self.contacts(query))

    def event_rows(self, filters: EventFilters, sort: str, limit: int, offset: int
                   ) -> EventRows:
        """One page of the events table: events with their tellings folded, sorted."""
        query = filters.store_query()
        total = self.store.count_events(**query)
        if total <= FOLD_LIMIT:
            events = self.cache.get(("event-rows", filters),
                                    lambda: self.store.events(**query))
            return fold_page(events, sort, limit, offset, total)
        page = self.store.events(**query, limit=limit, offset=offset) if offset < total else []
        folded = fold_page(page, "date", limit, 0, total)
        return EventRows(folded.rows, total, total, False)

    def channel_view(self, query: PairQuery, channel: str) -> ChannelView:
        intervals = self.intervals(query).get(channel, ())
        state = next(s for s in self.status(query) if s.channel == channel)
        return ChannelView(
            query, channel, self.labels.get(channel, channel), self.levels.get(channel),
            state, tuple(intervals), tuple(self.timeline(query, channel)),
            tuple(row for row in self.channels(query) if row.channel == channel))

    def event_page(self, filters: EventFilters, limit: int, offset: int) -> EventPage:
        """One page of stored events matching the filters, and how many match in all."""
        query = filters.store_query()
        total = self.store.count_events(**query)
        events = self.store.events(**query, limit=limit, offset=offset) if offset < total else []
        return EventPage(filters, total, limit, offset, tuple(events))

    def article_view(self, article_id: str) -> ArticleView | None:
        article = self.store.article(article_id)
        if article is None:
            return None
        events = self.store.events(article=article_id)
        parts, unplaced = highlight(article.text, events)
        return ArticleView(article, tuple(events), parts, unplaced)


def chart_channels(intervals: Mapping[str, Sequence[Interval]]) -> list[str]:
    """Channels with intervals, catalogue order first (as the report's chart orders them)."""
    order = catalogue.slugs()
    return [c for c in order if c in intervals] + sorted(set(intervals) - set(order))
