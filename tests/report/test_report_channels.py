"""`parley channels`: reference mechanisms per pair, joined with what the store has learned."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from parley.report.channels import channel_rows, load_mechanisms, mechanisms_for
from parley.timeline.periods import period_start
from parley.types import ChannelStatus, Event, EventType, Evidence, StoredEvent

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = {c["slug"] for c in json.loads(
    (ROOT / "src/parley/data/channels.json").read_text(encoding="utf-8"))["channels"]}


def told(article: str, kind: EventType, when: str, channel: str, sentence: str,
         published: str = "2024-04-05") -> StoredEvent:
    return StoredEvent(
        event=Event(article=article, type=kind, source="USA", target="CHN", channel=channel,
                    date=when, evidence=Evidence(sentence, 0, len(sentence))),
        published=date.fromisoformat(published), title=f"Title {article}")


def test_us_china_mechanisms_come_with_their_set_up_dates() -> None:
    rows = {row.mechanism.short or row.name: row for row in channel_rows([], "USA", "CHN")
            if row.mechanism}
    assert rows["MMCA"].mechanism is not None
    assert rows["MMCA"].mechanism.established == "1998-01-19"
    assert rows["DTL"].mechanism is not None
    assert rows["DTL"].mechanism.established == "2008-02-29"
    assert rows["DTL"].mechanism.first_used == "2008-04-10"
    assert rows["DCT"].mechanism is not None and rows["DCT"].mechanism.established == "1997"
    assert rows["DPCT"].channel == "defence-policy-talks"
    names = {row.name for row in rows.values()}
    assert {"Theater Commanders Talks", "Defence minister meetings and calls",
            "Chiefs of defence talks", "Asia-Pacific Security Dialogue",
            "Crisis Communications Working Group",
            "Rules of Behavior for Safety of Air and Maritime Encounters"} <= names
    assert all(row.status is ChannelStatus.UNKNOWN for row in rows.values())


def test_either_order_of_states_gives_the_same_mechanisms() -> None:
    assert mechanisms_for("CHN", "USA") == mechanisms_for("USA", "CHN")


@pytest.mark.parametrize(("a", "b", "slug"), [
    ("USA", "RUS", "usa-rus-syria-deconfliction"), ("USA", "RUS", "usa-rus-incsea"),
    ("USA", "RUS", "usa-rus-nrrc"), ("IND", "PAK", "ind-pak-dgmo-hotline"),
    ("KOR", "PRK", "kor-prk-west-line"), ("KOR", "PRK", "kor-prk-east-line"),
    ("CHN", "JPN", "chn-jpn-macm"), ("CHN", "JPN", "chn-jpn-defence-hotline"),
    ("IND", "CHN", "chn-ind-corps-commander-talks"),
])
def test_reference_data_covers_the_other_pairs(a: str, b: str, slug: str) -> None:
    assert slug in {m.id for m in mechanisms_for(a, b)}


def test_reference_data_is_well_formed() -> None:
    mechanisms = load_mechanisms()
    assert len({m.id for m in mechanisms}) == len(mechanisms)
    for mechanism in mechanisms:
        assert mechanism.channel is None or mechanism.channel in CATALOGUE, mechanism.id
        assert all(len(code) == 3 and code.isupper() for code in mechanism.pair)
        for value in (mechanism.established, mechanism.first_used):
            assert value is None or period_start(value) is not None, mechanism.id
        assert mechanism.source, mechanism.id
        assert mechanism.established or mechanism.established_note or mechanism.source


def test_the_store_adds_last_use_and_state() -> None:
    events = [
        told("s", EventType.SUSPEND, "2022-08-05", "maritime-safety-talks",
             "Beijing called off the maritime safety meetings.", "2022-08-06"),
        told("m", EventType.MEET, "2024-04-03", "maritime-safety-talks",
             "Officers met in Honolulu under the MMCA for the first time since 2021."),
        told("p", EventType.MEET, "2024-01-08", "defence-policy-talks",
             "Officials held defence policy talks at the Pentagon.", "2024-01-10"),
    ]
    rows = {row.mechanism.id: row for row in channel_rows(events, "USA", "CHN", "2024-06")
            if row.mechanism}
    mmca = rows["usa-chn-mmca"]
    assert (mmca.status, mmca.since) == (ChannelStatus.ACTIVE, "2024-04-03")
    assert (mmca.last_used, mmca.last_used_match) == ("2024-04-03", "name")
    assert mmca.last_used_evidence is not None and "MMCA" in mmca.last_used_evidence.sentence
    # Three dialogues share the policy channel: a meeting naming none is attributed to none,
    # and none inherits the channel's state: each has no record of its own.
    for shared in ("usa-chn-dpct", "usa-chn-apsd", "usa-chn-dct"):
        assert rows[shared].last_used is None
        assert rows[shared].status is ChannelStatus.UNKNOWN
        assert (rows[shared].record, rows[shared].state_text) == (False, "no record")
    as_of_2023 = {row.mechanism.id: row for row in channel_rows(events, "USA", "CHN", "2023-06")
                  if row.mechanism}
    assert as_of_2023["usa-chn-mmca"].status is ChannelStatus.SUSPENDED
    assert as_of_2023["usa-chn-mmca"].last_used is None


def test_channels_the_store_knows_without_reference_entry_are_listed_after() -> None:
    events = [told("a", EventType.MEET, "2023-06-20", "attaches",
                   "Defence attachés still meet officials.")]
    rows = channel_rows(events, "USA", "CHN", "2024-05")
    assert rows[-1].mechanism is None
    assert (rows[-1].channel, rows[-1].status) == ("attaches", ChannelStatus.ACTIVE)
    assert rows[-1].last_used == "2023-06-20"


def test_a_mechanism_has_its_own_history_and_learned_mechanisms_are_listed() -> None:
    """The APSD is on the policy channel with the DPCT: only events naming it give it a
    state; an ESTABLISH naming a mechanism the reference data lacks adds it."""
    events = [
        told("p", EventType.MEET, "2023-11-15", "defence-policy-talks",
             "The Defense Policy Coordination Talks met in Washington.", "2023-11-16"),
        told("a", EventType.SUSPEND, "2020-05-02", "defence-policy-talks",
             "The PLA postponed the Asia-Pacific Security Dialogue indefinitely.",
             "2020-05-03"),
        StoredEvent(Event(article="e", type=EventType.ESTABLISH, source="USA", target="CHN",
                          channel="working-level", date="2024-02-01",
                          mechanism="Counter-Narcotics Military Liaison Group",
                          evidence=Evidence("They set up a liaison group.", 0, 28)),
                    published=date(2024, 2, 2)),
    ]
    rows = {row.name: row for row in channel_rows(events, "USA", "CHN", "2020-12")}
    assert rows["Asia-Pacific Security Dialogue"].status is ChannelStatus.SUSPENDED
    later = {row.name: row for row in channel_rows(events, "USA", "CHN", "2024-03")}
    apsd = later["Asia-Pacific Security Dialogue"]
    assert apsd.status is not ChannelStatus.ACTIVE and apsd.stale
    assert apsd.state_text == "unknown (last: suspended, 2020-05-02)"
    dpct = later["Defense Policy Coordination Talks"]
    assert (dpct.status, dpct.last_used) == (ChannelStatus.ACTIVE, "2023-11-15")
    learned = later["Counter-Narcotics Military Liaison Group"]
    assert (learned.mechanism, learned.established) == (None, "2024-02-01")
