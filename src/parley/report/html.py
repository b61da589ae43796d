"""The situation report as one self-contained HTML file, rendered from a Jinja2 template.

The page carries its CSS and its SVG chart inline and refers to no external resource (no
script, font, image or stylesheet URL), so it opens offline and can be mailed as one file.
Every citation number links to its evidence entry (`#cite-N`), which quotes the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from parley.report.sections import ChannelChart
from parley.report.situation import SituationReport
from parley.resolve import load_gazetteer
from parley.types import ChannelStatus

if TYPE_CHECKING:
    from jinja2 import Environment

__all__ = ["STATUS_COLOURS", "render_html"]

#: Fill colour of each status in the chart.
STATUS_COLOURS: dict[ChannelStatus, str] = {
    ChannelStatus.ACTIVE: "#3a8d5d",
    ChannelStatus.DEGRADED: "#e0a030",
    ChannelStatus.SUSPENDED: "#c0392b",
    ChannelStatus.UNKNOWN: "#e8ebee",
}

CHART_WIDTH = 640
#: Approximate width of one character of an 11px label, to size the label column.
CHAR_WIDTH = 6.3
CELL_HEIGHT = 20
TOP = 20


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """The report's template environment (Jinja2 is imported here, when a report is rendered:
    commands that render none start without it)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("parley.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


@dataclass(frozen=True, slots=True)
class _Geometry:
    width: int
    height: int
    cell_width: int
    cell_height: int
    first: str
    last: str
    ticks: list[dict[str, Any]]
    rows: list[dict[str, Any]]


def _geometry(chart: ChannelChart) -> _Geometry:
    count = len(chart.months)
    cell = max(3, min(16, CHART_WIDTH // max(count, 1)))
    label_width = max(120, int(max(len(r.label) for r in chart.rows) * CHAR_WIDTH) + 12)
    positions = [(label_width + i * cell, m[:4])
                 for i, m in enumerate(chart.months) if m.endswith("-01") or i == 0]
    if len(positions) > 1 and positions[1][0] - positions[0][0] < 30:
        positions = positions[1:]  # the first month's label would overlap January's
    ticks: list[dict[str, Any]] = [{"x": x, "label": label} for x, label in positions]
    rows = []
    for index, row in enumerate(chart.rows):
        rows.append({
            "label": row.label, "y": TOP + index * CELL_HEIGHT,
            "cells": [{"x": label_width + i * cell, "month": month,
                       "status": status.value + (" (stale: no recent evidence)" if stale
                                                 else ""),
                       "fill": STATUS_COLOURS[status], "conflict": conflict, "stale": stale}
                      for i, (month, status, conflict, stale) in enumerate(
                          zip(chart.months, row.cells, row.conflicts,
                              row.stale or (False,) * len(row.cells), strict=True))],
        })
    return _Geometry(label_width + count * cell + 10, TOP + len(chart.rows) * CELL_HEIGHT + 4,
                     cell, CELL_HEIGHT, chart.months[0], chart.months[-1], ticks, rows)


def render_html(report: SituationReport) -> str:
    """One self-contained HTML page of the report."""
    gazetteer = load_gazetteer()
    title = f"{gazetteer.state_name(report.a)} – {gazetteer.state_name(report.b)}"
    chart = _geometry(report.chart) if report.chart is not None and report.chart.rows else None
    citations = [
        {"number": number, "sentence": e.sentence, "title": e.title or e.article,
         "article": e.article,
         "published": e.published.isoformat() if e.published else "undated"}
        for number, e in enumerate(report.citations, start=1)
    ]
    legend = [(s.value, STATUS_COLOURS[s]) for s in (ChannelStatus.ACTIVE,
              ChannelStatus.DEGRADED, ChannelStatus.SUSPENDED, ChannelStatus.UNKNOWN)]
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, title=title, chart=chart, citations=citations,
                           legend=legend)
