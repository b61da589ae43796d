"""`parley fetch`, `parley sources` and `parley watch --fetch` against the local server."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from local_server import FIXTURES, LocalServer
from typer.testing import CliRunner

from parley.cli import app

#: Short timeouts and a high rate, through the environment as a user would set them.
FAST = {"PARLEY_FETCH_RATE_PER_HOST": "200", "PARLEY_FETCH_TIMEOUT": "0.5",
        "PARLEY_FETCH_RETRIES": "1", "PARLEY_FETCH_BACKOFF": "0.01",
        "PARLEY_FETCH_MAX_BYTES": "1048576", "PARLEY_FETCH_MAX_RETRY_AFTER": "2",
        # The fixture stories are years old; `watch` speaks of today, when their states
        # would have gone stale (staleness is tested in tests/timeline).
        "PARLEY_STALE_AFTER_MONTHS": "600"}

runner = CliRunner()


def parley(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=FAST)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def site(server: LocalServer) -> LocalServer:
    for page in (FIXTURES / "pages").glob("*.html"):
        server.fixture(f"/pages/{page.name}", f"pages/{page.name}")
    server.fixture("/feed.xml", "feed.xml", "application/rss+xml", etag='"v1"')
    return server


def test_fetch_stores_a_feed_and_a_second_run_fetches_nothing(site: LocalServer,
                                                              db_url: str) -> None:
    code, _, err = parley("fetch", site.url("/feed.xml"), "--db", db_url)
    assert code == 0, err
    assert "3 pages fetched, 3 stored" in err
    code, out, err = parley("fetch", site.url("/feed.xml"), "--db", db_url, "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["pages_fetched"], summary["not_modified"], summary["failed"]) == (0, 1, 0)


def test_each_fault_is_one_line_and_the_batch_is_stored(site: LocalServer, db_url: str,
                                                        tmp_path: Path) -> None:
    site.static("/broken.html", "no", status=500)
    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    site.static("/private/x.html", "secret")
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join([site.url("/broken.html"), site.url("/pages/us-china-call.html"),
                               site.url("/loop-a"), site.url("/private/x.html"),
                               site.url("/pages/korea-liaison.html")]), encoding="utf-8")
    code, _, err = parley("fetch", str(urls), "--db", db_url)
    assert code == 1
    lines = err.strip().splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert errors == sorted(errors, key=lines.index)
    assert set(errors) == {
        f"error: {site.url('/broken.html')}: HTTP 500 Internal Server Error after 2 tries",
        f"error: {site.url('/loop-a')}: redirect loop: {site.url('/loop-b')} -> "
        f"{site.url('/loop-a')}",
        f"error: {site.url('/private/x.html')}: disallowed by robots.txt",
    }
    assert re.fullmatch(r"fetch: 1 sources, 5 links: 2 pages fetched, 2 stored \(\d+ events\), "
                        r"0 unchanged, 0 duplicates; 0 already fetched, 0 not modified, 0 "
                        r"older than --since, 0 left by --limit; 3 failed\.", lines[-1])
    assert "Traceback" not in err


def test_gdelt_filters_from_the_command_line(site: LocalServer, db_url: str,
                                             tmp_path: Path) -> None:
    export = tmp_path / "20240417120000.export.CSV"
    export.write_text((FIXTURES / "gdelt" / export.name).read_text(encoding="utf-8")
                      .replace("{base}", site.base), encoding="utf-8")
    code, _, err = parley("fetch", str(export), "--cameo", "04,12,16", "--pair", "US",
                          "China", "--db", db_url)
    assert code == 0, err
    assert {p for p in site.paths() if p.startswith(("/pages/", "/gdelt/"))} == {
        "/pages/us-china-call.html", "/pages/us-china-maritime.html"}


@pytest.mark.parametrize(("args", "message"), [
    (["fetch"], "error: name a SOURCE to fetch, or give --all"),
    (["fetch", "--all"], "error: no sources configured (parley sources add NAME SOURCE)"),
    (["fetch", "x.zip", "--cameo", "4a"], "error: invalid --cameo code '4a'"),
    (["fetch", "x.zip", "--pair", "USA", "Atlantis"], "error: unknown state 'Atlantis'"),
    (["fetch", "x.zip", "--since", "2024-13"], "error: invalid --since date '2024-13'"),
    (["fetch", "/no/such/urls.txt"], "error: /no/such/urls.txt: no such file"),
])
def test_bad_arguments_are_one_line(args: list[str], message: str, db_url: str) -> None:
    code, _, err = parley(*args, "--db", db_url)
    assert code == 1
    assert err.startswith(message)
    assert "Traceback" not in err


def test_sources_are_added_listed_fetched_and_removed(site: LocalServer, db_url: str) -> None:
    code, out, err = parley("sources", "add", "ledger", site.url("/feed.xml"), "--pair",
                            "China", "US", "--db", db_url)
    assert code == 0, err
    assert out.strip() == f"added ledger: {site.url('/feed.xml')}"
    code, _, err = parley("sources", "add", "ledger", site.url("/other.xml"), "--db", db_url)
    assert (code, err.strip()) == (1, "error: a source named 'ledger' exists (remove it "
                                      "first)")
    code, out, _ = parley("sources", "list", "--json", "--db", db_url)
    assert json.loads(out) == [{"name": "ledger", "source": site.url("/feed.xml"),
                                "pair": ["CHN", "USA"], "cameo": []}]
    code, _, err = parley("fetch", "--all", "--db", db_url)
    assert code == 0 and "3 stored" in err
    assert parley("sources", "remove", "ledger", "--db", db_url)[:2] == (0, "removed ledger\n")
    code, _, err = parley("sources", "remove", "ledger", "--db", db_url)
    assert (code, err.strip()) == (1, "error: no source named 'ledger' (see parley sources "
                                      "list)")
    assert "No sources configured" in parley("sources", "list", "--db", db_url)[1]


def test_a_source_path_must_be_a_file(db_url: str) -> None:
    code, _, err = parley("sources", "add", "x", "/no/such/export.zip", "--db", db_url)
    assert (code, err.strip()) == (1, "error: /no/such/export.zip: neither an http(s) URL "
                                      "nor a file")


def test_watch_fetch_fetches_then_reports_changes(site: LocalServer, db_url: str,
                                                  tmp_path: Path) -> None:
    state = tmp_path / "watch.json"
    parley("sources", "add", "ledger", site.url("/feed.xml"), "--pair", "USA", "CHN",
           "--db", db_url)
    site.fixture("/other.xml", "atom.xml", "application/atom+xml")
    parley("sources", "add", "elsewhere", site.url("/other.xml"), "--pair", "IND", "PAK",
           "--db", db_url)
    code, out, err = parley("watch", "USA", "CHN", "--fetch", "--state-file", str(state),
                            "--db", db_url)
    assert code == 3, err
    assert "3 pages fetched, 3 stored" in err
    assert site.hits("/other.xml") == 0  # another pair's source is not read
    code, out, err = parley("watch", "USA", "CHN", "--fetch", "--state-file", str(state),
                            "--db", db_url)
    assert code == 0, err
    assert "0 pages fetched" in err and "1 not modified" in err
    assert "changed state" in out


def test_watch_fetch_without_sources_is_an_error(db_url: str, tmp_path: Path) -> None:
    code, _, err = parley("watch", "USA", "CHN", "--fetch", "--state-file",
                          str(tmp_path / "w.json"), "--db", db_url)
    assert (code, err.splitlines()[0]) == (1, "error: no sources configured for this pair "
                                              "(parley sources add NAME SOURCE [--pair A B])")
