"""The sentence tables' helpers: a case per row, what a row expects, how it is checked.

Sentence tables for the event coder: (text, published date, expected events) per construction.

Each table covers one construction the coder must handle (passive voice, nominalisations,
negation, hypotheticals, counts, lists over two sentences, multilateral meetings, reported
speech, relative dates, STATUS statements, sanctions, demands, encounters) with paraphrases over
several pairs of states, plus a table of sentences that mention a channel or a trigger word
but hold no event. The sentences are written for these tests, not taken from news text.

A case passes when
- every expected event is found (fields left at `ANY` are not compared; `MEET`, `CALL`,
  `RESUME` and `STATUS` match their two states in either order, as the contract scores them);
- no realis event of a type outside the expected ones (and the case's `allow`) turns up;
- every event of an expected type carries the negated/hypothetical flags of an expected event
  of that type (so "talks could resume" must not also give a plain RESUME).
Extra irrealis events of other types are tolerated: the default pipeline drops them anyway.

Cases the coder gets wrong today are `xfail(strict=True)` with what goes wrong, so each one
fails loudly once fixed and can then be unmarked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

import pytest

from parley.pipeline import Pipeline
from parley.types import UNORDERED_TYPES, Article, Event


class _Any:
    """Wildcard for a field a case does not compare."""

    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()

#: Publication date of most cases (a Monday): "last week" -> 2023-06, "yesterday" -> 06-25.
PUB = date(2023, 6, 26)


class Expected(NamedTuple):
    type: str
    source: Any
    target: Any
    channel: Any
    date: Any = ANY
    date_end: Any = ANY
    status: Any = ANY
    count: Any = ANY
    count_qualifier: Any = ANY
    negated: Any = False
    hypothetical: Any = False


def E(type: str, source: Any, target: Any, channel: Any = ANY, **fields: Any) -> Expected:
    return Expected(type, source, target, channel, **fields)


def _project(event: Event) -> Expected:
    return Expected(
        str(event.type), event.source, event.target, event.channel, event.date, event.date_end,
        None if event.status is None else str(event.status), event.count,
        None if event.count_qualifier is None else str(event.count_qualifier),
        event.negated, event.hypothetical,
    )


def _fields_match(want: Expected, got: Expected) -> bool:
    return all(w is ANY or w == g for w, g in zip(want, got, strict=True))


def _matches(want: Expected, got: Expected) -> bool:
    if _fields_match(want, got):
        return True
    if want.type in UNORDERED_TYPES:
        return _fields_match(want._replace(source=want.target, target=want.source), got)
    return False


_IDS: set[str] = set()


def case(text: str, *expected: Expected, published: date = PUB, allow: Iterable[str] = (),
         xfail: str | None = None) -> Any:
    """One table row; `xfail` says what the coder gets wrong (strict: fails once fixed)."""
    words = re.findall(r"[A-Za-z0-9-]+", text)[:7]
    ident = "-".join(words)
    suffix = 2
    while ident in _IDS:
        ident = f"{'-'.join(words)}-{suffix}"
        suffix += 1
    _IDS.add(ident)
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, published, expected, frozenset(allow), id=ident, marks=marks)


def run(pipeline: Pipeline, text: str, published: date) -> list[Expected]:
    result = next(iter(pipeline.extract([Article(id="t", text=text, published=published)])))
    return [_project(e) for e in result.events]


def check(got: Sequence[Expected], expected: Sequence[Expected], allow: frozenset[str]) -> None:
    shown = "\n  ".join(repr(g) for g in got) or "(none)"
    missing = [w for w in expected if not any(_matches(w, g) for g in got)]
    assert not missing, f"missing {missing}\ngot:\n  {shown}"
    types = {w.type for w in expected} | allow
    unexpected = [g for g in got
                  if g.type not in types and not (g.negated or g.hypothetical)]
    assert not unexpected, f"unexpected types {unexpected}\ngot:\n  {shown}"
    flags = {(w.type, w.negated, w.hypothetical) for w in expected}
    wrong_flags = [g for g in got if g.type in {w.type for w in expected}
                   and (g.type, g.negated, g.hypothetical) not in flags]
    assert not wrong_flags, f"wrong negated/hypothetical flags {wrong_flags}\ngot:\n  {shown}"


ARGS = "text, published, expected, allow"



def rows(tables: dict[str, list[Any]]) -> list[Any]:
    """Every row of the tables, its id prefixed with the construction it covers."""
    return [pytest.param(*row.values, id=f"{name}: {row.id}", marks=row.marks)
            for name, table in tables.items() for row in table]


def check_realis(pipeline: Pipeline, text: str, published: date,
                 expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check(run(pipeline, text, published), expected, allow)


# ------------------------------------------------------------ exact records of an article
#: (type, one state, the other, channel, date), the states of unordered types in a fixed
#: order, as they are scored: for tables that list every record an article must give.
Record = tuple[str, str, str, str | None, str | None]


def record_row(text: str, *records: Record, words: slice = slice(0, 12)) -> Any:
    """One short article published on `PUB` and the records it must give, exactly; its id
    is the `words` of the text."""
    return pytest.param(text, PUB, records, id=" ".join(text.split()[words]))


def record_key(record: Record) -> tuple[str, ...]:
    return tuple(field or "" for field in record)


def unordered(record: Record) -> Record:
    """The record with the states of an unordered type in alphabetical order."""
    kind, one, other, channel, when = record
    if kind in UNORDERED_TYPES and one > other:
        one, other = other, one
    return (kind, one, other, channel, when)


def realis_records(pipeline: Pipeline, text: str, published: date) -> list[Record]:
    """The article's realis records, sorted, unordered types' states in a fixed order."""
    return sorted((unordered((got.type, got.source or "", got.target or "", got.channel,
                              got.date))
                   for got in run(pipeline, text, published)
                   if not (got.negated or got.hypothetical)), key=record_key)


def check_records(pipeline: Pipeline, text: str, published: date,
                  records: Sequence[Record]) -> None:
    """The article gives exactly these realis records."""
    assert realis_records(pipeline, text, published) == sorted(
        (unordered(r) for r in records), key=record_key)
