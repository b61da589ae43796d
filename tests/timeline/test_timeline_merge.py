"""Cross-article merging: one event told by many articles is one event, counted once."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.timeline.merge import merge_events, total_count
from parley.types import CountQualifier, Event, EventType, Evidence, StoredEvent


def told(article: str, kind: EventType, when: str | None, *, source: str = "CHN",
         target: str = "USA", channel: str | None = "defence-ministers", start: int = 0,
         published: str = "2023-06-01", count: int | None = None,
         qualifier: CountQualifier | None = None, negated: bool = False,
         date_end: str | None = None) -> StoredEvent:
    return StoredEvent(
        event=Event(article=article, type=kind, source=source, target=target, channel=channel,
                    evidence=Evidence(f"{article} says {kind.value} {when}.", start, start + 20),
                    date=when, date_end=date_end, negated=negated, count=count,
                    count_qualifier=qualifier),
        published=date.fromisoformat(published), title=f"Title of {article}",
    )


def test_one_suspension_told_by_three_articles_is_one_event() -> None:
    events = [told("a", EventType.SUSPEND, "2022-08-05"), told("b", EventType.SUSPEND, "2022-08"),
              told("c", EventType.SUSPEND, "2022")]
    merged = merge_events(events)
    assert len(merged) == 1
    assert merged[0].date == "2022-08-05"
    assert merged[0].articles == ("a", "b", "c")
    assert len(merged[0].evidence) == 3


def test_two_days_of_one_month_are_two_events() -> None:
    merged = merge_events([told("a", EventType.CALL, "2024-06-25"),
                           told("b", EventType.CALL, "2024-07-12")])
    assert [m.date for m in merged] == ["2024-06-25", "2024-07-12"]


def test_a_coarse_date_fitting_two_events_stays_apart() -> None:
    merged = merge_events([told("a", EventType.CALL, "2024-06-25"),
                           told("b", EventType.CALL, "2024-07-12"),
                           told("c", EventType.CALL, "2024")])
    assert sorted(m.date or "" for m in merged) == ["2024", "2024-06-25", "2024-07-12"]


def test_unordered_types_merge_in_either_direction_directed_do_not() -> None:
    meets = merge_events([told("a", EventType.MEET, "2024-05-31"),
                          told("b", EventType.MEET, "2024-05-31", source="USA", target="CHN")])
    assert len(meets) == 1
    declines = merge_events([told("a", EventType.DECLINE, "2023-05"),
                             told("b", EventType.DECLINE, "2023-05", source="USA",
                                  target="CHN")])
    assert len(declines) == 2


def test_negated_and_factual_tellings_are_not_merged() -> None:
    merged = merge_events([told("a", EventType.MEET, "2023-06"),
                           told("b", EventType.MEET, "2023-06", negated=True)])
    assert len(merged) == 2


def test_a_figure_repeated_by_articles_counts_once() -> None:
    figure = {"count": 12, "qualifier": CountQualifier.MORE_THAN}
    merged = merge_events([
        told("a", EventType.REQUEST, "2021", source="USA", target="CHN", channel=None,
             date_end="2023-05-31", **figure),  # type: ignore[arg-type]
        told("b", EventType.REQUEST, "2021", source="USA", target="CHN", channel=None,
             date_end="2023-06-22", published="2023-06-22", **figure),  # type: ignore[arg-type]
        told("c", EventType.REQUEST, "2022-08", source="USA", target="CHN", channel=None),
    ])
    assert total_count(merged) == 13
    aggregate = next(m for m in merged if m.count)
    assert aggregate.date_end == "2023-06-22"
    assert aggregate.articles == ("a", "b")


def test_different_figures_are_different_events() -> None:
    merged = merge_events([
        told("a", EventType.REQUEST, "2021", count=3, qualifier=CountQualifier.EXACT),
        told("b", EventType.REQUEST, "2021", count=12, qualifier=CountQualifier.MORE_THAN),
    ])
    assert total_count(merged) == 15


# --------------------------------------------------------------------------- properties
TYPES = [EventType.SUSPEND, EventType.RESUME, EventType.MEET, EventType.DECLINE,
         EventType.REQUEST]
DATES = [None, "2022", "2022-08", "2022-08-05", "2022-08-20", "2023-01", "2023-01-10"]

stored_events = st.builds(
    told,
    article=st.sampled_from(["a1", "a2", "a3", "a4"]),
    kind=st.sampled_from(TYPES),
    when=st.sampled_from(DATES),
    source=st.sampled_from(["USA", "CHN"]),
    target=st.sampled_from(["CHN", "USA"]),
    channel=st.sampled_from([None, "hotline", "defence-ministers"]),
    start=st.integers(0, 3),
    published=st.sampled_from(["2022-08-06", "2023-02-01"]),
    count=st.sampled_from([None, None, 3, 12]),
    negated=st.booleans(),
)
event_lists = st.lists(stored_events, max_size=25)


@settings(max_examples=150, deadline=None)
@given(event_lists, st.randoms(use_true_random=False))
def test_merging_does_not_depend_on_order(events: list[StoredEvent], random: object) -> None:
    shuffled = list(events)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert merge_events(shuffled) == merge_events(events)


@settings(max_examples=150, deadline=None)
@given(event_lists)
def test_merging_is_idempotent(events: list[StoredEvent]) -> None:
    once = merge_events(events)
    assert merge_events(once) == once
    assert merge_events([e for m in once for e in m.evidence]) == once


@settings(max_examples=150, deadline=None)
@given(event_lists)
def test_every_telling_is_kept_exactly_once(events: list[StoredEvent]) -> None:
    merged = merge_events(events)
    kept = [e for m in merged for e in m.evidence]
    assert sorted(map(repr, kept)) == sorted(map(repr, set(events)))


@settings(max_examples=150, deadline=None)
@given(event_lists)
def test_duplicates_do_not_change_counts(events: list[StoredEvent]) -> None:
    merged = merge_events(events)
    ingested_twice = merge_events(events + events)
    assert ingested_twice == merged
    # The same events told again by another article: more evidence, the same counts.
    retold = [StoredEvent(event=Event(**{**_fields(e.event), "article": "copy-" + e.event.article}),
                          published=e.published, title=e.title) for e in events]
    with_copies = merge_events(events + retold)
    assert len(with_copies) == len(merged)
    assert total_count(with_copies) == total_count(merged)


def _fields(event: Event) -> dict[str, object]:
    return {name: getattr(event, name) for name in Event.__dataclass_fields__}
