"""What the browser tests share: how Chromium is launched, what a page must not do, where
screenshots go. The fixtures built on it (`server`, `browser`, `page`, `open_page`) are in
conftest.py."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[2]
#: Where every browser test writes its screenshots (git-ignored); the run names it at the end.
SCREENSHOTS = ROOT / "tests" / "screenshots"
#: Screenshots written by this run, for the summary line.
WRITTEN: list[Path] = []


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Watch:
    """What a page did that it must not: dialogs, script errors, requests off the server."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.outside: list[str] = []


def shoot(target: Any, name: str, full_page: bool = True) -> Path:
    """A screenshot of a page (whole) or an element, under SCREENSHOTS; its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    if full_page:
        target.screenshot(path=str(path), full_page=True)
    else:
        target.screenshot(path=str(path))
    WRITTEN.append(path)
    return path
