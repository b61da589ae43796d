"""The downloads written from the store's plain rows (`Store.event_rows`, `report.downloads`)
are byte for byte the records' contract JSON and CSV (`event_record`, `event_csv_row`) of
`Store.events`, on both backends, whatever the characters and the batch size."""

from __future__ import annotations

import csv
import inspect
import io
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, delete, insert, pool, select
from test_store_property import ARTICLES, EVENTS, _save_batch

from parley.report.downloads import events_csv_blocks, events_jsonl_blocks
from parley.report.exports import EVENT_CSV_FIELDS, event_csv_row, event_record
from parley.store import EventQuery, Store
from parley.store.models import EventRow, EvidenceRow
from parley.store.records import EVENT_ROW_FIELDS
from parley.types import (
    Article,
    ChannelStatus,
    CountQualifier,
    Event,
    EventType,
    Evidence,
    StoredEvent,
)


def record_jsonl(events: Iterable[StoredEvent]) -> str:
    """The JSON lines the API wrote before the downloads were written from rows."""
    return "".join(json.dumps(event_record(e), ensure_ascii=False) + "\n" for e in events)


def record_csv(events: Iterable[StoredEvent]) -> str:
    """The CSV the API wrote before (a `DictWriter` of `event_csv_row`s)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(EVENT_CSV_FIELDS), lineterminator="\n")
    writer.writeheader()
    for stored in events:
        writer.writerow(event_csv_row(stored))
    return buffer.getvalue()


def assert_downloads_match(store: Store, batch: int, **query: object) -> None:
    filters: EventQuery = query  # type: ignore[assignment]
    expected = store.events(**filters)
    assert "".join(events_jsonl_blocks(store.event_rows(batch=batch, **filters))) \
        == record_jsonl(expected)
    assert "".join(events_csv_blocks(store.event_rows(batch=batch, **filters))) \
        == record_csv(expected)


#: Sentences, titles and names a CSV writer must quote or a JSON encoder escape: quotes,
#: commas, both line ends, tabs, backslashes, non-ASCII letters, a non-BMP character, the
#: line separators JSON leaves alone, control characters, a leading space.
ODD = [
    'The minister said "no talks", then left.',
    "Line one,\nline two\r\nand a carriage\rreturn",
    "Tab\there, backslash \\ and slash /",
    "Zhōngguó 中国, Ελλάδα, Türkiye, Россия and 🚢",
    "separators \u2028 and \u2029, a bell \x07 and an escape \x1b",
    ' leading space, trailing quote"',
    "",
]


def _odd_store(store: Store) -> None:
    for number, text in enumerate(ODD):
        article = Article(id=f"odd-{number}", text=text or "x", title=text or None,
                          url=f"https://example.org/a?b={number},\"c\"",
                          published=date(2021, 3, number + 1) if number % 3 else None)
        events = [Event(article=article.id, type=EventType.SUSPEND, source="USA", target="CHN",
                        channel="hotline", evidence=Evidence(text, 0, len(text)),
                        status=ChannelStatus.SUSPENDED, date=f"2021-0{number + 1}",
                        negated=number % 2 == 0, hypothetical=number == 3,
                        count=number if number % 2 else None,
                        count_qualifier=CountQualifier.AT_LEAST if number == 4 else None,
                        persons=(text, "Lloyd Austin") if text else (),
                        mechanism=text or None)]
        store.save_article(article, events)


def test_odd_characters_are_written_as_the_records_write_them(store: Store) -> None:
    _odd_store(store)
    for batch in (1, 2, 1000):
        assert_downloads_match(store, batch)
        assert_downloads_match(store, batch, pair=("CHN", "USA"), date_from="2021-02")
        assert_downloads_match(store, batch, text='"no talks"')
    # A newline inside a sentence is escaped, not a new line (U+2028 is left as it is: JSON
    # allows it, so a reader must split on "\n", not on `str.splitlines`'s line ends).
    lines = "".join(events_jsonl_blocks(store.event_rows())).split("\n")
    assert lines.pop() == ""
    assert len(lines) == len(ODD)
    assert {json.loads(line)["evidence"]["sentence"] for line in lines} == set(ODD)
    rows = list(csv.reader(io.StringIO("".join(events_csv_blocks(store.event_rows())))))
    assert [row[EVENT_CSV_FIELDS.index("sentence")] for row in rows[1:]] \
        == [json.loads(line)["evidence"]["sentence"] for line in lines]


def test_an_event_without_evidence_or_with_two_is_written_as_its_records(
        store: Store, store_url: str) -> None:
    """Stores written by hand (or by older versions) may have an event without an evidence
    row, or one with two: the records read them as an empty sentence and as one record per
    evidence row; the rows must give the same."""
    _odd_store(store)
    engine = create_engine(store_url, poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            first, second = connection.scalars(
                select(EventRow.id).order_by(EventRow.id).limit(2))
            connection.execute(delete(EvidenceRow).where(EvidenceRow.event_id == first))
            connection.execute(insert(EvidenceRow).values(
                event_id=second, sentence='Again, "said"', start=1, end=2))
    finally:
        engine.dispose()
    assert len(store.events()) == len(ODD) + 1
    for batch in (1, 3, 1000):
        assert_downloads_match(store, batch)
        assert_downloads_match(store, batch, text="said")


def test_rows_come_in_batches_of_the_named_columns(store: Store) -> None:
    _odd_store(store)
    batches = list(store.event_rows(batch=3))
    assert [len(rows) for rows in batches] == [3, 3, 1]
    assert all(len(row) == len(EVENT_ROW_FIELDS) for rows in batches for row in rows)
    article = EVENT_ROW_FIELDS.index("article")
    assert [row[article] for rows in batches for row in rows] \
        == [e.event.article for e in store.events()]
    assert list(store.event_rows(pair=("USA", "USA"))) == []
    assert list(events_csv_blocks([])) == [",".join(EVENT_CSV_FIELDS) + "\n"]
    assert list(events_jsonl_blocks([])) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(st.tuples(ARTICLES, st.lists(EVENTS, max_size=4)), max_size=4),
       size=st.integers(min_value=1, max_value=5))
def test_any_download_is_the_records_contract_text(shared_store: Store,
                                                   batch: list[tuple[Article, list[Event]]],
                                                   size: int) -> None:
    ids = _save_batch(shared_store, batch)
    try:
        assert_downloads_match(shared_store, size)
        assert_downloads_match(shared_store, size, types=[EventType.MEET, EventType.CALL])
        assert_downloads_match(shared_store, size, text="a", date_to="2050")
        assert_downloads_match(shared_store, size, article=ids[0] if ids else uuid.uuid4().hex)
    finally:
        for article_id in ids:
            shared_store.delete_article(article_id)


def test_a_download_that_ends_half_way_ends_the_store_read(store: Store) -> None:
    """A download dropped by its client, or failing on a row, closes the store's read at
    once: left to the collector, an open PostgreSQL read made a later table drop wait."""
    _odd_store(store)
    for write in (events_jsonl_blocks, events_csv_blocks):
        rows = store.event_rows(batch=2)
        blocks = write(rows)
        next(blocks)
        blocks.close()
        assert inspect.getgeneratorstate(rows) == inspect.GEN_CLOSED

        def failing() -> Iterator[Sequence[Sequence[object]]]:
            yield from store.event_rows(batch=2)
            yield [("not", "a", "row")]

        rows = failing()
        with pytest.raises(ValueError, match="unpack"):
            "".join(write(rows))
        assert inspect.getgeneratorstate(rows) == inspect.GEN_CLOSED
