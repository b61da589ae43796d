"""Sources to links: what `parley fetch SOURCE` reads behind each kind of source.

A source is a URL or a local path. A URL is fetched (conditionally, with the validators its
last fetch left in the log) and told by its content: a GDELT file (zip or .CSV name), a
sitemap or sitemap index (whose children are fetched too, nested up to `MAX_SITEMAP_DEPTH`),
an RSS or Atom feed, or else a single article page. A local path is a GDELT file, a feed or
sitemap saved to disk, or a list of URLs, one a line. Mentions files are read last, through
the events the exports of the same run kept.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from parley.fetch.client import FetchError, PoliteClient, Response, Validators, megabytes
from parley.fetch.gdelt import EventFilter, GdeltError, looks_like_gdelt, read_gdelt
from parley.fetch.links import Link, looks_like_sitemap, read_feed, read_sitemap, read_url_list
from parley.store.fetch_log import FetchLog
from parley.types import InputFailure

#: Sitemap indexes nest; deeper ones are not followed (and a cycle stops at once).
MAX_SITEMAP_DEPTH = 3

GZIP_MAGIC = b"\x1f\x8b"

#: Log statuses of a URL whose page needs no new fetch.
PAGE_DONE = frozenset({"stored", "unchanged", "duplicate"})
#: Log statuses of a source document whose validators may be sent back.
SOURCE_STATUSES = frozenset({"source", "not-modified"})


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One source to read, with the GDELT filter it applies and its configured name."""

    source: str
    events: EventFilter = EventFilter()
    name: str | None = None


@dataclass(slots=True)
class SourceReading:
    """What one source gave: its article links, or the one page it is, and its failures."""

    spec: SourceSpec
    kind: str = "unknown"
    links: list[Link] = field(default_factory=list)
    #: The source's own documents fetched by URL (feed, sitemaps, export), for the log.
    documents: list[Response] = field(default_factory=list)
    #: A single article URL: its response (already fetched), or None when it is known.
    page: Response | None = None
    failures: list[InputFailure] = field(default_factory=list)
    #: The GLOBALEVENTIDs of a GDELT export's kept events.
    event_ids: frozenset[str] = frozenset()
    #: A GDELT mentions file waiting for the exports: its bytes or its path.
    pending_mentions: bytes | Path | None = None


class SourceReader:
    """Reads sources through one polite client, using the fetch log's validators."""

    def __init__(self, client: PoliteClient, log: FetchLog) -> None:
        self.client = client
        self.log = log

    def read_all(self, specs: list[SourceSpec]) -> list[SourceReading]:
        readings = [self.read(spec) for spec in specs]
        kept: dict[EventFilter, set[str]] = {}
        for reading in readings:
            if reading.kind == "gdelt-export":
                kept.setdefault(reading.spec.events, set()).update(reading.event_ids)
        for reading in readings:
            if reading.pending_mentions is not None:
                try:
                    self._finish_mentions(reading, kept)
                except (GdeltError, OSError) as error:
                    reading.failures.append(InputFailure(reading.spec.source, _reason(error)))
        return readings

    # ------------------------------------------------------------------ one source
    def read(self, spec: SourceSpec) -> SourceReading:
        reading = SourceReading(spec)
        try:
            if urlsplit(spec.source).scheme in ("http", "https"):
                self._read_url(reading)
            else:
                self._read_path(reading)
        except (FetchError, GdeltError, ValueError, OSError) as error:
            reading.failures.append(InputFailure(spec.source, _reason(error)))
        return reading

    def _fetch(self, url: str) -> Response:
        entry = self.log.entry(url)
        validators = None
        if entry is not None and entry.status in SOURCE_STATUSES:
            validators = Validators(entry.etag, entry.last_modified)
        return self.client.get(url, validators)

    def _read_url(self, reading: SourceReading) -> None:
        url = reading.spec.source
        entry = self.log.entry(url)
        if entry is not None and entry.status in PAGE_DONE:
            reading.kind = "page"
            return
        response = self._fetch(url)
        reading.documents.append(response)
        if response.status == 304:
            reading.kind = "not-modified"
            return
        body = gunzipped(response.body, self.client.settings.fetch_max_bytes)
        if looks_like_gdelt(body, urlsplit(response.final_url).path):
            self._read_gdelt(reading, io.BytesIO(body), body)
        elif looks_like_sitemap(body):
            self._read_sitemap(reading, body, response.final_url, depth=0, seen={url})
        else:
            feed = read_feed(body, response.final_url)
            if feed is not None:
                reading.kind, reading.links = "feed", feed
            else:
                reading.kind, reading.page = "page", response

    def _read_path(self, reading: SourceReading) -> None:
        path = Path(reading.spec.source)
        if not path.is_file():
            raise ValueError("no such file" if not path.exists() else "not a file")
        with path.open("rb") as handle:
            head = handle.read(4)
            handle.seek(0)
            if looks_like_gdelt(head, path.name):
                self._read_gdelt(reading, handle, path)
                return
            body = handle.read(self.client.settings.fetch_max_bytes + 1)
        if len(body) > self.client.settings.fetch_max_bytes:
            raise ValueError(f"over the {megabytes(self.client.settings.fetch_max_bytes)} "
                             "limit")
        body = gunzipped(body, self.client.settings.fetch_max_bytes)
        base = path.resolve().as_uri()
        if looks_like_sitemap(body):
            self._read_sitemap(reading, body, base, depth=0, seen=set())
            return
        feed = read_feed(body, base) if body.lstrip().startswith(b"<") else None
        if feed is not None:
            reading.kind, reading.links = "feed", feed
            return
        reading.kind = "urls"
        links, bad = read_url_list(body.decode("utf-8", "replace"), str(path))
        reading.links = links
        reading.failures.extend(InputFailure(origin, reason) for origin, reason in bad)

    def _read_sitemap(self, reading: SourceReading, body: bytes, base: str, *, depth: int,
                      seen: set[str]) -> None:
        reading.kind = "sitemap"
        sitemap = read_sitemap(body, base)
        reading.links.extend(sitemap.links)
        for child in sitemap.children:
            if child in seen:
                continue
            seen.add(child)
            if depth + 1 > MAX_SITEMAP_DEPTH:
                reading.failures.append(InputFailure(
                    child, f"sitemap nested deeper than {MAX_SITEMAP_DEPTH} levels"))
                continue
            try:
                response = self._fetch(child)
                reading.documents.append(response)
                if response.status != 304:
                    body = gunzipped(response.body, self.client.settings.fetch_max_bytes)
                    self._read_sitemap(reading, body, response.final_url, depth=depth + 1,
                                       seen=seen)
            except (FetchError, ValueError) as error:
                reading.failures.append(InputFailure(child, _reason(error)))

    # ------------------------------------------------------------------ GDELT
    @staticmethod
    def _read_gdelt(reading: SourceReading, raw: BinaryIO, origin: bytes | Path) -> None:
        """An export's links now; a mentions file is only recognised (`events=()` keeps
        none of it) and read again once every export is in."""
        found = read_gdelt(raw, reading.spec.events, events=())
        if found.kind == "export":
            reading.kind, reading.links, reading.event_ids = (
                "gdelt-export", found.links, found.event_ids)
            return
        reading.kind = "gdelt-mentions"
        reading.pending_mentions = origin

    def _finish_mentions(self, reading: SourceReading, kept: dict[EventFilter, set[str]]
                         ) -> None:
        origin, reading.pending_mentions = reading.pending_mentions, None
        wanted = reading.spec.events
        if wanted.filters and wanted not in kept:
            reading.failures.append(InputFailure(
                reading.spec.source, "a GDELT mentions file is filtered through its events: "
                "give the export file with the same --cameo/--pair too"))
            return
        events = kept[wanted] if wanted.filters else None
        if isinstance(origin, Path):
            with origin.open("rb") as handle:
                reading.links = read_gdelt(handle, wanted, events).links
        elif origin is not None:
            reading.links = read_gdelt(io.BytesIO(origin), wanted, events).links


def gunzipped(body: bytes, limit: int) -> bytes:
    """A gzipped document (a `sitemap.xml.gz`) unpacked, at most `limit` bytes; others as is."""
    if not body.startswith(GZIP_MAGIC):
        return body
    unpacker = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        data = unpacker.decompress(body, limit + 1)
    except zlib.error as error:
        raise ValueError(f"gzip data cannot be read ({error})") from None
    if len(data) > limit:
        raise ValueError(f"unpacks to over the {megabytes(limit)} limit")
    return data


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error).splitlines()[0] if str(error) else type(error).__name__
