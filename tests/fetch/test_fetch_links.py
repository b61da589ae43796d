"""Links out of feeds, sitemaps and URL lists, read from bytes without any network."""

from __future__ import annotations

from datetime import date

from local_server import FIXTURES

from parley.fetch.links import looks_like_sitemap, read_feed, read_sitemap, read_url_list

BASE = "http://127.0.0.1:1"


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", BASE).encode()


def test_an_rss_feed_gives_its_entries_with_dates_titles_and_outlet() -> None:
    links = read_feed(_fixture("feed.xml"), f"{BASE}/feed.xml")
    assert links is not None
    assert [(link.url, link.published) for link in links] == [
        (f"{BASE}/pages/us-china-call.html", date(2024, 4, 17)),
        (f"{BASE}/pages/japan-china-hotline.html", date(2023, 4, 1)),
        (f"{BASE}/pages/korea-liaison.html", date(2023, 4, 10)),
    ]
    assert links[0].title == "US and Chinese defence chiefs speak by video"
    assert links[0].outlet == "Harbour Ledger: defence"


def test_an_html_page_is_no_feed() -> None:
    page = (FIXTURES / "pages" / "korea-liaison.html").read_bytes()
    assert read_feed(page, f"{BASE}/a.html") is None
    assert not looks_like_sitemap(page)


def test_a_news_sitemap_gives_publication_dates_and_titles() -> None:
    body = _fixture("sitemap-news.xml")
    assert looks_like_sitemap(body)
    sitemap = read_sitemap(body, f"{BASE}/sitemaps/news.xml")
    assert sitemap.children == []
    first = sitemap.links[0]
    assert (first.published, first.title, first.outlet) == (
        date(2024, 4, 5), "US and Chinese navies meet on maritime safety", "Harbour Ledger")


def test_a_sitemap_index_gives_its_children() -> None:
    sitemap = read_sitemap(_fixture("sitemap-index.xml"), f"{BASE}/sitemaps/index.xml")
    assert sitemap.links == []
    assert sitemap.children == [f"{BASE}/sitemaps/pages.xml",
                                f"{BASE}/sitemaps/nested-index.xml"]


def test_a_url_list_skips_comments_and_names_bad_lines() -> None:
    links, bad = read_url_list("# mine\n\nhttp://a.example/x#top\nwww.b.example/y\n"
                               "https://c.example/z\n", "urls.txt")
    assert [link.url for link in links] == ["http://a.example/x", "https://c.example/z"]
    assert bad == [("urls.txt:4", "not an http or https URL: www.b.example/y")]
