"""The reference data `data/actors/office_holders.json`: every entry is checked field by field.

`problems` says what is wrong with one entry; it is run on every entry of the file and, to
show that it can fail, on entries broken on purpose. The file-wide checks (no person twice,
no alias shared by two people, enough states) are functions of a list of entries, run the
same two ways.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from parley.resolve.gazetteer import _FOLD_ODDITIES, load_gazetteer
from parley.resolve.mentions import MentionFinder

ROOT = Path(__file__).resolve().parents[2]
ACTORS = ROOT / "src/parley/data/actors"
PEOPLE: list[dict[str, Any]] = json.loads(
    (ACTORS / "office_holders.json").read_text(encoding="utf-8"))["people"]
STATES = frozenset(s["code"] for s in json.loads(
    (ACTORS / "states.json").read_text(encoding="utf-8"))["states"])
ROLES = frozenset(r["role"] for r in json.loads(
    (ACTORS / "roles.json").read_text(encoding="utf-8"))["roles"])

#: The 15 states of the file's first version, whose 392 entries were written without a
#: `source`; every entry added since names one.
FIRST_STATES = frozenset(
    "USA CHN GBR PAK KOR IND UKR JPN FRA RUS AUS TWN PHL VNM PRK".split())
UNSOURCED_AT_MOST = 392
MIN_STATES = 40

_PERIOD = re.compile(r"\d{4}(?:-(\d{2})(?:-(\d{2}))?)?")


def _period_problem(field: str, value: object) -> str | None:
    """None when `value` is null or a real YYYY, YYYY-MM or YYYY-MM-DD date."""
    if value is None:
        return None
    match = _PERIOD.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return f"{field} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    month, day = match.group(1), match.group(2)
    try:
        date(int(value[:4]), int(month or 1), int(day or 1))
    except ValueError:
        return f"{field} {value!r} is no calendar date"
    return None


def _first_day(value: str) -> str:
    return value + "-01-01"[len(value) - 4:] if len(value) < 10 else value


def _last_day(value: str) -> str:
    return value + "-12-31"[len(value) - 4:] if len(value) < 10 else value


def _tenure_problems(tenure: object) -> list[str]:
    if not isinstance(tenure, dict):
        return [f"role {tenure!r} is not an object"]
    found: list[str] = []
    if tenure.get("role") not in ROLES:
        found.append(f"role {tenure.get('role')!r} is not a role id of roles.json")
    if not isinstance(tenure.get("title"), str):
        found.append(f"title {tenure.get('title')!r} is not text")
    dates = [_period_problem(field, tenure.get(field)) for field in ("start", "end")]
    found += [problem for problem in dates if problem]
    start, end = tenure.get("start"), tenure.get("end")
    if not any(dates) and start and end and _first_day(start) > _last_day(end):
        found.append(f"start {start} is after end {end}")
    return found


def problems(person: dict[str, Any]) -> list[str]:
    """Everything wrong with one entry of the reference data (empty: well formed)."""
    found: list[str] = []
    name = person.get("name")
    if not (isinstance(name, str) and name.strip()):
        found.append("name is empty")
    if person.get("state") not in STATES:
        found.append(f"state {person.get('state')!r} is not in states.json")
    aliases = person.get("aliases", [])
    if not (isinstance(aliases, list) and all(isinstance(a, str) and a.strip()
                                              for a in aliases)):
        found.append("aliases are not a list of names")
        aliases = []
    odd = [a for a in [name or "", *aliases] if not _FOLD_ODDITIES.isdisjoint(a)]
    if odd:
        # "ı", "İ": one such alias takes the fast lower-cased match from every name.
        found.append(f"names {odd!r} hold a character whose case folding is odd")
    surname = person.get("surname")
    if surname is not None and not (isinstance(surname, str) and surname.strip()
                                    and any(surname in a for a in [name or "", *aliases])):
        found.append(f"surname {surname!r} is in neither the name nor an alias")
    roles = person.get("roles")
    if not (isinstance(roles, list) and roles):
        found.append("no role")
    else:
        for tenure in roles:
            found += _tenure_problems(tenure)
    source = person.get("source")
    if "source" in person or person.get("state") not in FIRST_STATES:
        if not (isinstance(source, str) and source.strip()):
            found.append("source is missing or empty")
    return found


def file_problems(people: list[dict[str, Any]]) -> list[str]:
    """What is wrong with the entries taken together."""
    found: list[str] = []
    twice = Counter((p.get("name"), p.get("state")) for p in people)
    found += [f"{name} ({state}) is entered {count} times"
              for (name, state), count in twice.items() if count > 1]
    owners: dict[str, set[tuple[str, str]]] = {}
    for person in people:
        for alias in {person.get("name", ""), *person.get("aliases", [])}:
            key = " ".join(alias.lower().replace("-", " ").split())
            owners.setdefault(key, set()).add((person.get("name", ""), person.get("state", "")))
    found += [f"alias {alias!r} names {sorted(who)}" for alias, who in owners.items()
              if len(who) > 1]
    unsourced = sum(1 for p in people if "source" not in p)
    if unsourced > UNSOURCED_AT_MOST:
        found.append(f"{unsourced} entries have no source (the first version had "
                     f"{UNSOURCED_AT_MOST})")
    states = {p.get("state") for p in people}
    if len(states) < MIN_STATES:
        found.append(f"only {len(states)} states have office holders")
    return found


@pytest.mark.parametrize("person", PEOPLE, ids=lambda p: f"{p['state']}-{p['name']}")
def test_every_entry_is_well_formed(person: dict[str, Any]) -> None:
    assert problems(person) == []


def test_the_file_as_a_whole() -> None:
    assert file_problems(PEOPLE) == []


GOOD: dict[str, Any] = {
    "name": "Hulusi Akar", "state": "TUR", "aliases": ["Hulusi Akar"], "surname": "Akar",
    "roles": [{"role": "defence-minister", "title": "Minister of National Defence",
               "start": "2018-07-10", "end": "2023-06"}],
    "source": "a public list, read 2026-12",
}


@pytest.mark.parametrize(("change", "complaint"), [
    ({"name": " "}, "name is empty"),
    ({"state": "XXX"}, "is not in states.json"),
    ({"roles": []}, "no role"),
    ({"roles": [{**GOOD["roles"][0], "role": "defense-minister"}]}, "is not a role id"),
    ({"roles": [{**GOOD["roles"][0], "start": "10 July 2018"}]}, "is not YYYY"),
    ({"roles": [{**GOOD["roles"][0], "end": "2023-02-30"}]}, "is no calendar date"),
    ({"roles": [{**GOOD["roles"][0], "start": "2023-07"}]}, "is after end"),
    ({"source": ""}, "source is missing or empty"),
    ({"surname": "Guler"}, "in neither the name nor an alias"),
    ({"aliases": ["Hulusi Akar", "Hulusi Akar Paşa", "Akar İsmi"]}, "case folding is odd"),
])
def test_a_broken_entry_is_caught(change: dict[str, Any], complaint: str) -> None:
    assert problems(GOOD) == []
    assert any(complaint in problem for problem in problems({**GOOD, **change}))


def test_an_entry_of_a_new_state_without_source_is_caught() -> None:
    entry = {key: value for key, value in GOOD.items() if key != "source"}
    assert "source is missing or empty" in problems(entry)
    assert "source is missing or empty" not in problems({**entry, "state": "USA"})


def test_broken_files_are_caught() -> None:
    twice = file_problems([GOOD, dict(GOOD)])
    assert any("entered 2 times" in p for p in twice)
    assert any("only 1 states" in p for p in twice)
    shared = file_problems([GOOD, {**GOOD, "name": "Another Akar"}])
    assert any("alias 'hulusi akar'" in p for p in shared)
    unsourced = [{**GOOD, "name": f"P{n}", "aliases": [], "state": "USA"}
                 for n in range(UNSOURCED_AT_MOST + 1)]
    for entry in unsourced:
        del entry["source"]
    assert any("have no source" in p for p in file_problems(unsourced))


@pytest.mark.parametrize(("sentence", "published", "state", "role"), [
    ("Hulusi Akar met his Greek counterpart.", date(2020, 3, 1), "TUR", "defence-minister"),
    ("General Akar inspected the border units.", date(2016, 3, 1), "TUR", "chief-of-defence"),
    ("Pistorius flew to Vilnius.", date(2024, 5, 2), "DEU", "defence-minister"),
    ("Gen. Eyre spoke to reporters.", date(2022, 1, 10), "CAN", "chief-of-defence"),
])
def test_the_packaged_gazetteer_reads_new_people_with_their_role_on_the_day(
        sentence: str, published: date, state: str, role: str) -> None:
    """The loader takes the `source` field in its stride, and a surname alone resolves to
    the one office holder of that name on the article's date."""
    mentions = MentionFinder(load_gazetteer()).for_article(published).find(sentence)
    people = [m for m in mentions if m.person]
    assert [(m.state, role in m.roles) for m in people] == [(state, True)]
