"""GDELT 2.0 exports and mentions, zipped as GDELT publishes them: only the requested CAMEO
codes and pair lead to a fetch."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from local_server import FIXTURES, LocalServer

from parley.config import Settings
from parley.fetch import EventFilter, SourceSpec, fetch
from parley.fetch.gdelt import GdeltError, read_gdelt
from parley.pipeline import Pipeline
from parley.store import Store

EXPORT = "20240417120000.export.CSV"
MENTIONS = "20240417120000.mentions.CSV"
WANTED = EventFilter(("04", "12", "16"), ("CHN", "USA"))
#: The pages behind the export's USA–CHN events coded 040, 125 and 1621, and the web
#: mention of event 1200000002 (125) at another outlet.
EXPECTED_PAGES = {"/pages/us-china-call.html", "/pages/us-china-maritime.html",
                  "/pages/korea-liaison.html"}


def _zipped(name: str, base: str) -> bytes:
    text = (FIXTURES / "gdelt" / name).read_text(encoding="utf-8").replace("{base}", base)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, text)
    return buffer.getvalue()


@pytest.fixture()
def store(fast_settings: Settings) -> Iterator[Store]:
    with Store(fast_settings.database_url) as opened:
        yield opened


def _serve(server: LocalServer) -> None:
    for page in (FIXTURES / "pages").glob("*.html"):
        server.fixture(f"/pages/{page.name}", f"pages/{page.name}")
    for name in (EXPORT, MENTIONS):
        server.static(f"/gdeltv2/{name}.zip", _zipped(name, server.base), "application/zip")


def test_the_export_keeps_only_the_codes_and_pair_asked_for() -> None:
    raw = io.BytesIO(_zipped(EXPORT, "http://127.0.0.1:1"))
    found = read_gdelt(raw, WANTED, events=())
    assert found.kind == "export"
    assert found.event_ids == {"1200000001", "1200000002", "1200000003"}
    assert [link.url.removeprefix("http://127.0.0.1:1") for link in found.links] == [
        "/pages/us-china-call.html", "/pages/us-china-maritime.html",
        "/pages/us-china-call.html"]
    assert {link.published.isoformat() for link in found.links if link.published} == \
        {"2024-04-17"}


def test_without_a_filter_every_event_counts() -> None:
    raw = io.BytesIO((FIXTURES / "gdelt" / EXPORT).read_bytes())
    assert len(read_gdelt(raw, EventFilter(), events=()).event_ids) == 9


@pytest.mark.parametrize(("wanted", "ids"), [
    (EventFilter(("04",)), {"1200000001", "1200000005", "1200000008"}),
    (EventFilter(("1621",)), {"1200000003"}),
    (EventFilter((), ("RUS", "USA")), {"1200000007"}),
    (EventFilter(("12",), ("USA", "USA")), set()),  # a state with itself is no pair
])
def test_code_prefixes_and_pairs(wanted: EventFilter, ids: set[str]) -> None:
    raw = io.BytesIO((FIXTURES / "gdelt" / EXPORT).read_bytes())
    assert read_gdelt(raw, wanted, events=()).event_ids == ids


def test_mentions_keep_web_mentions_of_the_kept_events() -> None:
    raw = io.BytesIO(_zipped(MENTIONS, "http://h"))
    found = read_gdelt(raw, WANTED, events={"1200000002"})
    assert [(link.url, link.outlet) for link in found.links] == [
        ("http://h/pages/korea-liaison.html", "harbourledger.example")]


def test_a_file_of_another_layout_is_refused() -> None:
    with pytest.raises(GdeltError, match="57 columns"):
        read_gdelt(io.BytesIO(("\t".join(["x"] * 57) + "\n").encode()), WANTED, events=())


def test_a_fetch_of_export_and_mentions_requests_only_the_pair_s_pages(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    _serve(server)
    specs = [SourceSpec(server.url(f"/gdeltv2/{name}.zip"), WANTED)
             for name in (MENTIONS, EXPORT)]  # mentions first: read after the export anyway
    report = fetch(specs, fast_settings, store, pipeline=pipeline)
    assert report.failures == []
    fetched = {p for p in server.paths() if p.startswith(("/pages/", "/gdelt/"))}
    assert fetched == EXPECTED_PAGES
    assert report.stored == 3


def test_without_filters_every_linked_page_is_requested(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline, tmp_path: Path) -> None:
    _serve(server)
    export = tmp_path / f"{EXPORT}.zip"
    export.write_bytes(_zipped(EXPORT, server.base))
    report = fetch([SourceSpec(str(export))], fast_settings, store, pipeline=pipeline)
    fetched = {p for p in server.paths() if p.startswith(("/pages/", "/gdelt/"))}
    assert len(fetched) == 8  # nine events, two of them on one page
    assert len(report.failures) == 6  # the /gdelt/ pages are not served: 404 each


def test_a_local_export_and_mentions_filter_like_remote_ones(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline, tmp_path: Path) -> None:
    _serve(server)
    specs = []
    for name in (EXPORT, MENTIONS):
        path = tmp_path / f"{name}.zip"
        path.write_bytes(_zipped(name, server.base))
        specs.append(SourceSpec(str(path), WANTED))
    report = fetch(specs, fast_settings, store, pipeline=pipeline)
    assert report.failures == [] and report.stored == 3
    assert {p for p in server.paths() if p.startswith(("/pages/", "/gdelt/"))} == \
        EXPECTED_PAGES


def test_filtered_mentions_without_their_export_fail_with_a_reason(
        server: LocalServer, fast_settings: Settings, store: Store,
        pipeline: Pipeline) -> None:
    _serve(server)
    url = server.url(f"/gdeltv2/{MENTIONS}.zip")
    report = fetch([SourceSpec(url, WANTED)], fast_settings, store, pipeline=pipeline)
    [failure] = report.failures
    assert failure.origin == url
    assert failure.reason.startswith("a GDELT mentions file is filtered through its events")
