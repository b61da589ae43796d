"""What runs on a Dask worker: extract a batch of articles, and store it when workers write.

A worker process builds its `Pipeline` (the spaCy model, lexicon and gazetteer) on its first
batch and keeps it for every later one, and likewise opens the store once. Results travel
back small: the events of each article, not the articles the driver already holds.
"""

from __future__ import annotations

import resource
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
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


def extraction_settings(settings: Settings) -> Settings:
    """The settings a pipeline is built from: all but the store's URL, which extraction never
    reads, so that a worker keeps its warm pipeline from one ingest to the next store."""
    return replace(settings, database_url="")


def pipeline_for(settings: Settings) -> Pipeline:
    """This process's pipeline for `settings`, built once (the model loads once per worker)."""
    global _pipeline
    wanted = extraction_settings(settings)
    if _pipeline is None or _pipeline[0] != wanted:
        _pipeline = (wanted, Pipeline(wanted))
    return _pipeline[1]


def _store_for(url: str) -> Store:
    global _store
    if _store is None or _store[0] != url:
        if _store is not None:
            _store[1].close()
        _store = (url, Store(url))
    return _store[1]


#: An article of our own that passes every gate, extracted once by a new pipeline: the
#: first extraction in a process costs about a second more than later ones (spaCy's and the
#: coder's first calls), which would otherwise fall on the first batch.
WARM_UP_ARTICLE = Article(
    id="parley-warm-up", published=date(2024, 1, 1),
    text="The defence ministers of Japan and China held a call over their new hotline on "
         "Monday, officials in Tokyo said. They agreed to meet again next month.")


def warm_up(settings: Settings) -> float:
    """Build this worker's pipeline now (run on every worker before the first batch), so a
    missing model fails at once and no batch pays for loading it; a new pipeline extracts
    `WARM_UP_ARTICLE` once. Returns peak RSS."""
    built = _pipeline
    pipeline = pipeline_for(settings)
    if _pipeline is not built:
        list(pipeline.extract([WARM_UP_ARTICLE]))
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
