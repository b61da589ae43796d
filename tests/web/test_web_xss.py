"""Article titles, texts, ids, URLs and sentences are escaped on every page that shows them.

The hostile article (web_samples.py) holds script payloads in each of these; no page may carry a
payload as markup. The browser test (test_web_browser.py) loads the same pages in Chromium
and checks that nothing runs.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from web_samples import PAYLOADS, XSS_ID, XSS_TITLE

XSS_PAGES = [
    "/",
    "/pair/FRA/DEU",
    "/pair/FRA/DEU/channel/hotline",
    "/pair/FRA/DEU/channel/defence-ministers",
    "/events?state=FRA",
    "/events?q=" + quote("<script>"),
    f"/article/{quote(XSS_ID, safe='')}",
    "/api/pairs/FRA/DEU/report.html",
    "/pair/FRA/DEU?as_of=" + quote("<script>"),  # an error page echoing the bad value
    "/article/" + quote("<img src=x onerror=alert(1)>", safe=""),  # a 404 naming the id
]


def xss_xss_xss(text: str) -> list[str]:
    """The payloads (or their dangerous parts) that appear unescaped in `text`."""
    found = [p for p in PAYLOADS if p in text]
    found += [marker for marker in ("<script>window", "<script>alert", "<img src=x",
                                    "<svg onload") if marker in text]
    return found


@pytest.mark.parametrize("path", XSS_PAGES)
def test_no_payload_reaches_a_page_as_markup(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (200, 400, 404), response.text[:300]
    assert xss_xss_xss(response.text) == []


def test_the_payloads_are_shown_as_text(client: TestClient) -> None:
    page = client.get(f"/article/{quote(XSS_ID, safe='')}").text
    assert str(escape(XSS_TITLE)) in page  # as Jinja2 escapes it
    assert "&lt;script&gt;window.__xss" in page
    assert "&lt;img src=x onerror=" in page
    # The highlight marks sit around escaped sentences.
    assert page.count("<mark id=") == 3


def test_a_javascript_url_is_never_a_link(client: TestClient) -> None:
    page = client.get(f"/article/{quote(XSS_ID, safe='')}").text
    assert 'href="javascript:' not in page.lower()
    assert str(escape("javascript:alert('url')")) in page  # shown, as text


def test_json_and_csv_carry_the_text_unchanged(client: TestClient) -> None:
    """Escaping is the page's job: the API returns the stored text as it is."""
    body = client.get(f"/api/articles/{quote(XSS_ID, safe='')}").json()
    assert body["title"] == XSS_TITLE
    assert client.get("/api/events.csv?state=FRA").headers["content-type"].startswith(
        "text/csv")


def test_every_page_forbids_inline_script(client: TestClient) -> None:
    policy = client.get("/pair/FRA/DEU").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "default-src 'none'" in policy
    report = client.get("/api/pairs/FRA/DEU/report.html").headers["content-security-policy"]
    assert "script-src" not in report and "default-src 'none'" in report
