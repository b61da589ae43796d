"""`parley contacts A B`: the contact ledger (executed, refused, cancelled, ignored) per
mechanism and period, and encounters per period and side."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from parley.cli.common import (
    AsOfOption,
    DbOption,
    JsonOption,
    StateA,
    StateB,
    WideOption,
    app,
    guard,
    open_pair,
    print_json,
)
from parley.cli.tables import Column, Table, print_table
from parley.cli.usage import example


class ContactPeriod(StrEnum):
    year = "year"
    month = "month"


@app.command(epilog=example(
    "parley contacts USA China --by year",
    "parley contacts KOR PRK --by month --csv > contacts.csv"))
def contacts(
    a: StateA,
    b: StateB,
    by: Annotated[ContactPeriod, typer.Option(
        "--by", help="Count per year or per month.")] = ContactPeriod.year,
    as_of: AsOfOption = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV, one line per mechanism "
                                         "and period.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Engagements per mechanism and period: executed, refused, cancelled, ignored."""

    def run() -> None:
        from parley.report.contacts import (
            OUTCOMES,
            contacts_as_dict,
            contacts_csv,
            pair_contacts,
        )

        with open_pair(db, a, b, as_of) as (store, query, settings):
            ledger = pair_contacts(store, query, settings, by=by.value)
        if as_json:
            print_json(contacts_as_dict(ledger))
            return
        if as_csv:
            sys.stdout.write(contacts_csv(ledger))
            return
        table = Table([Column("period"), Column("level", 2, fold=True),
                       Column("mechanism", cut=True),
                       *(Column(outcome, right=True) for outcome in OUTCOMES)],
                      title=f"Contacts {ledger.a}–{ledger.b} by {ledger.by} as of "
                      f"{ledger.as_of} (ignored: unanswered after {ledger.answer_days} days)")
        for row in ledger.rows:
            table.add_row(row.period, row.group, row.mechanism,
                          *(str(row.count(o)) for o in OUTCOMES))
        print_table(table, wide=wide)
        if ledger.encounters:
            encounters = Table([Column("period"), Column("side"),
                                Column("encounters", right=True)], title="Encounters")
            for encounter in ledger.encounters:
                encounters.add_row(encounter.period, encounter.side or "?",
                                   str(encounter.count))
            print_table(encounters, wide=wide)

    guard(run)
