"""Parley's command line: each command is a thin wrapper over a library function.

User errors (bad input, unknown state, unreachable store) print one line on stderr and set the
exit code; they never show a traceback. `common` holds the app and what commands share; each
other module registers its commands on that app when imported here.
"""

from __future__ import annotations

from parley.cli import contacts, evaluate, export, fetch, pair, reading, serve
from parley.cli.common import WATCH_CHANGED_EXIT, app
from parley.cli.evaluate import gold_article

__all__ = ["WATCH_CHANGED_EXIT", "app", "contacts", "evaluate", "export", "fetch",
           "gold_article", "main", "pair", "reading", "serve"]


def main() -> None:
    """Console-script entry point."""
    app()
