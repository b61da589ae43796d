"""The worst requests of a benchmark run, per endpoint, as one table a closing note can quote.

`web_bench.py` and `hostile_bench.py` time many requests of the same few routes with
different parameters. Issue 14 asks which request of the API or the dashboard is the worst;
this groups the measured requests by the route that answers them (the app's own routing
decides: `/pair/USA/CHN?as_of=2019-06` and `/pair/KOR/PRK` are both `/pair/{a}/{b}`) and
prints, per route, the worst of each measure with the request that gave it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from starlette.routing import Match

__all__ = ["route_of", "worst_by_route", "worst_table"]


def _routes(routes: Iterable[Any]) -> Iterator[Any]:
    """The routes of an app, those of the routers it includes (FastAPI keeps each included
    router whole, with its own routes) in their place."""
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _routes(included.routes)
        else:
            yield route


def route_of(app: Any, path: str) -> str:
    """The route template of the app that answers `path` (the path itself when none does)."""
    plain = path.split("?", 1)[0]
    scope = {"type": "http", "path": plain, "method": "GET", "root_path": ""}
    for route in _routes(app.routes):
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return str(getattr(route, "path", plain))
    return plain


def worst_by_route(app: Any, results: Sequence[Mapping[str, Any]],
                   measures: Mapping[str, str]) -> list[dict[str, Any]]:
    """Per route, the worst value of each measure (`measures`: result key -> column title)
    and the request that gave it; routes in order of their worst first measure."""
    rows: dict[str, dict[str, Any]] = {}
    for result in results:
        route = route_of(app, str(result["path"]))
        row = rows.setdefault(route, {"route": route, "requests": 0})
        row["requests"] += 1
        for key in measures:
            value = result.get(key)
            if value is None:
                continue
            if key not in row or value > row[key]:
                row[key], row[f"{key}_path"] = value, result["path"]
    first = next(iter(measures))
    return sorted(rows.values(), key=lambda row: -float(row.get(first, 0.0)))


def worst_table(title: str, rows: Sequence[Mapping[str, Any]], measures: Mapping[str, str],
                units: Mapping[str, str] | None = None) -> str:
    """The rows of `worst_by_route` as a Markdown table: route, then per measure its worst
    value and the request that gave it."""
    units = units or {}
    header = ["route", "requests"]
    for label in measures.values():
        header += [label, f"{label}: request"]
    lines = [f"{title}", "", "| " + " | ".join(header) + " |",
             "|" + "|".join(["---"] * len(header)) + "|"]
    for row in rows:
        cells = [f"`{row['route']}`", str(row["requests"])]
        for key in measures:
            value = row.get(key)
            shown = "" if value is None else f"{value:,.{1 if units.get(key) != 's' else 3}f}"
            path = row.get(f"{key}_path")
            cells += [shown, f"`{path[:70]}`" if path else ""]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
