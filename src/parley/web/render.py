"""The dashboard's Jinja2 environment and the helpers its templates call.

Autoescaping is on for every template: article titles, texts and evidence sentences are
written as text, never as markup. Nothing in the templates uses `|safe`; SVG charts are
drawn from numbers computed in `web.charts`. Links keep the page's as-of date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from parley import catalogue
from parley.report.contacts import Engagement
from parley.report.html import STATUS_COLOURS
from parley.types import ChannelStatus
from parley.web.charts import plural

__all__ = ["article_url", "chart_css", "channel_url", "environment", "page", "pair_url",
           "svg_file", "url", "with_params"]

#: Query parameters never carried over into links or forms.
_PRIVATE = frozenset({"token"})


def url(path: str, **params: Any) -> str:
    """`path` with the non-empty parameters as a query string (lists give repeated keys)."""
    items: list[tuple[str, str]] = []
    for name, value in params.items():
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, list | tuple):
            items.extend((name, str(v)) for v in value if v not in (None, ""))
        else:
            items.append((name, str(value)))
    return path + ("?" + urlencode(items) if items else "")


@lru_cache(maxsize=8192)
def segment(value: str) -> str:
    """A path segment with everything but unreserved characters percent-encoded.
    Remembered: a busy pair's page links its two states, a dozen channels and a few
    hundred articles some 9,000 times, and `quote` is pure Python."""
    return quote(value, safe="")


@lru_cache(maxsize=1024)
def _channel_path(a: str, b: str, channel: str, as_of: str | None) -> str:
    """A channel page's link without its fragment: the pair page links each channel's
    chart bars and changes (2,800 links on the busiest benchmark pair) to a dozen paths."""
    return url(f"/pair/{segment(a)}/{segment(b)}/channel/{segment(channel)}", as_of=as_of)


def pair_url(a: str, b: str, as_of: str | None = None) -> str:
    return url(f"/pair/{segment(a)}/{segment(b)}", as_of=as_of)


def channel_url(a: str, b: str, channel: str, as_of: str | None = None,
                interval: int | None = None) -> str:
    fragment = f"#interval-{interval}" if interval is not None else ""
    return _channel_path(a, b, channel, as_of) + fragment


def article_url(article: str, start: int | None = None, as_of: str | None = None) -> str:
    fragment = f"#s-{start}" if start is not None else ""
    return url(f"/article/{segment(article)}", as_of=as_of) + fragment


def with_params(path: str, params: list[tuple[str, str]], **extra: Any) -> str:
    """`path` with the given (name, value) pairs, and `extra` ones added."""
    items = [(k, v) for k, v in params if k not in extra]
    items += [(k, str(v)) for k, v in extra.items() if v not in (None, "")]
    return path + ("?" + urlencode(items) if items else "")


def engagement_lines(engagements: Iterable[Engagement]) -> Markup:
    """A contact cell's tooltip, escaped: one line ('2024-01-09: <first sentence>', then
    '&#10;') per engagement. The pair page of a busy pair has some 12,000 of them: one
    escape per line here costs a third of what the template's loop did (two escapes and
    three attribute lookups each), for the same text."""
    return Markup("".join([
        f"{escape(f'{e.date}: {_first_sentence(e)}')}&#10;" for e in engagements]))


def _first_sentence(engagement: Engagement) -> str:
    """The first sentence that tells an engagement, read from its telling (no evidence
    record is built for it: `Engagement.evidence`)."""
    return engagement.tellings[0].event.evidence.sentence if engagement.tellings else ""


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("parley.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    labels = catalogue.labels()
    env.globals.update(
        url=url, with_params=with_params, pair_url=pair_url, channel_url=channel_url,
        article_url=article_url,
        segment=segment, statuses=[s.value for s in ChannelStatus],
        colours={s.value: c for s, c in STATUS_COLOURS.items()},
    )
    env.filters["number"] = percent
    env.filters["engagement_lines"] = engagement_lines
    env.filters["plural"] = plural
    env.filters["label"] = lambda slug: labels.get(slug, slug)
    return env


def page(request: Request, template: str, status_code: int = 200, **context: Any
         ) -> HTMLResponse:
    """Render a page template with the request's as-of date and its other parameters."""
    params = [(k, v) for k, v in request.query_params.multi_items()
              if k not in _PRIVATE and k not in {"as_of", "page", "offset"}]
    context.setdefault("as_of", None)
    context.setdefault("title", "Parley")
    # The date a page without an as-of parameter speaks of (every view's default).
    context.setdefault("today", date.today().isoformat())
    raw_path = request.scope.get("raw_path")
    path = raw_path.decode("latin-1") if isinstance(raw_path, bytes) else request.url.path
    html = environment().get_template(template).render(
        request_path=path, keep_params=params, **context)
    return HTMLResponse(html, status_code=status_code)


@lru_cache(maxsize=1)
def chart_css() -> str:
    """The charts' stylesheet (static/chart.css), which a downloaded SVG carries inside it."""
    return (Path(__file__).resolve().parent / "static" / "chart.css").read_text(encoding="utf-8")


def svg_file(kind: str, chart: Any, name: str, **context: Any) -> Response:
    """One chart as a standalone SVG download named `name` (its styles inside, no links)."""
    body = environment().get_template("chart.svg").render(
        kind=kind, chart=chart, style=chart_css(), **context).strip() + "\n"
    return Response(body, media_type="image/svg+xml", headers={
        "Content-Disposition": f'attachment; filename="{name}"',
        # The file is styled by its own <style>; opened in a tab it may use that, no more.
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    })
