"""`parley serve` (the dashboard) and `parley demo` (the main job on the bundled corpus)."""

from __future__ import annotations

import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from parley.cli.common import (
    AsOfOption,
    DbOption,
    QuietOption,
    app,
    call_each,
    guard,
    open_store,
    progress_bar,
    report_item,
    valid_as_of,
)
from parley.cli.usage import example
from parley.config import load_settings
from parley.errors import ParleyError

if TYPE_CHECKING:
    from parley.config import Settings
    from parley.report.queries import PairQuery
    from parley.store import Store


# --------------------------------------------------------------------------- serve
def demo_as_of(store: Store, query: PairQuery, settings: Settings, quiet: bool) -> PairQuery:
    """The sample corpus is history (its newest article is years old): seen as of today,
    every channel of it would have gone stale, so the demo describes it as of its own latest
    evidence and says so."""
    from dataclasses import replace

    from parley.report.history import pair_history

    latest = pair_history(store, query, settings).latest_evidence
    if latest is None:
        return query
    if not quiet:
        print(f"the sample corpus ends in {latest}: the report is as of then "
              "(give --as-of for another date)", file=sys.stderr)
    return replace(query, as_of=latest)


@app.command(epilog=example(
    "parley serve --db sqlite:///parley.db --port 8000"))
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(
        "--host", metavar="HOST",
        help="Address to listen on. Loopback by default; any other address needs "
        "a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, metavar="PORT",
                                      help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="PARLEY_TOKEN", metavar="TOKEN",
        help="Every request must carry this token "
        "(Authorization: Bearer, or ?token= once in a browser); required off loopback. "
        "Default: PARLEY_TOKEN.", show_default=False)] = None,
) -> None:
    """The web dashboard and JSON API over the store (read-only), served by uvicorn."""

    def run() -> None:
        from parley.web import create_app, is_loopback

        if not is_loopback(host) and not token:
            raise ParleyError(f"listening on {host} needs a token: pass --token or set "
                              "PARLEY_TOKEN (or listen on 127.0.0.1)")
        import uvicorn

        with open_store(db) as (store, settings):
            application = create_app(store, settings, token=token or None)
            shown = f"[{host}]" if ":" in host else host
            print(f"Parley dashboard on http://{shown}:{port}/ (Ctrl-C stops it)",
                  file=sys.stderr, flush=True)
            uvicorn.run(application, host=host, port=port, log_level="warning",
                        server_header=False)

    guard(run)


# --------------------------------------------------------------------------- demo
def sample_corpus() -> Path:
    """The bundled sample corpus directory inside the installed package."""
    return Path(str(resources.files("parley.data") / "corpus"))


@app.command(epilog=example(
    "parley demo --db sqlite:///parley-demo.db"))
def demo(
    db: DbOption = None,
    as_of: AsOfOption = None,
    quiet: QuietOption = False,
) -> None:
    """The main job on the bundled corpus: ingest it, then print the USA–China report."""

    def run() -> None:
        from parley.pipeline import ingest_paths
        from parley.report.queries import resolve_pair
        from parley.report.situation import build_report, render_markdown
        from parley.store import Store

        with tempfile.TemporaryDirectory(prefix="parley-demo-") as scratch:
            url = db or f"sqlite:///{Path(scratch) / 'demo.db'}"
            settings = load_settings(database_url=url)
            with Store(url) as store, progress_bar(not quiet, "ingesting sample corpus") as tick:
                result = ingest_paths([str(sample_corpus())], settings, store,
                                      on_item=call_each(report_item(quiet), tick))
                if not quiet:
                    kept = "" if db else (" for this run only (removed at exit; give --db "
                                          "to keep a store)")
                    print(f"{result.articles_read} sample articles, {result.events_stored} "
                          f"events stored in {url}{kept}", file=sys.stderr)
                query = resolve_pair("USA", "CHN", valid_as_of(as_of))
                if as_of is None:
                    query = demo_as_of(store, query, settings, quiet)
                print(render_markdown(build_report(store, query, settings)), end="")

    guard(run)
