"""Tests of the archive readers: gzipped JSON Lines, Parquet and WARC, streamed record by record.

Every archive is written here, from short articles of our own, with the same libraries a
crawler uses (gzip, pyarrow, warcio's WARCWriter).
"""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.ingest import read_inputs
from parley.ingest.archives import archive_kind, read_archive
from parley.types import Article, InputFailure, InputWarning

LIMIT = 1024 * 1024

STORIES = [
    {"id": "harbour-1", "title": "Navies agree on a hotline", "published": "2024-03-04",
     "url": "https://harbour-post.example/hotline",
     "text": "The navies of Aldavia and Borduria agreed on Monday to open a hotline."},
    {"id": "harbour-2", "title": "Defence chiefs meet",
     "text": "The defence chiefs of the two states met in Geneva for three hours."},
    {"id": 3, "published": "2024-03-06",
     "text": "Military officers from both sides held working-level talks at the border."},
]

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title><meta property="article:published_time" content="2024-05-02T08:00:00Z">
</head><body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>{body}</p><p>Officials said the talks would continue before the end of the summer,
according to a statement released in the evening by both ministries.</p></article></body></html>
"""


def read(path: Path, published: date | None = None) -> list[Article | InputFailure | InputWarning]:
    return list(read_inputs([str(path)], max_bytes=LIMIT, published=published))


def articles(records: list[Article | InputFailure | InputWarning]) -> list[Article]:
    return [r for r in records if isinstance(r, Article)]


def write_gzip_lines(path: Path, lines: list[str]) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")


def write_warc(path: Path, pages: list[tuple[str, str, str]], *, gzipped: bool) -> None:
    """(uri, content type, body) records as WARC responses, plus a request record."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        for uri, content_type, body in pages:
            # Lengths given, so that warcio buffers nothing in temporary files.
            request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET /"),
                                                length=5)
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            payload = body.encode("utf-8")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                               length=len(payload), http_headers=headers)
            writer.write_record(record)


# --------------------------------------------------------------------------- kinds
@pytest.mark.parametrize(("name", "kind"), [
    ("crawl.jsonl.gz", "jsonl.gz"), ("CRAWL.JSONL.GZ", "jsonl.gz"), ("a.parquet", "parquet"),
    ("a.warc", "warc"), ("a.warc.gz", "warc"), ("a.jsonl", None), ("a.gz", None),
])
def test_archive_kind_by_file_name(name: str, kind: str | None) -> None:
    assert archive_kind(name) == kind


# --------------------------------------------------------------------------- JSON Lines
def test_gzipped_json_lines_give_the_articles_of_a_plain_jsonl(tmp_path: Path) -> None:
    lines = [json.dumps(s) for s in STORIES]
    write_gzip_lines(tmp_path / "crawl.jsonl.gz", lines)
    (tmp_path / "plain.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from_archive = articles(read(tmp_path / "crawl.jsonl.gz", date(2024, 1, 1)))
    from_plain = articles(read(tmp_path / "plain.jsonl", date(2024, 1, 1)))
    assert [a.id for a in from_archive] == ["harbour-1", "harbour-2", "3"]
    assert [(a.text, a.title, a.published, a.url) for a in from_archive] == \
        [(a.text, a.title, a.published, a.url) for a in from_plain]
    assert from_archive[0].origin == f"{tmp_path / 'crawl.jsonl.gz'}:1"


def test_a_bad_line_costs_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl.gz"
    write_gzip_lines(path, [json.dumps(STORIES[0]), "{not json", json.dumps({"title": "x"}),
                            json.dumps(STORIES[1])])
    records = read(path)
    assert [a.id for a in articles(records)] == ["harbour-1", "harbour-2"]
    failures = [r for r in records if isinstance(r, InputFailure)]
    assert [f.origin for f in failures] == [f"{path}:2", f"{path}:3"]
    assert failures[1].reason == "no 'text' field"


def test_a_line_over_the_limit_is_refused_and_the_next_is_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl.gz"
    huge = json.dumps({"text": "word " * 400})
    write_gzip_lines(path, [huge, json.dumps(STORIES[1])])
    records = list(read_inputs([str(path)], max_bytes=1000))
    assert isinstance(records[0], InputFailure) and "limit" in records[0].reason
    assert [a.id for a in articles(records)] == ["harbour-2"]


def test_a_truncated_gzip_keeps_the_articles_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl.gz"
    write_gzip_lines(path, [json.dumps({"id": f"a{i}", "text": f"Story number {i} " * 20})
                            for i in range(200)])
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    records = read(path)
    assert 0 < len(articles(records)) < 200
    assert records[-1] == InputFailure(str(path), "gzip data ends early (truncated file)")


def test_a_file_that_is_not_gzip_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl.gz"
    path.write_text(json.dumps(STORIES[0]), encoding="utf-8")
    assert read(path) == [InputFailure(str(path), "not a gzip file")]


def test_a_damaged_checksum_is_named_after_the_articles_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl.gz"
    write_gzip_lines(path, [json.dumps(STORIES[0]), json.dumps(STORIES[1])])
    data = bytearray(path.read_bytes())
    data[-8] ^= 0xFF  # the CRC-32 of the gzip trailer
    path.write_bytes(bytes(data))
    records = read(path)
    assert [a.id for a in articles(records)] == ["harbour-1", "harbour-2"]
    last = records[-1]
    assert isinstance(last, InputFailure) and last.origin == str(path)
    assert last.reason.startswith("damaged gzip data (CRC check failed")


def _large_gzip(path: Path, count: int) -> int:
    """A gzipped JSONL of `count` distinct articles; returns its decompressed size."""
    size = 0
    with gzip.open(path, "wb", compresslevel=1) as handle:
        for i in range(count):
            line = json.dumps({"id": f"story-{i}", "published": "2024-01-02",
                               "text": f"Story {i}: the harbour council met again. " * 12})
            data = (line + "\n").encode("utf-8")
            size += len(data)
            handle.write(data)
    return size


def test_a_large_gzip_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    """50,000 records (about 25 MB decompressed) read with a traced peak far below that."""
    path = tmp_path / "large.jsonl.gz"
    decompressed = _large_gzip(path, 50_000)
    tracemalloc.start()
    try:
        count = sum(1 for r in read_inputs([str(path)], max_bytes=LIMIT)
                    if isinstance(r, Article))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 50_000
    assert decompressed > 20_000_000
    assert peak < 4_000_000, f"peak {peak:,} B while reading {decompressed:,} B"


def test_the_first_article_comes_before_the_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "large.jsonl.gz"
    _large_gzip(path, 20_000)

    class CountingFile(io.FileIO):
        read_bytes = 0

        def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
            count = super().readinto(buffer)
            CountingFile.read_bytes += count or 0
            return count or 0

    from parley.ingest import archives

    with CountingFile(path, "rb") as handle:
        first = next(archives.read_gzipped_json_lines(handle, str(path), LIMIT, None))
    assert isinstance(first, Article) and first.id == "story-0"
    assert CountingFile.read_bytes < path.stat().st_size / 4


# --------------------------------------------------------------------------- Parquet
def _parquet(path: Path, rows: list[dict[str, object]], row_group_size: int = 2) -> None:
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)


def test_parquet_rows_are_articles_with_dates_of_any_arrow_type(tmp_path: Path) -> None:
    path = tmp_path / "crawl.parquet"
    _parquet(path, [
        {"id": "p1", "text": STORIES[0]["text"], "title": "Hotline", "published": date(2024, 3, 4),
         "url": None, "extra": 1},
        {"id": "p2", "text": STORIES[1]["text"], "title": None, "published": None,
         "url": "https://harbour-post.example/chiefs", "extra": 2},
        {"id": "p3", "text": STORIES[2]["text"], "title": None, "published": None,
         "url": None, "extra": 3},
    ])
    records = read(path, date(2024, 1, 1))
    found = articles(records)
    assert [(a.id, a.title, a.published, a.url) for a in found] == [
        ("p1", "Hotline", date(2024, 3, 4), None),
        ("p2", None, date(2024, 1, 1), "https://harbour-post.example/chiefs"),
        ("p3", None, date(2024, 1, 1), None),
    ]
    assert found[2].origin == f"{path}[2]"
    stamped = tmp_path / "stamped.parquet"
    _parquet(stamped, [{"text": STORIES[0]["text"], "published": datetime(2024, 3, 4, 23, 30)}])
    assert articles(read(stamped))[0].published == date(2024, 3, 4)


def test_parquet_without_text_column_or_damaged_is_one_failure(tmp_path: Path) -> None:
    no_text = tmp_path / "no-text.parquet"
    _parquet(no_text, [{"body": "x"}])
    assert read(no_text) == [InputFailure(str(no_text), "Parquet file has no 'text' column")]
    damaged = tmp_path / "damaged.parquet"
    damaged.write_bytes(b"PAR1 this is not parquet at all")
    [failure] = read(damaged)
    assert isinstance(failure, InputFailure)
    assert failure.reason.startswith("not a readable Parquet file")


def test_parquet_is_read_batch_by_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader asks pyarrow for record batches, never the whole table."""
    path = tmp_path / "crawl.parquet"
    _parquet(path, [{"id": f"r{i}", "text": f"Story {i} of the harbour."} for i in range(10)])
    monkeypatch.setattr(pq.ParquetFile, "read", lambda *a, **k: pytest.fail("read whole"))
    from parley.ingest import archives

    monkeypatch.setattr(archives, "PARQUET_BATCH_ROWS", 3)
    sizes: list[int] = []
    original = pq.ParquetFile.iter_batches

    def spy(self: pq.ParquetFile, *args: object, **kwargs: object) -> Iterator[pa.RecordBatch]:
        for batch in original(self, *args, **kwargs):  # type: ignore[arg-type]
            sizes.append(batch.num_rows)
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", spy)
    records = read(path)
    assert len(articles(records)) == 10
    assert max(sizes) <= 3


# --------------------------------------------------------------------------- WARC
@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_html_responses_become_articles(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    body = ("The defence ministers of Aldavia and Borduria spoke by telephone on Tuesday, "
            "their first call since the border incident in the winter.")
    write_warc(path, [
        ("https://harbour-post.example/call", "text/html; charset=utf-8",
         PAGE.format(title="Ministers speak", body=body)),
        ("https://harbour-post.example/logo.png", "image/png", "not a page"),
        ("https://harbour-post.example/empty", "text/html", "<html><body></body></html>"),
    ], gzipped=gzipped)
    records = read(path)
    [article] = articles(records)
    assert body in article.text
    assert article.title == "Ministers speak"
    assert article.published == date(2024, 5, 2)
    assert article.url == "https://harbour-post.example/call"
    assert article.origin == f"{path}[https://harbour-post.example/call]"
    failures = [r for r in records if isinstance(r, InputFailure)]
    assert failures == [InputFailure(f"{path}[https://harbour-post.example/empty]",
                                     "HTML has no article body")]


def test_a_file_that_is_not_warc_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_text("hello, this is no archive\n", encoding="utf-8")
    [failure] = read(path)
    assert isinstance(failure, InputFailure)
    assert failure.reason.startswith("not a readable WARC file")


def test_directories_pick_up_archives_and_read_each_file_once(tmp_path: Path) -> None:
    write_gzip_lines(tmp_path / "a.jsonl.gz", [json.dumps(STORIES[0])])
    _parquet(tmp_path / "b.parquet", [{"id": "pq", "text": STORIES[1]["text"]}])
    path = str(tmp_path / "a.jsonl.gz")
    found = articles(list(read_inputs([str(tmp_path), path], max_bytes=LIMIT)))
    assert sorted(a.id for a in found) == ["harbour-1", "pq"]


def test_read_archive_names_an_unreadable_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.parquet")
    [failure] = list(read_archive(missing, "parquet", LIMIT, None))
    assert isinstance(failure, InputFailure) and failure.origin == missing
