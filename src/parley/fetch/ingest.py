"""Articles already in hand (fetched pages) through the same pipeline and store as files.

`parley ingest` reads paths (`pipeline.ingest_paths`); a fetch has `Article` records instead,
and this is their entry point: an article stored with the same text is not parsed again,
every other one is extracted by `Pipeline.extract` and saved with its events in one
transaction (`Store.save_article`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from parley.errors import ParleyError
from parley.pipeline import Pipeline
from parley.store import SaveOutcome, Store, same_article
from parley.types import Article


@dataclass(frozen=True, slots=True)
class SavedArticle:
    """An article as the store took it, with the number of events stored for it."""

    article: Article
    outcome: SaveOutcome
    events: int
    #: Why the article could not be extracted or stored (then nothing was stored).
    failure: str | None = None


def ingest_articles(articles: Iterable[Article], pipeline: Callable[[], Pipeline],
                    store: Store) -> Iterator[SavedArticle]:
    """Extract and store each article, yielding what was done as soon as it is done.

    `pipeline` is called once, for the first article that needs parsing: loading spaCy is
    the slow part of a fetch that finds nothing new.
    """
    unchanged: list[Article] = []
    fresh = _not_stored(articles, store, unchanged)
    first = next(fresh, None)
    yield from _drain(unchanged)
    if first is None:
        return
    for result in pipeline().extract(chain([first], fresh)):
        yield from _drain(unchanged)
        if result.failure is not None:
            yield SavedArticle(result.article, "unchanged", 0, result.failure)
            continue
        try:
            outcome = store.save_article(result.article, result.events)
        except ParleyError as error:  # this page fails; the others are stored
            yield SavedArticle(result.article, "unchanged", 0, f"cannot be stored: {error}")
            continue
        yield SavedArticle(result.article, outcome,
                           0 if outcome == "unchanged" else len(result.events))
    yield from _drain(unchanged)


def _not_stored(articles: Iterable[Article], store: Store,
                unchanged: list[Article]) -> Iterator[Article]:
    """The articles not stored with the same text; the others go to `unchanged`."""
    for article in articles:
        existing = store.article(article.id)
        if existing is not None and same_article(existing, article):
            unchanged.append(article)
        else:
            yield article


def _drain(unchanged: list[Article]) -> Iterator[SavedArticle]:
    while unchanged:
        yield SavedArticle(unchanged.pop(0), "unchanged", 0)
