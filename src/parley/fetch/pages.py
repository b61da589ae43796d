"""A fetched article page to an `Article`: charset, trafilatura's text and metadata, an id.

The article's id comes from its canonical URL (the page's <link rel="canonical"> or og:url,
else the URL it was served from after redirects), so the same story reached through two
URLs is one article; its publication date is the page's own, else what the feed, sitemap
or GDELT said; its outlet is the site's name, else the source's, else the host.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from parley.fetch.charset import decode_page
from parley.fetch.client import Response
from parley.fetch.links import Link, absolute
from parley.ingest import parse_published
from parley.ingest.formats import build_article
from parley.ingest.html import extract_page
from parley.ingest.normalize import RejectedInput
from parley.types import Article, InputWarning

#: Content types read as pages; a missing type is sniffed as HTML.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml",
              "text/xml")
#: Hex digits of the canonical URL's sha256 in an article id.
URL_ID_LENGTH = 16


@dataclass(frozen=True, slots=True)
class PageArticle:
    """A page read: its article (or why it has none), its canonical URL and warnings."""

    article: Article | None
    canonical_url: str | None = None
    failure: str | None = None
    warnings: tuple[InputWarning, ...] = ()


def url_article_id(canonical_url: str) -> str:
    """The id of the article behind a URL: "u" and a prefix of the URL's sha256."""
    digest = hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()
    return f"u{digest[:URL_ID_LENGTH]}"


def page_article(response: Response, link: Link) -> PageArticle:
    """The article of a fetched page (see the module's docstring)."""
    kind = (response.content_type or "").split(";")[0].strip().lower()
    if kind and kind not in PAGE_TYPES:
        return PageArticle(None, failure=f"not an HTML page ({kind})")
    decoded = decode_page(response.body, response.content_type)
    warnings = [InputWarning(response.url, decoded.warning)] if decoded.warning else []
    try:
        page = extract_page(decoded.text)
    except Exception as error:  # trafilatura's own failures: this page, not the batch
        return PageArticle(None, failure=f"HTML could not be read: {error}")
    if page is None:
        return PageArticle(None, failure="page has no article text")
    canonical = (absolute(response.final_url, page.url) if page.url else None) \
        or response.final_url
    try:
        records = build_article(
            response.url, page.text, article_id=url_article_id(canonical),
            title=page.title or link.title, url=canonical,
            source=page.site or link.outlet or urlsplit(canonical).hostname,
            published=_valid_date(page.date), default_published=link.published)
    except RejectedInput as problem:
        return PageArticle(None, canonical, failure=str(problem))
    articles = [r for r in records if isinstance(r, Article)]
    warnings.extend(r for r in records if isinstance(r, InputWarning))
    return PageArticle(articles[0], canonical, warnings=tuple(warnings))


def _valid_date(value: str | None) -> str | None:
    """The page's date when it parses, so a bad one falls back to the source's date."""
    try:
        return value if parse_published(value) is not None else None
    except RejectedInput:
        return None
