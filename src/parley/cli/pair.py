"""The commands about one pair of states: status, timeline, report, channels and watch
(`requests` and `freeze` are in `ledgers`)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from parley.cli.common import (
    WATCH_CHANGED_EXIT,
    AsOfOption,
    DbOption,
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
from parley.cli.tables import Column, Table, print_table, print_wrapped
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
        from parley.report.history import pair_history
        from parley.report.status import evidence_age, state_as_dict, status_rows, status_text

        with open_pair(db, a, b, as_of) as (store, query, settings):
            history = pair_history(store, query, settings)
            rows = status_rows(history)
        if as_json:
            print_json([state_as_dict(r) for r in rows])
            return
        table = Table([Column("channel"), Column("status"), Column("since", 1, fold=True),
                       Column("article", 2, fold=True)],
                      title=f"{query.a}–{query.b} as of {history.as_of}; "
                      f"{evidence_age(history)}; the headline evidence under each channel")
        for row in rows:
            latest = row.evidence[0] if row.evidence else None
            table.add_row(row.channel, status_text(row), row.since or "",
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
            rows = pair_channels(store, query, settings)
        if as_json:
            print_json([row_as_dict(r) for r in rows])
            return
        table = Table([Column("mechanism", cut=True), Column("channel", 2, fold=True),
                       Column("last used"), Column("state"), Column("set up", 1, fold=True),
                       Column("level", 3, fold=True), Column("between", 4, fold=True),
                       Column("agreement", 4, fold=True)],
                      title=f"{query.a}–{query.b} mechanisms as of "
                      f"{query.as_of or date.today().isoformat()}")
        for row in rows:
            mechanism = row.mechanism
            set_up = ""
            if mechanism:
                set_up = row.established or mechanism.established_note or "unknown"
            state = row.state_text + (f" since {row.since}" if row.since and not row.stale
                                      else "")
            if row.conflict:
                state += " (sources disagree)"
            name = row.name + (f" ({mechanism.short})" if mechanism and mechanism.short else "")
            table.add_row(name, row.channel or "-",
                          row.last_used or ("no record" if not row.record else ""), state,
                          set_up, (mechanism.level or "") if mechanism else "",
                          " / ".join(mechanism.participants) if mechanism else "",
                          (mechanism.agreement or "") if mechanism else "")
        print_table(table, wide=wide)

    guard(run)


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
                print_wrapped(_evidence_line(evidence), wide=wide, indent=4)
    if result.changed:
        raise typer.Exit(WATCH_CHANGED_EXIT)
    if fetch_failures:
        raise typer.Exit(1)
