"""The commands about one pair of states: status, timeline, report, channels, requests,
freeze and watch."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from parley.cli.common import (
    WATCH_CHANGED_EXIT,
    AsOfOption,
    DbOption,
    FreezeFormat,
    JsonOption,
    ReportFormat,
    StateA,
    StateB,
    WideOption,
    app,
    guard,
    open_pair,
    print_json,
    valid_period,
)
from parley.cli.tables import Column, Table, print_table, print_wrapped, terminal_width
from parley.cli.usage import example
from parley.errors import ParleyError

if TYPE_CHECKING:
    from parley.report.watch import WatchResult

# Each command imports the report functions it calls inside its body, so that `--help` and
# one command do not load every report module.

# --------------------------------------------------------------------------- queries

@app.command(epilog=example(
    "parley status USA China",
    "parley status USA CHN --as-of 2023-06 --json"))
def status(
    a: StateA,
    b: StateB,
    as_of: AsOfOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """One row per channel: status, since when, the latest evidence and its article."""

    def run() -> None:
        from parley.report.queries import pair_status
        from parley.report.status import evidence_as_dict

        with open_pair(db, a, b, as_of) as (store, query, settings):
            rows = pair_status(store, query, settings.request_answer_days)
        if as_json:
            print_json([{"channel": r.channel, "status": r.status.value, "since": r.since,
                          "evidence": [evidence_as_dict(e) for e in r.evidence]}
                         for r in rows])
            return
        table = Table([Column("channel"), Column("status"), Column("since", 1, fold=True),
                       Column("article", 2, fold=True)],
                      title=f"{query.a}–{query.b} as of {query.as_of or 'latest'}; the latest "
                      "evidence under each channel")
        for row in rows:
            latest = row.evidence[0] if row.evidence else None
            table.add_row(row.channel, row.status.value, row.since or "",
                          latest.article if latest else "",
                          text=f"“{latest.sentence}”" if latest else "")
        print_table(table, wide=wide)

    guard(run)


@app.command(epilog=example(
    "parley timeline USA CHN --channel hotline",
    "parley timeline USA CHN --channel \"Defense Telephone Link\""))
def timeline(
    a: StateA,
    b: StateB,
    channel: Annotated[str | None, typer.Option(
        "--channel", metavar="CHANNEL", help="Only this channel: a slug (hotline), a label or a "
        "mechanism name (\"Defense Telephone Link\").", show_default=False)] = None,
    as_of: AsOfOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Dated events between two states, oldest first."""

    def run() -> None:
        from parley.channel_names import channel_slug
        from parley.report.queries import pair_timeline

        with open_pair(db, a, b, as_of) as (store, query, _):
            slug = channel_slug(channel, (query.a, query.b)) if channel else None
            events = pair_timeline(store, query, slug)
        if as_json:
            print_json([{**e.event.to_contract(),
                          "published": e.published.isoformat() if e.published else None,
                          "title": e.title} for e in events])
            return
        table = Table([Column("date"), Column("type"), Column("from→to", 3, fold=True),
                       Column("channel", 1, fold=True), Column("article", 2, fold=True)])
        for item in events:
            e = item.event
            flags = " (negated)" if e.negated else " (hypothetical)" if e.hypothetical else ""
            table.add_row(e.date or "undated", e.type.value + flags,
                          f"{e.source or '?'}→{e.target or '?'}", e.channel or "", e.article,
                          text=f"“{e.evidence.sentence}”")
        print_table(table, wide=wide)

    guard(run)


@app.command(epilog=example(
    "parley report USA CHN --since 2024-01",
    "parley report USA CHN -f html -o usa-chn.html"))
def report(
    a: StateA,
    b: StateB,
    as_of: AsOfOption = None,
    output_format: Annotated[ReportFormat, typer.Option(
        "--format", "-f", metavar="md|json|html",
        help="md (Markdown prose), json, or html (one self-contained "
        "file that opens offline).")] = ReportFormat.md,
    since: Annotated[str | None, typer.Option(
        "--since", metavar="DATE",
        help="'What changed since' this date (default: 90 days before the "
        "as-of date).", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="PATH",
        help="Write the report to this file instead of standard output.",
        show_default=False)] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The situation report: now, the freeze, what changed, open requests, a channel chart."""

    def run() -> None:
        from parley.report.html import render_html
        from parley.report.situation import build_report, render_json, render_markdown

        start = valid_period(since, "--since")
        with open_pair(db, a, b, as_of) as (store, query, settings):
            built = build_report(store, query, settings, since=start)
        if as_json or output_format is ReportFormat.json:
            text = render_json(built) + "\n"
        elif output_format is ReportFormat.html:
            text = render_html(built)
        else:
            text = render_markdown(built)
        if output is None:
            sys.stdout.write(text)
            return
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as error:
            raise ParleyError(f"cannot write {output}: {error.strerror or error}") from None

    guard(run)


def _evidence_line(evidence: Any) -> str:
    when = evidence.published.isoformat() if evidence.published else "undated"
    return f"“{evidence.sentence}” — {evidence.title or evidence.article} ({when})"


@app.command(epilog=example(
    "parley channels USA CHN --as-of 2022-09"))
def channels(
    a: StateA,
    b: StateB,
    as_of: AsOfOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """The pair's known mechanisms: level, set-up date and agreement, last use, state."""

    def run() -> None:
        from parley.report.channels import pair_channels, row_as_dict

        with open_pair(db, a, b, as_of) as (store, query, settings):
            rows = pair_channels(store, query, settings.request_answer_days)
        if as_json:
            print_json([row_as_dict(r) for r in rows])
            return
        table = Table([Column("mechanism", cut=True), Column("channel", 2, fold=True),
                       Column("last used"), Column("state"), Column("set up", 1, fold=True),
                       Column("level", 3, fold=True), Column("between", 4, fold=True),
                       Column("agreement", 4, fold=True)],
                      title=f"{query.a}–{query.b} mechanisms as of {query.as_of or 'latest'}")
        for row in rows:
            mechanism = row.mechanism
            set_up = ""
            if mechanism:
                set_up = mechanism.established or mechanism.established_note or "not found"
            state = row.status.value + (f" since {row.since}" if row.since else "")
            if row.conflict:
                state += " (sources disagree)"
            name = row.name + (f" ({mechanism.short})" if mechanism and mechanism.short else "")
            table.add_row(name, row.channel or "-", row.last_used or "", state, set_up,
                          (mechanism.level or "") if mechanism else "",
                          " / ".join(mechanism.participants) if mechanism else "",
                          (mechanism.agreement or "") if mechanism else "")
        print_table(table, wide=wide)

    guard(run)


@app.command(epilog=example(
    "parley requests USA CHN --from 2021 --to 2024-06"))
def requests(
    a: StateA,
    b: StateB,
    date_from: Annotated[str | None, typer.Option(
        "--from", metavar="DATE", help="First date of the period (YYYY, YYYY-MM or YYYY-MM-DD).",
        show_default=False)] = None,
    date_to: Annotated[str | None, typer.Option(
        "--to", metavar="DATE",
        help="Last date of the period (answers after it still count; outcomes are "
        "judged as of today).", show_default=False)] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Requests to talk per side and channel: accepted, declined, unanswered or pending."""

    def run() -> None:
        from parley.report.requests import ledger_as_dict, pair_requests

        first, last = valid_period(date_from, "--from"), valid_period(date_to, "--to")
        with open_pair(db, a, b) as (store, query, settings):
            ledger = pair_requests(store, query, answer_days=settings.request_answer_days,
                                   date_from=first, date_to=last)
        if as_json:
            print_json(ledger_as_dict(ledger))
            return
        counts = [Column(header, right=True) for header in
                  ("accepted", "declined", "unanswered", "pending", "total")]
        totals = Table([Column("side"), Column("channel"), *counts],
                       title=f"Requests {query.a}–{query.b} {first or 'from the start'} to "
                       f"{last or 'today'} (answer window {ledger.answer_days} days)")
        for total in ledger.totals:
            totals.add_row(total.side or "?", total.channel or "(any)", str(total.accepted),
                           str(total.declined), str(total.unanswered), str(total.pending),
                           str(total.total))
        print_table(totals, wide=wide)
        listing = Table([Column("date"), Column("asked"), Column("channel", 1, fold=True),
                         Column("outcome"), Column("answer", 2, fold=True),
                         Column("articles", 3, right=True)])
        for entry in ledger.requests:
            answer = (f"{entry.response_type.value} {entry.response_date}"
                      if entry.response_type else f"none by {entry.deadline}")
            listing.add_row(entry.date or "", f"{entry.side or '?'}→{entry.target or '?'}",
                            entry.channel or "(any)",
                            entry.outcome.value if entry.outcome else "", answer,
                            str(len(entry.articles)),
                            text=f"“{entry.evidence[0].sentence}”" if entry.evidence else "")
        print()
        print_table(listing, wide=wide)
        for entry in ledger.figures:
            period = (entry.date or "") + (f" to {entry.date_end}" if entry.date_end else "")
            outcome = f", {entry.outcome.value}" if entry.outcome else ""
            print_wrapped(f"reported figure: {entry.side or '?'}→{entry.target or '?'} "
                          f"{entry.channel or '(any channel)'}, {period}: {entry.figure} "
                          f"requests{outcome} ({len(entry.articles)} articles; not added to "
                          "the totals)", wide=wide, hanging=4)

    guard(run)


@app.command(epilog=example(
    "parley freeze USA CHN --from 2022-01 -f csv"))
def freeze(
    a: StateA,
    b: StateB,
    date_from: Annotated[str | None, typer.Option(
        "--from", metavar="DATE", help="First month (default: the first month with evidence).",
        show_default=False)] = None,
    date_to: Annotated[str | None, typer.Option(
        "--to", metavar="DATE",
        help="Last month (default: the latest evidence).", show_default=False)] = None,
    output_format: Annotated[FreezeFormat, typer.Option(
        "--format", "-f", metavar="table|csv|json",
        help="table (with a sparkline and what drives it), csv or json.")
    ] = FreezeFormat.table,
    db: DbOption = None,
    wide: WideOption = False,
) -> None:
    """The monthly freeze index of a pair: 0 all known channels working, 1 all frozen."""

    def run() -> None:
        from parley.report.exports import freeze_csv
        from parley.report.freeze import FORMULA, pair_freeze, series_as_dict, sparkline

        first, last = valid_period(date_from, "--from"), valid_period(date_to, "--to")
        with open_pair(db, a, b) as (store, query, settings):
            series = pair_freeze(store, query, settings, date_from=first, date_to=last)
        if output_format is FreezeFormat.json:
            print_json(series_as_dict(series))
            return
        if output_format is FreezeFormat.csv:
            sys.stdout.write(freeze_csv(series))
            return
        if not series.points:
            print(f"No channel between {query.a} and {query.b} has a known state.")
            return
        table = Table([Column("month"), Column("index", right=True), Column(""),
                       Column("known channels", right=True)],
                      title=f"Freeze index {query.a}–{query.b}")
        for point in series.points:
            value = "" if point.index is None else f"{point.index:.2f}"
            table.add_row(point.month, value, sparkline([point.index]),
                          str(len(point.statuses)))
        print_table(table, wide=wide)
        _print_sparkline([point.month for point in series.points], series.sparkline, wide)
        print_wrapped(FORMULA, wide=wide)
        for driver in series.drivers:
            before = driver.before.value if driver.before else "unknown"
            print_wrapped(
                f"{driver.month}: {driver.channel} {before} → {driver.after.value} "
                f"(index {driver.index_before if driver.index_before is not None else '-'}"
                f" → {driver.index_after}; without this change "
                f"{driver.without_change if driver.without_change is not None else '-'})",
                wide=wide, hanging=4)

    guard(run)


def _print_sparkline(months: list[str], spark: str, wide: bool) -> None:
    """The index as one character a month between its first and last month, in as many
    lines as the terminal needs (one with --wide)."""
    per = len(spark) if wide else max(12, terminal_width() - 2 * len("2018-09 "))
    for start in range(0, min(len(spark), len(months)), per):
        end = min(start + per, len(spark), len(months))
        print(f"{months[start]} {spark[start:end]} {months[end - 1]}")


@app.command(epilog=example(
    "parley watch USA CHN --fetch --state-file ~/.parley-watch.json"))
def watch(
    a: StateA,
    b: StateB,
    state_file: Annotated[Path | None, typer.Option(
        "--state-file", metavar="PATH",
        help="Where the previous run's states are kept (default: watch.json "
        "in the user data directory).", show_default=False)] = None,
    fetch_first: Annotated[bool, typer.Option(
        "--fetch", help="First fetch the pair's configured sources and those without a pair "
        "(parley sources add); a failed fetch makes the exit code 1 when nothing changed.")
    ] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Channels whose state changed since the previous run, with evidence; exit code 3 if any."""
    fetch_failures = 0

    def run() -> WatchResult:
        nonlocal fetch_failures
        from parley.report.watch import watch_pair

        # With --fetch, watch writes what it fetches: a new store is created, not refused.
        with open_pair(db, a, b, read_only=not fetch_first) as (store, query, settings):
            if fetch_first:
                from parley.cli.fetch import fetch_for_watch

                report = fetch_for_watch(store, settings, (query.a, query.b))
                fetch_failures = len(report.failures)
            return watch_pair(store, query, database_url=settings.database_url,
                              state_file=state_file, answer_days=settings.request_answer_days)

    result = guard(run)
    if as_json:
        from parley.report.watch import result_as_dict

        print_json(result_as_dict(result))
    else:
        if result.first_run:
            print(f"First watch of {result.a}–{result.b}: every known channel is new.")
        if not result.changes:
            print(f"No channel of {result.a}–{result.b} changed state since the last run.")
        for change in result.changes:
            since = f" since {change.since}" if change.since else ""
            conflict = " (sources disagree)" if change.conflict else ""
            print(f"{change.channel}: {change.before} → {change.after}{since}{conflict}")
            for evidence in change.evidence:
                print_wrapped(_evidence_line(evidence), wide=wide, indent=4)
    if result.changed:
        raise typer.Exit(WATCH_CHANGED_EXIT)
    if fetch_failures:
        raise typer.Exit(1)
