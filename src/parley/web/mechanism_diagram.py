"""Geometry of a pair's mechanism diagram: the system of its channels, drawn as an SVG.

The two states stand as pillars left and right; each known mechanism (`report.channels`:
the reference data joined with what the store has learned, each mechanism with its own
history: its last use and state from the events that name it) is a line between them, grouped
by the level of its catalogue channel, highest level on top. A line's style says its
condition: open, degraded, frozen, stale (open on paper, but not seen in use for the
setting `stale_after_months` on the dashboard, `STALE_MONTHS` by default), or unknown; under
it, since when and when it was last used.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from parley import catalogue
from parley.report.channels import ChannelRow
from parley.report.intervals import period_start
from parley.types import ChannelStatus

__all__ = ["CONDITIONS", "Diagram", "condition", "conditions", "mechanism_diagram",
           "reference_date"]

#: An open mechanism not seen in use for this long is drawn as stale: a hotline nobody
#: answers is the common failure, and two years spans a full cycle of annual dialogues.
STALE_MONTHS = 24
#: Conditions, in the legend's order, with what the legend says of each.
CONDITIONS: dict[str, str] = {
    "open": "open, used recently",
    "degraded": "degraded",
    "frozen": "frozen (suspended)",
    "stale": f"open but not seen in use for {STALE_MONTHS} months",
    "unknown": "no evidence of its state",
}


def conditions(stale_months: int = STALE_MONTHS) -> dict[str, str]:
    """The legend for a diagram whose stale rule is `stale_months` long."""
    return {**CONDITIONS, "stale": f"open but not seen in use for {stale_months} months"}

WIDTH = 766.0
PILLAR_X = 92.0  # left pillar's left edge; the right one mirrors it
PILLAR_WIDTH = 10.0
HEADER_HEIGHT = 26.0
GROUP_HEIGHT = 20.0
ROW_HEIGHT = 38.0
#: Approximate width of one character of a 12px label.
CHAR_WIDTH = 6.6


def _year_month(value: str, *, last: bool) -> tuple[int, int]:
    """(year, month) of a partial date; a bare year counts as its last month if `last`."""
    month = int(value[5:7]) if len(value) >= 7 else (12 if last else 1)
    return int(value[:4]), month


def months_between(earlier: str, later: str) -> int:
    """Whole months from the month of `earlier` to that of `later` ("2022" reads as its
    latest month for `earlier`, so a year-only use is never judged older than it may be)."""
    first_year, first_month = _year_month(earlier, last=True)
    last_year, last_month = _year_month(later, last=True)
    return (last_year - first_year) * 12 + last_month - first_month


def condition(row: ChannelRow, reference: str | None, stale_months: int = STALE_MONTHS) -> str:
    """'frozen' for a suspended channel, 'degraded', 'open' when active and used within
    `stale_months` of `reference`, else 'stale'; 'unknown' with no state and no use."""
    if row.status is ChannelStatus.SUSPENDED:
        return "frozen"
    if row.status is ChannelStatus.DEGRADED:
        return "degraded"
    recent = (row.last_used is not None and reference is not None
              and months_between(row.last_used, reference) <= stale_months)
    if row.status is ChannelStatus.ACTIVE:
        return "open" if recent or reference is None else "stale"
    return "stale" if row.last_used is not None and not recent else (
        "open" if recent else "unknown")


def reference_date(rows: Sequence[ChannelRow], as_of: str | None) -> str | None:
    """The date staleness is judged at: `as_of`, else the latest use or change on record."""
    if as_of:
        return as_of
    dates = [d for row in rows for d in (row.last_used, row.since) if d]
    return max(dates, key=lambda d: (period_start(d) or date.min, len(d)), default=None)


@dataclass(frozen=True, slots=True)
class Line:
    name: str  # as drawn (cut with an ellipsis when too long)
    full_name: str
    channel: str | None
    condition: str
    caption: str
    y: float  # the line's y
    x1: float
    x2: float


@dataclass(frozen=True, slots=True)
class Group:
    label: str
    y: float  # baseline of the group's label


@dataclass(frozen=True, slots=True)
class Diagram:
    width: float
    height: float
    name_a: str
    name_b: str
    pillar_left: float
    pillar_right: float
    pillar_width: float
    top: float
    groups: tuple[Group, ...]
    lines: tuple[Line, ...]

    @property
    def middle(self) -> float:
        return self.width / 2


def _caption(row: ChannelRow) -> str:
    """ "suspended since 2023-02 · last used 2022-11 · set up 1998" (the state is the
    channel's; the line's style says whether the mechanism itself looks open or stale)."""
    if row.status is ChannelStatus.UNKNOWN:
        parts = ["no evidence of its state"]
    else:
        parts = [f"{row.status.value} since {row.since}" if row.since else row.status.value]
    parts.append(f"last used {row.last_used}" if row.last_used else "no use on record")
    if row.mechanism and row.mechanism.established:
        parts.append(f"set up {row.mechanism.established}")
    return " · ".join(parts)


def _group_label(channel: str | None, labels: Mapping[str, str],
                 levels: Mapping[str, str]) -> str:
    if channel is None:
        return "Other contacts"
    label, level = labels.get(channel, channel), levels.get(channel)
    return label if not level or level.lower() in label.lower() else f"{label} · {level} level"


def _fit(text: str, room: float) -> str:
    most = max(4, int(room / CHAR_WIDTH))
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def mechanism_diagram(rows: Sequence[ChannelRow], name_a: str, name_b: str,
                      as_of: str | None, labels: Mapping[str, str] | None = None,
                      stale_months: int = STALE_MONTHS) -> Diagram | None:
    """The diagram of a pair's mechanisms (None when it has none known)."""
    if not rows:
        return None
    labels = labels or catalogue.labels()
    levels = catalogue.levels()
    order = {slug: n for n, slug in enumerate(catalogue.slugs())}
    reference = reference_date(rows, as_of)
    ranked = sorted(enumerate(rows), key=lambda item: (
        order.get(item[1].channel or "", len(order)), item[0]))
    x1 = PILLAR_X + PILLAR_WIDTH
    x2 = WIDTH - PILLAR_X - PILLAR_WIDTH
    groups: list[Group] = []
    lines: list[Line] = []
    y = HEADER_HEIGHT
    current: str | None = "-"
    for _, row in ranked:
        if row.channel != current:
            current = row.channel
            groups.append(Group(_fit(_group_label(current, labels, levels), x2 - x1), y + 14))
            y += GROUP_HEIGHT
        state = condition(row, reference, stale_months)
        lines.append(Line(_fit(row.name, x2 - x1 - 8), row.name, row.channel, state,
                          _fit(_caption(row), x2 - x1 - 8), y + 20, x1, x2))
        y += ROW_HEIGHT
    return Diagram(WIDTH, y + 6, _fit(name_a, WIDTH / 2 - 8), _fit(name_b, WIDTH / 2 - 8),
                   PILLAR_X, WIDTH - PILLAR_X - PILLAR_WIDTH, PILLAR_WIDTH, HEADER_HEIGHT - 4,
                   tuple(groups), tuple(lines))
