"""Whole fetch runs into a store: feeds stored whole, second runs fetch nothing, changed
feeds fetch only what is new, faults fail alone, duplicates are stored once."""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from local_server import FIXTURES, LocalServer

from parley.config import Settings
from parley.fetch import FetchReport, SourceSpec, fetch
from parley.fetch.run import DOWNLOADS_AHEAD
from parley.pipeline import ArticleEvents, Pipeline
from parley.store import Store
from parley.types import Article

FEED_PAGES = ("us-china-call", "japan-china-hotline", "korea-liaison")


@pytest.fixture()
def store(fast_settings: Settings) -> Iterator[Store]:
    with Store(fast_settings.database_url) as opened:
        yield opened


def serve_pages(server: LocalServer) -> None:
    for page in (FIXTURES / "pages").glob("*.html"):
        server.fixture(f"/pages/{page.name}", f"pages/{page.name}")


def run(settings: Settings, store: Store, pipeline: Pipeline, *sources: str,
        **options: object) -> FetchReport:
    return fetch([SourceSpec(source) for source in sources], settings, store,
                 pipeline=pipeline, **options)  # type: ignore[arg-type]


def test_a_feed_is_stored_whole_and_a_second_run_fetches_nothing(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    serve_pages(server)
    server.fixture("/feed.xml", "feed.xml", "application/rss+xml", etag='"feed-v1"')
    first = run(fast_settings, store, pipeline, server.url("/feed.xml"))
    assert (first.links, first.pages_fetched, first.stored, first.failures) == (3, 3, 3, [])
    assert first.events > 0
    stored = {store.article(a) for a in store.article_ids()}
    assert {a.url for a in stored if a} == {server.url(f"/pages/{p}.html") for p in FEED_PAGES}
    call = next(a for a in stored if a and a.url and "us-china-call" in a.url)
    assert call.title == "US and Chinese defence chiefs speak by video"
    assert call.published == date(2024, 4, 17) and call.source == "Harbour Ledger"
    assert "video call on Tuesday" in call.text
    assert store.count_events(pair=("USA", "CHN")) > 0

    second = run(fast_settings, store, pipeline, server.url("/feed.xml"))
    assert (second.pages_fetched, second.stored, second.not_modified) == (0, 0, 1)
    assert server.hits("/feed.xml") == 2
    for page in FEED_PAGES:
        assert server.hits(f"/pages/{page}.html") == 1
    feed_entry = store.fetch_log.entry(server.url("/feed.xml"))
    assert feed_entry is not None and feed_entry.status == "not-modified"
    assert feed_entry.http_status == 304 and feed_entry.etag == '"feed-v1"'
    page_entry = store.fetch_log.entry(server.url("/pages/us-china-call.html"))
    assert page_entry is not None and page_entry.status == "stored"
    assert page_entry.article == call.id and page_entry.content_hash


def test_a_feed_without_validators_still_fetches_no_known_page(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    serve_pages(server)
    server.fixture("/feed.xml", "feed.xml", "application/rss+xml")  # no ETag: always 200
    run(fast_settings, store, pipeline, server.url("/feed.xml"))
    second = run(fast_settings, store, pipeline, server.url("/feed.xml"))
    assert (second.pages_fetched, second.known, second.not_modified) == (0, 3, 0)


def test_a_changed_feed_fetches_only_its_new_story(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    serve_pages(server)
    server.fixture("/feed.xml", "feed.xml", "application/rss+xml", etag='"v1"')
    run(fast_settings, store, pipeline, server.url("/feed.xml"))
    server.fixture("/feed.xml", "feed-changed.xml", "application/rss+xml", etag='"v2"')
    second = run(fast_settings, store, pipeline, server.url("/feed.xml"))
    assert (second.links, second.known, second.pages_fetched, second.stored) == (4, 3, 1, 1)
    assert server.hits("/pages/us-china-maritime.html") == 1
    assert store.count_articles() == 4


def test_faults_fail_alone_and_the_rest_is_stored(
        server: LocalServer, fast_settings: Settings, store: Store, pipeline: Pipeline,
        tmp_path: Path) -> None:
    serve_pages(server)
    server.static("/broken.html", "no", status=500)
    server.redirect("/loop-a", "/loop-b")
    server.redirect("/loop-b", "/loop-a")
    server.static("/private/page.html", "secret")
    server.static("/report.pdf", b"%PDF-1.4", "application/pdf")
    good = [server.url(f"/pages/{p}.html") for p in FEED_PAGES]
    bad = [server.url(p) for p in ("/broken.html", "/loop-a", "/private/page.html",
                                   "/missing.html", "/report.pdf")]
    listing = tmp_path / "urls.txt"
    listing.write_text("# a list of links\n" + "\n".join([*bad[:2], *good, *bad[2:]])
                       + "\nftp://127.0.0.1/file\n", encoding="utf-8")
    report = run(fast_settings, store, pipeline, str(listing))
    reasons = {f.origin: f.reason for f in report.failures}
    assert reasons == {
        server.url("/broken.html"): "HTTP 500 Internal Server Error after 3 tries",
        server.url("/loop-a"): f"redirect loop: {server.url('/loop-b')} -> "
                               f"{server.url('/loop-a')}",
        server.url("/private/page.html"): "disallowed by robots.txt",
        server.url("/missing.html"): "HTTP 404 Not Found",
        server.url("/report.pdf"): "not an HTML page (application/pdf)",
        f"{listing}:10": "not an http or https URL: ftp://127.0.0.1/file",
    }
    assert report.stored == 3 and store.count_articles() == 3
    entry = store.fetch_log.entry(server.url("/broken.html"))
    assert entry is not None and entry.status == "failed" and entry.error == \
        "HTTP 500 Internal Server Error after 3 tries"
    # A failed URL is tried again next run; the stored ones are not.
    again = run(fast_settings, store, pipeline, str(listing))
    assert again.known == 3 and len(again.failures) == 6


def test_a_page_with_a_wrong_charset_is_read_in_its_real_one(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    text = (FIXTURES / "pages" / "us-russia-deconfliction.html").read_text(encoding="utf-8")
    text = text.replace("The line connects", "The line, says Ségolène Dubois of the "
                        "Élysée, connects")
    server.static("/cp1252.html", text.encode("cp1252"), "text/html; charset=utf-8")
    report = run(fast_settings, store, pipeline, server.url("/cp1252.html"))
    assert report.stored == 1
    [warning] = [w for w in report.warnings if "charset" in w.message]
    assert warning.message == "declared charset utf-8 does not match the page; read as cp1252"
    [article_id] = store.article_ids()
    article = store.article(article_id)
    assert article is not None and "Ségolène Dubois of the Élysée" in article.text


def test_the_same_story_at_two_urls_is_stored_once(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    serve_pages(server)
    server.fixture("/mirror/call.html", "pages/us-china-call.html")
    report = run(fast_settings, store, pipeline, server.url("/pages/us-china-call.html"),
                 server.url("/mirror/call.html"))
    assert (report.stored, report.duplicates) == (1, 1)
    [kept] = store.article_ids()
    entries = store.fetch_log.entries([server.url("/pages/us-china-call.html"),
                                       server.url("/mirror/call.html")])
    assert sorted(e.status for e in entries.values()) == ["duplicate", "stored"]
    assert {e.article for e in entries.values()} == {kept}


def test_two_urls_of_one_canonical_page_are_one_article(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    text = (FIXTURES / "pages" / "korea-liaison.html").read_text(encoding="utf-8")
    canonical = text.replace("<head>", f'<head><link rel="canonical" '
                             f'href="{server.url("/story/liaison")}">')
    server.static("/story/liaison?from=feed", canonical)
    server.static("/amp/liaison", canonical)
    report = run(fast_settings, store, pipeline, server.url("/story/liaison?from=feed"),
                 server.url("/amp/liaison"))
    assert (report.stored, report.unchanged, report.duplicates) == (1, 1, 0)
    [only] = store.article_ids()
    article = store.article(only)
    assert article is not None and article.url == server.url("/story/liaison")


def test_a_run_cut_short_resumes_where_it_stopped(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    serve_pages(server)
    server.fixture("/feed.xml", "feed.xml", "application/rss+xml", etag='"v1"')
    first = run(fast_settings, store, pipeline, server.url("/feed.xml"), limit=1)
    assert (first.pages_fetched, first.stored, first.left) == (1, 1, 2)
    # The feed's validators wait until all its links are done, so it is read again.
    assert store.fetch_log.entry(server.url("/feed.xml")) is None
    second = run(fast_settings, store, pipeline, server.url("/feed.xml"))
    assert (second.not_modified, second.known, second.pages_fetched, second.stored) == \
        (0, 1, 2, 2)
    third = run(fast_settings, store, pipeline, server.url("/feed.xml"))
    assert (third.not_modified, third.pages_fetched) == (1, 0)


def test_since_skips_older_links(server: LocalServer, fast_settings: Settings, store: Store,
                                 pipeline: Pipeline) -> None:
    serve_pages(server)
    server.fixture("/feed.xml", "feed.xml", "application/rss+xml")
    report = run(fast_settings, store, pipeline, server.url("/feed.xml"),
                 since=date(2024, 1, 1))
    assert (report.older, report.pages_fetched, report.stored) == (2, 1, 1)
    assert server.hits("/pages/japan-china-hotline.html") == 0


def test_a_nested_sitemap_index_gives_every_page(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    serve_pages(server)
    xml = "application/xml"
    server.fixture("/sitemaps/index.xml", "sitemap-index.xml", xml)
    server.fixture("/sitemaps/nested-index.xml", "sitemap-nested-index.xml", xml)
    server.fixture("/sitemaps/pages.xml", "sitemap-pages.xml", xml)
    server.fixture("/sitemaps/news.xml", "sitemap-news.xml", xml)
    report = run(fast_settings, store, pipeline, server.url("/sitemaps/index.xml"))
    assert (report.links, report.stored, report.failures) == (4, 4, [])
    assert server.hits("/sitemaps/index.xml") == 1  # the nested index points back: no loop
    urls = {a.url for a in (store.article(i) for i in store.article_ids()) if a}
    assert server.url("/pages/us-china-maritime.html") in urls


def test_an_atom_feed_with_a_relative_link(server: LocalServer, fast_settings: Settings,
                                           store: Store, pipeline: Pipeline) -> None:
    serve_pages(server)
    server.fixture("/atom.xml", "atom.xml", "application/atom+xml")
    report = run(fast_settings, store, pipeline, server.url("/atom.xml"))
    assert report.stored == 2
    assert server.hits("/pages/us-russia-deconfliction.html") == 1


def test_a_single_article_url_is_fetched_once(server: LocalServer, fast_settings: Settings,
                                              store: Store, pipeline: Pipeline) -> None:
    serve_pages(server)
    url = server.url("/pages/india-pakistan-dgmo.html")
    assert run(fast_settings, store, pipeline, url).stored == 1
    again = run(fast_settings, store, pipeline, url)
    assert (again.known, again.pages_fetched) == (1, 0)
    assert server.hits("/pages/india-pakistan-dgmo.html") == 1


def test_a_page_set_on_the_pages_own_date_is_checked_against_since(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    serve_pages(server)
    settings = replace(fast_settings)
    report = run(settings, store, pipeline, server.url("/pages/korea-liaison.html"),
                 since=date(2024, 1, 1))
    assert (report.pages_fetched, report.older, report.stored) == (1, 1, 0)


class OneByOne:
    """A pipeline that hands each article to the real one alone (so each is stored before
    the next is read) and calls `before` with every article it is given."""

    def __init__(self, real: Pipeline, before: Callable[[Article], None]) -> None:
        self.real = real
        self.before = before

    def extract(self, articles: Iterable[Article]) -> Iterator[ArticleEvents]:
        for article in articles:
            self.before(article)
            yield from self.real.extract([article])


def _feed_of(server: LocalServer, count: int) -> str:
    text = (FIXTURES / "pages" / "korea-liaison.html").read_text(encoding="utf-8")
    items = []
    for i in range(count):
        server.static(f"/many/{i}.html", text.replace("for a fourth day", f"on day {i}"))
        items.append(f"<item><title>Item {i}</title><link>{server.url(f'/many/{i}.html')}"
                     "</link></item>")
    server.static("/many.xml", f'<rss version="2.0"><channel><title>Many</title>'
                  f'{"".join(items)}</channel></rss>', "application/rss+xml", etag='"m1"')
    return server.url("/many.xml")


def test_an_interrupted_run_keeps_what_it_stored_and_the_next_resumes(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    feed = _feed_of(server, 4)
    seen: list[str] = []

    def interrupt_at_the_third(article: Article) -> None:
        seen.append(article.id)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fetch([SourceSpec(feed)], fast_settings, store,
              pipeline=OneByOne(pipeline, interrupt_at_the_third))  # type: ignore[arg-type]
    assert store.count_articles() == 2
    assert store.fetch_log.entry(feed) is None  # not finished: read again next run
    resumed = run(fast_settings, store, pipeline, feed)
    assert (resumed.known, resumed.stored, resumed.failures) == (2, 2, [])
    assert store.count_articles() == 4


def test_downloads_wait_for_the_parser_beyond_a_window(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    """With 2 download threads, at most 8 pages are fetched ahead of the parser: while the
    first article waits, the server sees no more than those (and robots.txt, the feed)."""
    feed = _feed_of(server, 30)
    settings = replace(fast_settings, fetch_concurrency=2)
    requested: list[int] = []

    def pause_on_the_first(article: Article) -> None:
        if not requested:
            time.sleep(0.4)  # time enough for all 30 pages, were nothing holding them
            requested.append(sum(p.startswith("/many/") for p in server.paths()))

    report = fetch([SourceSpec(feed)], settings, store,
                   pipeline=OneByOne(pipeline, pause_on_the_first))  # type: ignore[arg-type]
    assert requested == [2 * DOWNLOADS_AHEAD]
    assert report.stored == 30


def test_a_gzipped_child_sitemap_is_read(server: LocalServer, fast_settings: Settings,
                                         store: Store, pipeline: Pipeline) -> None:
    serve_pages(server)
    pages = (FIXTURES / "sitemap-pages.xml").read_text(encoding="utf-8")
    server.static("/sitemaps/pages.xml.gz",
                  gzip.compress(pages.replace("{base}", server.base).encode()),
                  "application/gzip")
    server.static("/sitemaps/index.xml", '<sitemapindex xmlns="http://www.sitemaps.org/'
                  f'schemas/sitemap/0.9"><sitemap><loc>{server.url("/sitemaps/pages.xml.gz")}'
                  "</loc></sitemap></sitemapindex>", "application/xml")
    report = run(fast_settings, store, pipeline, server.url("/sitemaps/index.xml"))
    assert (report.links, report.stored) == (2, 2)


def test_a_page_named_and_listed_by_a_feed_is_fetched_once(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    serve_pages(server)
    server.fixture("/feed.xml", "feed.xml", "application/rss+xml")
    report = run(fast_settings, store, pipeline, server.url("/pages/korea-liaison.html"),
                 server.url("/feed.xml"))
    assert (report.links, report.pages_fetched, report.stored) == (3, 3, 3)
    assert server.hits("/pages/korea-liaison.html") == 1
