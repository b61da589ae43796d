"""`parley channels`, `requests`, `freeze`, `watch` and `report --format html` end to end.

The store is filled by `Store.save_article` with hand-made events, so no spaCy model is run.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from parley.cli import WATCH_CHANGED_EXIT, app
from parley.config import DEFAULT_CHANNEL_WEIGHTS
from parley.store import Store
from parley.types import Article, Event, EventType, Evidence

runner = CliRunner()


def invoke(*args: str) -> Result:
    # These stories end years before today; a long stale window keeps their last states
    # (staleness itself is tested in tests/timeline and tests/test_acceptance_corpus.py).
    return runner.invoke(app, list(args), env={"COLUMNS": "200",
                                                "PARLEY_STALE_AFTER_MONTHS": "600"})


def save(url: str, article_id: str, published: str,
         items: list[tuple[str, EventType, str | None, str]]) -> None:
    """Save an article whose sentences each tell one CHN->USA event (type, channel, date)."""
    text = " ".join(sentence for sentence, _, _, _ in items)
    events = []
    for sentence, kind, channel, when in items:
        start = text.index(sentence)
        source, target = ("USA", "CHN") if kind is EventType.REQUEST else ("CHN", "USA")
        events.append(Event(article=article_id, type=kind, source=source, target=target,
                            channel=channel, date=when,
                            evidence=Evidence(sentence, start, start + len(sentence))))
    with Store(url) as store:
        store.save_article(Article(id=article_id, text=text, title=f"About {article_id}",
                                   published=date.fromisoformat(published)), events)


@pytest.fixture()
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'parley.db'}"
    save(url, "mmca-2021", "2021-12-17", [
        ("Officers held MMCA talks by video this week.", EventType.MEET,
         "maritime-safety-talks", "2021-12-14")])
    save(url, "cut-2022", "2022-08-06", [
        ("Beijing called off the maritime safety meetings on Friday.", EventType.SUSPEND,
         "maritime-safety-talks", "2022-08-05"),
        ("The Pentagon asked for a call between defence ministers.", EventType.REQUEST,
         "defence-ministers", "2022-08-04"),
        ("Beijing did not answer the call.", EventType.DECLINE, "defence-ministers",
         "2022-08-04"),
        ("The Pentagon asked for talks between theatre commanders.", EventType.REQUEST,
         "theater-command-talks", "2021-10-04"),
        ("Beijing turned the talks down.", EventType.DECLINE, "theater-command-talks",
         "2021-10-05")])
    return url


def test_watch_exit_codes(url: str, tmp_path: Path) -> None:
    state = tmp_path / "state" / "watch.json"
    first = invoke("watch", "USA", "CHN", "--db", url, "--state-file", str(state))
    assert first.exit_code == WATCH_CHANGED_EXIT == 3, first.stdout + first.stderr
    assert "maritime-safety-talks: unknown → suspended" in first.stdout
    assert "Beijing called off the maritime safety meetings" in first.stdout
    again = invoke("watch", "USA", "CHN", "--db", url, "--state-file", str(state))
    assert again.exit_code == 0, again.stdout + again.stderr
    assert "No channel" in again.stdout
    save(url, "thaw-2023", "2023-11-16", [
        ("The two sides agreed to resume the maritime safety talks.", EventType.RESUME,
         "maritime-safety-talks", "2023-11-15")])
    changed = invoke("watch", "USA", "CHN", "--db", url, "--state-file", str(state), "--json")
    assert changed.exit_code == 3, changed.stdout + changed.stderr
    payload = json.loads(changed.stdout)
    assert payload["changed"] and not payload["first_run"]
    assert [(c["channel"], c["before"], c["after"]) for c in payload["changes"]] == [
        ("maritime-safety-talks", "suspended", "active")]
    assert payload["changes"][0]["evidence"][0]["article"] == "thaw-2023"
    assert invoke("watch", "USA", "CHN", "--db", url, "--state-file", str(state)).exit_code == 0


def test_watch_with_a_corrupt_state_file_is_one_error_line(url: str, tmp_path: Path) -> None:
    state = tmp_path / "watch.json"
    state.write_text("garbage", encoding="utf-8")
    result = invoke("watch", "USA", "CHN", "--db", url, "--state-file", str(state))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot read watch state file")


def test_channels_lists_mechanisms_with_set_up_dates_and_last_use(url: str) -> None:
    result = invoke("channels", "US", "China", "--db", url, "--json")
    assert result.exit_code == 0, result.stderr
    rows = {r["id"]: r for r in json.loads(result.stdout) if r["id"]}
    assert rows["usa-chn-mmca"]["established"] == "1998-01-19"
    assert rows["usa-chn-mmca"]["status"] == "suspended"
    assert rows["usa-chn-mmca"]["last_used"] == "2021-12-14"
    assert rows["usa-chn-dtl"]["established"] == "2008-02-29"
    table = invoke("channels", "USA", "CHN", "--db", url)
    assert table.exit_code == 0, table.stderr
    assert "Defense Telephone Link" in table.stdout and "1998-01-19" in table.stdout


def test_requests_ledger(url: str) -> None:
    result = invoke("requests", "USA", "CHN", "--db", url, "--json")
    assert result.exit_code == 0, result.stderr
    ledger = json.loads(result.stdout)
    # A call left unanswered is ignored, not declined; a turned-down request is declined.
    assert [(r["side"], r["channel"], r["outcome"]) for r in ledger["requests"]] == [
        ("USA", "theater-command-talks", "declined"), ("USA", "defence-ministers", "unanswered")]
    totals = {t["channel"]: t for t in ledger["totals"]}
    assert (totals["defence-ministers"]["unanswered"], totals["defence-ministers"]["declined"]
            ) == (1, 0)
    assert totals["theater-command-talks"]["declined"] == 1
    table = invoke("requests", "USA", "CHN", "--db", url, "--from", "2022", "--to", "2022-12")
    assert table.exit_code == 0 and "declined" in table.stdout
    bad = invoke("requests", "USA", "CHN", "--db", url, "--from", "2022-13")
    assert bad.exit_code == 1 and "--from" in bad.stderr


def test_freeze_formats(url: str) -> None:
    table = invoke("freeze", "USA", "CHN", "--db", url, "--from", "2022-06", "--to", "2022-09")
    assert table.exit_code == 0, table.stderr
    assert "sum(w_c * s_c) / sum(w_c)" in table.stdout
    assert "maritime-safety-talks active → suspended" in table.stdout
    rows = list(csv.DictReader(io.StringIO(invoke(
        "freeze", "USA", "CHN", "--db", url, "--from", "2022-06", "--to", "2022-09",
        "--format", "csv").stdout)))
    # Theatre talks degraded since the 2021 refusal (weight t, score 0.5); from August the
    # maritime talks suspended (0.75, 1) and the defence ministers degraded (1.0, 0.5).
    t = DEFAULT_CHANNEL_WEIGHTS["theater-command-talks"]
    before = str(round(t * 0.5 / (0.75 + t), 3))
    frozen = str(round((0.75 * 1 + 1.0 * 0.5 + t * 0.5) / (0.75 + 1.0 + t), 3))
    assert [(r["month"], r["index"], r["known_channels"]) for r in rows] == [
        ("2022-06", before, "2"), ("2022-07", before, "2"), ("2022-08", frozen, "3"),
        ("2022-09", frozen, "3")]
    payload = json.loads(invoke("freeze", "USA", "CHN", "--db", url, "--format", "json").stdout)
    assert payload["series"][0]["month"] == "2021-10"
    assert len(payload["sparkline"]) == len(payload["series"])


def test_report_html_to_a_file(url: str, tmp_path: Path) -> None:
    output = tmp_path / "report.html"
    result = invoke("report", "USA", "CHN", "--db", url, "--format", "html", "--since", "2022",
                    "--output", str(output))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    html = output.read_text(encoding="utf-8")
    assert "What changed since 2022?" in html and 'href="#cite-1"' in html
    assert "https://" not in html and "http://" not in html
