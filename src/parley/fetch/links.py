"""Links to article pages, as a feed, a sitemap, a URL list or a GDELT file gives them.

Each reader takes a document's bytes (already fetched or read) and returns `Link`s, resolved
against the document's URL; none of them touches the network (feedparser is handed bytes,
never a URL). A sitemap index gives the URLs of its child sitemaps instead.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser

from parley.ingest import parse_published
from parley.ingest.normalize import RejectedInput


@dataclass(frozen=True, slots=True)
class Link:
    """An article page to fetch, with what its source said of it."""

    url: str
    published: date | None = None
    title: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Sitemap:
    links: list[Link] = field(default_factory=list)
    #: The child sitemaps of a sitemap index.
    children: list[str] = field(default_factory=list)


_SITEMAP_ROOT = re.compile(rb"<(?:[\w.-]+:)?(urlset|sitemapindex)[\s>]")


def is_web_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def absolute(base: str, link: str) -> str | None:
    """The link resolved against its document, without a fragment; None unless http(s)."""
    resolved = urldefrag(urljoin(base, link.strip()))[0]
    return resolved if is_web_url(resolved) else None


def looks_like_sitemap(body: bytes) -> bool:
    return _SITEMAP_ROOT.search(body[:4096]) is not None


def _date(text: str | None) -> date | None:
    try:
        return parse_published(text)
    except RejectedInput:
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: ElementTree.Element, *path: str) -> str | None:
    """The text of the first descendant along local tag names `path` (namespaces ignored)."""
    current: ElementTree.Element | None = element
    for name in path:
        if current is None:
            return None
        current = next((c for c in current if _local(c.tag) == name), None)
    if current is None or current.text is None:
        return None
    return current.text.strip() or None


def read_sitemap(body: bytes, base: str) -> Sitemap:
    """The pages of a sitemap (with a news sitemap's date and title), or the children of a
    sitemap index; raises `ValueError` for XML that cannot be read."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as error:
        raise ValueError(f"sitemap is not well-formed XML ({error})") from None
    sitemap = Sitemap()
    kind = _local(root.tag)
    for entry in root:
        location = _child_text(entry, "loc")
        url = absolute(base, location) if location else None
        if url is None:
            continue
        if kind == "sitemapindex":
            sitemap.children.append(url)
            continue
        published = _date(_child_text(entry, "news", "publication_date")) or _date(
            _child_text(entry, "lastmod"))
        sitemap.links.append(Link(
            url, published, _child_text(entry, "news", "title"),
            _child_text(entry, "news", "publication", "name")))
    return sitemap


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def read_feed(body: bytes, base: str) -> list[Link] | None:
    """The entries of an RSS or Atom feed, or None when the document is no feed."""
    parsed: Any = feedparser.parse(body, response_headers={"content-location": base})
    if not parsed.get("version"):
        return None
    outlet = parsed.feed.get("title") or None
    links: list[Link] = []
    for entry in parsed.entries:
        url = absolute(base, entry.get("link") or "")
        if url is not None:
            links.append(Link(url, _entry_date(entry), entry.get("title") or None, outlet))
    return links


def read_url_list(text: str, origin: str) -> tuple[list[Link], list[tuple[str, str]]]:
    """The URLs of a list, one a line (blank lines and # comments skipped), and a
    (line origin, reason) for each line that is not an http(s) URL."""
    links: list[Link] = []
    bad: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        item = line.strip()
        if not item or item.startswith("#"):
            continue
        if is_web_url(item):
            links.append(Link(urldefrag(item)[0]))
        else:
            bad.append((f"{origin}:{number}", f"not an http or https URL: {item[:80]}"))
    return links, bad
