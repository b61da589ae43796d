"""Parley's command line: each command is a thin wrapper over a library function.

User errors (bad input, unknown state, unreachable store) print one line on stderr and set the
exit code; they never show a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from parley.config import Settings, load_settings
from parley.errors import ParleyError
from parley.evaluation import evaluate, load_gold
from parley.pipeline import Pipeline, extract_paths, ingest_paths
from parley.report import (
    PairQuery,
    build_report,
    pair_channels,
    pair_freeze,
    pair_requests,
    pair_status,
    pair_timeline,
    render_html,
    render_json,
    render_markdown,
    resolve_pair,
    watch_pair,
)
from parley.report.channels import row_as_dict
from parley.report.exports import freeze_csv
from parley.report.freeze import FORMULA, series_as_dict, sparkline
from parley.report.requests import ledger_as_dict
from parley.report.status import evidence_as_dict
from parley.report.watch import WatchResult, result_as_dict
from parley.store import Store
from parley.types import Article, IngestResult, InputFailure, InputWarning

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Parley: which military-to-military channels between two states are open, "
    "degraded or frozen, read from the news with the sentences that say so.",
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

T = TypeVar("T")

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLAlchemy database URL (default: PARLEY_DB, else a SQLite "
                 "file in the user data directory).", show_default=False),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print no progress or notes.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="Date to describe (YYYY, YYYY-MM or YYYY-MM-DD); default: "
                 "the latest evidence.", show_default=False),
]
StateA = Annotated[str, typer.Argument(help="A state: ISO code (USA) or name (US, China).")]
StateB = Annotated[str, typer.Argument(help="The other state.")]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry "
                 "none, such as plain .txt files.", show_default=False),
]


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"
    cameo = "cameo"
    plover = "plover"


class ReportFormat(StrEnum):
    md = "md"
    json = "json"
    html = "html"


class FreezeFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


#: Exit code of `parley watch` when a channel changed state since the previous run.
WATCH_CHANGED_EXIT = 3


def main() -> None:
    """Console-script entry point."""
    app()


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", markup=True) if err.is_terminal else print(
        f"error: {message}", file=sys.stderr)
    return typer.Exit(code)


def _guard(action: Callable[[], T]) -> T:
    """Run a command body: user errors become one line and exit code 1."""
    try:
        return action()
    except ParleyError as error:
        raise _fail(str(error)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted; what was stored before stays stored", 130) from None


def _settings(db: str | None) -> Settings:
    return load_settings(database_url=db)


@contextmanager
def _open_pair(db: str | None, a: str, b: str, as_of: str | None = None
               ) -> Iterator[tuple[Store, PairQuery, Settings]]:
    """The pair a command names (with its --as-of), the settings and the open store."""
    query = resolve_pair(a, b, _valid_as_of(as_of))
    settings = _settings(db)
    with Store(settings.database_url) as store:
        yield store, query, settings


def _print_json(data: Any) -> None:
    """The `--json` output of a command: indented, non-ASCII text kept as is."""
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _valid_as_of(value: str | None) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        raise ParleyError(f"invalid --as-of date {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as error:
        raise ParleyError(f"invalid --as-of date {value!r} ({error})") from None
    return value


def _valid_period(value: str | None, option: str) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD option value, or one clear error naming the option."""
    if value is None:
        return None
    try:
        return _valid_as_of(value)
    except ParleyError:
        raise ParleyError(f"invalid {option} date {value!r} (use YYYY, YYYY-MM or "
                          "YYYY-MM-DD)") from None


def _valid_published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ParleyError(f"invalid --published date {value!r} (use YYYY-MM-DD)") from None


@contextmanager
def _progress(enabled: bool, label: str) -> Iterator[Callable[[Any], None]]:
    """A progress display that counts inputs, shown only on a terminal."""
    if not enabled or not err.is_terminal:
        yield lambda item: None
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.completed} read"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)
        yield lambda item: progress.advance(task)


def _report_item(quiet: bool) -> Callable[[Article | InputFailure | InputWarning], None]:
    def report(item: Article | InputFailure | InputWarning) -> None:
        if isinstance(item, InputFailure):
            print(f"error: {item.origin}: {item.reason}", file=sys.stderr)
        elif isinstance(item, InputWarning) and not quiet:
            print(f"warning: {item.origin}: {item.message}", file=sys.stderr)
    return report


def _both(*callbacks: Callable[[Any], None]) -> Callable[[Any], None]:
    def call(item: Any) -> None:
        for callback in callbacks:
            callback(item)
    return call


def _stdin_for(paths: list[str]) -> Any:
    return sys.stdin.buffer if "-" in paths else None


# --------------------------------------------------------------------------- ingest
@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt .json .jsonl .html), "
                                               "directories (recursive) or - for stdin.")],
    published: PublishedOption = None,
    db: DbOption = None,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
) -> None:
    """Read articles, extract their events and keep both in the store."""

    def run() -> IngestResult:
        settings = _settings(db)
        when = _valid_published(published)
        with Store(settings.database_url) as store, _progress(not quiet, "ingesting") as tick:
            return ingest_paths(paths, settings, store, published=when,
                                stdin=_stdin_for(paths), on_item=_both(_report_item(quiet), tick))

    result = _guard(run)
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


# --------------------------------------------------------------------------- extract
@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")],
    output_format: Annotated[ExtractFormat, typer.Option(
        "--format", "-f", help="jsonl: one contract record a line; table; csv; cameo or "
        "plover: JSON lines with CAMEO or PLOVER codes added.")] =
        ExtractFormat.jsonl,
    published: PublishedOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the events of articles without storing anything."""
    failures: list[InputFailure] = []

    def note(item: Article | InputFailure | InputWarning) -> None:
        if isinstance(item, InputFailure):
            failures.append(item)

    def run() -> None:
        settings = load_settings()
        when = _valid_published(published)
        records = (
            event.to_contract()
            for result in extract_paths(paths, settings, published=when,
                                        stdin=_stdin_for(paths),
                                        on_item=_both(_report_item(quiet), note))
            for event in result.events
        )
        _print_events(records, output_format)

    _guard(run)
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


def _print_events(records: Any, output_format: ExtractFormat) -> None:
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
    table = Table(_whole("type"), "source", "target", _whole("channel"), _whole("date"), "flags",
                  "sentence")
    for row in rows:
        flags = " ".join(f for f in ("negated", "hypothetical") if row[f])
        if row["count"]:
            flags += f" {row['count_qualifier']} {row['count']}"
        table.add_row(row["type"], row["source"] or "", row["target"] or "",
                      row["channel"] or "", row["date"] or "", flags.strip(),
                      row["sentence"][:120])
    out.print(table)


# --------------------------------------------------------------------------- queries
def _whole(header: str) -> Column:
    """A column that narrower columns give way to: slugs and dates are typed back in."""
    return Column(header, no_wrap=True)


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
        with _open_pair(db, a, b, as_of) as (store, query, settings):
            rows = pair_status(store, query, settings.request_answer_days)
        if as_json:
            _print_json([{"channel": r.channel, "status": r.status.value, "since": r.since,
                          "evidence": [evidence_as_dict(e) for e in r.evidence]}
                         for r in rows])
            return
        table = Table(_whole("channel"), _whole("status"), _whole("since"),
                      "latest evidence", Column("article", overflow="fold"),
                      title=f"{query.a}–{query.b} as of {query.as_of or 'latest'}")
        for row in rows:
            latest = row.evidence[0] if row.evidence else None
            table.add_row(row.channel, row.status.value, row.since or "",
                          latest.sentence if latest else "", latest.article if latest else "")
        out.print(table)

    _guard(run)


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
        with _open_pair(db, a, b, as_of) as (store, query, _):
            events = pair_timeline(store, query, channel)
        if as_json:
            _print_json([{**e.event.to_contract(),
                          "published": e.published.isoformat() if e.published else None,
                          "title": e.title} for e in events])
            return
        table = Table(_whole("date"), _whole("type"), "source", "target", _whole("channel"),
                      "sentence", Column("article", overflow="fold"))
        for item in events:
            e = item.event
            flags = " (negated)" if e.negated else " (hypothetical)" if e.hypothetical else ""
            table.add_row(e.date or "undated", e.type.value + flags, e.source or "",
                          e.target or "", e.channel or "", e.evidence.sentence, e.article)
        out.print(table)

    _guard(run)


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
        start = _valid_period(since, "--since")
        with _open_pair(db, a, b, as_of) as (store, query, settings):
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

    _guard(run)


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
        with _open_pair(db, a, b, as_of) as (store, query, settings):
            rows = pair_channels(store, query, settings.request_answer_days)
        if as_json:
            _print_json([row_as_dict(r) for r in rows])
            return
        table = Table("mechanism", "channel", "level / between", "set up", "last used",
                      "state", title=f"{query.a}–{query.b} mechanisms as of "
                      f"{query.as_of or 'latest'}")
        for row in rows:
            mechanism = row.mechanism
            between = (mechanism.level or "") if mechanism else ""
            if mechanism and mechanism.participants:
                between += "\n" + " / ".join(mechanism.participants)
            set_up = ""
            if mechanism:
                set_up = mechanism.established or mechanism.established_note or "not found"
                if mechanism.agreement:
                    set_up += f"\n{mechanism.agreement}"
            state = row.status.value + (f" since {row.since}" if row.since else "")
            if row.conflict:
                state += " (sources disagree)"
            name = row.name + (f" ({mechanism.short})" if mechanism and mechanism.short else "")
            table.add_row(name, row.channel or "-", between.strip(), set_up,
                          row.last_used or "", state)
        out.print(table)

    _guard(run)


@app.command()
def requests(
    a: StateA,
    b: StateB,
    date_from: Annotated[str | None, typer.Option(
        "--from", help="First date of the period (YYYY, YYYY-MM or YYYY-MM-DD).",
        show_default=False)] = None,
    date_to: Annotated[str | None, typer.Option(
        "--to", help="Last date of the period (answers after it still count; outcomes are "
        "judged as of today).", show_default=False)] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Requests to talk per side and channel: accepted, declined, unanswered or pending."""

    def run() -> None:
        first, last = _valid_period(date_from, "--from"), _valid_period(date_to, "--to")
        with _open_pair(db, a, b) as (store, query, settings):
            ledger = pair_requests(store, query, answer_days=settings.request_answer_days,
                                   date_from=first, date_to=last)
        if as_json:
            _print_json(ledger_as_dict(ledger))
            return
        totals = Table("side", "channel", "accepted", "declined", "unanswered", "pending",
                       "total", title=f"Requests {query.a}–{query.b} "
                       f"{first or 'from the start'} to {last or 'today'} (answer window "
                       f"{ledger.answer_days} days)")
        for total in ledger.totals:
            totals.add_row(total.side or "?", total.channel or "(any)", str(total.accepted),
                           str(total.declined), str(total.unanswered), str(total.pending),
                           str(total.total))
        out.print(totals)
        listing = Table("date", "asked", "channel", "outcome", "answer", "sentence", "articles")
        for entry in ledger.requests:
            answer = (f"{entry.response_type.value} {entry.response_date}"
                      if entry.response_type else f"none by {entry.deadline}")
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

    _guard(run)


@app.command()
def freeze(
    a: StateA,
    b: StateB,
    date_from: Annotated[str | None, typer.Option(
        "--from", help="First month (default: the first month with evidence).",
        show_default=False)] = None,
    date_to: Annotated[str | None, typer.Option(
        "--to", help="Last month (default: the latest evidence).", show_default=False)] = None,
    output_format: Annotated[FreezeFormat, typer.Option(
        "--format", "-f", help="table (with a sparkline and what drives it), csv or json.")
    ] = FreezeFormat.table,
    db: DbOption = None,
) -> None:
    """The monthly freeze index of a pair: 0 all known channels working, 1 all frozen."""

    def run() -> None:
        first, last = _valid_period(date_from, "--from"), _valid_period(date_to, "--to")
        with _open_pair(db, a, b) as (store, query, settings):
            series = pair_freeze(store, query, settings, date_from=first, date_to=last)
        if output_format is FreezeFormat.json:
            _print_json(series_as_dict(series))
            return
        if output_format is FreezeFormat.csv:
            sys.stdout.write(freeze_csv(series))
            return
        if not series.points:
            print(f"No channel between {query.a} and {query.b} has a known state.")
            return
        table = Table("month", "index", "", "known channels",
                      title=f"Freeze index {query.a}–{query.b}")
        for point in series.points:
            value = "" if point.index is None else f"{point.index:.2f}"
            table.add_row(point.month, value, sparkline([point.index]),
                          str(len(point.statuses)))
        out.print(table)
        print(f"{series.points[0].month} {series.sparkline} {series.points[-1].month}")
        print(FORMULA)
        for driver in series.drivers:
            before = driver.before.value if driver.before else "unknown"
            print(f"{driver.month}: {driver.channel} {before} → {driver.after.value} "
                  f"(index {driver.index_before if driver.index_before is not None else '-'}"
                  f" → {driver.index_after}; without this change "
                  f"{driver.without_change if driver.without_change is not None else '-'})")

    _guard(run)


@app.command()
def watch(
    a: StateA,
    b: StateB,
    state_file: Annotated[Path | None, typer.Option(
        "--state-file", help="Where the previous run's states are kept (default: watch.json "
        "in the user data directory).", show_default=False)] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Channels whose state changed since the previous run, with evidence; exit code 3 if any."""

    def run() -> WatchResult:
        with _open_pair(db, a, b) as (store, query, settings):
            return watch_pair(store, query, database_url=settings.database_url,
                              state_file=state_file, answer_days=settings.request_answer_days)

    result = _guard(run)
    if as_json:
        _print_json(result_as_dict(result))
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


# --------------------------------------------------------------------------- serve
@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on. Loopback by default; any other address needs "
        "a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535,
                                      help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="PARLEY_TOKEN", help="Every request must carry this token "
        "(Authorization: Bearer, or ?token= once in a browser); required off loopback. "
        "Default: PARLEY_TOKEN.", show_default=False)] = None,
) -> None:
    """The web dashboard and JSON API over the store (read-only), served by uvicorn."""

    def run() -> None:
        from parley.web import create_app, is_loopback

        if not is_loopback(host) and not token:
            raise ParleyError(f"listening on {host} needs a token: pass --token or set "
                              "PARLEY_TOKEN (or listen on 127.0.0.1)")
        settings = _settings(db)
        import uvicorn

        with Store(settings.database_url) as store:
            application = create_app(store, settings, token=token or None)
            shown = f"[{host}]" if ":" in host else host
            print(f"Parley dashboard on http://{shown}:{port}/ (Ctrl-C stops it)",
                  file=sys.stderr, flush=True)
            uvicorn.run(application, host=host, port=port, log_level="warning",
                        server_header=False)

    _guard(run)


# --------------------------------------------------------------------------- demo
def sample_corpus() -> Path:
    """The bundled sample corpus directory inside the installed package."""
    return Path(str(resources.files("parley.data") / "corpus"))


@app.command()
def demo(
    db: DbOption = None,
    as_of: AsOfOption = None,
    quiet: QuietOption = False,
) -> None:
    """The main job on the bundled corpus: ingest it, then print the USA–China report."""

    def run() -> None:
        with tempfile.TemporaryDirectory(prefix="parley-demo-") as scratch:
            url = db or f"sqlite:///{Path(scratch) / 'demo.db'}"
            settings = load_settings(database_url=url)
            with Store(url) as store, _progress(not quiet, "ingesting sample corpus") as tick:
                result = ingest_paths([str(sample_corpus())], settings, store,
                                      on_item=_both(_report_item(quiet), tick))
                if not quiet:
                    print(f"{result.articles_read} sample articles, {result.events_stored} "
                          f"events stored in {url}", file=sys.stderr)
                query = resolve_pair("USA", "CHN", _valid_as_of(as_of))
                print(render_markdown(build_report(store, query, settings)), end="")

    _guard(run)


# --------------------------------------------------------------------------- eval
@app.command(name="eval")
def eval_command(
    gold: Annotated[list[str], typer.Argument(help="Gold files or directories (the "
                                              "contract's gold format).")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss, false "
                                          "positive and wrong date with its sentence.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Precision, recall and F1 against gold files, overall and per event type."""

    def run() -> None:
        articles = load_gold(gold)
        pipeline = Pipeline(load_settings())
        inputs = [_gold_article(g.record, g.id) for g in articles]
        predictions = {r.article.id: r.events for r in pipeline.extract(inputs)}
        result = evaluate(articles, predictions)
        if as_json:
            _print_json(result.as_dict(verbose=verbose))
            return
        if verbose:
            _print_outcome(result)
        table = Table("type", "P", "R", "F1", "TP", "FP", "FN", "date acc")
        for name, scores in result.by_type.items():
            table.add_row(name, f"{scores.precision:.2f}", f"{scores.recall:.2f}",
                          f"{scores.f1:.2f}", str(scores.true_positives),
                          str(scores.false_positives), str(scores.false_negatives),
                          f"{scores.date_accuracy:.2f}" if scores.dates_scored else "-")
        out.print(table)
        s = result.overall
        print(f"{result.articles} articles: TP {s.true_positives}, FP {s.false_positives}, "
              f"FN {s.false_negatives}")
        print(f"precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
              f"date accuracy {s.date_accuracy:.3f} ({s.dates_scored} dated)")

    _guard(run)


def _gold_article(record: dict[str, Any], article_id: str) -> Article:
    published = record.get("published")
    return Article(
        id=article_id, text=record["text"], title=record.get("title"), url=record.get("url"),
        source=record.get("source"),
        published=date.fromisoformat(published[:10]) if published else None,
    )


def _print_outcome(result: Any) -> None:
    from parley.evaluation import date_matches

    for gold in result.outcome.missed:
        print(f"MISS {gold.article}: {gold.type.value} {gold.source}->{gold.target} "
              f"{gold.channel} {gold.date}\n    {gold.sentence}")
    for event in result.outcome.false_positives:
        print(f"FP   {event.article}: {event.type.value} {event.source}->{event.target} "
              f"{event.channel} {event.date}\n    {event.evidence.sentence}")
    for gold, predicted in result.outcome.matched:
        if gold.date and not date_matches(gold.date, predicted.date):
            print(f"DATE {gold.article}: {gold.type.value} gold {gold.date} got "
                  f"{predicted.date}\n    {gold.sentence}")
