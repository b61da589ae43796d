"""`create_app(store, settings, token)`: the read-only dashboard and JSON API as one FastAPI app.

Pages (`web.views`) and the API (`web.api`) are routers registered through `ROUTERS`, the
same list a plug-in would extend. Every error a user can cause (a bad date, an unknown state
or channel, a missing article) answers 400 or 404 with a one-line message: an HTML page
under `/`, `{"detail": message}` under `/api/`. Served by uvicorn (`parley serve`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.staticfiles import StaticFiles

from parley import __version__
from parley.config import Settings
from parley.errors import ParleyError, StoreError, UnknownChannel, UnknownState
from parley.limits import OutOfTime, deadline
from parley.store import Store
from parley.web.page_data import Dashboard
from parley.web.params import WebError
from parley.web.render import page
from parley.web.security import (
    COOKIE,
    CSP,
    SECURITY_HEADERS,
    presented_token,
    token_matches,
)

__all__ = ["create_app"]

STATIC = Path(__file__).resolve().parent / "static"

#: Query parameters that hold a date (their errors say which formats are accepted).
DATE_PARAMETERS = frozenset({"as_of", "from", "to", "since"})


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    if request.method == "HEAD":
        return PlainTextResponse(message, status_code=status)
    return page(request, "error.html", status_code=status, status=status, message=message,
                title=f"Error {status}")


def _validation_message(error: RequestValidationError) -> str:
    """One line naming each bad parameter and what is wrong with it."""
    parts = []
    for item in error.errors():
        location = [str(p) for p in item.get("loc", ()) if p not in ("query", "path")]
        name = ".".join(location) or "request"
        value = item.get("input")
        shown = f" {str(value)[:40]!r}" if isinstance(value, str | int | float) else ""
        if name in DATE_PARAMETERS and item.get("type") in ("string_pattern_mismatch",
                                                             "string_too_long"):
            parts.append(f"invalid {name} date{shown} (use YYYY, YYYY-MM or YYYY-MM-DD)")
            continue
        parts.append(f"invalid {name}{shown}: {item.get('msg', 'bad value')}")
    return "; ".join(parts) or "invalid request"


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, error: WebError) -> Response:
        return _error(request, error.status, error.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return _error(request, 400, _validation_message(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        message = str(error.detail) if error.detail else "error"
        if error.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path[:200]}"
        response = _error(request, error.status_code, message)
        if error.headers:
            response.headers.update(error.headers)
        return response

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> Response:
        return _error(request, 503, str(error))

    @app.exception_handler(UnknownState)
    @app.exception_handler(UnknownChannel)
    async def unknown_name(request: Request, error: ParleyError) -> Response:
        return _error(request, 404, str(error))

    @app.exception_handler(OutOfTime)
    async def out_of_time(request: Request, error: OutOfTime) -> Response:
        return _error(request, 503, str(error))

    @app.exception_handler(ParleyError)
    async def parley_error(request: Request, error: ParleyError) -> Response:
        return _error(request, 400, str(error))


def _install_budget(app: FastAPI, seconds: float) -> None:
    """Every request gets `seconds` (setting `request_time_budget`): the long loops check the
    deadline and stop (503), and an answer not ready by then is given up as 503 too, so no
    request holds a client longer, whatever its parameters."""

    @app.middleware("http")
    async def budget(request: Request,
                     call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        with deadline(seconds):
            try:
                return await asyncio.wait_for(call_next(request), timeout=seconds + 0.5)
            except TimeoutError:
                return _error(request, 503, "the request took longer than its time budget; "
                              "ask for a shorter period or fewer months")


def _install_guard(app: FastAPI, token: str | None) -> None:
    @app.middleware("http")
    async def guard(request: Request,
                    call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        from_query = False
        if token is not None:
            presented, from_query = presented_token(
                dict(request.headers), dict(request.query_params), dict(request.cookies))
            if not token_matches(presented, token):
                response: Response = _error(
                    request, 401, "this dashboard needs its token (Authorization: Bearer "
                    "<token>, or ?token=<token> once in a browser)")
                response.headers["WWW-Authenticate"] = "Bearer"
                _secure(response)
                return response
        response = await call_next(request)
        if from_query and token is not None:
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        _secure(response)
        return response


def _secure(response: Response) -> None:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers.setdefault("Content-Security-Policy", CSP)


def create_app(store: Store, settings: Settings, token: str | None = None,
               routers: Sequence[APIRouter] | None = None) -> FastAPI:
    """The dashboard over `store`; with `token`, every request must present it (else 401).

    `routers` replaces the built-in pages and API (`web.views.ROUTERS` + `web.api.router`);
    a plug-in passes those plus its own.
    """
    from parley.web.api import router as api_router
    from parley.web.views import ROUTERS

    app = FastAPI(
        title="Parley",
        version=__version__,
        summary="Military-to-military communication channels between states, read from the "
        "news, with the sentences that say so. Read-only.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the interactive docs load scripts from a CDN; the dashboard does not
        redoc_url=None,
    )
    app.state.dashboard = Dashboard(store, settings)
    app.state.token_required = token is not None
    _install_errors(app)
    _install_budget(app, settings.request_time_budget)
    _install_guard(app, token)
    for router in routers if routers is not None else [*ROUTERS, api_router]:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
