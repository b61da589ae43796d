"""The ledgers of one pair of states: `parley requests` (who asked to talk, and what came
of it) and `parley freeze` (the monthly freeze index and what moved it)."""

from __future__ import annotations

import sys
from datetime import date
from typing import Annotated

import typer

from parley.cli.common import (
    AsOfOption,
    DbOption,
    FreezeFormat,
    JsonOption,
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

# Each command imports the report functions it calls inside its body (see `pair`).

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
        "judged as of the as-of date).", show_default=False)] = None,
    as_of: AsOfOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
    wide: WideOption = False,
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
        counts = [Column(header, right=True) for header in
                  ("accepted", "declined", "unanswered", "pending", "total")]
        totals = Table([Column("side"), Column("channel"), *counts],
                       title=f"Requests {query.a}–{query.b} {first or 'from the start'} to "
                       f"{last or ledger.as_of}, as of {ledger.as_of} (answer window "
                       f"{ledger.answer_days} days; unanswered is ignored, never declined)")
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
                      if entry.response_type else f"none by {entry.deadline}"
                      if entry.deadline else "window still open")
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
        help="Last month (default, and at the latest: the as-of month).",
        show_default=False)] = None,
    as_of: AsOfOption = None,
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
        table = Table([Column("month"), Column("index", right=True), Column(""),
                       Column("known channels", right=True)],
                      title=f"Freeze index {query.a}–{query.b} as of "
                      f"{query.as_of or date.today().isoformat()}")
        for point in series.points:
            value = "" if point.index is None else f"{point.index:.2f}"
            table.add_row(point.month, value, sparkline([point.index]),
                          str(len(point.statuses)))
        print_table(table, wide=wide)
        _print_sparkline([point.month for point in series.points], series.sparkline, wide)
        print_wrapped(FORMULA, wide=wide)
        for driver in series.drivers:
            print_wrapped(
                f"{driver.month}: {driver.label} "
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
