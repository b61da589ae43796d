"""Acceptance tests on the bundled corpus (`src/parley/data/corpus`, 87 articles).

The corpus is ingested once per module into a temporary SQLite store; the commands are run
through the library functions the CLI calls, or through the CLI itself with `--db` and
`--json`. Tests that add articles work on a copy of that store, so the order of the tests
does not matter.

What the corpus says, and so what is asserted:

- As of 2023-06-26 (uschn-15, published 2023-06-22) the theatre commander talks, the policy
  talks and the maritime safety talks "are still suspended", contact between the defence
  ministers "is frozen as well", and attachés and crews at sea still talk (active).
- As of 2024-12-31 the latest evidence is uschn-22 (published 2024-11-21): the policy,
  maritime and theatre mechanisms "are functioning as agreed", and despite the refusal of a
  meeting in Vientiane that week "the ministers' channel remains open". All four are active.
- The Defense Telephone Link is named in two articles only as having been set up in 2008; no
  article gives its state, so `channels` shows it as unknown.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.config import Settings, load_settings
from parley.pipeline import ingest_paths
from parley.report import pair_freeze, pair_requests, resolve_pair
from parley.store import Store
from parley.timeline.merge import MergedEvent, merge_events
from parley.types import ChannelStatus, EventType

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src" / "parley" / "data" / "corpus"
README = ROOT / "README.md"
NEAR_DUPLICATES = Path(__file__).resolve().parent / "fixtures" / \
    "acceptance_near_duplicates.jsonl"

PAIR = ("USA", "CHN")
CUT_IN_2022 = ("theater-command-talks", "defence-policy-talks", "maritime-safety-talks")
RESUMED = (*CUT_IN_2022, "defence-ministers")

runner = CliRunner()


class Corpus:
    """The module's store holding the whole corpus, and how to reach it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.url = f"sqlite:///{path}"
        self.settings: Settings = load_settings(environ={}, database_url=self.url)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    loaded = Corpus(tmp_path_factory.mktemp("acceptance") / "corpus.db")
    with Store(loaded.url) as store:
        result = ingest_paths([str(CORPUS)], loaded.settings, store)
    assert result.failures == ()
    assert result.articles_read == 87
    assert result.articles_stored == 87
    yield loaded


def copy_of(corpus: Corpus, tmp_path: Path) -> Corpus:
    """A private copy of the corpus store, for tests that add articles."""
    copy = Corpus(tmp_path / "copy.db")
    with sqlite3.connect(corpus.path) as source, sqlite3.connect(copy.path) as target:
        source.backup(target)
    source.close()
    target.close()
    return copy


def cli_json(corpus: Corpus, *args: str) -> Any:
    result = runner.invoke(app, [*args, "--db", corpus.url, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def status_rows(corpus: Corpus, as_of: str) -> dict[str, dict[str, Any]]:
    rows = cli_json(corpus, "status", *PAIR, "--as-of", as_of)
    return {row["channel"]: row for row in rows}


def assert_evidenced(row: dict[str, Any]) -> None:
    assert row["evidence"], f"{row['channel']}: no evidence sentence"
    assert all(item["sentence"].strip() and item["article"] for item in row["evidence"])


# --------------------------------------------------------------------------- 1. status
def test_status_in_june_2023_cut_channels_suspended_working_level_active(
    corpus: Corpus,
) -> None:
    rows = status_rows(corpus, "2023-06-26")
    for channel in RESUMED:
        assert rows[channel]["status"] == "suspended", (channel, rows[channel])
        assert_evidenced(rows[channel])
    for channel in ("attaches", "operational-comms"):
        assert rows[channel]["status"] == "active", (channel, rows[channel])
        assert_evidenced(rows[channel])


def test_status_at_end_of_2024_resumed_channels_active(corpus: Corpus) -> None:
    rows = status_rows(corpus, "2024-12-31")
    for channel in RESUMED:
        assert rows[channel]["status"] == "active", (channel, rows[channel])
        assert_evidenced(rows[channel])
    # The defence ministers: a meeting was refused in Vientiane in November 2024, but the
    # same article (the latest late-2024 evidence) says the ministers' channel remains open.
    ministers = rows["defence-ministers"]
    assert "uschn-22-vientiane-snub-channels-hold" in {e["article"] for e in ministers["evidence"]}


# --------------------------------------------------------------------------- 2. duplicates
def merged_pair_events(store: Store) -> list[MergedEvent]:
    return merge_events(store.events(pair=PAIR))


def ledger_counts(store: Store, settings: Settings) -> dict[str, Any]:
    """Every count of the request ledger of each pair in the store that has a request."""
    counts: dict[str, Any] = {}
    for a, b in store.pairs():
        ledger = pair_requests(store, resolve_pair(a, b), settings)
        entries = (len(ledger.requests), len(ledger.figures), len(ledger.undated))
        if any(entries):
            counts[f"{a}-{b}"] = (*entries, ledger.totals)
    return counts


def test_ingesting_the_corpus_twice_changes_no_count(corpus: Corpus, tmp_path: Path) -> None:
    copy = copy_of(corpus, tmp_path)
    with Store(copy.url) as store:
        events, articles = store.count_events(), store.count_articles()
        merged = len(merged_pair_events(store))
        ledgers = ledger_counts(store, copy.settings)
        result = ingest_paths([str(CORPUS)], copy.settings, store)
        assert (result.articles_read, result.articles_stored, result.articles_unchanged,
                result.events_stored) == (87, 0, 87, 0)
        assert store.count_events() == events
        assert store.count_articles() == articles
        assert len(merged_pair_events(store)) == merged
        assert ledger_counts(store, copy.settings) == ledgers


def cancellations(merged: list[MergedEvent]) -> dict[str, MergedEvent]:
    return {m.channel or "": m for m in merged
            if m.type is EventType.SUSPEND and m.date == "2022-08-05" and m.source == "CHN"
            and m.channel in ("defence-policy-talks", "maritime-safety-talks")}


def test_five_rewrites_of_one_report_merge_into_the_existing_events(
    corpus: Corpus, tmp_path: Path,
) -> None:
    """Five paraphrases of the 5 August 2022 cancellation add no USA–CHN event.

    Each rewrite tells SUSPEND CHN→USA on defence-policy-talks and on maritime-safety-talks,
    dated 2022-08-05. `timeline.merge` groups tellings by type, ordered pair, channel,
    status, negated, hypothetical and count, then by compatible date; uschn-08 already tells
    both events on 2022-08-05, so every new telling joins an existing merged event: the
    number of merged USA–CHN events is unchanged (increase exactly 0), each of the two
    merged cancellations gains the five rewrites as evidence, and the rewrites hold no
    request, so the request ledgers are unchanged.
    """
    copy = copy_of(corpus, tmp_path)
    rewrites = {json.loads(line)["id"]
                for line in NEAR_DUPLICATES.read_text(encoding="utf-8").splitlines() if line}
    assert len(rewrites) == 5
    with Store(copy.url) as store:
        before = merged_pair_events(store)
        ledgers = ledger_counts(store, copy.settings)
        old = cancellations(before)
        assert set(old) == {"defence-policy-talks", "maritime-safety-talks"}
        result = ingest_paths([str(NEAR_DUPLICATES)], copy.settings, store)
        assert result.failures == ()
        assert result.articles_stored == 5
        after = merged_pair_events(store)
        assert len(after) == len(before)
        new = cancellations(after)
        assert set(new) == set(old)
        for channel, event in new.items():
            assert set(event.articles) == set(old[channel].articles) | rewrites, channel
        assert ledger_counts(store, copy.settings) == ledgers


# --------------------------------------------------------------------------- 3. freeze
def test_freeze_index_rises_in_august_2022_and_falls_after_november_2023(
    corpus: Corpus,
) -> None:
    with Store(corpus.url) as store:
        series = pair_freeze(store, resolve_pair(*PAIR), corpus.settings)
    index = {point.month: point.index for point in series.points}
    for month in ("2022-07", "2022-08", "2023-10", "2024-01"):
        assert index.get(month) is not None, (month, index.get(month))
    assert index["2022-08"] > index["2022-07"], (index["2022-07"], index["2022-08"])
    assert index["2024-01"] < index["2023-10"], (index["2023-10"], index["2024-01"])


# --------------------------------------------------------------------------- 4. channels
def test_channels_in_june_2023_list_the_mechanisms_with_set_up_dates_and_states(
    corpus: Corpus,
) -> None:
    rows = {row["name"]: row for row in
            cli_json(corpus, "channels", *PAIR, "--as-of", "2023-06-26")}
    # name -> (set-up year in the reference data or None, state the corpus gives)
    expected = {
        "Defense Policy Coordination Talks": ("2005", "suspended"),
        "Military Maritime Consultative Agreement talks": ("1998", "suspended"),
        "Theater Commanders Talks": (None, "suspended"),
        "Defense Telephone Link": ("2008", "unknown"),
        "Defence minister meetings and calls": (None, "suspended"),
    }
    states = {s.value for s in ChannelStatus}
    for name, (year, state) in expected.items():
        assert name in rows, f"{name} missing from {sorted(rows)}"
        row = rows[name]
        assert row["status"] in states
        assert row["status"] == state, (name, row["status"])
        if year is None:
            assert row["established"] is None, (name, row["established"])
        else:
            assert (row["established"] or "").startswith(year), (name, row["established"])
    assert rows["Military Maritime Consultative Agreement talks"]["short"] == "MMCA"
    assert rows["Defense Telephone Link"]["short"] == "DTL"


# --------------------------------------------------------------------------- 5. README
def test_readme_documents_the_freeze_formula() -> None:
    text = README.read_text(encoding="utf-8")
    assert "**Freeze index.**" in text
    assert re.search(r"freeze = sum\(w_c \* s_c\) / sum\(w_c\)\s+over the channels c with a "
                     r"known state", text)
    assert "`s_c` is 1 for suspended, 0.5 for degraded and 0 for active" in text
