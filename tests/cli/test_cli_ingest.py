"""`parley ingest` end to end: every input kind, every bad input, nothing stored is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.store import Store

runner = CliRunner()

ARTICLE = (
    "Defence ministers of Japan and China held their first call over the new hotline on "
    "Tuesday, officials in Tokyo said. The line had been agreed in 2023."
)


def _ingest(db_url: str, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["ingest", "--db", db_url, *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def _json_article(path: Path, article_id: str, text: str = ARTICLE,
                  published: str = "2024-04-03") -> Path:
    path.write_text(json.dumps({"id": article_id, "title": "t", "published": published,
                                "text": text}), encoding="utf-8")
    return path


def test_each_input_kind_is_stored(tmp_path: Path, db_url: str) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text(f"---\ntitle: A\npublished: 2024-04-03\n---\n{ARTICLE}\n", encoding="utf-8")
    js = _json_article(tmp_path / "b.json", "b")
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text("\n".join(json.dumps({"id": f"c{i}", "published": "2024-04-03",
                                           "text": f"{ARTICLE} Item {i}."}) for i in range(2)),
                     encoding="utf-8")
    html = tmp_path / "d.html"
    html.write_text(
        "<html><head><title>Hotline call</title>"
        '<meta property="article:published_time" content="2024-04-03"></head><body><article>'
        f"<h1>Hotline call</h1><p>{ARTICLE}</p><p>Both sides called the exchange useful and "
        "said they would keep the line open for emergencies at sea.</p></article></body></html>",
        encoding="utf-8")
    nested = tmp_path / "dir" / "sub"
    nested.mkdir(parents=True)
    _json_article(nested / "e.json", "e")
    code, _, err = _ingest(db_url, str(txt), str(js), str(jsonl), str(html),
                           str(tmp_path / "dir"))
    assert code == 0, err
    code, _, err = _ingest(db_url, "-", stdin=json.dumps({"id": "f", "text": ARTICLE,
                                                          "published": "2024-04-03"}))
    assert code == 0, err
    with Store(db_url) as store:
        assert store.count_articles() == 7
        assert store.article("b") is not None and store.article("f") is not None


def test_ingesting_twice_changes_nothing(tmp_path: Path, db_url: str) -> None:
    path = _json_article(tmp_path / "a.json", "a")
    assert _ingest(db_url, str(path))[0] == 0
    with Store(db_url) as store:
        before = (store.count_articles(), store.count_events())
    code, _, err = _ingest(db_url, str(path))
    assert code == 0
    assert "1 unchanged" in err
    with Store(db_url) as store:
        assert (store.count_articles(), store.count_events()) == before


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", b"\x00\x01\x02\x03" * 50, "binary file"),
        ("latin.txt", "Caf\u00e9 talks resumed.".encode("latin-1"), "not valid UTF-8"),
        ("empty.txt", b"   \n", "empty text"),
        ("bad-date.json", json.dumps({"id": "x", "published": "2023-13-45",
                                      "text": ARTICLE}).encode(), "invalid publication date"),
        ("broken.json", b'{"id": "x", "text": ', "malformed JSON"),
        ("nobody.html", b"<html><head><title>x</title></head><body></body></html>",
         "no article body"),
        ("big.txt", b"word " * 1_100_000, "over the 5.0 MB limit"),
    ],
)
def test_bad_input_is_one_line_and_the_batch_goes_on(
    tmp_path: Path, db_url: str, name: str, content: bytes, reason: str
) -> None:
    earlier = _json_article(tmp_path / "earlier.json", "earlier")
    assert _ingest(db_url, str(earlier))[0] == 0
    bad = tmp_path / name
    bad.write_bytes(content)
    later = _json_article(tmp_path / "later.json", "later", text=ARTICLE + " Again.")
    code, _, err = _ingest(db_url, str(bad), str(later))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and name in lines[0] and reason in lines[0], err
    assert "Traceback" not in err
    assert "1 inputs failed" in err
    with Store(db_url) as store:
        assert store.article("earlier") is not None
        assert store.article("later") is not None


def test_malformed_jsonl_line_names_the_line(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "ok1", "text": ARTICLE, "published": "2024-04-03"})
                    + "\n{not json\n"
                    + json.dumps({"id": "ok2", "text": ARTICLE + " Two.",
                                  "published": "2024-04-03"}) + "\n", encoding="utf-8")
    code, _, err = _ingest(db_url, str(path))
    assert code == 1
    assert "feed.jsonl:2" in err and "malformed JSON" in err
    with Store(db_url) as store:
        assert store.article("ok1") is not None and store.article("ok2") is not None


def test_missing_file_and_undated_article(tmp_path: Path, db_url: str) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text("China suspended theatre-command talks with the United States.",
                       encoding="utf-8")
    code, _, err = _ingest(db_url, str(tmp_path / "nope.json"), str(undated))
    assert code == 1
    assert "nope.json: file not found" in err
    assert "no publication date" in err
    with Store(db_url) as store:
        assert store.count_articles() == 1
        events = store.events()
        assert events and all(e.event.date is None for e in events)


def test_bad_store_url_is_one_line(tmp_path: Path) -> None:
    path = _json_article(tmp_path / "a.json", "a")
    result = runner.invoke(app, ["ingest", "--db", "nosuchdialect://x", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "nosuchdialect" in result.stderr
