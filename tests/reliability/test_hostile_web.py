"""Hostile web parameters answer at once: dates outside 1900-2100 are a 400 with a clear
message, freeze series are capped, and a request past its time budget is a 503 (issue 14:
`?as_of=9999-12-31` and a freeze from year 1 to 9999 ran for minutes and grew to gigabytes;
`?as_of=0001-01-01` answered 500). Each request runs under a wall-time bound the harness
enforces (`within`): a hang fails the test.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient
from reliability_support import within

from parley.config import Settings, load_settings
from parley.pipeline import ingest_paths
from parley.store import Store
from parley.web import create_app
from parley.web.api import router as api_router
from parley.web.views import ROUTERS

CORPUS = Path(__file__).resolve().parents[2] / "src" / "parley" / "data" / "corpus"

#: Far more than any of these requests needs; reaching it means a hang.
BOUND = 60.0

OUT_OF_RANGE = "outside the supported dates (1900-01-01 to 2100-12-31)"


@pytest.fixture(scope="module")
def corpus_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'parley.db'}"
    with Store(url) as store:
        result = ingest_paths([str(CORPUS)], load_settings(environ={}, database_url=url),
                              store)
    assert not result.failures and result.events_stored > 100
    return url


@pytest.fixture(scope="module")
def settings(corpus_url: str) -> Settings:
    return load_settings(environ={}, database_url=corpus_url)


@pytest.fixture(scope="module")
def client(corpus_url: str, settings: Settings) -> Iterator[TestClient]:
    with Store(corpus_url) as store, TestClient(create_app(store, settings)) as test_client:
        yield test_client


@pytest.mark.parametrize("path", [
    "/pair/USA/CHN?as_of=9999-12-31",
    "/pair/USA/CHN?as_of=0001-01-01",
    "/api/pairs/USA/CHN/status?as_of=9999-12-31",
    "/api/pairs/USA/CHN/freeze?from=0001-01&to=9999-12",
    "/api/pairs/USA/CHN/freeze.csv?to=9999-12",
    "/api/pairs/USA/CHN/report?since=0001-01-01",
    "/api/pairs/USA/CHN/requests?from=0001",
    "/api/pairs?as_of=1899-12-31",
    "/api/events?from=0001&to=9999",
    "/events?from=0001-01-01",
    "/?as_of=2101",
])
def test_dates_outside_the_supported_range_are_a_400(client: TestClient, path: str) -> None:
    response = within(BOUND, lambda: client.get(path))
    assert response.status_code == 400
    text = response.json()["detail"] if path.startswith("/api/") else response.text
    assert OUT_OF_RANGE in text


@pytest.mark.parametrize("path", [
    "/pair/USA/CHN?as_of=2100-12-31",
    "/pair/USA/CHN?as_of=1900-01-01",
    "/pair/USA/CHN/channel/hotline?as_of=2100-12-31",
    "/api/pairs/USA/CHN/freeze?as_of=2100-12-31",
    "/api/pairs/USA/CHN/freeze?from=2001-01&to=2100-12",
    "/api/pairs/USA/CHN/report?as_of=2100-12-31&since=1900-01-01",
    "/api/events?limit=1000&offset=10000000",
])
def test_the_edges_of_the_range_answer(client: TestClient, path: str) -> None:
    assert within(BOUND, lambda: client.get(path)).status_code == 200


def test_a_freeze_series_over_the_cap_is_a_400(client: TestClient) -> None:
    response = within(BOUND, lambda: client.get(
        "/api/pairs/USA/CHN/freeze?from=1900-01&to=2100-12"))
    assert response.status_code == 400
    assert response.json()["detail"] == (
        "a freeze series from 1900-01 to 2100-12 is 2,412 months, over the limit of 1,200 "
        "(setting max_series_months)")


def test_the_implied_series_of_a_far_as_of_keeps_its_latest_months(
        corpus_url: str, settings: Settings) -> None:
    capped = load_settings(environ={}, database_url=corpus_url, max_series_months=24)
    with Store(corpus_url) as store, TestClient(create_app(store, capped)) as test_client:
        response = within(BOUND, lambda: test_client.get(
            "/api/pairs/USA/CHN/freeze?as_of=2100-12-31"))
    months = [point["month"] for point in response.json()["series"]]
    assert len(months) == 24 and months[-1] == "2100-12"


@pytest.mark.parametrize("path", ["/api/pairs/USA/CHN/freeze?from=2001-01&to=2100-12",
                                  "/api/pairs?as_of=2100-12-31"])
def test_work_past_the_time_budget_is_a_503(corpus_url: str, path: str) -> None:
    """The freeze loop and the overview check the deadline: with a budget of a millisecond
    they stop."""
    hurried = load_settings(environ={}, database_url=corpus_url, request_time_budget=0.001)
    with Store(corpus_url) as store, TestClient(create_app(store, hurried)) as test_client:
        response = within(BOUND, lambda: test_client.get(path))
    assert response.status_code == 503
    assert "time budget" in response.json()["detail"]


def test_an_answer_not_ready_within_the_budget_is_given_up(corpus_url: str) -> None:
    """A handler that never checks the deadline (a plug-in's, here) is cut off as well."""
    slow = APIRouter()

    @slow.get("/api/slow")
    def take_long() -> dict[str, str]:
        time.sleep(2)
        return {"done": "late"}

    hurried = load_settings(environ={}, database_url=corpus_url, request_time_budget=0.2)
    with Store(corpus_url) as store:
        app: FastAPI = create_app(store, hurried, routers=[*ROUTERS, api_router, slow])
        with TestClient(app) as test_client:
            response = within(BOUND, lambda: test_client.get("/api/slow"))
    assert response.status_code == 503
