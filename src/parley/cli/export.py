"""`parley export`: the store's events and articles as Parquet, JSON lines or CSV files."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from parley.cli.common import DbOption, JsonOption, app, guard, open_store
from parley.cli.usage import example

if TYPE_CHECKING:
    from parley.report.dataset import ExportResult


class ExportFormat(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"
    csv = "csv"


@app.command(epilog=example("parley export --output exports/ --format parquet --pair USA CHN"))
def export(
    output: Annotated[Path, typer.Option("--output", "-o", metavar="DIR", help="Folder to write "
                                         "events.<format> and articles.<format> into.")],
    output_format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", metavar="parquet|jsonl|csv", help="File format.")
    ] = ExportFormat.parquet,
    pair: Annotated[tuple[str, str] | None, typer.Option("--pair", metavar="STATE_A STATE_B",
                                                         help="Only the events of "
                                                         "two states (and their articles).",
                                                         show_default=False)] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write the store's events and articles as files for DuckDB, pandas or a data lake."""

    def run() -> ExportResult:
        from parley.report import resolve_pair
        from parley.report.dataset import export_store

        codes = None
        if pair is not None:
            query = resolve_pair(*pair)
            codes = (query.a, query.b)
        with open_store(db) as (store, _):
            return export_store(store, output, output_format.value, codes)

    result = guard(run)
    summary = {"events": result.events, "articles": result.articles,
               "files": [str(path) for path in result.files]}
    if as_json:
        print(json.dumps(summary))
    else:
        print(f"{result.events} events and {result.articles} articles written to "
              + ", ".join(str(path) for path in result.files))
