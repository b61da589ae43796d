"""Tests of `read_inputs`: every input kind, directories, standard input and every bad input."""

from __future__ import annotations

import builtins
import codecs
import io
import json
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import pytest

from parley.ingest import NO_DATE_WARNING, content_id, read_inputs
from parley.types import Article, InputFailure, InputWarning

LIMIT = 5 * 1024 * 1024

LEAD = "Defence ministers of the two states spoke by telephone on Tuesday."
SECOND = "It was their first call since the naval incident in the spring."
TEXT = f"{LEAD}\n{SECOND}"


def read(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = LIMIT,
    published: date | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> list[Article | InputFailure | InputWarning]:
    return list(
        read_inputs(
            [str(path) for path in paths], max_bytes=max_bytes, published=published, stdin=stdin
        )
    )


def articles(records: Sequence[object]) -> list[Article]:
    return [record for record in records if isinstance(record, Article)]


def failures(records: Sequence[object]) -> list[InputFailure]:
    return [record for record in records if isinstance(record, InputFailure)]


def warnings(records: Sequence[object]) -> list[InputWarning]:
    return [record for record in records if isinstance(record, InputWarning)]


def only_failure(records: Sequence[object]) -> InputFailure:
    assert len(records) == 1, records
    failure = records[0]
    assert isinstance(failure, InputFailure)
    return failure


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- plain text ---------------------------------------------------------------------------


def test_txt_with_published_argument(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", TEXT + "\n")
    records = read([path], published=date(2023, 6, 27))
    assert records == [
        Article(
            id=content_id(TEXT),
            text=TEXT,
            published=date(2023, 6, 27),
            origin=str(path),
        )
    ]


def test_txt_without_any_date_warns_but_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", TEXT)
    records = read([path])
    assert len(records) == 2
    article, warning = records
    assert isinstance(article, Article)
    assert article.published is None
    assert warning == InputWarning(str(path), "no publication date; relative dates stay unresolved")
    assert NO_DATE_WARNING == "no publication date; relative dates stay unresolved"


def test_txt_front_matter_sets_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path / "call.txt",
        "---\n"
        "title: Ministers speak by phone\n"
        "published: 2023-06-26T08:15:00Z\n"
        "url: https://news.example/call\n"
        "source: Example Wire\n"
        "id: call-0626\n"
        "---\n\n" + TEXT,
    )
    [article] = read([path])
    assert article == Article(
        id="call-0626",
        text=TEXT,
        title="Ministers speak by phone",
        url="https://news.example/call",
        source="Example Wire",
        published=date(2023, 6, 26),
        origin=str(path),
    )


def test_front_matter_date_wins_over_argument(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", "---\npublished: 2023-06-26\n---\n" + TEXT)
    [article] = read([path], published=date(2020, 1, 1))
    assert isinstance(article, Article)
    assert article.published == date(2023, 6, 26)


def test_argument_fills_front_matter_without_date(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", "---\ntitle: No date here\n---\n" + TEXT)
    [article] = read([path], published=date(2020, 1, 1))
    assert isinstance(article, Article)
    assert article.title == "No date here"
    assert article.published == date(2020, 1, 1)


def test_front_matter_does_not_enter_the_text_or_the_id(tmp_path: Path) -> None:
    plain = write(tmp_path / "plain.txt", TEXT)
    fronted = write(tmp_path / "fronted.txt", "---\ntitle: Same story\n---\n" + TEXT)
    first, second = articles(read([plain, fronted]))
    assert first.text == second.text == TEXT
    assert first.id == second.id == content_id(TEXT)


def test_front_matter_unknown_key_warns(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", "---\npublished: 2023-06-26\nauthor: Desk\n---\n" + TEXT)
    records = read([path])
    assert len(articles(records)) == 1
    assert warnings(records) == [InputWarning(str(path), "front matter key 'author' ignored")]


def test_front_matter_invalid_date_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", "---\npublished: 2023-13-45\n---\n" + TEXT)
    assert only_failure(read([path])) == InputFailure(
        str(path), "invalid publication date '2023-13-45'"
    )


def test_front_matter_unclosed_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", "---\ntitle: Open\n" + TEXT)
    assert only_failure(read([path])).reason == "front matter opened with '---' is never closed"


def test_front_matter_only_is_empty_text(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", "---\ntitle: Nothing below\n---\n\n")
    assert only_failure(read([path])).reason == "empty text"


def test_text_is_normalised_and_stored_exactly(tmp_path: Path) -> None:
    raw = "Ministers met in Gene\u0300ve.   \r\nThe talks lasted two hours.  \r\n\r\n"
    path = write(tmp_path / "meeting.txt", raw.encode())
    [article, _] = read([path])
    assert isinstance(article, Article)
    assert article.text == "Ministers met in Genève.\nThe talks lasted two hours."
    assert article.id == content_id(article.text)
    # Offsets computed on the stored text find the sentence there.
    start = article.text.index("The talks")
    assert article.text[start : start + 9] == "The talks"


def test_utf8_bom_and_utf16_files_read_like_utf8(tmp_path: Path) -> None:
    utf8 = write(tmp_path / "a.txt", TEXT.encode())
    bom = write(tmp_path / "b.txt", codecs.BOM_UTF8 + TEXT.encode())
    utf16 = write(tmp_path / "c.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    found = articles(read([utf8, bom, utf16]))
    assert [article.text for article in found] == [TEXT, TEXT, TEXT]
    assert len({article.id for article in found}) == 1


# --- ids ----------------------------------------------------------------------------------


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", TEXT)
    first = articles(read([path]))[0].id
    second = articles(read([path]))[0].id
    assert first == second == content_id(TEXT)
    # Pinned, so that a change to the id scheme cannot pass unnoticed.
    assert first == "c49e5fc445d5e4a5"


def test_same_text_same_id_whatever_the_line_endings(tmp_path: Path) -> None:
    unix = write(tmp_path / "unix.txt", TEXT.encode())
    windows = write(tmp_path / "windows.txt", TEXT.replace("\n", "\r\n").encode() + b"\r\n")
    first, second = articles(read([unix, windows]))
    assert first.id == second.id


def test_different_texts_get_different_ids(tmp_path: Path) -> None:
    one = write(tmp_path / "one.txt", LEAD)
    two = write(tmp_path / "two.txt", SECOND)
    first, second = articles(read([one, two]))
    assert first.id != second.id


# --- JSON ---------------------------------------------------------------------------------


def test_json_article_object(tmp_path: Path) -> None:
    record = {
        "id": "talks-7",
        "url": "https://news.example/talks",
        "title": "Defence talks resume",
        "published": "Mon, 26 Jun 2023 10:00:00 GMT",
        "source": "Example Wire",
        "text": TEXT,
    }
    path = write(tmp_path / "talks.json", json.dumps(record))
    assert read([path]) == [
        Article(
            id="talks-7",
            text=TEXT,
            title="Defence talks resume",
            url="https://news.example/talks",
            source="Example Wire",
            published=date(2023, 6, 26),
            origin=str(path),
        )
    ]


def test_gold_file_with_extra_fields_is_valid_input(tmp_path: Path) -> None:
    gold = {
        "id": "gold-hotline",
        "published": "2023-06-26",
        "title": None,
        "url": None,
        "date_note": "the page gives the date in its byline",
        "text": TEXT,
        "states": ["KOR", "PRK"],
        "events": [
            {
                "type": "CALL",
                "source": "KOR",
                "target": "PRK",
                "channel": "defence-ministers",
                "required": True,
            }
        ],
    }
    path = write(tmp_path / "gold.json", json.dumps(gold, indent=2))
    [article] = read([path])
    assert article == Article(
        id="gold-hotline", text=TEXT, published=date(2023, 6, 26), origin=str(path)
    )


def test_json_without_id_gets_content_id_and_numeric_id_is_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "two.json",
        json.dumps(
            [{"text": TEXT, "published": "2023-06-26"}, {"id": 42, "text": LEAD, "published": None}]
        ),
    )
    records = read([path])
    first, second = articles(records)
    assert first.id == content_id(TEXT)
    assert first.origin == f"{path}[0]"
    assert second.id == "42"
    assert second.origin == f"{path}[1]"
    assert warnings(records) == [InputWarning(f"{path}[1]", NO_DATE_WARNING)]


def test_json_array_bad_item_fails_alone(tmp_path: Path) -> None:
    path = write(
        tmp_path / "batch.json",
        json.dumps([{"text": TEXT, "published": "2023-06-26"}, {"title": "No body"}, "a string"]),
    )
    records = read([path])
    assert len(articles(records)) == 1
    assert failures(records) == [
        InputFailure(f"{path}[1]", "no 'text' field"),
        InputFailure(f"{path}[2]", "expected an article object, got a string"),
    ]


def test_json_empty_array_warns(tmp_path: Path) -> None:
    path = write(tmp_path / "none.json", "[]")
    assert read([path]) == [InputWarning(str(path), "JSON array holds no articles")]


def test_json_published_argument_fills_gap(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps({"text": TEXT}))
    [article] = read([path], published=date(2023, 6, 26))
    assert isinstance(article, Article)
    assert article.published == date(2023, 6, 26)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            '{"text": "Talks resumed.",\n  "title": }',
            "malformed JSON: Expecting value (line 2, column 12)",
        ),
        ('{"title": "No body here"}', "no 'text' field"),
        ('{"text": 17}', "'text' is a number, not a string"),
        ('{"text": null}', "'text' is null, not a string"),
        ('{"text": ["a", "b"]}', "'text' is an array, not a string"),
        ('{"text": "   \\n  "}', "empty text"),
        ('{"text": "Talks resumed.", "title": 5}', "'title' is a number, not a string"),
        ('{"text": "Talks resumed.", "id": true}', "'id' is a boolean, not a string"),
        (
            '{"text": "Talks resumed.", "published": "2023-13-45"}',
            "invalid publication date '2023-13-45'",
        ),
        (
            '{"text": "Talks resumed.", "published": "yesterday-ish"}',
            "invalid publication date 'yesterday-ish'",
        ),
        ('"just a string"', "JSON holds a string, not an article object or array"),
        ("[" * 100_000, "malformed JSON: nested too deeply"),
    ],
)
def test_json_bad_content(tmp_path: Path, content: str, reason: str) -> None:
    path = write(tmp_path / "bad.json", content)
    assert only_failure(read([path])) == InputFailure(str(path), reason)


# --- JSON Lines ---------------------------------------------------------------------------


def test_jsonl_one_article_per_line_and_bad_lines_fail_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "first", "text": LEAD, "published": "2023-06-26"}),
        "",
        '{"id": "broken", "text": ',
        json.dumps({"id": "third", "text": SECOND, "published": "2023-06-27"}),
        json.dumps({"id": "fourth", "published": "2023-06-28"}),
        "[1, 2]",
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    records = read([path])
    assert [(article.id, article.origin) for article in articles(records)] == [
        ("first", f"{path}:1"),
        ("third", f"{path}:4"),
    ]
    assert failures(records) == [
        InputFailure(f"{path}:3", "malformed JSON: Expecting value (column 26)"),
        InputFailure(f"{path}:5", "no 'text' field"),
        InputFailure(f"{path}:6", "expected an article object, got an array"),
    ]


def test_jsonl_undecodable_line_fails_alone(tmp_path: Path) -> None:
    good = json.dumps({"text": LEAD, "published": "2023-06-26"}).encode()
    bad = '{"text": "Séoul"}'.encode("latin-1")
    path = write(tmp_path / "mixed.jsonl", good + b"\r\n" + bad + b"\n" + good)
    records = read([path])
    assert len(articles(records)) == 2
    offset = len(good) + 2 + bad.index(b"\xe9")
    assert failures(records) == [
        InputFailure(f"{path}:2", f"not valid UTF-8 text (byte 0xe9 at offset {offset})")
    ]


def test_jsonl_blank_file_is_empty_text(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.jsonl", "\n  \n")
    assert only_failure(read([path])) == InputFailure(str(path), "empty text")


def test_jsonl_same_text_same_id_as_txt(tmp_path: Path) -> None:
    txt = write(tmp_path / "a.txt", TEXT)
    jsonl = write(tmp_path / "b.jsonl", json.dumps({"text": TEXT}) + "\n")
    first, second = articles(read([txt, jsonl]))
    assert first.id == second.id == content_id(TEXT)


# --- directories --------------------------------------------------------------------------


def test_directory_recursion_is_sorted_and_skips_hidden_and_unknown(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "Story b.")
    write(root / "a" / "z.txt", "Story a/z.")
    write(root / "a" / "deeper" / "c.json", json.dumps({"text": "Story a/deeper/c."}))
    write(root / "a.jsonl", json.dumps({"text": "Story a.jsonl."}) + "\n")
    write(root / "c.HTM", "<html><body><p>too short</p></body></html>")
    write(root / "notes.md", "Not an input kind.")
    write(root / ".hidden.txt", "Hidden story.")
    write(root / ".cache" / "x.txt", "Hidden directory story.")
    write(root / "README", "No extension.")
    records = read([root])
    origins = [record.origin for record in records if not isinstance(record, InputWarning)]
    assert origins == [
        str(root / "a" / "deeper" / "c.json"),
        str(root / "a" / "z.txt"),
        str(root / "a.jsonl") + ":1",
        str(root / "b.txt"),
        str(root / "c.HTM"),
    ]
    assert failures(records) == [InputFailure(str(root / "c.HTM"), "HTML has no article body")]
    texts = [article.text for article in articles(records)]
    assert "Hidden story." not in texts
    assert "Hidden directory story." not in texts


def test_directory_without_inputs_warns(tmp_path: Path) -> None:
    write(tmp_path / "empty" / "notes.md", "nothing to read")
    assert read([tmp_path / "empty"]) == [
        InputWarning(str(tmp_path / "empty"), "no .txt, .json, .jsonl, .html, .htm, .jsonl.gz, "
        ".parquet, .warc or .warc.gz files found")
    ]


def test_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "dir" / "call.txt", TEXT)
    records = read([path, tmp_path / "dir", tmp_path / "dir"], published=date(2023, 6, 26))
    assert len(records) == 1


def test_symbolic_link_loop_is_not_followed_forever(tmp_path: Path) -> None:
    write(tmp_path / "dir" / "call.txt", TEXT)
    os.symlink(tmp_path / "dir", tmp_path / "dir" / "loop")
    records = read([tmp_path / "dir"], published=date(2023, 6, 26))
    assert len(articles(records)) == 1
    assert failures(records) == []


# --- standard input -----------------------------------------------------------------------


def test_stdin_plain_text_with_front_matter() -> None:
    stream = io.StringIO("---\ntitle: From a pipe\npublished: 2023-06-26\n---\n" + TEXT)
    assert read(["-"], stdin=stream) == [
        Article(
            id=content_id(TEXT),
            text=TEXT,
            title="From a pipe",
            published=date(2023, 6, 26),
            origin="<stdin>",
        )
    ]


def test_stdin_bytes_with_bom() -> None:
    stream = io.BytesIO(codecs.BOM_UTF8 + TEXT.encode())
    [article] = read(["-"], stdin=stream, published=date(2023, 6, 26))
    assert isinstance(article, Article)
    assert article.text == TEXT


def test_stdin_json_object() -> None:
    stream = io.BytesIO(
        json.dumps({"id": "piped", "text": TEXT, "published": "2023-06-26"}).encode()
    )
    [article] = read(["-"], stdin=stream)
    assert isinstance(article, Article)
    assert (article.id, article.origin) == ("piped", "<stdin>")


def test_stdin_json_array() -> None:
    stream = io.StringIO(json.dumps([{"text": LEAD}, {"text": SECOND}]))
    found = articles(read(["-"], stdin=stream, published=date(2023, 6, 26)))
    assert [article.origin for article in found] == ["<stdin>[0]", "<stdin>[1]"]


def test_stdin_jsonl() -> None:
    lines = [json.dumps({"text": LEAD}), "{not json", json.dumps({"text": SECOND})]
    records = read(["-"], stdin=io.StringIO("\n".join(lines)), published=date(2023, 6, 26))
    assert [article.origin for article in articles(records)] == ["<stdin>:1", "<stdin>:3"]
    assert failures(records) == [
        InputFailure(
            "<stdin>:2",
            "malformed JSON: Expecting property name enclosed in double quotes (column 2)",
        )
    ]


def test_stdin_malformed_json() -> None:
    records = read(["-"], stdin=io.StringIO('{"text": "Talks resumed."'))
    assert only_failure(records) == InputFailure(
        "<stdin>", "malformed JSON: Expecting ',' delimiter (line 1, column 26)"
    )


def test_stdin_text_starting_with_bracket_is_text() -> None:
    [article] = read(["-"], stdin=io.StringIO("[Updated] " + TEXT), published=date(2023, 6, 26))
    assert isinstance(article, Article)
    assert article.text == "[Updated] " + TEXT


def test_stdin_over_limit_reads_no_more_than_limit_plus_one() -> None:
    class CountingStream(io.BytesIO):
        def __init__(self, data: bytes) -> None:
            super().__init__(data)
            self.requested: list[int] = []

        def read(self, size: int | None = -1, /) -> bytes:
            self.requested.append(-1 if size is None else size)
            return super().read(size)

    stream = CountingStream(b"x" * 1000)
    assert only_failure(read(["-"], stdin=stream, max_bytes=100)) == InputFailure(
        "<stdin>", "input is over the 100 B limit"
    )
    assert stream.requested == [101]


def test_stdin_text_over_limit_counts_bytes_not_characters() -> None:
    # 60 characters but 120 bytes in UTF-8.
    records = read(["-"], stdin=io.StringIO("é" * 60), max_bytes=100)
    assert only_failure(records).reason == "input is over the 100 B limit"


@pytest.mark.parametrize(
    ("stream", "reason"),
    [
        (io.BytesIO(b""), "empty text"),
        (io.StringIO(" \n\t\n"), "empty text"),
        (io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file, not text"),
        (
            io.BytesIO("Talks in Séoul".encode("latin-1")),
            "not valid UTF-8 text (byte 0xe9 at offset 10)",
        ),
        (io.StringIO("null bytes \x00 inside"), "binary file, not text"),
    ],
)
def test_stdin_bad_input(stream: TextIO | BinaryIO, reason: str) -> None:
    assert only_failure(read(["-"], stdin=stream)) == InputFailure("<stdin>", reason)


def test_stdin_undecodable_text_stream() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Séoul".encode("latin-1")), encoding="utf-8")
    assert only_failure(read(["-"], stdin=stream)) == InputFailure(
        "<stdin>", "not valid UTF-8 text (byte 0xe9)"
    )


def test_stdin_named_twice() -> None:
    records = read(["-", "-"], stdin=io.StringIO(TEXT), published=date(2023, 6, 26))
    assert len(articles(records)) == 1
    assert failures(records) == [InputFailure("<stdin>", "standard input given more than once")]


# --- bad files ----------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    assert only_failure(read([path])) == InputFailure(str(path), "file not found")


def test_path_through_a_file(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", TEXT) / "inner.txt"
    assert only_failure(read([path])) == InputFailure(
        str(path), "file not found (a part of the path is not a directory)"
    )


def test_unsupported_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "scan.pdf", b"%PDF-1.7")
    assert only_failure(read([path])) == InputFailure(
        str(path), "unsupported file type '.pdf'; expected .txt, .json, .jsonl, "
        ".html, .htm, .jsonl.gz, .parquet, .warc or .warc.gz"
    )


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: tests may run as root, who reads files whatever their mode.
    locked = write(tmp_path / "locked.txt", TEXT)
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    assert only_failure(read([locked])) == InputFailure(str(locked), "permission denied")


def test_other_os_error_becomes_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "flaky.txt", TEXT)
    real_open = builtins.open

    def failing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            raise OSError(5, "Input/output error", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", failing_open)
    assert only_failure(read([path])) == InputFailure(str(path), "cannot read: Input/output error")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
        (bytes(range(1, 9)) * 50, "binary file, not text"),
        (
            "Talks in Séoul ended.".encode("latin-1"),
            "not valid UTF-8 text (byte 0xe9 at offset 10)",
        ),
        (
            codecs.BOM_UTF16_LE + "Talks resumed".encode("utf-16-le") + b"\x00\xdc",
            "not valid UTF-16 text (byte 0x00 at offset 28)",
        ),
        (b"", "empty text"),
        (b"  \n\t \r\n  ", "empty text"),
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".json", ".jsonl", ".html"])
def test_bad_bytes_in_every_kind(tmp_path: Path, content: bytes, reason: str, suffix: str) -> None:
    path = write(tmp_path / f"bad{suffix}", content)
    records = read([path])
    if suffix == ".jsonl" and reason.startswith("not valid UTF-8"):
        # JSON Lines decode line by line, so the failure names the line.
        assert only_failure(records) == InputFailure(f"{path}:1", reason)
    else:
        assert only_failure(records) == InputFailure(str(path), reason)


class ReadRecorder:
    """A file handle that records the sizes asked of `read`."""

    def __init__(self, handle: BinaryIO, calls: list[int]) -> None:
        self.handle = handle
        self.calls = calls

    def __enter__(self) -> ReadRecorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def fileno(self) -> int:
        return self.handle.fileno()

    def read(self, size: int = -1) -> bytes:
        self.calls.append(size)
        return self.handle.read(size)


def test_oversized_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "big.txt", "word " * 400)  # 2,000 bytes
    calls: list[int] = []
    real_open = builtins.open

    def recording_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            return ReadRecorder(real_open(file, "rb"), calls)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", recording_open)
    assert only_failure(read([path], max_bytes=1024)) == InputFailure(
        str(path), "file is 2.0 KB, over the 1.0 KB limit"
    )
    assert calls == []
    # A file under the limit is read with one bounded read.
    assert articles(read([path], max_bytes=4096))
    assert calls == [4097]


@pytest.mark.parametrize(
    ("size", "limit", "reason"),
    [
        (650, 100, "file is 650 B, over the 100 B limit"),
        (int(6.2 * 1024 * 1024), 5 * 1024 * 1024, "file is 6.2 MB, over the 5.0 MB limit"),
        (5 * 1024 * 1024 + 1, 5 * 1024 * 1024, "file is 5,242,881 B, over the 5,242,880 B limit"),
    ],
)
def test_oversized_file_messages(tmp_path: Path, size: int, limit: int, reason: str) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(size)  # sparse: the size is what matters, not the content
    assert only_failure(read([path], max_bytes=limit)) == InputFailure(str(path), reason)


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "exact.txt", "a" * 100)
    [article, _] = read([path], max_bytes=100)
    assert isinstance(article, Article)


def test_batch_goes_on_after_failures(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", TEXT)
    binary = write(tmp_path / "bad.txt", b"\x00\x01\x02")
    records = read(
        [tmp_path / "missing.txt", binary, good, tmp_path / "x.doc"], published=date(2023, 6, 26)
    )
    assert [type(record).__name__ for record in records] == [
        "InputFailure",
        "InputFailure",
        "Article",
        "InputFailure",
    ]


def test_read_inputs_is_lazy(tmp_path: Path) -> None:
    path = write(tmp_path / "call.txt", TEXT)
    iterator = read_inputs([str(path)], max_bytes=LIMIT)
    path.unlink()  # nothing was read yet, so the failure comes when iterating
    assert list(iterator) == [InputFailure(str(path), "file not found")]
