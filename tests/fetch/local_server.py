"""The local HTTP server of the fetch tests: routes, fixture files and the requests seen.

`LocalServer` serves the files of `fixtures/` (with `{base}` replaced by the server's
address, an ETag, and 304 for a matching If-None-Match) and any route a test adds, and
records every request it sees (time, path, headers), so tests count what the client asked.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass(frozen=True, slots=True)
class Seen:
    at: float
    path: str
    headers: dict[str, str]


@dataclass
class LocalServer:
    """The routes a test serves and the requests the server saw."""

    port: int = 0
    routes: dict[str, Handler] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    in_flight: int = 0
    most_in_flight: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def hits(self, path: str) -> int:
        with self.lock:
            return sum(1 for s in self.seen if s.path == path)

    def paths(self) -> list[str]:
        with self.lock:
            return [s.path for s in self.seen]

    def times(self) -> list[float]:
        with self.lock:
            return [s.at for s in self.seen]

    # ------------------------------------------------------------------ routes
    def add(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def static(self, path: str, body: bytes | str, content_type: str = "text/html; "
               "charset=utf-8", *, status: int = 200, etag: str | None = None,
               headers: dict[str, str] | None = None) -> None:
        """Serve fixed bytes; with `etag`, answer a matching If-None-Match with 304."""
        data = body.encode("utf-8") if isinstance(body, str) else body

        def handle(request: BaseHTTPRequestHandler) -> None:
            if etag is not None and request.headers.get("If-None-Match") == etag:
                request.send_response(304)
                request.send_header("ETag", etag)
                request.end_headers()
                return
            request.send_response(status)
            request.send_header("Content-Type", content_type)
            request.send_header("Content-Length", str(len(data)))
            if etag is not None:
                request.send_header("ETag", etag)
            for name, value in (headers or {}).items():
                request.send_header(name, value)
            request.end_headers()
            request.wfile.write(data)

        self.add(path, handle)

    def fixture(self, path: str, name: str, content_type: str = "text/html; charset=utf-8",
                *, etag: str | None = None) -> None:
        """Serve a file of fixtures/ with `{base}` replaced by this server's address."""
        text = (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", self.base)
        self.static(path, text, content_type, etag=etag)

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        def handle(request: BaseHTTPRequestHandler) -> None:
            request.send_response(status)
            request.send_header("Location", location)
            request.send_header("Content-Length", "0")
            request.end_headers()

        self.add(path, handle)


def handler_class(state: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handle(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            with state.lock:
                state.seen.append(Seen(time.monotonic(), self.path, dict(self.headers)))
                state.in_flight += 1
                state.most_in_flight = max(state.most_in_flight, state.in_flight)
            try:
                route = state.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                else:
                    route(self)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client hung up (size limit, timeout): what the test wants
            finally:
                with state.lock:
                    state.in_flight -= 1

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handle


