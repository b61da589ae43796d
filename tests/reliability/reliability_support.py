"""Helpers of the reliability suite (issue 14): the digest of
a store, a wall-time guard, and a corpus of our own short articles to ingest in bulk."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import create_engine, pool, text

T = TypeVar("T")


_ARTICLES = "SELECT id, title, url, source, published, text, content_hash, origin FROM articles"
_EVENTS = (
    "SELECT e.article_id, e.type, e.source, e.target, e.channel, e.status, e.date, "
    "e.date_end, e.negated, e.hypothetical, e.count, e.count_qualifier, e.persons, "
    "e.mechanism, e.pair, v.sentence, v.start, v.\"end\" FROM events e "
    "LEFT JOIN evidence v ON v.event_id = e.id ORDER BY e.article_id, e.id, v.id")


def _canonical(row: Any) -> str:
    values = []
    for value in row:
        if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
            try:  # SQLite gives the JSON column (persons) as text, PostgreSQL as a list
                value = json.loads(value)
            except ValueError:
                pass
        values.append(value if isinstance(value, int | str | list | type(None))
                      else str(value))
    return json.dumps(values, sort_keys=True, default=str)


def store_digest(url: str) -> tuple[dict[str, int], str]:
    """The row counts and one SHA-256 over every article, event and evidence row (their
    content, not their surrogate keys or write times, which differ between runs)."""
    engine = create_engine(url, poolclass=pool.NullPool)
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    try:
        with engine.connect() as connection:
            articles = connection.execute(text(_ARTICLES + " ORDER BY id")).all()
            events = connection.execute(text(_EVENTS)).all()
            counts["evidence"] = connection.execute(
                text("SELECT count(*) FROM evidence")).scalar_one()
    finally:
        engine.dispose()
    counts["articles"], counts["event_rows"] = len(articles), len(events)
    for row in [*articles, *events]:
        digest.update(_canonical(row).encode("utf-8", errors="surrogatepass"))
        digest.update(b"\n")
    return counts, digest.hexdigest()


def within(seconds: float, action: Callable[[], T]) -> T:
    """Run `action` in a thread and fail the test when it has not returned after `seconds`:
    the harness bounds the wall time, so a hang is a failure (not a timed assertion on
    speed: the bound is many times the expected time)."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as error:  # re-raised in the test's thread
            outcome["error"] = error

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail(f"still running after {seconds:.0f} s: a hang")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


#: Sentences of our own (public facts as paraphrase) for bulk articles: one in three holds
#: an event the coder reads, the rest are context it skips.
_EVENT_SENTENCES = [
    "China suspended military talks with the United States on {day} {month}, the defence "
    "ministry said.",
    "Defence ministers of Japan and China spoke by telephone on {day} {month}.",
    "India and Pakistan held talks between their directors general of military operations "
    "on {day} {month}.",
    "South Korea said North Korea did not answer calls on the military hotline on "
    "{day} {month}.",
]
_CONTEXT_SENTENCES = [
    "The weather in the capital was mild for the season.",
    "Officials declined to give further details about the schedule.",
    "Analysts said the markets had expected the announcement.",
    "The report was published in the morning edition.",
]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def bulk_articles(count: int, prefix: str = "a") -> list[dict[str, str]]:
    """`count` distinct short article objects (JSON Lines records), the same on every call."""
    records = []
    for number in range(count):
        month = _MONTHS[number % 12]
        day = 1 + number % 28
        sentences = [_CONTEXT_SENTENCES[number % 4],
                     _EVENT_SENTENCES[number % 4].format(day=day, month=month),
                     _CONTEXT_SENTENCES[(number + 1) % 4], f"This is dispatch {number}."]
        records.append({"id": f"{prefix}{number:05d}", "title": f"Dispatch {number}",
                        "published": f"2024-{1 + number % 12:02d}-{day:02d}",
                        "source": "Test Wire", "text": " ".join(sentences)})
    return records


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
