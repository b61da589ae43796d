"""The events downloads, CSV and JSON lines, written straight from the store's plain rows.

A download of the whole 100,000-event store made a record per row (`stored_event`), a dict
of it (`event_record`) and a JSON text or CSV row of the dict, one row at a time: 2.4-3 s,
most of it building objects only to take them apart. Here each batch of the store's rows
(`Store.event_rows`, columns `EVENT_ROW_FIELDS`) becomes one block of text: CSV through one
`writerows` call, JSON through a template of the record's fields whose strings go through
the very encoder `json.dumps(..., ensure_ascii=False)` uses. The text is byte for byte what
`event_csv_row` and `json.dumps(event_record(...), ensure_ascii=False)` give for the same
events (`tests/report/test_report_downloads.py` compares them on odd characters).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

from parley.report.exports import EVENT_CSV_FIELDS
from parley.store.records import persons_of

__all__ = ["events_csv_blocks", "events_jsonl_blocks"]

Rows = Iterable[Sequence[Sequence[Any]]]

#: One JSON line of `event_record`: its keys in its order, `json.dumps`'s separators.
_JSON_LINE = (
    '{"article": %s, "type": %s, "source": %s, "target": %s, "channel": %s, "status": %s, '
    '"date": %s, "date_end": %s, "negated": %s, "hypothetical": %s, "count": %s, '
    '"count_qualifier": %s, "persons": %s, "mechanism": %s, '
    '"evidence": {"sentence": %s, "start": %s, "end": %s}, '
    '"published": %s, "title": %s, "url": %s}\n'
)


def _iso(published: Any) -> str | None:
    """The publication date as ISO text: SQLite's driver gives the text itself."""
    if published is None or isinstance(published, str):
        return published
    return str(published.isoformat())


@lru_cache(maxsize=4096)
def _persons_json(raw: str) -> str:
    return json.dumps(list(persons_of(raw)), ensure_ascii=False)


def _persons_as_json(value: Any) -> str:
    """The persons column (JSON text on SQLite, a list on PostgreSQL) as the record's list:
    most events share a few lists, so each distinct text is converted once."""
    if isinstance(value, str):
        return _persons_json(value)
    return json.dumps(list(persons_of(value)), ensure_ascii=False)


def _json_line(row: Sequence[Any]) -> str:
    (_, article, kind, source, target, channel, status, when, when_end, negated,
     hypothetical, count, qualifier, persons, mechanism, sentence, start, end, _,
     published, title, url) = row
    if sentence is None:  # an event without evidence, as `stored_event` reads it
        sentence, start, end = "", 0, 0
    if published is not None and not isinstance(published, str):
        published = published.isoformat()
    # Inline, not `_text` per field: a call per field was two fifths of the line's cost.
    text = encode_basestring
    return _JSON_LINE % (
        text(article), text(kind), "null" if source is None else text(source),
        "null" if target is None else text(target),
        "null" if channel is None else text(channel), text(status) if status else "null",
        "null" if when is None else text(when), "null" if when_end is None else text(when_end),
        "true" if negated else "false", "true" if hypothetical else "false",
        "null" if count is None else int(count), text(qualifier) if qualifier else "null",
        _persons_as_json(persons), "null" if mechanism is None else text(mechanism),
        text(sentence), int(start), int(end), "null" if published is None else text(published),
        "null" if title is None else text(title), "null" if url is None else text(url))


def _close(batches: Rows) -> None:
    """Close the store's read of `batches` however a download ends: one that failed or was
    dropped half-way would keep the read (and its transaction) open until the collector
    found the generator (a PostgreSQL table drop then waited for it)."""
    close = getattr(batches, "close", None)
    if close is not None:
        close()


def events_jsonl_blocks(batches: Rows) -> Iterator[str]:
    """The JSON lines of the rows (`event_record` of each event), a block per batch."""
    try:
        for rows in batches:
            yield "".join([_json_line(row) for row in rows])
    finally:
        _close(batches)


def _csv_values(row: Sequence[Any]) -> tuple[Any, ...]:
    """The `EVENT_CSV_FIELDS` of a row, as `event_csv_row` gives them."""
    (_, article, kind, source, target, channel, status, when, when_end, negated,
     hypothetical, count, qualifier, persons, mechanism, sentence, start, end, _,
     published, title, url) = row
    if sentence is None:
        sentence, start, end = "", 0, 0
    return (article, kind, source, target, channel, status or None, when, when_end,
            bool(negated), bool(hypothetical), count, qualifier or None,
            "; ".join(persons_of(persons)), mechanism, sentence, start, end,
            _iso(published), title, url)


def events_csv_blocks(batches: Rows, header: bool = True) -> Iterator[str]:
    """The CSV text of the rows (`EVENT_CSV_FIELDS`), the header first, a block per batch."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    try:
        if header:
            writer.writerow(EVENT_CSV_FIELDS)
            yield buffer.getvalue()
        for rows in batches:
            buffer.seek(0)
            buffer.truncate()
            writer.writerows([_csv_values(row) for row in rows])
            yield buffer.getvalue()
    finally:
        _close(batches)
