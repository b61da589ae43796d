"""The JSON API: every endpoint answers what the CLI prints, downloads, and clear 400/404s."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from parley.config import Settings
from parley.report import build_report, pair_status, render_json, resolve_pair
from parley.report.exports import EVENT_CSV_FIELDS
from parley.store import Store


def get_json(client: TestClient, path: str, status: int = 200) -> Any:
    response = client.get(path)
    assert response.status_code == status, (path, response.text[:300])
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def test_states_lists_each_state_with_its_partners(client: TestClient) -> None:
    states = {s["code"]: s for s in get_json(client, "/api/states")["states"]}
    assert states["USA"]["name"] == "United States"
    assert {"CHN", "RUS"} <= set(states["USA"]["partners"])
    # Germany from the hostile fixture; Russia from the corpus (Shoigu called his French
    # counterpart in October 2022).
    assert states["FRA"]["partners"] == ["DEU", "RUS"]


def test_pairs_give_freeze_index_and_last_change(client: TestClient) -> None:
    body = get_json(client, "/api/pairs?as_of=2025-03")
    pairs = {(p["a"], p["b"]): p for p in body["pairs"]}
    usa_chn = pairs[("CHN", "USA")]
    assert usa_chn["events"] > 50 and usa_chn["known_channels"] > 3
    assert 0 <= usa_chn["freeze_index"] <= 1
    assert usa_chn["last_change"]["status"] in {"active", "degraded", "suspended"}
    # The hostile article froze the France–Germany hotline.
    assert pairs[("DEU", "FRA")]["suspended"] == ["hotline"]
    earlier = get_json(client, "/api/pairs?as_of=2019")
    assert {(p["a"], p["b"]) for p in earlier["pairs"]} == set(pairs)
    assert earlier["as_of"] == "2019"


def test_status_matches_the_library(client: TestClient, web_store: Store,
                                    web_settings: Settings) -> None:
    body = get_json(client, "/api/pairs/USA/China/status?as_of=2023-06")
    assert (body["a"], body["b"], body["as_of"]) == ("USA", "CHN", "2023-06")
    expected = pair_status(web_store, resolve_pair("USA", "CHN", "2023-06"), web_settings)
    assert [(c["channel"], c["status"], c["since"]) for c in body["channels"]] == [
        (s.channel, s.status.value, s.since) for s in expected]
    assert any(c["evidence"] for c in body["channels"])


def test_report_json_is_the_cli_report(client: TestClient, web_store: Store,
                                       web_settings: Settings) -> None:
    body = get_json(client, "/api/pairs/USA/CHN/report?as_of=2023-06&since=2022-01")
    expected = json.loads(render_json(build_report(
        web_store, resolve_pair("USA", "CHN", "2023-06"), web_settings, since="2022-01")))
    assert body == expected


@pytest.mark.parametrize("path", [
    "/api/pairs/USA/CHN/channels", "/api/pairs/USA/CHN/timeline?channel=hotline",
    "/api/pairs/USA/CHN/requests?from=2021&to=2024", "/api/pairs/USA/CHN/freeze?from=2022-01",
])
def test_pair_endpoints_answer_json(client: TestClient, path: str) -> None:
    body = get_json(client, path)
    assert body["a"] in {"USA", "CHN"} and body["b"] in {"USA", "CHN"}


def test_channel_endpoint_gives_intervals_with_every_sentence(client: TestClient) -> None:
    body = get_json(client, "/api/pairs/USA/CHN/channels/maritime-safety-talks")
    assert body["label"] and body["intervals"]
    statuses = {i["status"] for i in body["intervals"]}
    assert "suspended" in statuses and "active" in statuses
    for interval in body["intervals"]:
        if interval["stale"]:  # no evidence for 12 months: the state it was last in is kept
            assert not interval["evidence"] and interval["last_status"], interval
            continue
        assert interval["evidence"], interval
        assert all(e["evidence"]["sentence"] for e in interval["evidence"])
        assert all(e["channel"] == "maritime-safety-talks" for e in interval["evidence"])
    assert len(body["events"]) >= sum(1 for i in body["intervals"] for _ in i["evidence"]) / 2


def test_freeze_csv_and_report_downloads(client: TestClient) -> None:
    response = client.get("/api/pairs/USA/CHN/freeze.csv?to=2024-12")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows[0].keys() == {"month", "index", "known_channels", "suspended", "degraded",
                              "active"}
    assert rows[-1]["month"] == "2024-12"
    markdown = client.get("/api/pairs/USA/CHN/report.md")
    assert markdown.status_code == 200 and markdown.text.startswith("# United States – China")
    html = client.get("/api/pairs/USA/CHN/report.html")
    assert html.status_code == 200 and "<svg" in html.text
    assert "script-src" not in html.headers["content-security-policy"]


def test_events_are_paged_and_filtered(client: TestClient, web_store: Store) -> None:
    total = web_store.count_events()
    first = get_json(client, "/api/events?limit=5")
    assert first["total"] == total and len(first["events"]) == 5
    second = get_json(client, "/api/events?limit=5&offset=5")
    assert {e["evidence"]["sentence"] for e in first["events"]}.isdisjoint(
        e["evidence"]["sentence"] for e in second["events"])
    filtered = get_json(client, "/api/events?type=SUSPEND&type=resume&state=China&from=2020"
                                "&to=2023-12&limit=1000")
    assert filtered["total"] == len(filtered["events"]) > 0
    for event in filtered["events"]:
        assert event["type"] in {"SUSPEND", "RESUME"}
        assert "CHN" in (event["source"], event["target"])
        assert "2020" <= event["date"][:4] <= "2023"
    text = get_json(client, "/api/events?q=HOTLINE&channel=hotline&limit=1000")
    assert text["total"] > 0
    assert all("hotline" in e["evidence"]["sentence"].lower() for e in text["events"])
    capped = get_json(client, "/api/events?to=2024&as_of=2019-06&limit=1000")
    assert all(e["date"] <= "2019-06-30" for e in capped["events"])
    past = get_json(client, f"/api/events?offset={total + 10}")
    assert past["events"] == [] and past["total"] == total


def test_csv_and_jsonl_downloads_hold_every_matching_event(client: TestClient,
                                                           web_store: Store) -> None:
    expected = web_store.count_events(state="USA")
    response = client.get("/api/events.csv?state=USA")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == expected
    assert tuple(rows[0]) == EVENT_CSV_FIELDS
    lines = client.get("/api/events.jsonl?state=USA").text.splitlines()
    assert len(lines) == expected
    records = [json.loads(line) for line in lines]
    assert all("USA" in (r["source"], r["target"]) for r in records)
    assert [r["evidence"]["sentence"] for r in records] == [r["sentence"] for r in rows]


def test_article_endpoint(client: TestClient) -> None:
    body = get_json(client, "/api/articles/uschn-01-caatsa-sanctions-equipment-department")
    assert body["published"] == "2018-09-21" and body["events"]
    assert all(body["text"][e["evidence"]["start"]:e["evidence"]["end"]]
               == e["evidence"]["sentence"] for e in body["events"])


@pytest.mark.parametrize(("path", "words"), [
    ("/api/pairs/USA/CHN/status?as_of=2023-13", ["as_of", "2023-13", "YYYY-MM-DD"]),
    ("/api/pairs/USA/CHN/status?as_of=2023-02-30", ["as_of", "2023-02-30"]),
    ("/api/pairs/USA/CHN/status?as_of=yesterday", ["as_of", "yesterday"]),
    ("/api/events?from=2021-1-1", ["from", "2021-1-1"]),
    ("/api/events?to=0000", ["to", "0000"]),
    ("/api/pairs/USA/CHN/report?since=soon", ["since", "soon"]),
    ("/api/events?limit=0", ["limit"]),
    ("/api/events?limit=5000", ["limit"]),
    ("/api/events?offset=-1", ["offset"]),
    ("/api/events?type=HUG", ["HUG", "MEET"]),
    ("/api/pairs/USA/USA/status", ["same state"]),
    ("/api/events?q=" + "x" * 300, ["q", "at most 200 characters"]),
])
def test_bad_parameters_answer_400_with_a_message(client: TestClient, path: str,
                                                  words: list[str]) -> None:
    body = get_json(client, path, status=400)
    assert "\n" not in body["detail"]
    for word in words:
        assert word in body["detail"], body["detail"]


@pytest.mark.parametrize(("path", "words"), [
    ("/api/pairs/USA/Narnia/status", ["unknown state", "Narnia"]),
    ("/api/pairs/Chna/USA/report", ["unknown state", "China"]),  # suggests the close match
    ("/api/events?state=Atlantis", ["unknown state"]),
    ("/api/pairs/USA/CHN/channels/smoke-signals", ["unknown channel", "hotline"]),
    ("/api/pairs/USA/CHN/timeline?channel=pigeons", ["unknown channel"]),
    ("/api/events?channel=pigeons", ["unknown channel"]),
    ("/api/articles/no-such-article", ["no article"]),
    ("/api/no-such-endpoint", ["no page"]),
])
def test_unknown_things_answer_404_with_a_message(client: TestClient, path: str,
                                                  words: list[str]) -> None:
    body = get_json(client, path, status=404)
    for word in words:
        assert word in body["detail"], body["detail"]


def test_the_api_is_read_only(client: TestClient) -> None:
    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)("/api/events")
        assert response.status_code == 405, method
    assert client.post("/pair/USA/CHN").status_code == 405


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    schema = get_json(client, "/api/openapi.json")
    paths = set(schema["paths"])
    assert {"/api/states", "/api/pairs", "/api/events", "/api/events.csv",
            "/api/events.jsonl", "/api/pairs/{a}/{b}/status", "/api/pairs/{a}/{b}/freeze",
            "/api/pairs/{a}/{b}/report", "/api/pairs/{a}/{b}/requests",
            "/api/pairs/{a}/{b}/channels/{channel}"} <= paths
    assert all(p.startswith("/api/") for p in paths)
    assert all(set(item) == {"get"} for item in schema["paths"].values())
    # No interactive docs: they would load scripts from a CDN.
    assert client.get("/docs").status_code == 404


def test_downloads_are_sent_a_batch_of_whole_lines_at_a_time(web_store: Store) -> None:
    """A line per item of a streamed download cost a thread hop each (100,000 events took
    ~40 s): each block sent is the text of one batch of the store's rows, whole lines."""
    from parley.report.downloads import events_csv_blocks, events_jsonl_blocks
    from parley.web.api import DOWNLOAD_BATCH

    assert DOWNLOAD_BATCH >= 100
    total = web_store.count_events()
    csv_blocks = list(events_csv_blocks(web_store.event_rows(batch=7)))
    assert len(csv_blocks) == 1 + -(-total // 7)  # the header, then one block a batch
    jsonl_blocks = list(events_jsonl_blocks(web_store.event_rows(batch=7)))
    assert [block.count("\n") for block in jsonl_blocks[:-1]] == [7] * (len(jsonl_blocks) - 1)
    assert all(block.endswith("\n") for block in csv_blocks + jsonl_blocks)
