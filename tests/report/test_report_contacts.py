"""The contact ledger: outcomes kept apart, one count per engagement, order-free."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.report.contacts import (
    OUTCOMES,
    contact_groups,
    contacts_as_dict,
    contacts_csv,
    history_contacts,
)
from parley.timeline.history import build_history
from parley.types import Event, EventType, Evidence, StoredEvent


def told(article: str, kind: EventType, when: str, sentence: str, *,
         channel: str | None = "defence-ministers", source: str = "CHN",
         target: str = "USA", published: str | None = None) -> StoredEvent:
    day = published or (when if len(when) == 10 else when[:7] + "-28")
    return StoredEvent(Event(article=article, type=kind, source=source, target=target,
                             channel=channel, date=when,
                             evidence=Evidence(sentence, 0, len(sentence))),
                       published=date.fromisoformat(day))


STORY = [
    told("m1", EventType.MEET, "2022-11-22", "The defence ministers met in Cambodia."),
    told("r1", EventType.REQUEST, "2023-02-04", "Austin asked Wei for a call.",
         source="USA", target="CHN"),
    told("d1", EventType.DECLINE, "2023-02-04", "China declined the call from Austin."),
    told("s1", EventType.SUSPEND, "2022-08-05",
         "Beijing called off the policy coordination talks.", channel="defence-policy-talks"),
    told("r2", EventType.REQUEST, "2023-03-01", "The Pentagon asked for theatre talks.",
         channel="theater-command-talks", source="USA", target="CHN"),
    told("i1", EventType.DECLINE, "2023-05-10", "Calls to the PLA went unanswered.",
         channel="military-chiefs"),
    told("e1", EventType.ENCOUNTER, "2023-05-26", "A Chinese J-16 cut in front of a US plane.",
         channel=None),
    told("e2", EventType.ENCOUNTER, "2023-06-03", "A Chinese destroyer crossed a US ship's bow.",
         channel=None),
    # One two-day meeting, told by day twice and once by month by another article.
    told("p1", EventType.MEET, "2024-01-08", "Defense Policy Coordination Talks began.",
         channel="defence-policy-talks"),
    told("p1", EventType.MEET, "2024-01-09", "Defense Policy Coordination Talks ended.",
         channel="defence-policy-talks"),
    told("p2", EventType.MEET, "2024-01", "The Defense Policy Coordination Talks met in "
         "January.", channel="defence-policy-talks", published="2024-11-21"),
]



def test_each_outcome_is_kept_apart_per_year() -> None:
    found = history_contacts(build_history(STORY, "USA", "CHN", as_of="2024-12-31"))
    assert found.totals("2022") == {"executed": 1, "refused": 0, "cancelled": 1, "ignored": 0}
    # 2023: a refused call (the request is the same engagement), an ignored request for
    # theatre talks (no answer within 30 days) and calls that went unanswered (ignored).
    assert found.totals("2023") == {"executed": 0, "refused": 1, "cancelled": 0, "ignored": 2}
    # The two-day policy talks and the month-dated telling are one engagement.
    assert found.totals("2024") == {"executed": 1, "refused": 0, "cancelled": 0, "ignored": 0}
    (policy,) = [r for r in found.rows if r.period == "2024"]
    assert policy.mechanism == "Defense Policy Coordination Talks"
    assert {e.article for e in policy.engagements[0].evidence} == {"p1", "p2"}
    assert [(e.period, e.side, e.count) for e in found.encounters] == [("2023", "CHN", 2)]


def test_levels_group_the_mechanisms() -> None:
    found = history_contacts(build_history(STORY, "USA", "CHN", as_of="2024-12-31"))
    groups = {r.mechanism: r.group for r in found.rows}
    labels = [label for label, _ in contact_groups()]
    assert groups["Defence minister meetings and calls"] == labels[0] == "High-level contacts"
    assert groups["Defense Policy Coordination Talks"] == labels[1]
    assert [r.group for r in found.rows] == sorted(
        (r.group for r in found.rows), key=labels.index)


def test_by_month_and_the_as_of_date() -> None:
    monthly = history_contacts(build_history(STORY, "USA", "CHN", as_of="2023-03-15"),
                               by="month")
    assert monthly.periods == ("2022-08", "2022-11", "2023-02")
    # On 2023-03-15 the theatre request's window is still open: not yet ignored.
    assert sum(monthly.totals().values()) == 3


def test_json_and_csv_carry_every_engagement_with_its_evidence() -> None:
    found = history_contacts(build_history(STORY, "USA", "CHN", as_of="2024-12-31"))
    payload = contacts_as_dict(found)
    assert payload["as_of"] == "2024-12-31" and payload["by"] == "year"
    engagements = [e for row in payload["rows"] for e in row["engagements"]]
    assert len(engagements) == sum(sum(found.totals(p).values()) for p in found.periods)
    assert all(e["evidence"] and e["evidence"][0]["sentence"] for e in engagements)
    lines = contacts_csv(found).splitlines()
    assert lines[0].startswith("period,group,mechanism,channel,executed,refused")
    assert len(lines) == 1 + len(found.rows) + len(found.encounters)


@settings(max_examples=60, deadline=None)
@given(st.permutations(STORY), st.sampled_from(["year", "month"]))
def test_replaying_the_events_in_any_order_gives_the_same_ledger(
        events: list[StoredEvent], by: str) -> None:
    assert contacts_as_dict(history_contacts(build_history(
        events, "USA", "CHN", as_of="2024-12-31"), by=by)) == contacts_as_dict(
        history_contacts(build_history(STORY, "USA", "CHN", as_of="2024-12-31"), by=by))


def test_a_row_lists_the_engagements_of_each_outcome_as_it_counts_them() -> None:
    found = history_contacts(build_history(STORY, "USA", "CHN", as_of="2024-12-31"))
    for row in found.rows:
        for outcome in OUTCOMES:
            listed = row.of(outcome)
            assert len(listed) == row.count(outcome)
            assert all(e.outcome == outcome for e in listed)
        # The outcomes partition the row: every engagement is listed once, in its order.
        listed_all = [e for outcome in OUTCOMES for e in row.of(outcome)]
        assert sorted(listed_all, key=row.engagements.index) == list(row.engagements)


def test_an_engagement_cites_each_sentence_of_its_tellings_once() -> None:
    """A two-day meeting told in one sentence by one article ("met on Monday and Tuesday")
    is two tellings of one sentence, joined into one engagement: the sentence is cited once;
    a second article's sentence is cited too, in order of article and offset."""
    from parley.report.status import evidence_of

    sentence = "The defence ministers met in Singapore on Monday and Tuesday."
    story = [told("k1", EventType.MEET, day, sentence, published="2024-06-05")
             for day in ("2024-06-03", "2024-06-04")]
    story.append(told("k0", EventType.MEET, "2024-06-04", "The ministers met again.",
                      published="2024-06-05"))
    found = history_contacts(build_history(story, "USA", "CHN", as_of="2024-12-31"))
    (row,) = found.rows
    (engagement,) = row.engagements
    assert [(e.article, e.sentence) for e in engagement.evidence] == [
        ("k0", "The ministers met again."), ("k1", sentence)]
    assert engagement.evidence == tuple(evidence_of(t) for t in engagement.tellings)
    assert contacts_as_dict(found)["rows"][0]["engagements"][0]["evidence"][1][
        "sentence"] == sentence
