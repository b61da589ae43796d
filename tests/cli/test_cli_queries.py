"""`parley status`, `timeline`, `report`, `extract`, `demo` and every `--help`, end to end.

Three short articles, written for these tests, tell a plain story of the US–China channels:
two channels suspended in August 2022, a mixed picture in June 2023 (attachés still meet,
high-level defence dialogue frozen), the policy talks resumed in January 2024.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.core import TyperGroup, TyperOption
from typer.testing import CliRunner, Result

from parley.cli import app
from parley.config import DEFAULT_CHANNEL_WEIGHTS
from parley.store import Store

runner = CliRunner()

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
CHANNELS = json.loads((ROOT / "src/parley/data/channels.json").read_text(encoding="utf-8"))
CATALOGUE = [c["slug"] for c in CHANNELS["channels"]]
LABELS = {c["slug"]: c["label"] for c in CHANNELS["channels"]}
CORPUS = ROOT / "src/parley/data/corpus"

SUSPENDED_2022 = "t-2022-suspend"
ATTACHES_2023 = "t-2023-attaches"
RESUMED_2024 = "t-2024-resume"

#: id -> (published, title, text). Saturday 6 August 2022, Monday 26 June 2023, Wednesday
#: 10 January 2024: "on Friday" is 2022-08-05 and "on Tuesday" is 2024-01-09.
ARTICLES: dict[str, tuple[str, str, str]] = {
    SUSPENDED_2022: (
        "2022-08-06", "Beijing halts military talks",
        "China on Friday suspended theatre-level command talks and the Defense Policy "
        "Coordination Talks with the United States in protest at a visit to Taiwan by a senior "
        "American lawmaker. The decision was announced in a short statement.",
    ),
    ATTACHES_2023: (
        "2023-06-26", "Attaches still meet",
        "Military attaches at the embassies in Beijing and Washington are still able to meet "
        "officials, diplomats say. High-level defence dialogue between China and the United "
        "States remains frozen.",
    ),
    RESUMED_2024: (
        "2024-01-10", "Policy talks resume",
        "The Defense Policy Coordination Talks between the United States and China resumed at "
        "the Pentagon on Tuesday after a pause of more than a year. Officials from both sides "
        "described the meeting as candid.",
    ),
}

#: What the articles say, channel by channel, as of each date: (status, since, article).
EXPECTED: dict[str, dict[str, tuple[str, str, str]]] = {
    "2022-07": {},
    "2022-08-06": {
        "theater-command-talks": ("suspended", "2022-08-05", SUSPENDED_2022),
        "defence-policy-talks": ("suspended", "2022-08-05", SUSPENDED_2022),
    },
    "2023-06-26": {
        "theater-command-talks": ("suspended", "2022-08-05", SUSPENDED_2022),
        "defence-policy-talks": ("suspended", "2022-08-05", SUSPENDED_2022),
        "defence-ministers": ("suspended", "2023-06-26", ATTACHES_2023),
        "attaches": ("active", "2023-06-26", ATTACHES_2023),
    },
    # Nothing said of the theatre talks for more than 12 months: their state went stale.
    "2023-12-31": {
        "defence-ministers": ("suspended", "2023-06-26", ATTACHES_2023),
        "attaches": ("active", "2023-06-26", ATTACHES_2023),
    },
    "2024-01-10": {
        "defence-policy-talks": ("active", "2024-01-09", RESUMED_2024),
        "defence-ministers": ("suspended", "2023-06-26", ATTACHES_2023),
        "attaches": ("active", "2023-06-26", ATTACHES_2023),
    },
}

STATUSES = {"active", "suspended", "degraded", "unknown"}


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return runner.invoke(app, list(args), env=env)


def write_articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article_id, (published, title, text) in ARTICLES.items():
        path = folder / f"{article_id}.json"
        path.write_text(json.dumps({"id": article_id, "published": published, "title": title,
                                    "text": text}), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def article_paths(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_articles(tmp_path_factory.mktemp("articles"))


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory, article_paths: list[Path]) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'parley.db'}"
    result = invoke("ingest", "--db", url, "--quiet", *map(str, article_paths))
    assert result.exit_code == 0, result.stderr
    return url


def status_rows(url: str, *args: str) -> list[dict[str, Any]]:
    result = invoke("status", *args, "--db", url, "--json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list)
    return rows


def known(rows: list[dict[str, Any]]) -> dict[str, tuple[str, str, str]]:
    return {r["channel"]: (r["status"], r["since"], r["evidence"][0]["article"])
            for r in rows if r["status"] != "unknown"}


def one_error_line(result: Result) -> str:
    """The single `error: ...` line a user error prints; no traceback, nothing on stdout."""
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert result.stdout == ""
    return lines[0]


def root_command() -> TyperGroup:
    command = typer.main.get_command(app)
    assert isinstance(command, TyperGroup)
    return command


# --------------------------------------------------------------------------- status
def test_status_json_has_one_row_per_catalogue_channel(store_url: str) -> None:
    rows = status_rows(store_url, "USA", "CHN", "--as-of", "2024-01-10")
    assert len(CATALOGUE) == 12
    assert [r["channel"] for r in rows] == CATALOGUE
    for row in rows:
        assert {"channel", "status", "since", "evidence"} <= row.keys()
        assert row["status"] in STATUSES
        assert {"last_evidence", "stale"} <= row.keys()
        if row["status"] == "unknown" and not row["stale"]:
            assert row["since"] is None and row["evidence"] == []
            continue
        assert row["evidence"], row
        for evidence in row["evidence"]:
            assert {"article", "sentence"} <= evidence.keys()
            assert evidence["sentence"] in ARTICLES[evidence["article"]][2]


@pytest.mark.parametrize("as_of", sorted(EXPECTED))
def test_status_as_of_follows_the_articles(store_url: str, as_of: str) -> None:
    rows = status_rows(store_url, "USA", "CHN", "--as-of", as_of)
    assert known(rows) == EXPECTED[as_of]


@pytest.mark.parametrize(("as_of", "full"), [("2023", "2023-12-31"), ("2024-01", "2024-01-10")])
def test_status_as_of_takes_year_and_month_precision(store_url: str, as_of: str,
                                                     full: str) -> None:
    assert known(status_rows(store_url, "USA", "CHN", "--as-of", as_of)) == EXPECTED[full]


def test_status_without_as_of_describes_today(store_url: str) -> None:
    """Today is years after the last article: every state it gave has gone stale."""
    rows = status_rows(store_url, "USA", "CHN")
    assert known(rows) == {}
    stale = {r["channel"]: (r["last_status"], r["last_evidence"]) for r in rows if r["stale"]}
    assert stale == {"theater-command-talks": ("suspended", "2022-08-05"),
                     "defence-policy-talks": ("active", "2024-01-09"),
                     "defence-ministers": ("suspended", "2023-06-26"),
                     "attaches": ("active", "2023-06-26")}


def test_a_stale_state_says_its_last_state_and_date(store_url: str) -> None:
    rows = {r["channel"]: r for r in status_rows(store_url, "USA", "CHN", "--as-of",
                                                  "2024-01-10")}
    theatre = rows["theater-command-talks"]
    assert (theatre["status"], theatre["stale"], theatre["last_status"],
            theatre["last_evidence"]) == ("unknown", True, "suspended", "2022-08-05")
    assert theatre["evidence"][0]["article"] == SUSPENDED_2022
    assert rows["attaches"]["stale"] is False
    assert rows["attaches"]["last_evidence"] == "2023-06-26"


def test_status_evidence_is_the_sentence_that_says_so(store_url: str) -> None:
    rows = {r["channel"]: r for r in status_rows(store_url, "USA", "CHN",
                                                  "--as-of", "2023-06-26")}
    assert rows["attaches"]["evidence"][0]["sentence"].startswith("Military attaches")
    assert "remains frozen" in rows["defence-ministers"]["evidence"][0]["sentence"]
    with Store(store_url) as store:
        for row in rows.values():
            for evidence in row["evidence"]:
                article = store.article(evidence["article"])
                assert article is not None
                assert article.text[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_status_evidence_lists_each_sentence_once(store_url: str) -> None:
    # The attachés sentence gives both a MEET and a STATUS event; it is one piece of evidence.
    for row in status_rows(store_url, "USA", "CHN", "--as-of", "2024-01-10"):
        keys = [(e["article"], e["start"]) for e in row["evidence"]]
        assert len(keys) == len(set(keys)), row


def test_status_table_shows_every_channel_in_full(store_url: str) -> None:
    result = invoke("status", "USA", "CHN", "--as-of", "2024-01-10", "--db", store_url,
                    env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    assert "USA–CHN as of 2024-01-10" in result.stdout
    lines = result.stdout.splitlines()
    statuses = dict.fromkeys(CATALOGUE, "unknown")
    statuses.update({slug: status for slug, (status, _, _) in EXPECTED["2024-01-10"].items()})
    statuses["theater-command-talks"] = "unknown"  # stale: "(last: suspended, …)" wraps below
    for slug, status in statuses.items():
        row = [line for line in lines if re.match(rf"{re.escape(slug)}\s", line)]
        assert len(row) == 1, (slug, result.stdout)
        assert row[0].split()[1] == status, row[0]
    assert "2022-08-05" in result.stdout and "2024-01-09" in result.stdout
    assert RESUMED_2024 in result.stdout.split()  # an article id is printed whole
    assert max(len(line) for line in lines) <= 80


@pytest.mark.parametrize(
    "names",
    [("US", "China"), ("United States", "PRC"), ("usa", "chn"), ("America", "Chinese"),
     ("United States of America", "People's Republic of China"), ("CHN", "USA")],
)
def test_status_accepts_common_state_names(store_url: str, names: tuple[str, str]) -> None:
    assert status_rows(store_url, *names, "--as-of", "2024-01-10") == status_rows(
        store_url, "USA", "CHN", "--as-of", "2024-01-10")


def test_unknown_state_is_one_line_with_close_matches(store_url: str) -> None:
    line = one_error_line(invoke("status", "USA", "Chnia", "--db", store_url))
    assert "Chnia" in line
    assert "China" in line


def test_same_state_twice_is_an_error(store_url: str) -> None:
    line = one_error_line(invoke("status", "US", "USA", "--db", store_url))
    assert "USA" in line


@pytest.mark.parametrize("command", ["status", "timeline", "report"])
@pytest.mark.parametrize("as_of", ["2023-13", "2023-02-30", "June 2023", "23-06-26", ""])
def test_invalid_as_of_is_one_clear_line(store_url: str, command: str, as_of: str) -> None:
    line = one_error_line(invoke(command, "USA", "CHN", "--as-of", as_of, "--db", store_url))
    assert "--as-of" in line
    assert repr(as_of) in line


# --------------------------------------------------------------------------- timeline
def test_timeline_lists_dated_events_oldest_first(store_url: str) -> None:
    result = invoke("timeline", "USA", "CHN", "--db", store_url, "--json")
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)
    dates = [e["date"] for e in events if e["date"]]
    assert dates == sorted(dates)
    assert {e["article"] for e in events} == set(ARTICLES)
    for event in events:
        assert {event["source"], event["target"]} == {"USA", "CHN"}
        assert event["published"] == ARTICLES[event["article"]][0]
        assert event["title"] == ARTICLES[event["article"]][1]
        assert event["evidence"]["sentence"] in ARTICLES[event["article"]][2]
    suspensions = [(e["channel"], e["date"], e["source"]) for e in events
                   if e["type"] == "SUSPEND"]
    assert sorted(suspensions) == [("defence-policy-talks", "2022-08-05", "CHN"),
                                   ("theater-command-talks", "2022-08-05", "CHN")]


def test_timeline_of_one_channel(store_url: str) -> None:
    result = invoke("timeline", "China", "US", "--channel", "defence-policy-talks",
                    "--db", store_url, "--json")
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)
    assert [(e["type"], e["date"], e["article"]) for e in events] == [
        ("SUSPEND", "2022-08-05", SUSPENDED_2022), ("RESUME", "2024-01-09", RESUMED_2024)]
    assert {e["channel"] for e in events} == {"defence-policy-talks"}


@pytest.mark.parametrize("name", ["Defense Consultative Talks", "DCT", "Defence policy talks"])
def test_timeline_channel_by_mechanism_name_or_label(store_url: str, name: str) -> None:
    by_slug = invoke("timeline", "USA", "CHN", "--channel", "defence-policy-talks",
                     "--db", store_url, "--json")
    by_name = invoke("timeline", "USA", "CHN", "--channel", name, "--db", store_url, "--json")
    assert by_name.exit_code == 0, by_name.stderr
    assert json.loads(by_name.stdout) == json.loads(by_slug.stdout) != []


def test_timeline_as_of_leaves_out_later_events(store_url: str) -> None:
    result = invoke("timeline", "USA", "CHN", "--channel", "defence-policy-talks",
                    "--as-of", "2023", "--db", store_url, "--json")
    assert result.exit_code == 0, result.stderr
    assert [e["type"] for e in json.loads(result.stdout)] == ["SUSPEND"]


def test_timeline_table(store_url: str) -> None:
    result = invoke("timeline", "USA", "CHN", "--channel", "defence-policy-talks",
                    "--db", store_url, env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.index("2022-08-05") < out.index("2024-01-09")
    assert "SUSPEND" in out and "RESUME" in out
    assert "defence-policy-talks" in out


def test_timeline_unknown_channel_is_one_line(store_url: str) -> None:
    line = one_error_line(invoke("timeline", "USA", "CHN", "--channel", "hotlines",
                                 "--db", store_url))
    assert "'hotlines'" in line
    assert "hotline," in line  # the known slugs are listed


# --------------------------------------------------------------------------- report
def report_md(store_url: str, as_of: str) -> str:
    result = invoke("report", "USA", "CHN", "--as-of", as_of, "--format", "md",
                    "--db", store_url)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_report_markdown_answers_both_questions_with_citations(store_url: str) -> None:
    text = report_md(store_url, "2023-06-26")
    assert "## What is the situation now?" in text
    assert "## How deep is the freeze?" in text
    assert text.index("## What is the situation now?") < text.index("## How deep is the freeze?")
    body, _, evidence = text.partition("## Evidence")
    assert evidence, "the report has no Evidence list"
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", body)]
    assert cited
    listed = [int(n) for n in re.findall(r"^(\d+)\. ", evidence, flags=re.MULTILINE)]
    assert listed == list(range(1, len(listed) + 1))
    assert set(cited) == set(listed)
    for article_id, (_, title, _) in ARTICLES.items():
        if article_id != RESUMED_2024:
            assert title in evidence and f"`{article_id}`" in evidence
    assert RESUMED_2024 not in text  # published after the as-of date
    situation = body.partition("## How deep is the freeze?")[0]
    assert f"{LABELS['attaches']}: active" in situation
    assert f"{LABELS['defence-policy-talks']}: suspended since 2022-08-05" in situation


def test_report_statement_cites_each_sentence_once(store_url: str) -> None:
    for line in report_md(store_url, "2024-01-10").splitlines():
        numbers = re.findall(r"\[(\d+)\]", line)
        assert len(numbers) == len(set(numbers)), line


def test_report_json_citations_point_into_the_store(store_url: str) -> None:
    result = invoke("report", "USA", "CHN", "--as-of", "2023-06-26", "--format", "json",
                    "--db", store_url)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["a"], report["b"], report["as_of"]) == ("USA", "CHN", "2023-06-26")
    numbers = {c["number"]: c for c in report["citations"]}
    assert sorted(numbers) == list(range(1, len(numbers) + 1))
    used = {n for s in report["situation"] + report["freeze"] for n in s["citations"]}
    assert used == set(numbers)
    with Store(store_url) as store:
        for citation in numbers.values():
            article = store.article(citation["article"])
            assert article is not None
            assert article.text[citation["start"]:citation["end"]] == citation["sentence"]
    assert [c["channel"] for c in report["channels"]] == CATALOGUE
    statuses = {c["channel"]: c["status"] for c in report["channels"] if c["status"] != "unknown"}
    assert statuses == {k: v[0] for k, v in EXPECTED["2023-06-26"].items()}


def test_report_freeze_index_is_the_weighted_share_of_frozen_channels(store_url: str) -> None:
    # README: sum(w_c * s_c) / sum(w_c) over the channels with a known status.
    score = {"suspended": 1.0, "degraded": 0.5, "active": 0.0}
    for as_of, states in EXPECTED.items():
        result = invoke("report", "USA", "CHN", "--as-of", as_of, "--format", "json",
                        "--db", store_url)
        assert result.exit_code == 0, result.stderr
        index = json.loads(result.stdout)["freeze_index"]
        if not states:
            assert index is None
            continue
        total = sum(DEFAULT_CHANNEL_WEIGHTS[c] for c in states)
        frozen = sum(DEFAULT_CHANNEL_WEIGHTS[c] * score[s] for c, (s, _, _) in states.items())
        assert index == pytest.approx(frozen / total, abs=1e-3)


def test_report_without_evidence_says_so(store_url: str) -> None:
    text = report_md(store_url, "2022-07")
    assert "No evidence" in text
    assert "## Evidence" not in text
    assert not re.search(r"\[\d+\]", text)


# --------------------------------------------------------------------------- extract
def extract(paths: list[Path], output_format: str) -> Result:
    result = invoke("extract", "--format", output_format, *map(str, paths),
                    env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    return result


def test_extract_jsonl_prints_contract_records(article_paths: list[Path]) -> None:
    lines = extract(article_paths, "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert records
    for record in records:
        text = ARTICLES[record["article"]][2]
        evidence = record["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]
    suspended = {(r["type"], r["source"], r["target"], r["channel"], r["date"])
                 for r in records if r["article"] == SUSPENDED_2022}
    assert {("SUSPEND", "CHN", "USA", "theater-command-talks", "2022-08-05"),
            ("SUSPEND", "CHN", "USA", "defence-policy-talks", "2022-08-05")} <= suspended
    resumed = [r for r in records if r["article"] == RESUMED_2024 and r["type"] == "RESUME"]
    assert [(r["channel"], r["date"]) for r in resumed] == [("defence-policy-talks",
                                                            "2024-01-09")]


def test_extract_csv_has_one_row_per_jsonl_record(article_paths: list[Path]) -> None:
    records = [json.loads(line) for line in extract(article_paths, "jsonl").stdout.splitlines()]
    rows = list(csv.DictReader(io.StringIO(extract(article_paths, "csv").stdout)))
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        assert (row["article"], row["type"], row["channel"] or None, row["date"] or None) == (
            record["article"], record["type"], record["channel"], record["date"])
        assert row["sentence"] == record["evidence"]["sentence"]
        assert row["persons"] == "; ".join(record["persons"])


def test_extract_table_shows_channels_in_full(article_paths: list[Path]) -> None:
    out = extract(article_paths[:1], "table").stdout
    assert out.count("SUSPEND") == 2
    assert "theater-command-talks" in out and "defence-policy-talks" in out


def test_extract_stores_nothing_and_rejects_an_unknown_format(article_paths: list[Path]
                                                              ) -> None:
    result = invoke("extract", "--format", "xml", str(article_paths[0]))
    assert result.exit_code == 1  # a usage error is a user error: one line, exit code 1
    assert result.stderr.count("\n") == 1 and "'xml' is not one of" in result.stderr


def test_extract_missing_file_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "absent.json"
    result = invoke("extract", str(missing))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and str(missing) in errors[0]


# --------------------------------------------------------------------------- demo
def test_demo_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    default_db = tmp_path / "default" / "parley.db"
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    result = invoke("demo", env={"PARLEY_DB": f"sqlite:///{default_db}"})
    assert result.exit_code == 0, result.stderr
    assert f"stored in sqlite:///{scratch}" in result.stderr  # the scratch store was used
    out = result.stdout
    assert out.startswith("# United States – China")
    assert "## What is the situation now?" in out and "## How deep is the freeze?" in out
    assert "## Evidence" in out
    assert list(scratch.iterdir()) == []
    assert not default_db.parent.exists()
    # The sample is history: described as of its own latest evidence, not as of today.
    latest = re.search(r"the sample corpus ends in (\S+): the report is as of then",
                       result.stderr)
    assert latest is not None, result.stderr
    assert f"_As of {latest.group(1)}; latest evidence {latest.group(1)}, less than a month" in out
    assert "Freeze index" in out


def test_demo_with_db_keeps_the_corpus(db_url: str) -> None:
    result = invoke("demo", "--db", db_url, "--as-of", "2023-06-26")
    assert result.exit_code == 0, result.stderr
    assert ("_As of 2023-06-26; latest evidence 2023-06-22, less than a month before the "
            "as-of date._") in result.stdout
    corpus_size = len(list(CORPUS.glob("*.json")))
    assert corpus_size == 87
    assert f"{corpus_size} sample articles" in result.stderr
    with Store(db_url) as store:
        assert store.count_articles() == corpus_size
        assert store.count_events() > 0


# --------------------------------------------------------------------------- help and README
def readme_commands() -> dict[str, str]:
    """Command name -> its row of the README's command table."""
    rows = re.findall(r"^\| `parley (\S+)([^`]*)` \|", README.read_text(encoding="utf-8"),
                      flags=re.MULTILINE)
    return dict(rows)


def test_every_readme_command_exists_and_every_command_is_documented() -> None:
    documented = readme_commands()
    assert documented, "no command table found in README.md"
    assert set(documented) == set(root_command().commands)


def test_readme_options_exist() -> None:
    commands = root_command().commands
    for name, usage in readme_commands().items():
        options = {opt for p in commands[name].params for opt in p.opts}
        for option in re.findall(r"--[a-z][a-z-]*", usage):
            assert option in options, (name, option)


@pytest.mark.parametrize("name", ["ingest", "status", "timeline", "report", "demo"])
def test_store_commands_take_db(name: str) -> None:
    options = {opt for p in root_command().commands[name].params for opt in p.opts}
    assert "--db" in options


def test_top_level_help_lists_every_command() -> None:
    result = invoke("--help", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for name in root_command().commands:
        assert re.search(rf"\b{name}\b", result.stdout), name


@pytest.mark.parametrize("name", sorted(root_command().commands))
def test_help_documents_every_option(name: str) -> None:
    command = root_command().commands[name]
    assert command.help, f"{name} has no docstring"
    result = invoke(name, "--help", env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.stderr
    assert command.help.split("\n")[0][:40] in result.stdout
    for param in command.params:
        if not isinstance(param, TyperOption):
            continue
        assert param.help, f"{name} {param.opts} has no help text"
        for opt in param.opts:
            if opt.startswith("--"):
                assert opt in result.stdout, (name, opt)


# --------------------------------------------------------------------------- issue 2
def test_seed_status_acceptance(shared_dev: Path, db_url: str) -> None:
    """Issue 2: after ingesting ../shared/dev, the seed article's channels have their status."""
    result = invoke("ingest", "--db", db_url, "--quiet", str(shared_dev))
    assert result.exit_code == 0, result.stderr
    rows = {r["channel"]: r for r in status_rows(db_url, "USA", "CHN",
                                                  "--as-of", "2023-06-26")}
    seed = json.loads((shared_dev / "seed.json").read_text(encoding="utf-8"))
    expected = {"defence-ministers": "suspended", "attaches": "active",
                "operational-comms": "active"}
    for channel, status in expected.items():
        row = rows[channel]
        assert row["status"] == status, row
        assert row["evidence"], row
        assert any(e["article"] == "seed" for e in row["evidence"]), row
        for evidence in row["evidence"]:
            if evidence["article"] == "seed":
                assert seed["text"][evidence["start"]:evidence["end"]] == evidence["sentence"]
