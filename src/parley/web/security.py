"""Who may read the dashboard, and the headers that keep a page from running foreign code.

Served on a loopback address the dashboard needs no token; on any other address `parley
serve` refuses to start without one. With a token, every request must carry it: as
`Authorization: Bearer <token>`, an `X-Parley-Token` header, or `?token=` once in a
browser, which then sets an HttpOnly cookie so links work without it. Tokens are compared in
constant time. Every response carries a Content-Security-Policy that allows only the
package's own script and styles, so even text that slipped through escaping could not run.
"""

from __future__ import annotations

import hmac
import ipaddress

__all__ = [
    "COOKIE",
    "CSP",
    "REPORT_CSP",
    "SECURITY_HEADERS",
    "is_loopback",
    "presented_token",
    "token_matches",
]

COOKIE = "parley_token"

#: The dashboard's pages: own scripts and styles only, no frames, no plug-ins, no inline code.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
#: The self-contained HTML report (inline styles by design; no script at all).
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
              "form-action 'none'; frame-ancestors 'none'")

SECURITY_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def is_loopback(host: str) -> bool:
    """True for `localhost` and loopback addresses (127.0.0.0/8, ::1)."""
    name = host.strip().strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def presented_token(headers: dict[str, str], query: dict[str, str],
                    cookies: dict[str, str]) -> tuple[str | None, bool]:
    """The token a request carries, and whether it came in the query string."""
    authorization = headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        return authorization[7:].strip(), False
    if headers.get("x-parley-token"):
        return headers["x-parley-token"], False
    if query.get("token"):
        return query["token"], True
    if cookies.get(COOKIE):
        return cookies[COOKIE], False
    return None, False


def token_matches(presented: str | None, expected: str) -> bool:
    if presented is None:
        return False
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))
