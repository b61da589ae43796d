"""What runs on a Dask worker: extract a batch of articles, and store it when workers write.

A worker process builds its `Pipeline` (the spaCy model, lexicon and gazetteer) on its first
batch and keeps it for every later one, and likewise opens the store once. Results travel
back small: the events of each article, not the articles the driver already holds.
"""

from __future__ import annotations

import resource
import sys
from collections.abc import Sequence
from typing import Literal

from parley.config import Settings
from parley.errors import StoreError
from parley.pipeline import Pipeline
from parley.store import SaveOutcome, Store
from parley.types import Article, Event

#: The worker process's pipeline and the settings it was built from.
_pipeline: tuple[Settings, Pipeline] | None = None

#: The worker process's open store and its URL (for workers that write).
_store: tuple[str, Store] | None = None


def pipeline_for(settings: Settings) -> Pipeline:
    """This process's pipeline for `settings`, built once (the model loads once per worker)."""
    global _pipeline
    if _pipeline is None or _pipeline[0] != settings:
        _pipeline = (settings, Pipeline(settings))
    return _pipeline[1]


def _store_for(url: str) -> Store:
    global _store
    if _store is None or _store[0] != url:
        if _store is not None:
            _store[1].close()
        _store = (url, Store(url))
    return _store[1]


def warm_up(settings: Settings) -> float:
    """Build this worker's pipeline now (run on every worker before the first batch), so a
    missing model fails at once and no timed batch pays for loading it; returns peak RSS."""
    pipeline_for(settings)
    return peak_rss_mb()


#: What a worker tells of one article it wrote: the outcome ("failed" when it could not be
#: extracted or stored), the events stored, the failure's one-line reason, and the warnings
#: of the caps (`Pipeline.bounded`) it met.
WrittenArticle = tuple[SaveOutcome | Literal["failed"], int, str | None, tuple[str, ...]]

#: What a worker tells of one article it extracted: its events, or the one-line reason it
#: could not be extracted; and the warnings of the caps it met.
ExtractedArticle = tuple[list[Event] | str, tuple[str, ...]]


def extract_batch(articles: Sequence[Article], settings: Settings) -> list[ExtractedArticle]:
    """The events of each article of the batch, in order (the driver stores them); for an
    article that could not be extracted, the one-line reason instead."""
    return [(result.events if result.failure is None else result.failure, result.warnings)
            for result in pipeline_for(settings).extract(articles)]


def extract_and_store_batch(
    articles: Sequence[Article], settings: Settings
) -> list[WrittenArticle]:
    """Extract the batch and save each article with its events in its own transaction on the
    shared store (PostgreSQL); the outcome and event count of each article, in order.

    Two workers saving one article id at the same moment both finish: the store's insert is
    `ON CONFLICT DO NOTHING`, so the later one finds the article stored ("unchanged")."""
    store = _store_for(settings.database_url)
    written: list[WrittenArticle] = []
    for result in pipeline_for(settings).extract(articles):
        if result.failure is not None:
            written.append(("failed", 0, result.failure, result.warnings))
            continue
        try:
            written.append((store.save_article(result.article, result.events),
                            len(result.events), None, result.warnings))
        except StoreError as error:
            written.append(("failed", 0, f"cannot be stored: {error}", result.warnings))
    return written


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
