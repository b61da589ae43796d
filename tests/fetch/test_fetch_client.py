"""The polite client against the local server: rate and concurrency bounds, robots.txt,
retries, Retry-After, redirects, timeouts, the size limit and conditional requests."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler

import pytest
from local_server import LocalServer

from parley.config import Settings
from parley.fetch import FetchError, PoliteClient, Validators
from parley.fetch.client import retry_after_seconds
from parley.fetch.politeness import HostGate, host_of

PAGE = "<html><body><p>A page of the local server.</p></body></html>"


def _error(client: PoliteClient, url: str) -> str:
    with pytest.raises(FetchError) as caught:
        client.get(url)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_requests_to_one_host_stay_within_the_rate(server: LocalServer,
                                                   fast_settings: Settings) -> None:
    """At most N requests per second reach the server: in every stretch of the server's
    log, request i+N arrives at least a second after request i."""
    rate = 8
    for i in range(20):
        server.static(f"/r/{i}", PAGE)
    settings = replace(fast_settings, fetch_rate_per_host=float(rate), fetch_concurrency=6,
                       fetch_host_concurrency=6)
    with PoliteClient(settings) as client, ThreadPoolExecutor(6) as pool:
        list(pool.map(client.get, [server.url(f"/r/{i}") for i in range(20)]))
    times = sorted(server.times())
    assert len(times) == 21  # robots.txt, then the 20 pages
    # Timestamps are taken by the server, whose threads a loaded machine may schedule up to
    # a few hundred ms late (the gate's own spacing is tested exactly, on a fake clock,
    # below): a client that ignored the rate would send all 20 within ~0.1 s.
    jitter = 0.3
    per_second = max(sum(1 for t in times if start <= t < start + 1 - jitter)
                     for start in times)
    assert per_second <= rate
    gaps = [later - earlier for earlier, later in zip(times, times[rate:], strict=False)]
    assert min(gaps) >= 1 - jitter


def test_the_gate_spaces_starts_by_the_interval_and_a_crawl_delay() -> None:
    now = [0.0]
    starts: list[float] = []

    def sleep(seconds: float) -> None:
        now[0] += seconds

    gate = HostGate(4.0, 2, clock=lambda: now[0], sleep=sleep)
    for _ in range(5):
        with gate.slot("http://a"):
            starts.append(now[0])
    assert starts == [0.0, 0.25, 0.5, 0.75, 1.0]
    gate.slow_down("http://a", 2.0)
    with gate.slot("http://a"):
        pass
    with gate.slot("http://a"):
        assert now[0] == pytest.approx(1.25 + 2.0)
    with gate.slot("http://other"):  # another host has its own turn
        assert now[0] == pytest.approx(3.25)


def test_at_most_the_host_concurrency_is_in_flight(server: LocalServer,
                                                   fast_settings: Settings) -> None:
    def slow(request: BaseHTTPRequestHandler) -> None:
        time.sleep(0.15)
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        request.wfile.write(PAGE.encode())

    for i in range(6):
        server.add(f"/slow/{i}", slow)
    settings = replace(fast_settings, fetch_host_concurrency=2, fetch_concurrency=6)
    with PoliteClient(settings) as client, ThreadPoolExecutor(6) as pool:
        list(pool.map(client.get, [server.url(f"/slow/{i}") for i in range(6)]))
    assert server.most_in_flight == 2


def test_robots_txt_disallow_is_honoured_and_read_once(server: LocalServer,
                                                       fast_settings: Settings) -> None:
    server.static("/private/secret.html", PAGE)
    server.static("/public.html", PAGE)
    with PoliteClient(fast_settings) as client:
        assert _error(client, server.url("/private/secret.html")) == "disallowed by robots.txt"
        assert client.get(server.url("/public.html")).status == 200
    assert "/private/secret.html" not in server.paths()
    assert server.hits("/robots.txt") == 1


def test_a_redirect_into_a_disallowed_path_is_not_followed(server: LocalServer,
                                                           fast_settings: Settings) -> None:
    server.redirect("/moved", "/private/secret.html")
    with PoliteClient(fast_settings) as client:
        message = _error(client, server.url("/moved"))
    assert message.endswith("/private/secret.html: disallowed by robots.txt")
    assert "/private/secret.html" not in server.paths()


def test_an_unreadable_robots_txt_keeps_the_host_out(server: LocalServer,
                                                     fast_settings: Settings) -> None:
    server.static("/robots.txt", "down", "text/plain", status=503)
    server.static("/public.html", PAGE)
    with PoliteClient(fast_settings) as client:
        message = _error(client, server.url("/public.html"))
    assert message.startswith("robots.txt could not be read (HTTP 503")
    assert "/public.html" not in server.paths()


def test_a_missing_robots_txt_allows_everything(server: LocalServer,
                                                fast_settings: Settings) -> None:
    del server.routes["/robots.txt"]
    server.static("/private/open.html", PAGE)
    with PoliteClient(fast_settings) as client:
        assert client.get(server.url("/private/open.html")).status == 200


def test_crawl_delay_slows_the_host(server: LocalServer, fast_settings: Settings) -> None:
    server.static("/robots.txt", "User-agent: parley\nCrawl-delay: 2\n", "text/plain")
    with PoliteClient(fast_settings) as client:
        assert client.robots.refusal(server.url("/public.html")) is None
        assert client.gate.interval(host_of(server.base)) == 2.0


def test_500s_are_retried_then_fail_with_the_count(server: LocalServer,
                                                   fast_settings: Settings) -> None:
    server.static("/broken", "oops", status=500)
    with PoliteClient(fast_settings) as client:
        assert _error(client, server.url("/broken")) == \
            "HTTP 500 Internal Server Error after 3 tries"
    assert server.hits("/broken") == 3


def test_a_passing_503_is_retried_until_it_answers(server: LocalServer,
                                                   fast_settings: Settings) -> None:
    answers = iter([503, 200])

    def flaky(request: BaseHTTPRequestHandler) -> None:
        status = next(answers)
        request.send_response(status)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        request.wfile.write(PAGE.encode())

    server.add("/flaky", flaky)
    with PoliteClient(fast_settings) as client:
        assert client.get(server.url("/flaky")).body == PAGE.encode()
    assert server.hits("/flaky") == 2


def test_429_waits_for_retry_after(server: LocalServer, fast_settings: Settings) -> None:
    answers = iter([429, 200])

    def busy(request: BaseHTTPRequestHandler) -> None:
        status = next(answers)
        request.send_response(status)
        if status == 429:
            request.send_header("Retry-After", "1")
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        request.wfile.write(PAGE.encode())

    server.add("/busy", busy)
    with PoliteClient(fast_settings) as client:
        assert client.get(server.url("/busy")).status == 200
    first, second = [s.at for s in server.seen if s.path == "/busy"]
    assert second - first >= 0.95  # the backoff alone would be 10 ms


def test_a_retry_after_beyond_the_limit_fails_at_once(server: LocalServer,
                                                      fast_settings: Settings) -> None:
    server.static("/later", "busy", status=429, headers={"Retry-After": "3600"})
    with PoliteClient(fast_settings) as client:
        assert _error(client, server.url("/later")) == \
            "HTTP 429 Too Many Requests: Retry-After of 3600 s is over the 2 s limit"
    assert server.hits("/later") == 1


def test_retry_after_reads_seconds_and_dates() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_a_slow_response_times_out(server: LocalServer, fast_settings: Settings) -> None:
    def stalls(request: BaseHTTPRequestHandler) -> None:
        time.sleep(1.5)
        request.send_response(200)
        request.end_headers()

    server.add("/stalls", stalls)
    settings = replace(fast_settings, fetch_timeout=0.3, fetch_retries=1)
    started = time.monotonic()
    with PoliteClient(settings) as client:
        assert _error(client, server.url("/stalls")) == "timed out after 0.3 s after 2 tries"
    assert time.monotonic() - started < 5  # against a hang, not a speed target
    assert server.hits("/stalls") == 2


def test_redirects_are_followed_to_the_final_url(server: LocalServer,
                                                 fast_settings: Settings) -> None:
    server.redirect("/old", "/newer", 301)
    server.redirect("/newer", server.url("/page.html"), 308)
    server.static("/page.html", PAGE)
    with PoliteClient(fast_settings) as client:
        response = client.get(server.url("/old"))
    assert response.url == server.url("/old")
    assert response.final_url == server.url("/page.html")


def test_a_redirect_loop_is_named(server: LocalServer, fast_settings: Settings) -> None:
    server.redirect("/loop-a", "/loop-b")
    server.redirect("/loop-b", "/loop-a")
    with PoliteClient(fast_settings) as client:
        message = _error(client, server.url("/loop-a"))
    assert message == f"redirect loop: {server.url('/loop-b')} -> {server.url('/loop-a')}"


def test_too_many_redirects(server: LocalServer, fast_settings: Settings) -> None:
    for i in range(8):
        server.redirect(f"/hop/{i}", f"/hop/{i + 1}")
    with PoliteClient(fast_settings) as client:
        assert _error(client, server.url("/hop/0")) == "more than 4 redirects"
    assert server.hits("/hop/5") == 0


def test_a_50_mb_body_is_cut_at_the_size_limit(server: LocalServer,
                                               fast_settings: Settings) -> None:
    sent = [0]

    def endless(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()  # no Content-Length: only streaming can find the size
        chunk = b"x" * 65536
        for _ in range(50 * 16):  # 50 MB
            request.wfile.write(chunk)
            sent[0] += len(chunk)

    server.add("/huge", endless)
    with PoliteClient(fast_settings) as client:
        assert _error(client, server.url("/huge")) == \
            "body is over the 1.0 MB limit (stopped reading)"
    deadline = time.monotonic() + 5
    while server.in_flight and time.monotonic() < deadline:  # the handler sees the hang-up
        time.sleep(0.01)
    assert sent[0] < 16 * 1024 * 1024  # the client hung up long before 50 MB


def test_a_declared_length_over_the_limit_is_not_read(server: LocalServer,
                                                      fast_settings: Settings) -> None:
    server.static("/big", b"y" * (2 * 1024 * 1024))
    with PoliteClient(fast_settings) as client:
        assert _error(client, server.url("/big")) == "body of 2.0 MB is over the 1.0 MB limit"


def test_an_unchanged_document_answers_304_to_its_validators(
        server: LocalServer, fast_settings: Settings) -> None:
    server.static("/feed.xml", "<rss/>", "application/rss+xml", etag='"v1"')
    with PoliteClient(fast_settings) as client:
        first = client.get(server.url("/feed.xml"))
        assert first.status == 200 and first.validators.etag == '"v1"'
        again = client.get(server.url("/feed.xml"), first.validators)
        assert again.status == 304 and again.body == b""
        assert client.get(server.url("/feed.xml"), Validators(etag='"v0"')).status == 200
    [_, _, conditional, _] = server.seen
    assert conditional.headers.get("If-None-Match") == '"v1"'


def test_a_user_agent_is_sent(server: LocalServer, fast_settings: Settings) -> None:
    server.static("/page.html", PAGE)
    with PoliteClient(fast_settings) as client:
        client.get(server.url("/page.html"))
    assert server.seen[-1].headers["User-Agent"] == fast_settings.fetch_user_agent


def test_a_refused_connection_is_one_line(fast_settings: Settings) -> None:
    settings = replace(fast_settings, fetch_retries=0)
    with PoliteClient(settings) as client:
        message = _error(client, "http://127.0.0.1:9/page.html")
    assert message.startswith("robots.txt could not be read (cannot fetch:")


def test_last_modified_is_sent_back_as_if_modified_since(server: LocalServer,
                                                         fast_settings: Settings) -> None:
    stamp = "Wed, 17 Apr 2024 08:00:00 GMT"

    def dated(request: BaseHTTPRequestHandler) -> None:
        unchanged = request.headers.get("If-Modified-Since") == stamp
        request.send_response(304 if unchanged else 200)
        request.send_header("Last-Modified", stamp)
        request.end_headers()
        if not unchanged:
            request.wfile.write(b"<rss/>")

    server.add("/dated.xml", dated)
    with PoliteClient(fast_settings) as client:
        first = client.get(server.url("/dated.xml"))
        assert first.validators == Validators(last_modified=stamp)
        assert client.get(server.url("/dated.xml"), first.validators).status == 304


def test_a_trickling_response_is_cut_at_the_deadline(server: LocalServer,
                                                     fast_settings: Settings) -> None:
    def trickles(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        for _ in range(40):  # each byte well within the read timeout, the whole far over
            request.wfile.write(b"x")
            request.wfile.flush()
            time.sleep(0.05)

    server.add("/trickle", trickles)
    settings = replace(fast_settings, fetch_deadline=0.5)
    with PoliteClient(settings) as client:
        assert _error(client, server.url("/trickle")) == "response took over 0.5 s"


def test_sending_is_spaced_from_when_the_previous_headers_were_written() -> None:
    """A request that took its turn but was held up before writing its headers pushes the
    next one back: the spacing counts from the writing, as the server sees it."""
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    gate = HostGate(4.0, 2, clock=lambda: now[0], sleep=sleep)
    gate.before_send("http://a")
    now[0] = 1.0  # held up for a second after its turn
    gate.after_send("http://a")
    gate.before_send("http://a")
    assert now[0] == pytest.approx(1.25)
    gate.after_send("http://a")


def test_closing_the_client_ends_a_wait_for_a_retry(server: LocalServer,
                                                    fast_settings: Settings) -> None:
    """An interrupted fetch closes its client: a thread waiting out a Retry-After stops at
    once instead of keeping the process alive."""
    server.static("/wait", "busy", status=429, headers={"Retry-After": "2"})
    client = PoliteClient(fast_settings)
    outcome: list[str] = []

    def fetch_it() -> None:
        try:
            client.get(server.url("/wait"))
        except FetchError as error:
            outcome.append(str(error))

    worker = threading.Thread(target=fetch_it)
    worker.start()
    deadline = time.monotonic() + 5
    while not server.hits("/wait") and time.monotonic() < deadline:
        time.sleep(0.01)
    client.close()
    worker.join(timeout=1.0)
    assert not worker.is_alive()
    assert outcome == ["fetch stopped"]
    assert server.hits("/wait") == 1
