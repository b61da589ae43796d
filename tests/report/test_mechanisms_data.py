"""The reference data `data/mechanisms.json`: every entry is checked field by field.

`problems` says what is wrong with one entry; it is run on every entry of the file and, to
show that it can fail, on entries broken on purpose.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from parley.report.mechanisms import _compile, load_mechanisms

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src/parley/data"
RECORDS: list[dict[str, Any]] = json.loads(
    (DATA / "mechanisms.json").read_text(encoding="utf-8"))["mechanisms"]
STATES = frozenset(s["code"] for s in json.loads(
    (DATA / "actors/states.json").read_text(encoding="utf-8"))["states"])
CATALOGUE = frozenset(c["slug"] for c in json.loads(
    (DATA / "channels.json").read_text(encoding="utf-8"))["channels"])

_PERIOD = re.compile(r"\d{4}(?:-(\d{2})(?:-(\d{2}))?)?")
_ID = re.compile(r"([a-z]{3})-([a-z]{3})-[a-z0-9]+(?:-[a-z0-9]+)*")
MIN_PAIRS = 30


def _period_problem(field: str, value: object) -> str | None:
    """None when `value` is null or a real YYYY, YYYY-MM or YYYY-MM-DD date."""
    if value is None:
        return None
    match = _PERIOD.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return f"{field} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = int(value[:4]), match.group(1), match.group(2)
    try:
        date(year, int(month or 1), int(day or 1))
    except ValueError:
        return f"{field} {value!r} is no calendar date"
    return None


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def problems(record: dict[str, Any]) -> list[str]:
    """Everything wrong with one entry of the reference data (empty: well formed)."""
    found: list[str] = []
    pair = record.get("pair")
    if not (isinstance(pair, list) and len(pair) == 2 and len(set(pair)) == 2):
        found.append(f"pair {pair!r} is not two distinct codes")
    else:
        found += [f"pair code {code!r} is not in states.json" for code in pair
                  if code not in STATES]
        if pair != sorted(pair):
            found.append(f"pair {pair!r} is not sorted")
    ident = _ID.fullmatch(record.get("id") or "")
    if ident is None:
        found.append(f"id {record.get('id')!r} is not <a>-<b>-<slug-of-name>")
    elif isinstance(pair, list) and sorted(ident.groups()) != sorted(
            str(code).lower() for code in pair):
        found.append(f"id {record['id']!r} does not start with the pair's codes")
    if not (isinstance(record.get("name"), str) and record["name"].strip()):
        found.append("name is empty")
    channel = record.get("channel")
    if channel is not None and channel not in CATALOGUE:
        found.append(f"channel {channel!r} is not a catalogue slug")
    for field in ("established", "first_used"):
        problem = _period_problem(field, record.get(field))
        if problem:
            found.append(problem)
    if not _strings(record.get("participants") or []):
        found.append("participants are not a list of names")
    aliases = record.get("aliases", [])
    if not _strings(aliases):
        found.append("aliases are not a list of names")
        aliases = []
    names = [record.get("name") or "", record.get("short") or "", *aliases]
    patterns = record.get("patterns")
    if not isinstance(patterns, list):
        found.append("patterns are not a list")
        patterns = []
    for pattern in patterns:
        try:
            compiled = _compile(pattern)
        except (re.error, TypeError, AttributeError) as error:
            found.append(f"pattern {pattern!r} does not compile: {error}")
            continue
        if not any(name and compiled.search(name) for name in names):
            found.append(f"pattern {pattern!r} matches neither the name nor an alias")
    source = record.get("source")
    if not (isinstance(source, str) and source.strip()):
        found.append("source is empty")
    return found


@pytest.mark.parametrize("record", RECORDS, ids=[str(r.get("id")) for r in RECORDS])
def test_every_entry_is_well_formed(record: dict[str, Any]) -> None:
    assert problems(record) == []


def test_ids_are_unique() -> None:
    ids = [record["id"] for record in RECORDS]
    assert len(set(ids)) == len(ids), sorted({i for i in ids if ids.count(i) > 1})


def test_the_data_covers_at_least_thirty_pairs_of_states() -> None:
    pairs = {tuple(sorted(record["pair"])) for record in RECORDS}
    assert len(pairs) >= MIN_PAIRS, sorted(pairs)


def test_the_file_is_version_two_and_the_loader_keeps_every_entry_and_alias() -> None:
    data = json.loads((DATA / "mechanisms.json").read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert "<a>-<b>-<slug-of-name>" in data["note"]
    mechanisms = load_mechanisms()
    assert [m.id for m in mechanisms] == [r["id"] for r in RECORDS]
    for mechanism, record in zip(mechanisms, RECORDS, strict=True):
        assert mechanism.aliases == tuple(record.get("aliases", ())), mechanism.id


GOOD: dict[str, Any] = {
    "id": "gbr-rus-incsea", "pair": ["GBR", "RUS"], "name": "Incidents at Sea Agreement",
    "short": "INCSEA", "channel": "maritime-safety-talks", "level": "navy",
    "participants": ["Royal Navy", "Russian Navy"], "established": "1986-07-15",
    "established_note": None, "agreement": None, "first_used": None,
    "patterns": ["incidents at sea", "\\bINCSEA\\b"], "source": "TASS, 14 Aug 2017.",
}


def test_a_well_formed_entry_has_no_problems() -> None:
    assert problems(GOOD) == []


@pytest.mark.parametrize(("change", "problem"), [
    ({"pair": ["RUS", "RUS"]}, "pair"),
    ({"pair": ["GBR", "XXX"], "id": "gbr-xxx-incsea"}, "not in states.json"),
    ({"pair": ["RUS", "GBR"]}, "not sorted"),
    ({"id": "GBR_RUS incsea"}, "id"),
    ({"id": "gbr-fra-incsea"}, "pair's codes"),
    ({"channel": "navy-talks"}, "catalogue slug"),
    ({"established": "15 July 1986"}, "established"),
    ({"established": "1986-13"}, "calendar date"),
    ({"first_used": "1986-02-30"}, "calendar date"),
    ({"patterns": ["incidents (at sea"]}, "does not compile"),
    ({"patterns": ["hot ?line"]}, "neither the name nor an alias"),
    # A bare upper-case acronym is matched case-sensitively.
    ({"patterns": ["\\bINCSEA\\b"], "name": "Incsea pact", "short": None},
     "neither the name nor an alias"),
    ({"aliases": "INCSEA"}, "aliases"),
    ({"source": " "}, "source"),
    ({"source": None}, "source"),
])
def test_a_broken_entry_is_reported(change: dict[str, Any], problem: str) -> None:
    found = problems({**GOOD, **change})
    assert any(problem in p for p in found), found


def test_an_alias_lets_a_paraphrase_pattern_pass() -> None:
    paraphrase = {**GOOD, "patterns": ["naval incidents (?:pact|agreement)"]}
    assert problems(paraphrase) != []
    assert problems({**paraphrase, "aliases": ["naval incidents pact"]}) == []
