"""The request ledger: outcomes per request, merged across articles, figures never summed."""

from __future__ import annotations

from datetime import date

from parley.report.requests import request_ledger
from parley.timeline.request_outcomes import Outcome
from parley.types import CountQualifier, Event, EventType, Evidence, StoredEvent


def told(article: str, kind: EventType, when: str, *, source: str = "USA",
         target: str = "CHN", channel: str | None = "defence-ministers",
         published: str = "2023-06-01", count: int | None = None,
         date_end: str | None = None) -> StoredEvent:
    sentence = f"{article}: {source} {kind.value} {target} {channel} {when}."
    return StoredEvent(
        event=Event(article=article, type=kind, source=source, target=target, channel=channel,
                    date=when, date_end=date_end, count=count,
                    count_qualifier=CountQualifier.MORE_THAN if count else None,
                    evidence=Evidence(sentence, 0, len(sentence))),
        published=date.fromisoformat(published))


def outcomes(events: list[StoredEvent], **options: str) -> list[tuple[str | None, Outcome | None]]:
    ledger = request_ledger(events, "USA", "CHN", answer_days=30, **options)
    return [(entry.date, entry.outcome) for entry in ledger.requests]


def test_each_outcome() -> None:
    events = [
        told("r1", EventType.REQUEST, "2023-01-10"),
        told("c1", EventType.CALL, "2023-01-20"),  # accepted
        told("r2", EventType.REQUEST, "2023-03-01"),
        told("d2", EventType.DECLINE, "2023-03-02", source="CHN", target="USA"),  # declined
        told("r3", EventType.REQUEST, "2023-05-01"),  # nothing: unanswered
        told("r4", EventType.REQUEST, "2023-12-20"),  # window open on the reference date
    ]
    assert outcomes(events, reference="2024-01-05") == [
        ("2023-01-10", Outcome.ACCEPTED), ("2023-03-01", Outcome.DECLINED),
        ("2023-05-01", Outcome.UNANSWERED), ("2023-12-20", Outcome.PENDING)]


def test_a_meeting_after_the_window_does_not_accept_a_request() -> None:
    events = [told("r", EventType.REQUEST, "2023-05-01"), told("m", EventType.MEET, "2023-09-01")]
    assert outcomes(events, reference="2024") == [("2023-05-01", Outcome.UNANSWERED)]


def test_a_refusal_by_the_asking_side_is_no_answer() -> None:
    events = [told("r", EventType.REQUEST, "2023-05-01"),
              told("d", EventType.DECLINE, "2023-05-02")]  # USA declines: not an answer
    assert outcomes(events, reference="2024") == [("2023-05-01", Outcome.UNANSWERED)]


def test_a_request_told_by_three_articles_counts_once() -> None:
    events = [told(a, EventType.REQUEST, when, published="2023-02-08")
              for a, when in (("x", "2023-02-04"), ("y", "2023-02"), ("z", "2023-02-04"))]
    ledger = request_ledger(events, "USA", "CHN", answer_days=30, reference="2024")
    assert len(ledger.requests) == 1
    assert ledger.requests[0].articles == ("x", "y", "z")
    assert [t.total for t in ledger.totals] == [1]


def test_a_repeated_figure_is_listed_once_and_not_added_to_the_totals() -> None:
    events = [
        told("a", EventType.REQUEST, "2021", channel=None, count=12, date_end="2023-05-31"),
        told("b", EventType.REQUEST, "2021", channel=None, count=12, date_end="2023-06-22",
             published="2023-06-22"),
        told("c", EventType.REQUEST, "2022-08"),
    ]
    ledger = request_ledger(events, "USA", "CHN", answer_days=30, reference="2024")
    assert [(f.figure, f.articles) for f in ledger.figures] == [("more than 12", ("a", "b"))]
    assert sum(t.total for t in ledger.totals) == 1


def test_the_period_filters_requests_but_answers_after_it_count() -> None:
    events = [told("r1", EventType.REQUEST, "2022-12-20"), told("r2", EventType.REQUEST, "2023-02"),
              told("m", EventType.MEET, "2023-01-05")]
    assert outcomes(events, date_from="2022-12", date_to="2022-12") == [
        ("2022-12-20", Outcome.ACCEPTED)]
    assert [d for d, _ in outcomes(events, date_from="2023")] == ["2023-02"]


def test_totals_per_side_and_channel() -> None:
    events = [told("r1", EventType.REQUEST, "2023-01-10"),
              told("r2", EventType.REQUEST, "2023-03-01", channel="hotline"),
              told("r3", EventType.REQUEST, "2023-04-01", source="CHN", target="USA",
                   channel="hotline")]
    ledger = request_ledger(events, "USA", "CHN", answer_days=30, reference="2024")
    assert [(t.side, t.channel, t.unanswered) for t in ledger.totals] == [
        ("CHN", "hotline", 1), ("USA", "defence-ministers", 1), ("USA", "hotline", 1)]


def test_two_requests_of_one_sentence_each_have_their_own_answer() -> None:
    """One sentence asks for talks on two channels; only one of them is then held. The
    ledger finds each request's answer by the request itself, not by the sentences that
    tell it (which the two share)."""
    sentence = "Washington asked Beijing for a call of the ministers and for theatre talks."
    asks = [StoredEvent(Event(article="r", type=EventType.REQUEST, source="USA", target="CHN",
                              channel=channel, date="2023-05-01",
                              evidence=Evidence(sentence, 0, len(sentence))),
                        published=date(2023, 5, 2))
            for channel in ("defence-ministers", "theater-command-talks")]
    events = [*asks, told("m", EventType.CALL, "2023-05-10")]
    ledger = request_ledger(events, "USA", "CHN", answer_days=30, reference="2024")
    assert sorted((entry.channel, entry.outcome) for entry in ledger.requests) == [
        ("defence-ministers", Outcome.ACCEPTED), ("theater-command-talks", Outcome.UNANSWERED)]


def test_answers_of_other_records_are_matched_by_their_tellings() -> None:
    """A history whose answers are of equal copies of its merged requests (not the very
    records) gives the same ledger as one whose answers are of its own records."""
    import dataclasses

    from parley.report.requests import history_ledger
    from parley.timeline.history import build_history

    events = [told("r1", EventType.REQUEST, "2023-01-10"), told("c1", EventType.CALL, "2023-01-20"),
              told("r2", EventType.REQUEST, "2023-03-01"),
              told("d2", EventType.DECLINE, "2023-03-02", source="CHN", target="USA"),
              told("r3", EventType.REQUEST, "2023-05-01")]
    history = build_history(events, "USA", "CHN", as_of="2024-01-05", answer_days=30)
    copied = dataclasses.replace(history, requests=tuple(
        dataclasses.replace(answer, request=dataclasses.replace(answer.request))
        for answer in history.requests))
    assert all(a.request is not b.request for a, b in zip(copied.requests, history.requests,
                                                             strict=True))
    assert history_ledger(copied) == history_ledger(history)
    assert [e.outcome for e in history_ledger(history).requests] == [
        Outcome.ACCEPTED, Outcome.DECLINED, Outcome.UNANSWERED]


def test_an_entry_cites_the_evidence_of_its_tellings_and_of_its_response() -> None:
    from parley.report.status import evidence_of

    events = [told("r1", EventType.REQUEST, "2023-01-10"),
              told("r2", EventType.REQUEST, "2023-01-10", published="2023-02-01"),
              told("d1", EventType.DECLINE, "2023-01-12", source="CHN", target="USA")]
    (entry,) = request_ledger(events, "USA", "CHN", answer_days=30, reference="2024").requests
    assert entry.evidence == tuple(evidence_of(e) for e in entry.tellings)
    assert sorted(e.article for e in entry.evidence) == ["r1", "r2"]
    assert entry.response is not None and entry.response_evidence == evidence_of(
        entry.response.representative)
    assert entry.response_evidence is not None and entry.response_evidence.article == "d1"
