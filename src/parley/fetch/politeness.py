"""Politeness per host: a rate bound, a bound on requests in flight, and robots.txt rules.

One `HostGate` is shared by every thread of a fetch, so the bound holds whatever the number
of workers: at most `concurrency` requests to a host are in flight at once, and each starts
at least 1/rate seconds after the previous one. The spacing is kept twice: when a request
takes its turn (`slot`), and again around the writing of its headers (`before_send`,
`after_send`, called by the HTTP client's trace hook), measured from the moment the previous
request's headers were written. The second keeps the bound as the server sees it even when a
thread that had its turn is held up (by the parser holding the interpreter) and would
otherwise reach the server together with the next one. `RobotsRules` reads each host's
robots.txt once (RFC 9309: a missing file allows everything, an unreachable one forbids
everything) and can only slow a host down further, through its Crawl-delay.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser


def host_of(url: str) -> str:
    """The scheme and authority a politeness bound applies to ("http://127.0.0.1:8000")."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class HostGate:
    """At most `rate` request starts per second and `concurrency` requests at once, per host."""

    def __init__(self, rate: float, concurrency: int, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._interval = 1.0 / rate
        self._concurrency = concurrency
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_start: dict[str, float] = {}
        self._intervals: dict[str, float] = {}
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._send_locks: dict[str, threading.Lock] = {}
        self._last_sent: dict[str, float] = {}

    def slow_down(self, host: str, interval: float) -> None:
        """Space this host's requests at least `interval` seconds apart (a Crawl-delay)."""
        with self._lock:
            self._intervals[host] = max(interval, self._intervals.get(host, self._interval))

    def interval(self, host: str) -> float:
        with self._lock:
            return self._intervals.get(host, self._interval)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Wait for a free slot and this host's next turn; hold the slot for the request."""
        with self._lock:
            semaphore = self._slots.setdefault(
                host, threading.BoundedSemaphore(self._concurrency))
        with semaphore:
            self._wait_turn(host)
            yield

    def before_send(self, host: str) -> None:
        """Hold this host's sending until 1/rate seconds after its last request was written;
        `after_send` must follow (in the same thread)."""
        with self._lock:
            send_lock = self._send_locks.setdefault(host, threading.Lock())
        send_lock.acquire()
        try:
            while True:
                with self._lock:
                    interval = self._intervals.get(host, self._interval)
                    last = self._last_sent.get(host)
                wait = 0.0 if last is None else last + interval - self._clock()
                if wait <= 0:
                    return
                self._sleep(wait)
        except BaseException:  # a stopped client: the other senders must not wait forever
            send_lock.release()
            raise

    def after_send(self, host: str) -> None:
        """The request's headers are written (or failed to be): the next one may follow."""
        with self._lock:
            self._last_sent[host] = self._clock()
            send_lock = self._send_locks[host]
        send_lock.release()

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self._intervals.get(host, self._interval)
        if start > now:
            self._sleep(start - now)


#: What a robots.txt fetch gives: its status and text, or why it could not be read.
RobotsFetcher = Callable[[str], "tuple[int, str] | str"]


class RobotsRules:
    """The robots.txt rules of every host met, read once per host through `fetch`."""

    def __init__(self, user_agent: str, fetch: RobotsFetcher, gate: HostGate) -> None:
        self._agent = user_agent
        self._fetch = fetch
        self._gate = gate
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._parsers: dict[str, RobotFileParser | str] = {}

    def refusal(self, url: str) -> str | None:
        """Why this user agent may not fetch `url`, or None when it may (the host's
        robots.txt is read first)."""
        host = host_of(url)
        with self._lock:
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        with host_lock:
            if host not in self._parsers:
                self._parsers[host] = self._read(host)
        parser = self._parsers[host]
        if isinstance(parser, str):
            return parser
        return None if parser.can_fetch(self._agent, url) else "disallowed by robots.txt"

    def _read(self, host: str) -> RobotFileParser | str:
        """The host's rules: a parser allowing all for a 4xx; for a file that could not be
        read (a 5xx or no answer), the reason, which forbids the whole host."""
        got = self._fetch(f"{host}/robots.txt")
        if isinstance(got, str):
            return f"robots.txt could not be read ({got}), so the host is not fetched"
        status, text = got
        parser = RobotFileParser()
        parser.parse([] if 400 <= status < 500 else text.splitlines())
        delay = parser.crawl_delay(self._agent)
        if delay is not None:
            self._gate.slow_down(host, float(delay))
        return parser
