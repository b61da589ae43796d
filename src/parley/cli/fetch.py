"""`parley fetch` and `parley sources add|list|remove`: live sources into the store."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from parley.cli.common import (
    DbOption,
    JsonOption,
    QuietOption,
    WideOption,
    app,
    guard,
    open_store,
    print_json,
    settings_for,
    valid_period,
)
from parley.cli.tables import Column, Table, print_table
from parley.cli.usage import example, new_app
from parley.errors import ParleyError
from parley.types import InputFailure, InputWarning

if TYPE_CHECKING:  # the fetch stack (httpx, feedparser) and the store load when a command runs
    from parley.config import Settings
    from parley.fetch import FetchReport, SourceSpec
    from parley.store import Store

PairOption = Annotated[
    tuple[str, str] | None,
    typer.Option("--pair", metavar="STATE_A STATE_B",
                 help="GDELT: keep the events between these two states (either "
                 "order); for a configured source, the pair whose watch reads it.",
                 show_default=False),
]
CameoOption = Annotated[
    str | None,
    typer.Option("--cameo", metavar="CODES",
                 help="GDELT: keep the events whose CAMEO code starts with one "
                 "of these, e.g. 04,12,16 (consult, reject, reduce relations).",
                 show_default=False),
]

sources_app = new_app("Sources kept in the store for `parley fetch --all`.")
app.add_typer(sources_app, name="sources")


def _pair_codes(pair: tuple[str, str] | None) -> tuple[str, str] | None:
    if pair is None:
        return None
    from parley.report import resolve_pair

    query = resolve_pair(*pair)
    return query.a, query.b


def _since(value: str | None) -> date | None:
    checked = valid_period(value, "--since")
    if checked is None:
        return None
    parts = [int(p) for p in checked.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _report_item(quiet: bool) -> Callable[[InputFailure | InputWarning], None]:
    def report(item: InputFailure | InputWarning) -> None:
        if isinstance(item, InputFailure):
            print(f"error: {item.origin}: {item.reason}", file=sys.stderr)
        elif not quiet:
            print(f"warning: {item.origin}: {item.message}", file=sys.stderr)
    return report


def summary_line(report: FetchReport) -> str:
    """The one-line account of a fetch printed on stderr."""
    return (f"fetch: {report.sources} sources, {report.links} links: "
            f"{report.pages_fetched} pages fetched, {report.stored} stored "
            f"({report.events} events), {report.unchanged} unchanged, "
            f"{report.duplicates} duplicates; {report.known} already fetched, "
            f"{report.not_modified} not modified, {report.older} older than --since, "
            f"{report.left} left by --limit; {len(report.failures)} failed.")


def run_fetch(specs: list[SourceSpec], settings: Settings, store: Store, *,
              since: date | None = None, limit: int | None = None, quiet: bool = False
              ) -> FetchReport:
    """Fetch, printing each failure (and warning unless `quiet`) as it happens; when it
    stored anything, keep the overview rows and pair pages for the store as it now is, as
    an ingest does."""
    from parley.fetch import fetch
    from parley.web.views.pair import refresh_kept

    report = fetch(specs, settings, store, since=since, limit=limit,
                   on_item=_report_item(quiet))
    if report.stored:
        refresh_kept(store, settings)
    return report


def fetch_for_watch(store: Store, settings: Settings, pair: tuple[str, str]) -> FetchReport:
    """`parley watch A B --fetch`: the pair's configured sources and those without a pair."""
    from parley.fetch.configured import configured_specs

    specs = configured_specs(store, pair)
    if not specs:
        raise ParleyError("no sources configured for this pair (parley sources add NAME "
                          "SOURCE [--pair A B])")
    report = run_fetch(specs, settings, store, quiet=True)
    print(summary_line(report), file=sys.stderr)
    return report


@app.command("fetch", epilog=example(
    "parley fetch https://news.example/rss.xml --since 2025-01 --limit 200",
    "parley fetch --all --db sqlite:///parley.db"))
def fetch_command(
    sources: Annotated[list[str] | None, typer.Argument(
        metavar="SOURCE...",
        help="Feed (RSS, Atom) or sitemap URLs, article URLs, files of URLs (one a line), "
        "GDELT 2.0 export or mentions files (path or URL, zipped CSV).",
        show_default=False)] = None,
    all_sources: Annotated[bool, typer.Option(
        "--all", help="Also fetch every configured source (parley sources list).")] = False,
    cameo: CameoOption = None,
    pair: PairOption = None,
    since: Annotated[str | None, typer.Option(
        "--since", metavar="DATE",
        help="Skip articles dated before this (YYYY, YYYY-MM or YYYY-MM-DD).",
        show_default=False)] = None,
    limit: Annotated[int | None, typer.Option(
        "--limit", min=1, metavar="N",
        help="Fetch at most this many pages; the rest wait for the next "
        "run.", show_default=False)] = None,
    db: DbOption = None,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
) -> None:
    """Download the new articles of feeds, sitemaps, URL lists or GDELT files and store them."""

    def run() -> FetchReport:
        from parley.fetch import EventFilter, SourceSpec
        from parley.fetch.configured import configured_specs, parse_cameo
        from parley.store import Store

        settings = settings_for(db)
        events = EventFilter(parse_cameo(cameo), _pair_codes(pair))
        when = _since(since)
        specs = [SourceSpec(source, events) for source in sources or []]
        with Store(settings.database_url) as store:
            if all_sources:
                configured = configured_specs(store)
                if not configured:
                    raise ParleyError("no sources configured (parley sources add NAME SOURCE)")
                specs.extend(configured)
            if not specs:
                raise ParleyError("name a SOURCE to fetch, or give --all")
            return run_fetch(specs, settings, store, since=when, limit=limit, quiet=quiet)

    report = guard(run)
    if as_json:
        print(json.dumps(report.as_dict()))
    elif not quiet or report.failures:
        print(summary_line(report), file=sys.stderr)
    if report.failures:
        raise typer.Exit(1)


@sources_app.command("add", epilog=example(
    "parley sources add ledger https://news.example/rss.xml --pair USA CHN"))
def sources_add(
    name: Annotated[str, typer.Argument(
        metavar="NAME", help="A name for the source (letters, digits, . _ -).")],
    source: Annotated[str, typer.Argument(
        metavar="SOURCE", help="What `parley fetch` takes: a URL or a file.")],
    pair: PairOption = None,
    cameo: CameoOption = None,
    db: DbOption = None,
) -> None:
    """Keep a source for `parley fetch --all` and `parley watch A B --fetch`."""

    def run() -> None:
        from parley.fetch.configured import add_source, parse_cameo
        from parley.store import Store

        settings = settings_for(db)
        codes, states = parse_cameo(cameo), _pair_codes(pair)
        with Store(settings.database_url) as store:
            config = add_source(store, name, source, pair=states, cameo=codes)
        print(f"added {config.name}: {config.source}")

    guard(run)


@sources_app.command("list", epilog=example("parley sources list --json"))
def sources_list(db: DbOption = None, as_json: JsonOption = False,
                 wide: WideOption = False) -> None:
    """The configured sources."""

    def run() -> None:
        with open_store(db) as (store, _):
            configs = store.fetch_log.sources()
        if as_json:
            print_json([{"name": c.name, "source": c.source,
                         "pair": list(c.pair) if c.pair else None, "cameo": list(c.cameo)}
                        for c in configs])
            return
        if not configs:
            print("No sources configured (parley sources add NAME SOURCE).")
            return
        table = Table([Column("name"), Column("pair", 1, fold=True),
                       Column("cameo", 2, fold=True), Column("source")])
        for c in configs:
            table.add_row(c.name, "–".join(c.pair) if c.pair else "", ",".join(c.cameo),
                          c.source)
        print_table(table, wide=wide)

    guard(run)


@sources_app.command("remove", epilog=example("parley sources remove ledger"))
def sources_remove(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The source's name.")],
    db: DbOption = None,
) -> None:
    """Forget a configured source (what it fetched stays stored)."""

    def run() -> None:
        from parley.fetch.configured import remove_source

        with open_store(db) as (store, _):
            remove_source(store, name)
        print(f"removed {name}")

    guard(run)
