"""`parley export`: the store's events and articles as files for data teams.

Two tables, `events` and `articles`, written as Parquet (pyarrow), JSON lines or CSV into one
folder, readable by DuckDB and pandas (`SELECT * FROM 'events.parquet'`). Events carry the
event contract's fields, the evidence sentence and offsets, and their article's date, title
and URL (the same columns as the API's CSV download, `EVENT_CSV_FIELDS`); articles carry
their text and metadata. Rows are read from the store in pages and written as they come, so
memory stays bounded by a page whatever the size of the store.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from parley.errors import ParleyError
from parley.report.exports import EVENT_CSV_FIELDS, event_csv_row
from parley.store import Store
from parley.types import Article

ExportFormat = Literal["parquet", "jsonl", "csv"]
FORMATS: tuple[ExportFormat, ...] = ("parquet", "jsonl", "csv")

#: Columns of the articles table.
ARTICLE_FIELDS: tuple[str, ...] = ("id", "published", "title", "url", "source", "origin",
                                   "text")
#: Rows read from the store and written at a time.
PAGE_SIZE = 2000

#: Parquet column types (pyarrow names), by column; everything else is a string.
_INTEGER_COLUMNS = frozenset({"count", "start", "end"})
_BOOLEAN_COLUMNS = frozenset({"negated", "hypothetical"})


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What `export_store` wrote: the files and how many rows each holds."""

    files: tuple[Path, ...]
    events: int
    articles: int


def _event_rows(store: Store, pair: tuple[str, str] | None) -> Iterator[list[dict[str, Any]]]:
    filters: dict[str, Any] = {"pair": pair} if pair else {}
    page: list[dict[str, Any]] = []
    for stored in store.iter_events(chunk=PAGE_SIZE, **filters):
        page.append(event_csv_row(stored))
        if len(page) == PAGE_SIZE:
            yield page
            page = []
    if page:
        yield page


def _article_row(article: Article) -> dict[str, Any]:
    return {"id": article.id, "published": article.published.isoformat()
            if article.published else None, "title": article.title, "url": article.url,
            "source": article.source, "origin": article.origin, "text": article.text}


def _article_rows(store: Store, ids: Sequence[str]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(ids), PAGE_SIZE):
        page = ids[start:start + PAGE_SIZE]
        found = store.articles(page)
        yield [_article_row(found[i]) for i in page if i in found]


class _Writer:
    """One output file of one format, fed page by page."""

    def __init__(self, path: Path, fields: Sequence[str], fmt: ExportFormat) -> None:
        self.path, self.fields, self.fmt, self.rows = path, tuple(fields), fmt, 0
        self._parquet: Any = None
        self._handle: Any = None
        self._csv: Any = None
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            self._pa = pa
            self._schema = pa.schema([(name, _arrow_type(pa, name)) for name in self.fields])
            self._parquet = pq.ParquetWriter(str(path), self._schema)
        else:
            self._handle = path.open("w", encoding="utf-8", newline="")
            if fmt == "csv":
                self._csv = csv.DictWriter(self._handle, fieldnames=self.fields)
                self._csv.writeheader()

    def write(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self.rows += len(rows)
        if self._parquet is not None:
            columns = {name: [row.get(name) for row in rows] for name in self.fields}
            self._parquet.write_table(self._pa.table(columns, schema=self._schema))
        elif self._csv is not None:
            self._csv.writerows(rows)
        else:
            self._handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._handle is not None:
            self._handle.close()


def _arrow_type(pa: Any, name: str) -> Any:
    if name in _INTEGER_COLUMNS:
        return pa.int64()
    if name in _BOOLEAN_COLUMNS:
        return pa.bool_()
    return pa.string()


def export_store(store: Store, directory: Path, fmt: ExportFormat,
                 pair: tuple[str, str] | None = None) -> ExportResult:
    """Write `events.<fmt>` and `articles.<fmt>` into `directory` (created if missing).

    With `pair`, only that pair's events and the articles they came from.
    """
    if fmt not in FORMATS:
        raise ParleyError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ParleyError(f"cannot write to {directory}: {error.strerror or error}") from None
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ParleyError("Parquet export needs pyarrow (pip install pyarrow)") from None
    events = _Writer(directory / f"events.{fmt}", EVENT_CSV_FIELDS, fmt)
    cited: set[str] = set()
    try:
        for rows in _event_rows(store, pair):
            events.write(rows)
            cited.update(str(row["article"]) for row in rows)
    finally:
        events.close()
    ids = sorted(cited) if pair else store.article_ids()
    articles = _Writer(directory / f"articles.{fmt}", ARTICLE_FIELDS, fmt)
    try:
        for rows in _article_rows(store, ids):
            articles.write(rows)
    finally:
        articles.close()
    return ExportResult(files=(events.path, articles.path), events=events.rows,
                        articles=articles.rows)
