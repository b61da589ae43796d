"""What every command shares: the Typer app, consoles, option types, validation and the
one-line error guard that turns a user error into `error: ...` and exit code 1.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from parley.cli.usage import new_app
from parley.config import Settings, load_settings
from parley.errors import ParleyError
from parley.limits import date_out_of_range, period_out_of_range
from parley.types import Article, InputFailure, InputWarning

if TYPE_CHECKING:
    from parley.report.queries import PairQuery
    from parley.store import Store

app = new_app("Parley: which military-to-military channels between two states are open, "
              "degraded or frozen, read from the news with the sentences that say so.")

T = TypeVar("T")

DbOption = Annotated[
    str | None,
    typer.Option("--db", metavar="URL",
                 help="SQLAlchemy database URL (default: PARLEY_DB, else a SQLite "
                 "file in the user data directory).", show_default=False),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print no progress or notes.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
WideOption = Annotated[bool, typer.Option(
    "--wide", "-w", help="Print every column and whole sentences on one line per row, "
    "whatever the terminal's width (default: fit the terminal, sentences under their row).")]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", metavar="DATE",
                 help="Date to describe (YYYY, YYYY-MM or YYYY-MM-DD); default: "
                 "today. Nothing dated or published after it is used.", show_default=False),
]
StateA = Annotated[str, typer.Argument(metavar="STATE_A", show_default=False,
                                        help="A state: ISO code (USA) or name (US, China).")]
StateB = Annotated[str, typer.Argument(metavar="STATE_B", show_default=False,
                                        help="The other state.")]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", metavar="DATE",
                 help="Publication date (YYYY-MM-DD) for inputs that carry "
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


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a user error as one line on stderr (its "error:" in bold red on a terminal)."""
    label = "\033[1;31merror:\033[0m" if sys.stderr.isatty() else "error:"
    print(f"{label} {message}", file=sys.stderr)
    return typer.Exit(code)


def guard(action: Callable[[], T]) -> T:
    """Run a command body: user errors become one line and exit code 1."""
    try:
        return action()
    except ParleyError as error:
        raise fail(str(error)) from None
    except KeyboardInterrupt:
        raise fail("interrupted; what was stored before stays stored", 130) from None


def settings_for(db: str | None) -> Settings:
    return load_settings(database_url=db)


@contextmanager
def open_store(db: str | None, *, read_only: bool = True) -> Iterator[tuple[Store, Settings]]:
    """The store a command names, and the settings. A command that only reads refuses a
    SQLite file that does not exist (opening would create an empty store and every answer
    would be "unknown"); ingest, fetch and demo create it."""
    from parley.store import Store
    from parley.store.schema_check import require_existing_store

    settings = settings_for(db)
    if read_only:
        require_existing_store(settings.database_url)
    with Store(settings.database_url) as store:
        yield store, settings


@contextmanager
def open_pair(db: str | None, a: str, b: str, as_of: str | None = None, *,
              read_only: bool = True) -> Iterator[tuple[Store, PairQuery, Settings]]:
    """The pair a command names (with its --as-of), the settings and the open store."""
    from parley.report.queries import resolve_pair

    query = resolve_pair(a, b, valid_as_of(as_of))
    with open_store(db, read_only=read_only) as (store, settings):
        yield store, query, settings


def print_json(data: Any) -> None:
    """The `--json` output of a command: indented, non-ASCII text kept as is."""
    print(json.dumps(data, indent=2, ensure_ascii=False))


def valid_as_of(value: str | None) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        raise ParleyError(f"invalid --as-of date {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as error:
        raise ParleyError(f"invalid --as-of date {value!r} ({error})") from None
    reason = period_out_of_range(value)
    if reason is not None:
        raise ParleyError(f"invalid --as-of date: {reason}")
    return value


def valid_period(value: str | None, option: str) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD option value, or one clear error naming the option."""
    if value is None:
        return None
    reason = period_out_of_range(value)
    if reason is not None:
        raise ParleyError(f"invalid {option} date: {reason}")
    try:
        return valid_as_of(value)
    except ParleyError:
        raise ParleyError(f"invalid {option} date {value!r} (use YYYY, YYYY-MM or "
                          "YYYY-MM-DD)") from None


def valid_published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        when = date.fromisoformat(value)
    except ValueError:
        raise ParleyError(f"invalid --published date {value!r} (use YYYY-MM-DD)") from None
    reason = date_out_of_range(when)
    if reason is not None:
        raise ParleyError(f"invalid --published date: {reason}")
    return when


@contextmanager
def progress_bar(enabled: bool, label: str) -> Iterator[Callable[[Any], None]]:
    """A progress display that counts inputs, shown only on a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield lambda item: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.completed} read"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)
        yield lambda item: progress.advance(task)


def report_item(quiet: bool) -> Callable[[Article | InputFailure | InputWarning], None]:
    def report(item: Article | InputFailure | InputWarning) -> None:
        if isinstance(item, InputFailure):
            print(f"error: {item.origin}: {item.reason}", file=sys.stderr)
        elif isinstance(item, InputWarning) and not quiet:
            print(f"warning: {item.origin}: {item.message}", file=sys.stderr)
    return report


def call_each(*callbacks: Callable[[Any], None]) -> Callable[[Any], None]:
    def call(item: Any) -> None:
        for callback in callbacks:
            callback(item)
    return call


def stdin_for(paths: list[str]) -> Any:
    return sys.stdin.buffer if "-" in paths else None

