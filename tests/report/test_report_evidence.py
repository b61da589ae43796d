"""Evidence ranking: the headline names the channel and states it most directly; sentences
about other channels never support it; the confidence says why."""

from __future__ import annotations

from datetime import date

from parley.config import load_settings
from parley.report.evidence import (
    about_other_channels,
    channels_named,
    names_channel,
    persons_channels,
)
from parley.report.history import history_from_events
from parley.report.queries import PairQuery
from parley.report.status import status_rows
from parley.types import ChannelState, ChannelStatus, Event, EventType, Evidence, StoredEvent

SETTINGS = load_settings(environ={}, database_url="sqlite://")


def told(article: str, kind: EventType, when: str, channel: str, sentence: str, *,
         status: ChannelStatus | None = None, persons: tuple[str, ...] = ()) -> StoredEvent:
    return StoredEvent(Event(article=article, type=kind, source="CHN", target="USA",
                             channel=channel, status=status, date=when, persons=persons,
                             evidence=Evidence(sentence, 0, len(sentence))),
                       published=date.fromisoformat(when), title=f"Story {article}")


def rows(events: list[StoredEvent], as_of: str = "2024-06-30") -> dict[str, ChannelState]:
    history = history_from_events(events, PairQuery("USA", "CHN", as_of), SETTINGS)
    return {row.channel: row for row in status_rows(history)}


THEATRE = told("t", EventType.STATUS, "2024-03-01", "defence-policy-talks",
               "Calls between theatre commanders have resumed.", status=ChannelStatus.ACTIVE)
POLICY = told("p", EventType.MEET, "2024-01-09", "defence-policy-talks",
              "The Defense Policy Coordination Talks met at the Pentagon.")
VAGUE = told("v", EventType.STATUS, "2024-02-01", "defence-policy-talks",
             "Those mechanisms are functioning as agreed.", status=ChannelStatus.ACTIVE)


def test_channels_named_reads_catalogue_and_mechanism_names() -> None:
    assert channels_named(THEATRE.event.evidence.sentence, "USA", "CHN") == {
        "theater-command-talks"}
    assert "defence-policy-talks" in channels_named(POLICY.event.evidence.sentence, "USA",
                                                    "CHN")
    assert channels_named(VAGUE.event.evidence.sentence, "USA", "CHN") == frozenset()


def test_a_sentence_about_other_channels_never_supports_a_channel() -> None:
    assert about_other_channels(THEATRE, "USA", "CHN")
    assert not about_other_channels(POLICY, "USA", "CHN")
    assert not about_other_channels(VAGUE, "USA", "CHN")  # names none: may speak of it
    only_other = rows([THEATRE])
    assert only_other["defence-policy-talks"].status is ChannelStatus.UNKNOWN
    found = rows([THEATRE, POLICY, VAGUE])["defence-policy-talks"]
    sentences = [e.sentence for e in found.evidence]
    assert THEATRE.event.evidence.sentence not in sentences


def test_the_headline_names_the_channel_and_states_it_most_directly() -> None:
    found = rows([POLICY, VAGUE])["defence-policy-talks"]
    # The vague statement is later and explicit, but names no channel: the named one heads.
    assert found.evidence[0].sentence == POLICY.event.evidence.sentence
    named_status = told("s", EventType.STATUS, "2024-02-10", "defence-policy-talks",
                        "The Defense Policy Coordination Talks are working again.",
                        status=ChannelStatus.ACTIVE)
    found = rows([POLICY, VAGUE, named_status])["defence-policy-talks"]
    assert found.evidence[0].sentence == named_status.event.evidence.sentence


def test_the_offices_of_the_persons_named_say_which_channel_a_sentence_is_about() -> None:
    assert persons_channels(("Antony Blinken",), "2023-06-18") == {"diplomatic"}
    visit = told("b", EventType.MEET, "2023-06-18", "operational-comms",
                 "Blinken raised military communication during his visit to Beijing.",
                 persons=("Antony Blinken",))
    assert about_other_channels(visit, "USA", "CHN")
    ministers = told("m", EventType.MEET, "2023-06-02", "defence-ministers",
                     "Austin and Li shook hands at the summit dinner.",
                     persons=("Lloyd Austin", "Li Shangfu"))
    assert not about_other_channels(ministers, "USA", "CHN")


def test_the_confidence_says_why() -> None:
    found = rows([POLICY, VAGUE])["defence-policy-talks"]
    assert found.confidence_reason == "2 independent articles; explicit statement"
    used = rows([POLICY])["defence-policy-talks"]
    assert used.confidence_reason == "1 independent article; inferred from a meeting or call"


def test_a_pair_in_either_order_is_judged_once_per_sentence() -> None:
    """The overview asks in reading order, the API in code order: the same answer, and the
    second order finds the first's remembered instead of searching the sentence again."""
    sentence = "The two navies reopened their maritime hotline after a pause of one year."
    stored = StoredEvent(Event(article="order-a", type=EventType.RESUME, source="USA",
                               target="CHN", channel="hotline",
                               evidence=Evidence(sentence, 0, len(sentence))))
    first = about_other_channels(stored, "USA", "CHN")
    misses = names_channel.cache_info().misses
    assert about_other_channels(stored, "CHN", "USA") == first
    assert names_channel.cache_info().misses == misses
