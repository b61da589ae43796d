"""The HTTP client of `parley fetch`: one polite GET with everything a crawler owes a site.

robots.txt is read before the first request to a host and honoured on every redirect hop;
each request passes the host's rate and concurrency gate; timeouts, 429 and 5xx are retried
with exponential backoff (or the server's Retry-After); redirects are followed by hand up to
a limit, with loops named; bodies are streamed and cut at the size limit, so a 50 MB answer
never sits in memory whole; conditional requests (ETag / Last-Modified) let an unchanged
feed answer 304. Every failure is a `FetchError` with a one-line reason.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from parley.config import Settings
from parley.fetch.politeness import HostGate, RobotsRules, host_of

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: RFC 9309 lets a crawler stop reading a robots.txt after 500 KiB.
ROBOTS_MAX_BYTES = 500 * 1024


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line for the user."""


class _Retryable(Exception):
    """A failure worth another try (timeout, connection error, 429, 5xx)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Validators:
    """What a conditional request sends back: the ETag and Last-Modified of the last 200."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched URL: 200 with its body, or 304 (not modified) with none."""

    url: str
    final_url: str
    status: int
    body: bytes = b""
    content_type: str | None = None
    validators: Validators = Validators()


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (a number or an HTTP date), or None."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _transport_reason(error: httpx.HTTPError) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


class PoliteClient:
    """GETs URLs politely (see the module's docstring); safe to share between threads."""

    def __init__(self, settings: Settings, *, sleep: Callable[[float], None] | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self._stopped = threading.Event()
        self._sleep = sleep or self._pause
        self._http = httpx.Client(
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=False,
            headers={"User-Agent": settings.fetch_user_agent},
            limits=httpx.Limits(max_connections=settings.fetch_concurrency + 1),
            transport=transport,
        )
        self.gate = HostGate(settings.fetch_rate_per_host, settings.fetch_host_concurrency,
                             sleep=self._sleep)
        self.robots = RobotsRules(settings.fetch_user_agent, self._robots_text, self.gate)

    def _pause(self, seconds: float) -> None:
        """Wait for a turn or a retry, unless the client is closed meanwhile."""
        if self._stopped.wait(seconds):
            raise FetchError("fetch stopped")

    def close(self) -> None:
        """Stop: waits for a turn or a retry end at once, and connections are closed."""
        self._stopped.set()
        self._http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ the one public GET
    def get(self, url: str, validators: Validators | None = None) -> Response:
        """The URL's response after redirects, honouring robots.txt; raises `FetchError`."""
        return self._follow(url, validators, self.settings.fetch_max_bytes, check_robots=True)

    def _robots_text(self, url: str) -> tuple[int, str] | str:
        try:
            response = self._follow(url, None, ROBOTS_MAX_BYTES, check_robots=False,
                                    accept_client_errors=True)
        except FetchError as error:
            return str(error)
        return response.status, response.body.decode("utf-8", "replace")

    def _follow(self, url: str, validators: Validators | None, max_bytes: int, *,
                check_robots: bool, accept_client_errors: bool = False) -> Response:
        headers = validators.headers() if validators else {}
        seen = [url]
        current = url
        for _ in range(self.settings.fetch_max_redirects + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError(f"not an http or https URL: {current}")
            refusal = self.robots.refusal(current) if check_robots else None
            if refusal is not None:
                raise FetchError(refusal if current == url
                                 else f"redirect to {current}: {refusal}")
            answer = self._with_retries(current, headers, max_bytes, accept_client_errors)
            if isinstance(answer, Response):
                return Response(url=url, final_url=current, status=answer.status,
                                body=answer.body, content_type=answer.content_type,
                                validators=answer.validators)
            target = urljoin(current, answer)
            if target in seen:
                raise FetchError(f"redirect loop: {current} -> {target}")
            seen.append(target)
            current = target
        raise FetchError(f"more than {self.settings.fetch_max_redirects} redirects")

    def _with_retries(self, url: str, headers: dict[str, str], max_bytes: int,
                      accept_client_errors: bool) -> Response | str:
        """One hop: a response, or the Location of a redirect; retried as the settings say."""
        tries = self.settings.fetch_retries + 1
        host = host_of(url)
        for attempt in range(1, tries + 1):
            try:
                with self.gate.slot(host):
                    return self._once(url, headers, max_bytes, accept_client_errors)
            except _Retryable as problem:
                if attempt == tries:
                    suffix = f" after {tries} tries" if tries > 1 else ""
                    raise FetchError(f"{problem}{suffix}") from None
                wait = problem.retry_after
                if wait is None:
                    wait = self.settings.fetch_backoff * 2 ** (attempt - 1)
                elif wait > self.settings.fetch_max_retry_after:
                    raise FetchError(
                        f"{problem}: Retry-After of {wait:g} s is over the "
                        f"{self.settings.fetch_max_retry_after:g} s limit") from None
                self._sleep(wait)
        raise AssertionError("unreachable: the last try returns or raises")

    def _send_hook(self, host: str) -> Callable[[str, object], None]:
        """httpx's trace hook for one request: the gate spaces the writing of headers."""

        def trace(event: str, info: object) -> None:
            if event == "http11.send_request_headers.started":
                self.gate.before_send(host)
            elif event in ("http11.send_request_headers.complete",
                           "http11.send_request_headers.failed"):
                self.gate.after_send(host)

        return trace

    def _once(self, url: str, headers: dict[str, str], max_bytes: int,
              accept_client_errors: bool) -> Response | str:
        started = time.monotonic()
        hook = {"trace": self._send_hook(host_of(url))}
        try:
            with self._http.stream("GET", url, headers=headers, extensions=hook) as answer:
                status = answer.status_code
                if status in REDIRECT_STATUSES:
                    location = str(answer.headers.get("location") or "")
                    if not location:
                        raise FetchError(f"HTTP {status} redirect without a Location")
                    return location
                if status == 429 or status >= 500:
                    raise _Retryable(f"HTTP {status} {answer.reason_phrase}".rstrip(),
                                     retry_after_seconds(answer.headers.get("retry-after")))
                if status >= 400 and not accept_client_errors:
                    raise FetchError(f"HTTP {status} {answer.reason_phrase}".rstrip())
                validators = Validators(answer.headers.get("etag"),
                                        answer.headers.get("last-modified"))
                if status == 304:
                    return Response(url, url, 304, validators=validators)
                body = self._read_body(answer, max_bytes, started)
                return Response(url, url, status, body, answer.headers.get("content-type"),
                                validators)
        except httpx.TimeoutException:
            raise _Retryable(f"timed out after {self.settings.fetch_timeout:g} s") from None
        except httpx.TransportError as error:
            raise _Retryable(f"cannot fetch: {_transport_reason(error)}") from None
        except httpx.HTTPError as error:  # a body that cannot be decoded (bad gzip), …
            raise FetchError(f"cannot read the response: {_transport_reason(error)}") from None
        except httpx.InvalidURL as error:
            raise FetchError(f"invalid URL ({error})") from None

    def _read_body(self, answer: httpx.Response, max_bytes: int, started: float) -> bytes:
        declared = answer.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"body of {megabytes(int(declared))} is over the "
                             f"{megabytes(max_bytes)} limit")
        chunks: list[bytes] = []
        size = 0
        for chunk in answer.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"body is over the {megabytes(max_bytes)} limit "
                                 "(stopped reading)")
            if time.monotonic() - started > self.settings.fetch_deadline:
                raise FetchError(f"response took over {self.settings.fetch_deadline:g} s")
            chunks.append(chunk)
        return b"".join(chunks)
