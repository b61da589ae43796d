"""Store tests: articles and events come back as saved; saves are idempotent and atomic."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

import parley.store.saving as store_module
from parley.store import Store, content_hash
from parley.store.models import ArticleRow, EvidenceRow
from parley.types import (
    Article,
    ChannelStatus,
    CountQualifier,
    Event,
    EventType,
    Evidence,
    StoredEvent,
)

ARTICLE = Article(
    id="reuters-2022-08-05-pelosi",
    text="China suspended the defence policy talks. The PLA made more than 20 intercepts.",
    title="China halts military talks with the US",
    url="https://example.org/news/2022/08/05/china-halts",
    source="Reuters",
    published=date(2022, 8, 5),
    origin="feeds/reuters.jsonl:17",
)

SUSPEND = Event(
    article=ARTICLE.id,
    type=EventType.SUSPEND,
    source="CHN",
    target="USA",
    channel="defense-policy-coordination-talks",
    status=ChannelStatus.SUSPENDED,
    date="2022-08-05",
    date_end=None,
    negated=False,
    hypothetical=False,
    count=None,
    count_qualifier=None,
    persons=("Wei Fenghe", "Lloyd Austin"),
    evidence=Evidence(sentence="China suspended the defence policy talks.", start=0, end=41),
)

ENCOUNTER = Event(
    article=ARTICLE.id,
    type=EventType.ENCOUNTER,
    source="CHN",
    target="TWN",
    channel=None,
    status=None,
    date="2022-08",
    date_end="2022-09",
    negated=True,
    hypothetical=True,
    count=20,
    count_qualifier=CountQualifier.MORE_THAN,
    persons=(),
    evidence=Evidence(sentence="The PLA made more than 20 intercepts.", start=42, end=80),
)


def evidence_rows(store: Store) -> int:
    """How many evidence rows the database holds (the public API does not count them)."""
    with store._sessions() as session:
        return session.scalar(select(func.count()).select_from(EvidenceRow)) or 0


def test_article_and_events_round_trip(store: Store) -> None:
    assert store.save_article(ARTICLE, [SUSPEND, ENCOUNTER]) == "new"

    assert store.article(ARTICLE.id) == ARTICLE
    found = store.events(article=ARTICLE.id)
    assert all(isinstance(item, StoredEvent) for item in found)
    # "2022-08" sorts before "2022-08-05".
    assert [item.event for item in found] == [ENCOUNTER, SUSPEND]
    assert [item.event.to_contract() for item in found] == [
        ENCOUNTER.to_contract(),
        SUSPEND.to_contract(),
    ]
    for item in found:
        assert (item.published, item.title, item.url) == (
            ARTICLE.published,
            ARTICLE.title,
            ARTICLE.url,
        )
        assert isinstance(item.event.persons, tuple)
        assert isinstance(item.event.type, EventType)
    assert store.count_articles() == 1
    assert store.count_events() == 2
    assert store.article_ids() == [ARTICLE.id]


def test_minimal_article_round_trips_with_nones(store: Store) -> None:
    bare = Article(id="bare", text="")
    assert store.save_article(bare, []) == "new"
    assert store.article("bare") == bare
    assert store.events(article="bare") == []
    assert store.article("missing") is None


def test_content_hash_is_sha256_of_the_text(store: Store) -> None:
    store.save_article(ARTICLE, [])
    with store._sessions() as session:
        row = session.get(ArticleRow, ARTICLE.id)
        assert row is not None
        assert row.content_hash == content_hash(ARTICLE.text)
        assert len(row.content_hash) == 64


def test_events_are_stored_under_the_article_id(store: Store) -> None:
    store.save_article(ARTICLE, [replace(SUSPEND, article="something-else")])
    [found] = store.events()
    assert found.event.article == ARTICLE.id


def test_saving_the_same_article_again_is_unchanged(store: Store) -> None:
    assert store.save_article(ARTICLE, [SUSPEND, ENCOUNTER]) == "new"
    assert store.save_article(ARTICLE, [SUSPEND, ENCOUNTER]) == "unchanged"
    # Same text and metadata: nothing is written, not even different events.
    assert store.save_article(replace(ARTICLE, origin="elsewhere.json"), [SUSPEND]) \
        == "unchanged"
    assert store.count_articles() == 1
    assert store.count_events() == 2
    assert evidence_rows(store) == 2
    assert store.article(ARTICLE.id) == ARTICLE


@pytest.mark.parametrize("correction", [
    {"title": "Corrected title"}, {"url": "https://news.example/corrected"},
    {"source": "Other Wire"}, {"published": date(2023, 5, 2)}, {"published": None}])
def test_corrected_metadata_with_the_same_text_is_updated(
        store: Store, correction: dict[str, object]) -> None:
    """Issue 14: re-ingesting an article whose title or date was corrected updated nothing."""
    store.save_article(ARTICLE, [SUSPEND, ENCOUNTER])
    corrected = replace(ARTICLE, **correction)  # type: ignore[arg-type]
    assert store.save_article(corrected, [SUSPEND]) == "updated"
    assert store.article(ARTICLE.id) == corrected
    assert store.count_events() == 1
    assert store.save_article(corrected, [SUSPEND]) == "unchanged"


def test_update_replaces_article_and_events(store: Store) -> None:
    store.save_article(ARTICLE, [SUSPEND, ENCOUNTER])
    changed = replace(ARTICLE, text=ARTICLE.text + " Updated.", title="New title")
    resumed = replace(SUSPEND, type=EventType.RESUME, status=ChannelStatus.ACTIVE)

    assert store.save_article(changed, [resumed]) == "updated"

    assert store.article(ARTICLE.id) == changed
    assert [item.event for item in store.events()] == [resumed]
    assert store.events()[0].title == "New title"
    assert store.count_articles() == 1
    assert store.count_events() == 1
    assert evidence_rows(store) == 1


def test_delete_article_removes_its_events(store: Store) -> None:
    other = replace(ARTICLE, id="other", text="Other text.")
    store.save_article(ARTICLE, [SUSPEND, ENCOUNTER])
    store.save_article(other, [replace(SUSPEND, article="other")])

    assert store.delete_article(ARTICLE.id) is True
    assert store.delete_article(ARTICLE.id) is False
    assert store.article(ARTICLE.id) is None
    assert store.article_ids() == ["other"]
    assert store.count_events() == 1
    assert evidence_rows(store) == 1
    assert store.save_article(ARTICLE, [SUSPEND]) == "new"


def _fail_on_second_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make building the second evidence row raise, after the article and events are flushed."""
    real = store_module._evidence_row
    calls = {"n": 0}

    def flaky(event_id: int, evidence: Evidence) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("interrupted while saving evidence")
        return real(event_id, evidence)

    monkeypatch.setattr(store_module, "_evidence_row", flaky)


def test_interrupted_save_leaves_no_half_article(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = replace(ARTICLE, id="earlier", text="Earlier text.")
    store.save_article(earlier, [replace(ENCOUNTER, article="earlier")])

    _fail_on_second_evidence(monkeypatch)
    with pytest.raises(RuntimeError, match="interrupted"):
        store.save_article(ARTICLE, [SUSPEND, ENCOUNTER])

    assert store.article(ARTICLE.id) is None
    assert store.events(article=ARTICLE.id) == []
    assert store.article_ids() == ["earlier"]
    assert store.count_events() == 1
    assert evidence_rows(store) == 1
    monkeypatch.undo()
    assert store.save_article(ARTICLE, [SUSPEND, ENCOUNTER]) == "new"


def test_interrupted_update_keeps_the_previous_version(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_article(ARTICLE, [SUSPEND])
    changed = replace(ARTICLE, text="Changed text.")

    _fail_on_second_evidence(monkeypatch)
    with pytest.raises(RuntimeError, match="interrupted"):
        store.save_article(changed, [SUSPEND, ENCOUNTER])

    assert store.article(ARTICLE.id) == ARTICLE
    assert [item.event for item in store.events()] == [SUSPEND]
    assert evidence_rows(store) == 1


def test_store_is_a_context_manager(store_url: str) -> None:
    with Store(store_url) as first:
        first.save_article(ARTICLE, [SUSPEND])
        assert repr(first).startswith("Store(")
    with Store(store_url) as second:
        assert second.article(ARTICLE.id) == ARTICLE
        assert second.count_events() == 1


def test_articles_reads_the_stored_ones_among_many_ids(store: Store) -> None:
    """One call for a batch of ids, more ids than one IN list binds: the stored ones, whole."""
    saved = [replace(ARTICLE, id=f"a{i:04}", text=f"Text {i}.") for i in range(0, 1200, 2)]
    store.save_articles([(article, []) for article in saved])
    asked = [f"a{i:04}" for i in range(1200)] + ["a0000"]
    found = store.articles(asked)
    assert sorted(found) == [a.id for a in saved]
    assert found["a0598"] == saved[299]
    assert store.articles([]) == {}
