"""Streaming readers for news-crawl archives: gzipped JSON Lines, Parquet and WARC files.

An archive holds thousands of articles and may be far larger than memory, so none is read
whole: gzipped lines are decompressed one at a time, Parquet is read by record batches, WARC
records one by one. The size limit applies to each article (line, row or record), not to the
file. Every article goes through the same builders as the plain formats (`read_json_object`,
`read_html`: trafilatura on the page's HTML), so an archive's article equals the same article
given as a file.
"""

from __future__ import annotations

import codecs
import gzip
import os
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import IO, Any, Protocol

from parley.ingest.formats import Record, read_html, read_json_lines, read_json_object
from parley.ingest.normalize import RejectedInput, decode_utf
from parley.types import Article, InputFailure, InputWarning

#: Archive kinds by the (lower-case) end of a file name; longer endings are tried first.
ARCHIVE_SUFFIXES: dict[str, str] = {
    ".jsonl.gz": "jsonl.gz",
    ".warc.gz": "warc",
    ".warc": "warc",
    ".parquet": "parquet",
}

ARCHIVE_KINDS = frozenset(ARCHIVE_SUFFIXES.values())

#: The Parquet columns an article is read from (others are never loaded).
PARQUET_COLUMNS = ("id", "text", "title", "url", "source", "published")

#: Rows per Parquet record batch: a few hundred articles in memory at a time.
PARQUET_BATCH_ROWS = 256

#: WARC record types that carry a fetched or stored page.
WARC_PAGE_RECORDS = frozenset({"response", "resource"})

#: A file's identity (device, inode), so that a file named twice is read once.
_Identity = tuple[int, int]


def archive_kind(path: str) -> str | None:
    """The archive kind of a file name (`jsonl.gz`, `parquet`, `warc`), or None."""
    name = path.lower()
    for suffix, kind in ARCHIVE_SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    return None


def read_archive(
    path: str, kind: str, max_bytes: int, published: date | None,
    seen: set[_Identity] | None = None,
) -> Iterator[Record]:
    """The articles, failures and warnings of one archive, streamed.

    `max_bytes` bounds each article; `seen` holds the files already read (a file named twice
    is read once). A file that breaks part-way (truncated gzip, damaged Parquet) yields the
    articles before the break, then one `InputFailure`.
    """
    try:
        handle = open(path, "rb")
    except OSError as error:
        yield InputFailure(path, f"cannot read: {error.strerror or error}")
        return
    with handle:
        if seen is not None:
            info = os.fstat(handle.fileno())
            if (info.st_dev, info.st_ino) in seen:
                return
            seen.add((info.st_dev, info.st_ino))
        if kind == "jsonl.gz":
            yield from read_gzipped_json_lines(handle, path, max_bytes, published)
        elif kind == "parquet":
            yield from read_parquet(handle, path, max_bytes, published)
        else:
            yield from read_warc(handle, path, max_bytes, published)


# --------------------------------------------------------------------------- JSON Lines
class _LineReader(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def _bounded_lines(stream: _LineReader, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) of a binary stream; None for a line over `limit` bytes (skipped
    in chunks, so a single enormous line never sits in memory whole)."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(limit + 1)
            yield number, None
            continue
        yield number, line.rstrip(b"\r\n")


def _gzip_reason(error: Exception) -> str:
    if isinstance(error, EOFError):
        return "gzip data ends early (truncated file)"
    if isinstance(error, gzip.BadGzipFile) and str(error).startswith("Not a gzipped file"):
        return "not a gzip file"
    return f"damaged gzip data ({error})"


def read_gzipped_json_lines(
    handle: IO[bytes], path: str, max_bytes: int, published: date | None
) -> Iterator[Record]:
    """A `.jsonl.gz` file: one article object a line (origin `path:line`), decompressed as
    it is read; a bad line costs that line, a damaged stream ends the file there."""
    lines = _bounded_lines(gzip.GzipFile(fileobj=handle, mode="rb"), max_bytes)

    def numbered() -> Iterator[tuple[int, str | RejectedInput]]:
        for number, raw in lines:
            if raw is None:
                yield number, RejectedInput(f"line is over the {max_bytes:,} B limit")
                continue
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                yield number, decode_utf(raw)
            except RejectedInput as problem:
                yield number, problem

    try:
        yield from read_json_lines(numbered(), path, published)
    except (OSError, EOFError, zlib.error) as error:
        yield InputFailure(path, _gzip_reason(error))


# --------------------------------------------------------------------------- Parquet
def _json_value(value: Any) -> Any:
    """A Parquet cell as the JSON reader takes it: dates and timestamps as ISO text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def read_parquet(
    handle: IO[bytes], path: str, max_bytes: int, published: date | None
) -> Iterator[Record]:
    """A Parquet file of articles (columns as a JSON record: `text` and any of `id`, `title`,
    `url`, `source`, `published`), read record batch by record batch (origin `path[row]`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        archive = pq.ParquetFile(handle)
        present = set(archive.schema_arrow.names)
        if "text" not in present:
            yield InputFailure(path, "Parquet file has no 'text' column")
            return
        columns = [c for c in PARQUET_COLUMNS if c in present]
        row = 0
        for batch in archive.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
            for values in batch.to_pylist():
                origin = f"{path}[{row}]"
                row += 1
                text = values.get("text")
                if isinstance(text, str) and len(text.encode("utf-8")) > max_bytes:
                    yield InputFailure(origin, f"text is over the {max_bytes:,} B limit")
                    continue
                record = {k: _json_value(v) for k, v in values.items() if v is not None}
                yield from read_json_object(record, origin, published)
    except (pa.ArrowException, OSError) as error:
        yield InputFailure(path, f"not a readable Parquet file ({_first_line(error)})")
        return
    if row == 0:
        yield InputWarning(path, "Parquet file holds no rows")


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


# --------------------------------------------------------------------------- WARC
def _is_html(content_type: str | None) -> bool:
    return content_type is not None and "html" in content_type.split(";")[0].lower()


def _charset(content_type: str | None) -> str:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            name = value.strip("\"' ")
            try:
                return codecs.lookup(name).name
            except LookupError:
                break
    return "utf-8"


def read_warc(
    handle: IO[bytes], path: str, max_bytes: int, published: date | None
) -> Iterator[Record]:
    """A WARC file (plain or gzipped per record) of crawled pages: each HTML response or
    resource record becomes an article through the HTML reader (trafilatura); the record's
    target URI is the article's URL when the page names none (origin `path[URI]`)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    try:
        for record in ArchiveIterator(handle):
            if not str(record.format).startswith("warc"):  # warcio reads any text as ARC
                raise ArchiveLoadFailed("no WARC record header")
            if record.rec_type not in WARC_PAGE_RECORDS:
                continue
            headers = record.http_headers
            content_type = (headers.get_header("Content-Type") if headers is not None
                            else record.rec_headers.get_header("Content-Type"))
            if not _is_html(content_type):
                continue
            pages += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {pages}"
            origin = f"{path}[{uri}]"
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield InputFailure(origin, f"page is over the {max_bytes:,} B limit")
                continue
            html = body.decode(_charset(content_type), errors="replace")
            for item in read_html(html, origin, published):
                if isinstance(item, Article) and item.url is None and uri.startswith("http"):
                    item = replace(item, url=uri)
                yield item
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as error:
        yield InputFailure(path, f"not a readable WARC file ({_first_line(error)})")
        return
    except (AttributeError, TypeError, KeyError, IndexError) as error:
        # warcio's own surprises on a malformed header (found by tests/reliability fuzzing:
        # a response record without a target URI raises AttributeError)
        yield InputFailure(path, f"not a readable WARC file ({type(error).__name__}: "
                                 f"{_first_line(error)})")
        return
    if pages == 0:
        yield InputWarning(path, "WARC file holds no HTML pages")
