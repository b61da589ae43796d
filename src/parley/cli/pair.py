"""The commands about one pair of states: status, timeline, report, channels, requests,
freeze and watch."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Column, Table

from parley.cli.common import (
    WATCH_CHANGED_EXIT,
    AsOfOption,
    DbOption,
    FreezeFormat,
    JsonOption,
    ReportFormat,
    StateA,
    StateB,
    app,
    guard,
    open_pair,
    out,
    print_json,
    unbroken,
    valid_period,
)
from parley.errors import ParleyError

if TYPE_CHECKING:
    from parley.report.watch import WatchResult

# Each command imports the report functions it calls inside its body, so that `--help` and
# one command do not load every report module.

# --------------------------------------------------------------------------- queries

@app.command()
def status(
    a: StateA,
    b: StateB,
    as_of: AsOfOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One row per channel: status, since when, the latest evidence and its article."""

    def run() -> None:
        from parley.report.history import pair_history
        from parley.report.status import evidence_age, state_as_dict, status_rows, status_text

        with open_pair(db, a, b, as_of) as (store, query, settings):
            history = pair_history(store, query, settings)
            rows = status_rows(history)
        if as_json:
            print_json([state_as_dict(r) for r in rows])
            return
        # A stale status wraps after "unknown" ("(last: suspended, 2018-09)" below it).
        table = Table(unbroken("channel"), Column("status", min_width=9), unbroken("since"),
                      "latest evidence", Column("article", overflow="fold"),
                      title=f"{query.a}–{query.b} as of {history.as_of}; "
                      f"{evidence_age(history)}")
        for row in rows:
            latest = row.evidence[0] if row.evidence else None
            table.add_row(row.channel, status_text(row), row.since or "",
                          latest.sentence if latest else "", latest.article if latest else "")
        out.print(table)

    guard(run)


@app.command()
def timeline(
    a: StateA,
    b: StateB,
    channel: Annotated[str | None, typer.Option(
        "--channel", help="Only this channel slug (e.g. hotline).")] = None,
    as_of: AsOfOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Dated events between two states, oldest first."""

    def run() -> None:
        from parley.report.queries import pair_timeline

        with open_pair(db, a, b, as_of) as (store, query, _):
            events = pair_timeline(store, query, channel)
        if as_json:
            print_json([{**e.event.to_contract(),
                          "published": e.published.isoformat() if e.published else None,
                          "title": e.title} for e in events])
            return
        table = Table(unbroken("date"), unbroken("type"), "source", "target", unbroken("channel"),
                      "sentence", Column("article", overflow="fold"))
        for item in events:
            e = item.event
            flags = " (negated)" if e.negated else " (hypothetical)" if e.hypothetical else ""
            table.add_row(e.date or "undated", e.type.value + flags, e.source or "",
                          e.target or "", e.channel or "", e.evidence.sentence, e.article)
        out.print(table)

    guard(run)


@app.command()
def report(
    a: StateA,
    b: StateB,
    as_of: AsOfOption = None,
    output_format: Annotated[ReportFormat, typer.Option(
        "--format", "-f", help="md (Markdown prose), json, or html (one self-contained "
        "file that opens offline).")] = ReportFormat.md,
    since: Annotated[str | None, typer.Option(
        "--since", help="'What changed since' this date (default: 90 days before the "
        "as-of date).", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to this file instead of standard output.",
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


@app.command()
def channels(
    a: StateA,
    b: StateB,
    as_of: AsOfOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The pair's known mechanisms: level, set-up date and agreement, last use, state."""

    def run() -> None:
        from parley.report.channels import pair_channels, row_as_dict

        with open_pair(db, a, b, as_of) as (store, query, settings):
            rows = pair_channels(store, query, settings)
        if as_json:
            print_json([row_as_dict(r) for r in rows])
            return
        table = Table("mechanism", "channel", "level / between", "set up", "last used",
                      "state", title=f"{query.a}–{query.b} mechanisms as of "
                      f"{query.as_of or date.today().isoformat()}")
        for row in rows:
            mechanism = row.mechanism
            between = (mechanism.level or "") if mechanism else ""
            if mechanism and mechanism.participants:
                between += "\n" + " / ".join(mechanism.participants)
            set_up = ""
            if mechanism:
                set_up = row.established or mechanism.established_note or "unknown"
                if mechanism.agreement:
                    set_up += f"\n{mechanism.agreement}"
            state = row.state_text + (f" since {row.since}" if row.since and not row.stale
                                      else "")
            if row.conflict:
                state += " (sources disagree)"
            name = row.name + (f" ({mechanism.short})" if mechanism and mechanism.short else "")
            table.add_row(name, row.channel or "-", between.strip(), set_up,
                          row.last_used or ("no record" if not row.record else ""), state)
        out.print(table)

    guard(run)


@app.command()
def requests(
    a: StateA,
    b: StateB,
    date_from: Annotated[str | None, typer.Option(
        "--from", help="First date of the period (YYYY, YYYY-MM or YYYY-MM-DD).",
        show_default=False)] = None,
    date_to: Annotated[str | None, typer.Option(
        "--to", help="Last date of the period (answers after it still count; outcomes are "
        "judged as of the as-of date).", show_default=False)] = None,
    as_of: AsOfOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Requests to talk per side and channel: accepted, declined, unanswered or pending."""

    def run() -> None:
        from parley.report.requests import ledger_as_dict, pair_requests

        first, last = valid_period(date_from, "--from"), valid_period(date_to, "--to")
        with open_pair(db, a, b, as_of) as (store, query, settings):
            ledger = pair_requests(store, query, settings, date_from=first, date_to=last)
        if as_json:
            print_json(ledger_as_dict(ledger))
            return
        totals = Table("side", "channel", "accepted", "declined", "unanswered", "pending",
                       "total", title=f"Requests {query.a}–{query.b} "
                       f"{first or 'from the start'} to {last or ledger.as_of}, as of "
                       f"{ledger.as_of} (answer window {ledger.answer_days} days; unanswered "
                       "is ignored, never declined)")
        for total in ledger.totals:
            totals.add_row(total.side or "?", total.channel or "(any)", str(total.accepted),
                           str(total.declined), str(total.unanswered), str(total.pending),
                           str(total.total))
        out.print(totals)
        listing = Table("date", "asked", "channel", "outcome", "answer", "sentence", "articles")
        for entry in ledger.requests:
            answer = (f"{entry.response_type.value} {entry.response_date}"
                      if entry.response_type else f"none by {entry.deadline}"
                      if entry.deadline else "window still open")
            listing.add_row(entry.date or "", f"{entry.side or '?'}→{entry.target or '?'}",
                            entry.channel or "(any)",
                            entry.outcome.value if entry.outcome else "", answer,
                            entry.evidence[0].sentence if entry.evidence else "",
                            str(len(entry.articles)))
        out.print(listing)
        for entry in ledger.figures:
            period = (entry.date or "") + (f" to {entry.date_end}" if entry.date_end else "")
            outcome = f", {entry.outcome.value}" if entry.outcome else ""
            print(f"reported figure: {entry.side or '?'}→{entry.target or '?'} "
                  f"{entry.channel or '(any channel)'}, {period}: {entry.figure} "
                  f"requests{outcome} ({len(entry.articles)} articles; not added to the "
                  "totals)")

    guard(run)


@app.command()
def freeze(
    a: StateA,
    b: StateB,
    date_from: Annotated[str | None, typer.Option(
        "--from", help="First month (default: the first month with evidence).",
        show_default=False)] = None,
    date_to: Annotated[str | None, typer.Option(
        "--to", help="Last month (default, and at the latest: the as-of month).",
        show_default=False)] = None,
    as_of: AsOfOption = None,
    output_format: Annotated[FreezeFormat, typer.Option(
        "--format", "-f", help="table (with a sparkline and what drives it), csv or json.")
    ] = FreezeFormat.table,
    db: DbOption = None,
) -> None:
    """The monthly freeze index of a pair: 0 all known channels working, 1 all frozen."""

    def run() -> None:
        from parley.report.exports import freeze_csv
        from parley.report.freeze import FORMULA, pair_freeze, series_as_dict, sparkline

        first, last = valid_period(date_from, "--from"), valid_period(date_to, "--to")
        with open_pair(db, a, b, as_of) as (store, query, settings):
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
        table = Table("month", "index", "", "known channels",
                      title=f"Freeze index {query.a}–{query.b} as of "
                      f"{query.as_of or date.today().isoformat()}")
        for point in series.points:
            value = "" if point.index is None else f"{point.index:.2f}"
            table.add_row(point.month, value, sparkline([point.index]),
                          str(len(point.statuses)))
        out.print(table)
        print(f"{series.points[0].month} {series.sparkline} {series.points[-1].month}")
        print(FORMULA)
        for driver in series.drivers:
            print(f"{driver.month}: {driver.label} "
                  f"(index {driver.index_before if driver.index_before is not None else '-'}"
                  f" → {driver.index_after}; without this change "
                  f"{driver.without_change if driver.without_change is not None else '-'})")

    guard(run)


@app.command()
def watch(
    a: StateA,
    b: StateB,
    state_file: Annotated[Path | None, typer.Option(
        "--state-file", help="Where the previous run's states are kept (default: watch.json "
        "in the user data directory).", show_default=False)] = None,
    fetch_first: Annotated[bool, typer.Option(
        "--fetch", help="First fetch the pair's configured sources and those without a pair "
        "(parley sources add); a failed fetch makes the exit code 1 when nothing changed.")
    ] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Channels whose state changed since the previous run, with evidence; exit code 3 if any."""
    fetch_failures = 0

    def run() -> WatchResult:
        nonlocal fetch_failures
        from parley.report.watch import watch_pair

        with open_pair(db, a, b) as (store, query, settings):
            if fetch_first:
                from parley.cli.fetch import fetch_for_watch

                report = fetch_for_watch(store, settings, (query.a, query.b))
                fetch_failures = len(report.failures)
            return watch_pair(store, query, database_url=settings.database_url,
                              settings=settings, state_file=state_file)

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
                print(f"    {_evidence_line(evidence)}")
    if result.changed:
        raise typer.Exit(WATCH_CHANGED_EXIT)
    if fetch_failures:
        raise typer.Exit(1)
