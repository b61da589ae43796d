"""GDELT 2.0 event exports and mention files: the article URLs behind a pair's coded events.

Both are tab-separated without a header, zipped as GDELT publishes them (or plain). An export
row has 61 columns (GDELT 2.0 event codebook), a mentions row 16; the kind is told by the
count. `--cameo 04,12,16` keeps the events whose EventCode starts with one of the prefixes,
`--pair A B` those between the two states in either order (Actor1CountryCode and
Actor2CountryCode are CAMEO country codes, equal to ISO 3166 alpha-3 for states). A mentions
file is filtered through the events kept from the exports read in the same run.
Rows are read as a stream, so an export is never held whole.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import BinaryIO, TextIO

from parley.fetch.links import Link, is_web_url

EXPORT_COLUMNS = 61
MENTIONS_COLUMNS = 16

# Export columns (0-based), GDELT 2.0 event codebook.
GLOBAL_EVENT_ID = 0
ACTOR1_COUNTRY = 7
ACTOR2_COUNTRY = 17
EVENT_CODE = 26
DATE_ADDED = 59
SOURCE_URL = 60
# Mentions columns.
MENTION_EVENT_ID = 0
MENTION_TIME = 2
MENTION_TYPE = 3
MENTION_SOURCE_NAME = 4
MENTION_IDENTIFIER = 5
#: MentionType 1 is a web page (others are broadcasts, archives, documents by id).
WEB_MENTION = "1"

ZIP_MAGIC = b"PK\x03\x04"


class GdeltError(ValueError):
    """A file that is not a GDELT 2.0 export or mentions file."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to keep: CAMEO code prefixes (empty: all) and a pair (None: any)."""

    cameo: tuple[str, ...] = ()
    pair: tuple[str, str] | None = None

    @property
    def filters(self) -> bool:
        return bool(self.cameo) or self.pair is not None

    def keeps(self, row: list[str]) -> bool:
        if self.cameo and not row[EVENT_CODE].startswith(self.cameo):
            return False
        if self.pair is not None:
            return {row[ACTOR1_COUNTRY], row[ACTOR2_COUNTRY]} == set(self.pair) and \
                row[ACTOR1_COUNTRY] != row[ACTOR2_COUNTRY]
        return True


def looks_like_gdelt(body: bytes, name: str) -> bool:
    """A zip, or a name such as 20250301120000.export.CSV: worth reading as GDELT."""
    lowered = name.lower()
    return body.startswith(ZIP_MAGIC) or lowered.endswith((".csv", ".csv.zip", ".tsv"))


def _text_stream(raw: BinaryIO) -> Iterator[TextIO]:
    """The text of a zipped file's first member, or of a plain file; `raw` stays open."""
    head = raw.read(4)
    raw.seek(0)
    if head != ZIP_MAGIC:
        plain = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        try:
            yield plain
        finally:
            plain.detach()  # the caller closes `raw`
        return
    try:
        archive = zipfile.ZipFile(raw)
    except zipfile.BadZipFile as error:
        raise GdeltError(f"not a readable zip ({error})") from None
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if not members:
            raise GdeltError("the zip holds no file")
        with archive.open(members[0]) as member, io.TextIOWrapper(
                member, encoding="utf-8", errors="replace", newline="") as stream:
            yield stream


def gdelt_rows(raw: BinaryIO) -> Iterator[list[str]]:
    """The rows of a GDELT file (zipped or plain), each a list of columns."""
    for stream in _text_stream(raw):
        yield from csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)


def _day(stamp: str) -> date | None:
    """The date of a YYYYMMDDHHMMSS (or YYYYMMDD) stamp."""
    try:
        return date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class GdeltFile:
    kind: str  # "export" or "mentions"
    links: list[Link]
    #: The GLOBALEVENTIDs an export's kept rows carry (empty for mentions).
    event_ids: frozenset[str]


def read_gdelt(raw: BinaryIO, wanted: EventFilter,
               events: Collection[str] | None = None) -> GdeltFile:
    """The links of an export's kept events, or of a mentions file's web mentions of
    `events` (every web mention when `events` is None); raises `GdeltError`."""
    rows = gdelt_rows(raw)
    first = next(rows, None)
    if first is None:
        raise GdeltError("empty GDELT file")
    if len(first) == EXPORT_COLUMNS:
        return _read_export(first, rows, wanted)
    if len(first) == MENTIONS_COLUMNS:
        return _read_mentions(first, rows, events)
    raise GdeltError(f"{len(first)} columns: not a GDELT 2.0 export ({EXPORT_COLUMNS}) or "
                     f"mentions file ({MENTIONS_COLUMNS})")


def _read_export(first: list[str], rows: Iterator[list[str]], wanted: EventFilter) -> GdeltFile:
    links: list[Link] = []
    ids: set[str] = set()
    for columns in chain([first], rows):
        if len(columns) != EXPORT_COLUMNS or not wanted.keeps(columns):
            continue
        ids.add(columns[GLOBAL_EVENT_ID])
        url = columns[SOURCE_URL].strip()
        if is_web_url(url):
            links.append(Link(url, _day(columns[DATE_ADDED])))
    return GdeltFile("export", links, frozenset(ids))


def _read_mentions(first: list[str], rows: Iterator[list[str]],
                   events: Collection[str] | None) -> GdeltFile:
    links: list[Link] = []
    for columns in chain([first], rows):
        if len(columns) != MENTIONS_COLUMNS or columns[MENTION_TYPE] != WEB_MENTION:
            continue
        if events is not None and columns[MENTION_EVENT_ID] not in events:
            continue
        url = columns[MENTION_IDENTIFIER].strip()
        if is_web_url(url):
            links.append(Link(url, _day(columns[MENTION_TIME]),
                              outlet=columns[MENTION_SOURCE_NAME] or None))
    return GdeltFile("mentions", links, frozenset())
