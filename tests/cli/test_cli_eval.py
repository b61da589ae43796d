"""`parley eval`: scores, the split's halves, the diagnosis lines and bad gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app

pytestmark = pytest.mark.slow

TEXT = ("WASHINGTON — The American and Chinese defence ministers held a video call on "
        "Tuesday, the Pentagon said. Beijing also suspended the maritime safety talks.")


def _gold(folder: Path, name: str, events: list[dict[str, object]]) -> None:
    record = {"id": name, "published": "2024-03-08", "title": name, "text": TEXT,
              "events": events, "states": []}
    (folder / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")


def _eval(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["eval", *args])
    return result.exit_code, result.stdout, result.stderr


def test_eval_scores_a_half_of_a_split_and_says_why(tmp_path: Path) -> None:
    call = {"type": "CALL", "source": "USA", "target": "CHN", "channel": "defence-ministers",
            "date": "2024-03-05", "required": True}
    _gold(tmp_path, "kept", [call])
    _gold(tmp_path, "left-out", [call | {"type": "ESTABLISH"}])
    split = tmp_path / "split.txt"
    split.write_text(json.dumps({"tuning": ["kept"], "checking": ["left-out"]}),
                     encoding="utf-8")
    code, out, _ = _eval(str(tmp_path), "--split", str(split), "--half", "tuning", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["articles"] == 1
    assert set(result["why"]["near_misses"]) == {"channel", "direction", "type"}
    code, out, _ = _eval(str(tmp_path), "--split", str(split), "--half", "tuning")
    lines = out.strip().splitlines()
    assert lines[-2].startswith("1 articles:") and lines[-1].startswith("precision")
    assert any(line.startswith("near misses") for line in lines)


def test_an_event_free_gold_set_reports_noise_per_100_articles(tmp_path: Path) -> None:
    _gold(tmp_path, "quiet", [])
    code, out, _ = _eval(str(tmp_path), "--json")
    assert code == 0
    why = json.loads(out)["why"]
    assert why["event_free_articles"] == 1
    assert why["false_positives_per_100_event_free"] is not None


@pytest.mark.parametrize("problem", ["unknown-type", "half-alone", "no-such-half"])
def test_bad_gold_or_split_is_one_line_and_exit_1(tmp_path: Path, problem: str) -> None:
    _gold(tmp_path, "one", [{"type": "GREET" if problem == "unknown-type" else "CALL",
                             "source": "USA", "target": "CHN"}])
    split = tmp_path / "split.txt"
    split.write_text(json.dumps({"tuning": ["one"]}), encoding="utf-8")
    args = {"unknown-type": [], "half-alone": ["--half", "tuning"],
            "no-such-half": ["--split", str(split), "--half", "checking"]}[problem]
    code, _, err = _eval(str(tmp_path), *args)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("error: ")
