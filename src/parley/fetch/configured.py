"""Sources kept in the store: added, listed and removed by name, read by `fetch --all`.

A configured source is what `parley fetch` takes on its command line, saved with its GDELT
filter (`--cameo`, `--pair`) so that `parley fetch --all` and `parley watch A B --fetch`
(cron, a systemd timer) read the same thing every time. Local paths are kept absolute.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from parley.errors import ParleyError
from parley.fetch.gdelt import EventFilter
from parley.fetch.links import is_web_url
from parley.fetch.sources import SourceSpec
from parley.store import Store
from parley.types import SourceConfig

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_CAMEO = re.compile(r"\d{2,4}")


def parse_cameo(text: str | None) -> tuple[str, ...]:
    """CAMEO code prefixes from "04,12,16" (root codes or longer codes); raises ParleyError."""
    if text is None:
        return ()
    codes = tuple(code.strip() for code in text.split(",") if code.strip())
    for code in codes:
        if not _CAMEO.fullmatch(code):
            raise ParleyError(f"invalid --cameo code {code!r} (use CAMEO codes of 2 to 4 "
                              "digits, such as 04,12,16)")
    if not codes:
        raise ParleyError("--cameo names no code (use e.g. 04,12,16)")
    return codes


def sorted_pair(pair: tuple[str, str] | None) -> tuple[str, str] | None:
    if pair is None:
        return None
    first, second = sorted(pair)
    return first, second


def add_source(store: Store, name: str, source: str, *, pair: tuple[str, str] | None = None,
               cameo: tuple[str, ...] = ()) -> SourceConfig:
    """Keep a source under a new name; raises ParleyError for a bad or taken name or a
    path that is not a file."""
    if not _NAME.fullmatch(name):
        raise ParleyError(f"invalid source name {name!r} (letters, digits, '.', '_', '-')")
    if not is_web_url(source):
        path = Path(source).expanduser()
        if not path.is_file():
            raise ParleyError(f"{source}: neither an http(s) URL nor a file")
        source = str(path.resolve())
    config = SourceConfig(name=name, source=source, pair=sorted_pair(pair), cameo=cameo,
                          added_at=datetime.now(UTC))
    if not store.fetch_log.add_source(config):
        raise ParleyError(f"a source named {name!r} exists (remove it first)")
    return config


def remove_source(store: Store, name: str) -> None:
    if not store.fetch_log.remove_source(name):
        raise ParleyError(f"no source named {name!r} (see parley sources list)")


def configured_specs(store: Store, pair: tuple[str, str] | None = None) -> list[SourceSpec]:
    """The configured sources as fetch specs; with `pair`, only that pair's sources and
    those without a pair."""
    wanted = sorted_pair(pair)
    return [
        SourceSpec(config.source, EventFilter(config.cameo, config.pair), config.name)
        for config in store.fetch_log.sources()
        if wanted is None or config.pair is None or config.pair == wanted
    ]
