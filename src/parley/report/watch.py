"""`parley watch A B`: which channels changed state since the previous run, with evidence.

The previous run's states are kept in a small JSON snapshot file (default: `watch.json` in
the user data directory, next to the default store), one entry per store and pair. The store
is identified by a hash of its URL, so no password is written to the file. On the first run
of a pair there is no snapshot: every channel with a known state counts as changed (from
unknown). A change is a different status, or a conflict appearing or resolving. The
comparison is pure (`compare_states`); reading and writing the file is kept apart.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from parley.config import Settings
from parley.errors import ParleyError
from parley.report.queries import EventSource, PairQuery, pair_status
from parley.report.status import evidence_as_dict
from parley.types import ChannelState, ChannelStatus, StoredEvidence

__all__ = [
    "ChannelChange",
    "WatchResult",
    "compare_states",
    "default_state_file",
    "load_snapshot",
    "save_snapshot",
    "snapshot_key",
    "watch_pair",
]

SNAPSHOT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the previous run saw of one channel."""

    status: str
    since: str | None = None
    conflict: bool = False


@dataclass(frozen=True, slots=True)
class ChannelChange:
    channel: str
    before: str  # a status value; "unknown" when the channel was not known
    after: str
    since: str | None
    conflict: bool
    evidence: tuple[StoredEvidence, ...]


@dataclass(frozen=True, slots=True)
class WatchResult:
    a: str
    b: str
    first_run: bool
    changes: tuple[ChannelChange, ...]
    state_file: Path

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def default_state_file() -> Path:
    return Path(user_data_dir("parley", appauthor=False)) / "watch.json"


def snapshot_key(database_url: str, a: str, b: str) -> str:
    """The key of a store and pair in the snapshot file (the URL is hashed, never stored)."""
    digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:16]
    first, second = sorted((a, b))
    return f"{digest}:{first}-{second}"


def compare_states(previous: Mapping[str, Snapshot] | None, current: Sequence[ChannelState]
                   ) -> list[ChannelChange]:
    """The channels whose status or conflict flag differs from the previous run's."""
    before = dict(previous or {})
    changes: list[ChannelChange] = []
    for state in current:
        old = before.get(state.channel, Snapshot(ChannelStatus.UNKNOWN.value))
        if old.status == state.status.value and old.conflict == state.conflict:
            continue
        if old.status == ChannelStatus.UNKNOWN.value and state.status is ChannelStatus.UNKNOWN:
            continue
        changes.append(ChannelChange(state.channel, old.status, state.status.value, state.since,
                                     state.conflict, state.evidence))
    return changes


def _read_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"version": SNAPSHOT_VERSION, "pairs": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ParleyError(f"cannot read watch state file {path}: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("pairs"), dict):
        raise ParleyError(f"cannot read watch state file {path}: not a Parley watch file")
    return data


def load_snapshot(path: Path, key: str) -> dict[str, Snapshot] | None:
    """The previous run's channel states of a store and pair, or None if never watched."""
    entry = _read_file(path)["pairs"].get(key)
    if not isinstance(entry, dict):
        return None
    channels = entry.get("channels") or {}
    return {
        str(channel): Snapshot(str(value.get("status", "unknown")), value.get("since"),
                               bool(value.get("conflict", False)))
        for channel, value in channels.items() if isinstance(value, dict)
    }


def save_snapshot(path: Path, key: str, states: Sequence[ChannelState]) -> None:
    """Record the channel states of a store and pair; other entries of the file are kept."""
    data = _read_file(path)
    data["version"] = SNAPSHOT_VERSION
    data["pairs"][key] = {
        "saved": date.today().isoformat(),
        "channels": {s.channel: {"status": s.status.value, "since": s.since,
                                 "conflict": s.conflict}
                     for s in states if s.status is not ChannelStatus.UNKNOWN},
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(prefix=".watch-", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, indent=2, sort_keys=True)
        os.replace(scratch, path)
    except OSError as error:
        raise ParleyError(f"cannot write watch state file {path}: {error.strerror or error}"
                          ) from None


def watch_pair(store: EventSource, query: PairQuery, *, database_url: str,
               settings: Settings, state_file: Path | None = None,
               save: bool = True) -> WatchResult:
    """Compare a pair's channel states with the previous run's, then remember them."""
    path = state_file or default_state_file()
    key = snapshot_key(database_url, query.a, query.b)
    previous = load_snapshot(path, key)
    states = pair_status(store, query, settings)
    changes = compare_states(previous, states)
    if save:
        save_snapshot(path, key, states)
    return WatchResult(query.a, query.b, previous is None, tuple(changes), path)


def result_as_dict(result: WatchResult) -> dict[str, Any]:
    """A JSON-ready dict (the `--json` output of `parley watch`)."""
    return {
        "a": result.a, "b": result.b, "first_run": result.first_run,
        "changed": result.changed, "state_file": str(result.state_file),
        "changes": [
            {"channel": c.channel, "before": c.before, "after": c.after, "since": c.since,
             "conflict": c.conflict, "evidence": [evidence_as_dict(e) for e in c.evidence]}
            for c in result.changes
        ],
    }
