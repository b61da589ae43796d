"""CAMEO and PLOVER mapping (`parley.interop`) and `parley extract --format cameo|plover`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.interop import load_mapping, mapped_types, rule_for, to_cameo, to_plover
from parley.types import UNORDERED_TYPES, ChannelStatus, Event, EventType, Evidence

README = Path(__file__).resolve().parents[1] / "README.md"
SCHEMA = Path(__file__).resolve().parents[1] / "src/parley/data/schema/event.schema.json"
CONTRACT_KEYS = {"article", "type", "source", "target", "channel", "status", "date", "date_end",
                 "negated", "hypothetical", "count", "count_qualifier", "persons", "mechanism",
                 "evidence"}
PLOVER_EVENTS = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                 "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                 "COERCE", "ASSAULT"}


def _event(kind: EventType, *, source: str | None = "USA", target: str | None = "CHN",
           channel: str | None = None, negated: bool = False,
           hypothetical: bool = False) -> Event:
    return Event(
        article="a1", type=kind, source=source, target=target, channel=channel,
        status=ChannelStatus.SUSPENDED if kind is EventType.STATUS else None,
        negated=negated, hypothetical=hypothetical,
        evidence=Evidence(sentence="A sentence.", start=0, end=11),
    )


# --------------------------------------------------------------------------- the data file
def test_mapping_covers_every_event_type() -> None:
    assert mapped_types() == frozenset(EventType)


def test_every_code_used_has_a_name_and_pinned_edition() -> None:
    mapping = load_mapping()
    assert mapping["cameo_edition"]["pinned"] == "C"
    codes = mapping["cameo_codes"]

    def rules(layer: dict[str, object]) -> list[dict[str, object]]:
        found = [layer]
        for group in (layer.get("by_channel_group") or {}).values():  # type: ignore[attr-defined]
            found += rules(group)
        return found

    for spec in mapping["types"].values():
        layers = [spec["default"], *spec.get("by_channel_group", {}).values()]
        for key in ("hypothetical", "negated"):
            if key in spec:
                layers += rules(spec[key])
        for layer in layers:
            code = layer.get("cameo")
            if code is not None:
                assert code in codes, code
        for code in spec.get("cameo_alternatives", []):
            assert code in codes, code
        for variant in spec.get("variants", []):
            assert variant["cameo"] in codes, variant
    assert all(re.fullmatch(r"\d{3,4}", c) for c in codes)


def test_numbering_conflict_is_recorded() -> None:
    codes = load_mapping()["cameo_codes"]
    assert codes["106"]["name"] == "Demand meeting, negotiation"
    assert codes["106"]["gdelt_code"] == "108"
    assert codes["108"]["gdelt_code"] == "105"
    assert codes["105"]["gdelt_code"] is None


# --------------------------------------------------------------------------- each type maps
@pytest.mark.parametrize("kind", list(EventType))
def test_every_type_maps_to_both(kind: EventType) -> None:
    event = _event(kind, channel="defence-ministers")
    cameo = to_cameo(event)
    plover = to_plover(event)
    assert CONTRACT_KEYS <= cameo.keys() and CONTRACT_KEYS <= plover.keys()
    assert cameo["cameo_edition"] == "CAMEO 1.1b3 [C]"
    if kind is EventType.STATUS:
        assert cameo["cameo_code"] is None and cameo["cameo_name"] is None
        assert plover["plover_event"] is None and plover["plover_context"] is None
        return
    assert re.fullmatch(r"\d{3,4}", cameo["cameo_code"])
    assert cameo["cameo_name"]
    assert cameo["gdelt_code"] == cameo["cameo_code"]  # no default code is in the 105-108 block
    assert plover["plover_event"] in PLOVER_EVENTS
    assert plover["plover_context"] == ["military"]
    assert plover["plover_aux_mode"] is None


@pytest.mark.parametrize(("kind", "channel", "code", "plover", "mode"), [
    (EventType.MEET, "defence-ministers", "040", "CONSULT", None),
    (EventType.MEET, "maritime-safety-talks", "046", "CONSULT", None),
    (EventType.CALL, "hotline", "041", "CONSULT", "phone"),
    (EventType.REQUEST, None, "026", "REQUEST", "meet"),
    (EventType.DECLINE, "defence-ministers", "125", "REJECT", "meet"),
    (EventType.SUSPEND, "theater-command-talks", "164", "SANCTION", "withdraw"),
    (EventType.SUSPEND, None, "164", "SANCTION", "withdraw"),
    (EventType.SUSPEND, "hotline", "160", "SANCTION", "discontinue"),
    (EventType.SUSPEND, "attaches", "161", "SANCTION", "withdraw"),
    (EventType.RESUME, "defence-policy-talks", "036", "SUPPORT", None),
    (EventType.RESUME, "hotline", "050", "SUPPORT", None),
    (EventType.SANCTION, None, "163", "SANCTION", "discontinue"),
    (EventType.EASE, None, "085", "RETREAT", None),
    (EventType.DEMAND, None, "100", "REQUEST", None),
    (EventType.ENCOUNTER, None, "150", "MOBILIZE", "weapons"),
])
def test_codes(kind: EventType, channel: str | None, code: str, plover: str,
               mode: str | None) -> None:
    event = _event(kind, channel=channel)
    assert to_cameo(event)["cameo_code"] == code
    record = to_plover(event)
    assert (record["plover_event"], record["plover_mode"]) == (plover, mode)


def test_context_follows_channel() -> None:
    assert to_plover(_event(EventType.MEET, channel="leaders"))["plover_context"] == [
        "diplomatic"]
    assert to_plover(_event(EventType.CALL, channel="intelligence"))["plover_context"] == [
        "intelligence"]
    assert to_plover(_event(EventType.ENCOUNTER, channel="leaders"))["plover_context"] == [
        "military"]


# --------------------------------------------------------------------------- actors
@pytest.mark.parametrize("kind", sorted(UNORDERED_TYPES))
def test_unordered_types_put_both_states_in_actor(kind: EventType) -> None:
    record = to_plover(_event(kind, source="KOR", target="PRK", channel="hotline"))
    assert record["actor"] == ["KOR", "PRK"]
    assert record["recipient"] == []


@pytest.mark.parametrize("kind", sorted(set(EventType) - UNORDERED_TYPES))
def test_directed_types_have_actor_and_recipient(kind: EventType) -> None:
    record = to_plover(_event(kind, source="CHN", target="USA"))
    assert (record["actor"], record["recipient"]) == (["CHN"], ["USA"])


def test_missing_states_give_empty_lists_and_null_cameo_actors() -> None:
    plover = to_plover(_event(EventType.SUSPEND, source="CHN", target=None))
    assert (plover["actor"], plover["recipient"]) == (["CHN"], [])
    cameo = to_cameo(_event(EventType.MEET, source=None, target=None))
    assert (cameo["actor1"], cameo["actor2"]) == (None, None)
    assert to_plover(_event(EventType.MEET, source=None, target="JPN"))["actor"] == ["JPN"]


@pytest.mark.parametrize("code", ["USA", "CHN", "RUS", "PRK", "KOR", "IND", "PAK", "JPN", "TWN"])
def test_cameo_country_codes_are_iso_for_parleys_states(code: str) -> None:
    record = to_cameo(_event(EventType.CALL, source=code, target="USA"))
    assert (record["actor1"], record["actor2"]) == (code, "USA")


def test_cameo_country_override() -> None:
    assert to_cameo(_event(EventType.MEET, source="TLS", target="AUS"))["actor1"] == "TMP"
    assert to_plover(_event(EventType.MEET, source="TLS", target="AUS"))["actor"] == [
        "TLS", "AUS"]


# --------------------------------------------------------------------------- flags
@pytest.mark.parametrize("kind", list(EventType))
def test_negated_events_have_no_cameo_code(kind: EventType) -> None:
    event = _event(kind, channel="hotline", negated=True)
    cameo = to_cameo(event)
    assert cameo["cameo_code"] is None and cameo["gdelt_code"] is None
    assert cameo["negated"] is True
    plover = to_plover(event)
    if kind is EventType.STATUS:
        assert plover["plover_event"] is None and plover["plover_aux_mode"] is None
    else:
        assert plover["plover_event"] == to_plover(_event(kind, channel="hotline"))[
            "plover_event"]
        assert plover["plover_aux_mode"] == "negation"
    assert cameo["mapping_rule"].endswith("/negated")


def test_negated_call_keeps_phone_mode() -> None:
    record = to_plover(_event(EventType.CALL, negated=True))
    assert (record["plover_mode"], record["plover_aux_mode"]) == ("phone", "negation")


def test_negated_wins_over_hypothetical() -> None:
    event = _event(EventType.RESUME, negated=True, hypothetical=True)
    assert to_cameo(event)["cameo_code"] is None
    assert to_plover(event)["plover_aux_mode"] == "negation"


@pytest.mark.parametrize(("kind", "channel", "code", "plover", "mode"), [
    (EventType.MEET, "defence-ministers", "036", "AGREE", None),
    (EventType.MEET, "maritime-safety-talks", "036", "AGREE", None),
    (EventType.CALL, "theater-command-talks", "036", "AGREE", None),
    (EventType.RESUME, "hotline", "036", "AGREE", None),
    (EventType.SUSPEND, None, "134", "THREATEN", "relations"),
    (EventType.SUSPEND, "hotline", "1313", "THREATEN", "relations"),
    (EventType.SUSPEND, "attaches", "1313", "THREATEN", "relations"),
    (EventType.SANCTION, None, "1312", "THREATEN", "restrict"),
    (EventType.EASE, None, "0354", "CONCEDE", None),
    (EventType.REQUEST, "defence-ministers", None, "REQUEST", "meet"),
    (EventType.DECLINE, None, None, "REJECT", "meet"),
    (EventType.DEMAND, None, None, "REQUEST", None),
    (EventType.ENCOUNTER, None, None, "MOBILIZE", "weapons"),
])
def test_hypothetical(kind: EventType, channel: str | None, code: str | None, plover: str,
                      mode: str | None) -> None:
    event = _event(kind, channel=channel, hypothetical=True)
    assert to_cameo(event)["cameo_code"] == code
    record = to_plover(event)
    assert (record["plover_event"], record["plover_mode"]) == (plover, mode)
    assert record["plover_aux_mode"] == "hypothetical"
    assert "hypothetical" in rule_for(event).path


def test_records_keep_the_contract() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    event = _event(EventType.SUSPEND, channel="hotline")
    for record in (to_cameo(event), to_plover(event)):
        jsonschema.validate({k: record[k] for k in CONTRACT_KEYS}, schema)
        assert {k: record[k] for k in CONTRACT_KEYS} == event.to_contract()


# --------------------------------------------------------------------------- README
def test_readme_table_lists_every_type() -> None:
    text = README.read_text(encoding="utf-8")
    assert "## Interoperability: CAMEO and PLOVER" in text
    section = text.split("## Interoperability: CAMEO and PLOVER", 1)[1].split("\n## ", 1)[0]
    rows = {m.group(1) for m in re.finditer(r"^\| `([A-Z]+)` \|", section, re.M)}
    assert rows == {t.value for t in EventType}


# --------------------------------------------------------------------------- CLI
ARTICLE = (
    "Defence ministers of Japan and China held their first call over the new hotline on "
    "Tuesday, officials in Tokyo said. Beijing suspended the maritime safety talks with "
    "Washington in August."
)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["cameo", "plover"])
def test_cli_prints_json_lines(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "a", "title": "t", "published": "2024-04-03",
                                "text": ARTICLE}), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", fmt, "-q", str(path)])
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines, result.stdout
    records = [json.loads(line) for line in lines]
    key = "cameo_code" if fmt == "cameo" else "plover_event"
    for record in records:
        assert CONTRACT_KEYS <= record.keys() and key in record
    assert "CALL" in {r["type"] for r in records}
    call = next(r for r in records if r["type"] == "CALL")
    if fmt == "cameo":
        assert call["cameo_code"] == "041"
    else:
        assert call["plover_mode"] == "phone"
        assert sorted(call["actor"]) == ["CHN", "JPN"] and call["recipient"] == []
