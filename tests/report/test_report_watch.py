"""`parley watch` as a library: comparing states with the previous run's snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import ParleyError
from parley.report.watch import (
    Snapshot,
    compare_states,
    load_snapshot,
    save_snapshot,
    snapshot_key,
)
from parley.types import ChannelState, ChannelStatus, StoredEvidence

EVIDENCE = (StoredEvidence(article="a", sentence="The hotline was cut.", start=0, end=20),)


def state(channel: str, status: ChannelStatus, conflict: bool = False) -> ChannelState:
    return ChannelState(channel=channel, status=status, since="2024-01", evidence=EVIDENCE,
                        conflict=conflict)


def test_first_run_counts_every_known_channel_as_changed() -> None:
    changes = compare_states(None, [state("hotline", ChannelStatus.SUSPENDED),
                                    state("leaders", ChannelStatus.UNKNOWN)])
    assert [(c.channel, c.before, c.after) for c in changes] == [
        ("hotline", "unknown", "suspended")]
    assert changes[0].evidence == EVIDENCE


def test_unchanged_states_give_no_change_and_a_new_status_or_conflict_does() -> None:
    previous = {"hotline": Snapshot("suspended"), "attaches": Snapshot("active")}
    same = [state("hotline", ChannelStatus.SUSPENDED), state("attaches", ChannelStatus.ACTIVE)]
    assert compare_states(previous, same) == []
    moved = [state("hotline", ChannelStatus.ACTIVE),
             state("attaches", ChannelStatus.ACTIVE, conflict=True)]
    changes = compare_states(previous, moved)
    assert [(c.channel, c.before, c.after, c.conflict) for c in changes] == [
        ("hotline", "suspended", "active", False), ("attaches", "active", "active", True)]


def test_snapshot_round_trip_keeps_other_pairs(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "watch.json"
    first = snapshot_key("sqlite:///one.db", "USA", "CHN")
    other = snapshot_key("sqlite:///one.db", "KOR", "PRK")
    assert load_snapshot(path, first) is None
    save_snapshot(path, first, [state("hotline", ChannelStatus.SUSPENDED),
                                state("leaders", ChannelStatus.UNKNOWN)])
    save_snapshot(path, other, [state("hotline", ChannelStatus.DEGRADED)])
    assert load_snapshot(path, first) == {"hotline": Snapshot("suspended", "2024-01", False)}
    assert load_snapshot(path, other) == {"hotline": Snapshot("degraded", "2024-01", False)}


def test_the_key_depends_on_store_and_unordered_pair_and_hides_the_url() -> None:
    url = "postgresql://parley:secret@db/parley"
    assert snapshot_key(url, "USA", "CHN") == snapshot_key(url, "CHN", "USA")
    assert snapshot_key(url, "USA", "CHN") != snapshot_key("sqlite://", "USA", "CHN")
    assert "secret" not in snapshot_key(url, "USA", "CHN")


def test_a_corrupt_state_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "watch.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ParleyError, match="cannot read watch state file"):
        load_snapshot(path, "key")
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ParleyError, match="not a Parley watch file"):
        load_snapshot(path, "key")
