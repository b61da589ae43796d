"""Parley's command line: each command is a thin wrapper over a library function.

User errors (bad input, unknown state, unreachable store) print one line on stderr and set the
exit code; they never show a traceback. `common` holds the app and what commands share; each
other module registers its commands on that app when imported here.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading

from parley.cli import contacts, evaluate, export, fetch, ledgers, pair, reading, serve
from parley.cli.common import WATCH_CHANGED_EXIT, app
from parley.cli.evaluate import gold_article

__all__ = ["WATCH_CHANGED_EXIT", "app", "contacts", "evaluate", "export", "fetch", "ledgers",
           "gold_article", "main", "pair", "reading", "serve"]


def main() -> None:
    """Console-script entry point: run the command, then leave without tearing down.

    Freeing every module and object at interpreter exit takes a store query a fifth of its
    start-up time and does nothing a finished command needs: once the output is flushed and
    the atexit handlers have run, the process ends with the command's exit code. When another
    thread is still running, the ordinary exit (which waits for it) is kept.
    """
    try:
        app()
        code: int | str | None = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int | str) or done.code is None else 1
    if threading.active_count() > 1 or not isinstance(code, int | None):
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # a closed pipe or stream: nothing to add
            pass
    atexit._run_exitfuncs()
    os._exit(code or 0)
