"""The token: an app built with one answers 401 without it; off loopback, serve needs one."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parley.cli import app as cli_app
from parley.config import Settings
from parley.store import Store
from parley.web import create_app, is_loopback
from parley.web.security import COOKIE

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def guarded(web_store: Store, web_settings: Settings) -> TestClient:
    return TestClient(create_app(web_store, web_settings, token=TOKEN))


@pytest.mark.parametrize("path", ["/", "/pair/USA/CHN", "/api/events", "/api/openapi.json",
                                  "/static/parley.css", "/no/such/page"])
def test_requests_without_the_token_get_401(guarded: TestClient, path: str) -> None:
    guarded.cookies.clear()
    response = guarded.get(path)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "token" in response.text
    wrong = guarded.get(path, headers={"Authorization": "Bearer not-it"})
    assert wrong.status_code == 401


def test_the_token_opens_every_door(guarded: TestClient) -> None:
    guarded.cookies.clear()
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    assert guarded.get("/api/events?limit=1", headers=bearer).status_code == 200
    assert guarded.get("/pair/USA/CHN", headers={"X-Parley-Token": TOKEN}).status_code == 200


def test_a_token_in_the_query_sets_a_cookie_for_the_next_pages(guarded: TestClient) -> None:
    guarded.cookies.clear()
    first = guarded.get(f"/pair/USA/CHN?token={TOKEN}")
    assert first.status_code == 200
    cookie = first.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie
    assert "samesite=strict" in cookie.lower()
    assert guarded.get("/pair/USA/CHN/channel/hotline").status_code == 200
    # The token is not carried into the page's links or forms.
    assert TOKEN not in first.text


def test_without_a_token_the_app_is_open(client: TestClient) -> None:
    assert client.get("/api/states").status_code == 200


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.3.2.1", True), ("localhost", True), ("::1", True),
    ("[::1]", True), ("0.0.0.0", False), ("::", False), ("192.168.1.5", False),
    ("example.org", False), ("", False),
])
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::"])
def test_serve_refuses_other_addresses_without_a_token(host: str, db_url: str) -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--host", host, "--db", db_url],
                                env={"PARLEY_TOKEN": ""})
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert "token" in lines[0] and host in lines[0]


def test_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
