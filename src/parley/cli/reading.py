"""`parley ingest` and `parley extract`: reading inputs, storing or printing their events."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Annotated, Any

import typer

from parley.cli.common import (
    DbOption,
    ExtractFormat,
    JsonOption,
    PublishedOption,
    QuietOption,
    WideOption,
    app,
    call_each,
    guard,
    open_store,
    progress_bar,
    report_item,
    settings_for,
    stdin_for,
    valid_published,
)
from parley.cli.tables import Column, Table, print_table
from parley.cli.usage import example
from parley.config import load_settings
from parley.types import Article, IngestResult, InputFailure, InputWarning


# --------------------------------------------------------------------------- ingest
@app.command(epilog=example(
    "parley ingest articles/ --db sqlite:///parley.db",
    "parley ingest note.txt --published 2024-05-31"))
def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...",
                                               help="Files (.txt .json .jsonl .html), "
                                               "directories (recursive) or - for stdin.")],
    published: PublishedOption = None,
    db: DbOption = None,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, metavar="N",
        help="Extract on a local Dask cluster of N worker processes.",
        show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="tcp://HOST:PORT",
        help="Extract on the existing Dask cluster at tcp://HOST:PORT.",
        show_default=False)] = None,
) -> None:
    """Read articles, extract their events and keep both in the store."""

    def run() -> IngestResult:
        from parley.pipeline import ingest_paths
        from parley.store import Store
        from parley.web.views.pair import refresh_kept

        settings = settings_for(db)
        when = valid_published(published)
        with Store(settings.database_url) as store:
            if workers is not None or scheduler is not None:
                from parley.distributed import ingest_paths_distributed

                with progress_bar(not quiet, "extracting on the cluster") as tick:
                    result = ingest_paths_distributed(
                        paths, settings, store, workers=workers, scheduler=scheduler,
                        published=when, stdin=stdin_for(paths), on_item=report_item(quiet),
                        on_done=tick)
            else:
                with progress_bar(not quiet, "ingesting") as tick:
                    result = ingest_paths(paths, settings, store, published=when,
                                          stdin=stdin_for(paths),
                                          on_item=call_each(report_item(quiet), tick))
            # The overview's rows and the pair pages for the store as it now is, so a
            # dashboard need not compute every pair's history on its first request.
            refresh_kept(store, settings)
            return result

    result = guard(run)
    _finish_ingest(result, quiet=quiet, as_json=as_json)


def _finish_ingest(result: IngestResult, *, quiet: bool, as_json: bool) -> None:
    summary = {
        "articles_read": result.articles_read, "articles_stored": result.articles_stored,
        "articles_unchanged": result.articles_unchanged, "events_stored": result.events_stored,
        "failed": len(result.failures), "warnings": len(result.warnings),
    }
    if as_json:
        print(json.dumps(summary))
    elif not quiet or result.failures:
        print(f"{result.articles_read} articles read: {result.articles_stored} stored, "
              f"{result.articles_unchanged} unchanged, {result.events_stored} events; "
              f"{len(result.failures)} inputs failed.", file=sys.stderr)
    if result.failures:
        raise typer.Exit(1)


@app.command(epilog=example("parley summarise --db sqlite:///parley.db"))
def summarise(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Compute and keep every pair's overview row and page (ingest does it too)."""

    def run() -> tuple[int, tuple[int, int]]:
        from parley.web.views.pair import refresh_kept

        with open_store(db) as (store, settings):
            return len(store.pairs()), refresh_kept(store, settings)

    pairs, (rows, pages) = guard(run)
    if as_json:
        print(json.dumps({"pairs": pairs, "overview_rows": rows, "pair_pages": pages}))
    else:
        print(f"{pairs} pairs: {rows} overview rows and {pages} pair pages computed, "
              "the others were kept.")


# --------------------------------------------------------------------------- extract
@app.command(epilog=example(
    "parley extract article.json -f table"))
def extract(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...", help="Files, directories or - for stdin.")],
    output_format: Annotated[ExtractFormat, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="jsonl: one contract record a line; table; csv; cameo or "
        "plover: JSON lines with CAMEO or PLOVER codes added.")] =
        ExtractFormat.jsonl,
    published: PublishedOption = None,
    quiet: QuietOption = False,
    wide: WideOption = False,
) -> None:
    """Print the events of articles without storing anything."""
    failures: list[InputFailure] = []

    def note(item: Article | InputFailure | InputWarning) -> None:
        if isinstance(item, InputFailure):
            failures.append(item)

    def run() -> None:
        from parley.pipeline import extract_paths

        settings = load_settings()
        when = valid_published(published)
        records = (
            event.to_contract()
            for result in extract_paths(paths, settings, published=when,
                                        stdin=stdin_for(paths),
                                        on_item=call_each(report_item(quiet), note))
            for event in result.events
        )
        _print_events(records, output_format, wide=wide)

    guard(run)
    if failures:
        print(f"{len(failures)} inputs failed.", file=sys.stderr)
        raise typer.Exit(1)


_FLAT_FIELDS = ("article", "type", "source", "target", "channel", "status", "date",
                "date_end", "negated", "hypothetical", "count", "count_qualifier", "persons",
                "sentence")


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    flat = {k: record.get(k) for k in _FLAT_FIELDS if k != "sentence"}
    flat["persons"] = "; ".join(record["persons"])
    flat["sentence"] = record["evidence"]["sentence"]
    return flat


def _print_events(records: Any, output_format: ExtractFormat, *, wide: bool = False) -> None:
    if output_format in (ExtractFormat.cameo, ExtractFormat.plover):
        from parley.interop import to_cameo, to_plover
        from parley.types import Event

        mapper = to_cameo if output_format is ExtractFormat.cameo else to_plover
        for record in records:
            print(json.dumps(mapper(Event.from_contract(record)), ensure_ascii=False))
        return
    if output_format is ExtractFormat.jsonl:
        for record in records:
            print(json.dumps(record, ensure_ascii=False), flush=False)
        return
    rows = [_flat(r) for r in records]
    if output_format is ExtractFormat.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(_FLAT_FIELDS))
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
        return
    # A sentence is shown in at most three lines (cut at a word with "..."): `jsonl` has it whole.
    table = Table([Column("type"), Column("from→to", 2, fold=True), Column("channel"),
                   Column("date"), Column("flags", 1, fold=True), Column("article", 3, fold=True)],
                  text_lines=3)
    for row in rows:
        flags = " ".join(f for f in ("negated", "hypothetical") if row[f])
        if row["count"]:
            flags += f" {row['count_qualifier']} {row['count']}"
        table.add_row(row["type"], f"{row['source'] or '?'}→{row['target'] or '?'}",
                      row["channel"] or "", row["date"] or "", flags.strip(), row["article"],
                      text=f"“{row['sentence']}”")
    print_table(table, wide=wide)
