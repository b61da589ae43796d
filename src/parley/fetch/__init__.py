"""Live news: feeds, sitemaps, URL lists, single pages and GDELT files, fetched politely.

`fetch(specs, settings, store)` reads each source, downloads the article pages it points to
(robots.txt, per-host rate and concurrency bounds, retries, size limit: `client`), extracts
their text (`pages`) and ingests them through the same pipeline as files, keeping a fetch
log in the store so that a second run fetches only what is new (`run`).
"""

from parley.fetch.client import FetchError, PoliteClient, Validators
from parley.fetch.gdelt import EventFilter
from parley.fetch.run import FetchReport, fetch
from parley.fetch.sources import SourceSpec

__all__ = ["EventFilter", "FetchError", "FetchReport", "PoliteClient", "SourceSpec",
           "Validators", "fetch"]
