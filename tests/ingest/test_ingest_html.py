"""Tests of HTML ingest: body text and metadata from small pages, through trafilatura."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest

from parley.ingest import NO_DATE_WARNING, content_id, read_inputs
from parley.ingest.html import extract_page
from parley.types import Article, InputFailure, InputWarning

PARAGRAPHS = [
    "The defence chiefs of the two neighbouring states spoke by video link on Monday, "
    "the first such call in more than a year.",
    "Officials said the hour-long conversation covered maritime safety and the "
    "reopening of a military hotline that fell silent last autumn.",
    "Both sides agreed to hold working-level talks before the end of the summer, "
    "according to a joint statement released in the evening.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Defence chiefs talk again | Harbour Post</title>
  <meta property="og:title" content="Defence chiefs talk again">
  <meta property="og:site_name" content="Harbour Post">
  <meta property="article:published_time" content="2023-06-26T10:00:00Z">
  <link rel="canonical" href="https://harbour-post.example/world/defence-chiefs-talk">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Defence chiefs talk again</h1>
    <p>{PARAGRAPHS[0]}</p>
    <p>{PARAGRAPHS[1]}</p>
    <p>{PARAGRAPHS[2]}</p>
  </article>
  <footer>Copyright Harbour Post. All rights reserved.</footer>
</body>
</html>
"""


def read_one(
    path: Path, published: date | None = None
) -> list[Article | InputFailure | InputWarning]:
    return list(read_inputs([str(path)], max_bytes=1024 * 1024, published=published))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """HTML ingest must never reach the network: any connection attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during HTML ingest")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_html_page_body_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_one(path)
    assert isinstance(article, Article)
    assert article.title == "Defence chiefs talk again"
    assert article.published == date(2023, 6, 26)
    assert article.url == "https://harbour-post.example/world/defence-chiefs-talk"
    assert article.source == "Harbour Post"
    assert article.origin == str(path)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "Sport" not in article.text  # navigation is not article text
    assert "Copyright" not in article.text
    assert article.id == content_id(article.text)


def test_html_time_element_gives_the_date(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Hotline tested</title></head><body><article>"
        "<h1>Hotline tested</h1>"
        '<time datetime="2021-02-25">25 February 2021</time>'
        f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
        "</article></body></html>"
    )
    path = tmp_path / "time.htm"
    path.write_text(page, encoding="utf-8")
    [article] = read_one(path)
    assert isinstance(article, Article)
    assert article.published == date(2021, 2, 25)
    assert article.title == "Hotline tested"


def test_html_date_is_not_guessed_from_the_body(tmp_path: Path) -> None:
    # The body names an event date; taking it as the publication date would misplace every
    # relative date in the story, so the page counts as undated.
    page = (
        "<html><head><title>Talks planned</title></head><body><article>"
        f"<p>{PARAGRAPHS[0]}</p>"
        "<p>A further meeting of the chiefs of staff is planned for 3 March 2021.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "undated.html"
    path.write_text(page, encoding="utf-8")
    records = read_one(path)
    assert len(records) == 2
    article, warning = records
    assert isinstance(article, Article)
    assert article.published is None
    assert warning == InputWarning(str(path), NO_DATE_WARNING)


def test_html_published_argument_fills_a_missing_date(tmp_path: Path) -> None:
    page = f"<html><body><article><p>{PARAGRAPHS[0]}</p></article></body></html>"
    path = tmp_path / "bare.html"
    path.write_text(page, encoding="utf-8")
    [article] = read_one(path, published=date(2023, 6, 27))
    assert isinstance(article, Article)
    assert article.published == date(2023, 6, 27)


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><head><title>Menu only</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
        "<html><body><script>var story = 'not text';</script></body></html>",
    ],
)
def test_html_without_article_body_fails(tmp_path: Path, page: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    assert read_one(path) == [InputFailure(str(path), "HTML has no article body")]


def test_extract_page_returns_none_without_body() -> None:
    assert extract_page("<html><body></body></html>") is None


def test_extract_page_wrapper_types() -> None:
    page = extract_page(PAGE)
    assert page is not None
    assert isinstance(page.text, str)
    assert page.title == "Defence chiefs talk again"
    assert page.date == "2023-06-26"
