"""The one table builder of every command: rows that fit the terminal (80 columns and up),
with the evidence sentence as whole lines under its row.

A terminal table that squeezes a sentence into a narrow column prints it one word a line, and
one that squeezes an article id breaks it mid-word, so neither is done here: a row is one line
of short cells (ids, dates, slugs, counts), never wrapped; when the row is wider than the
terminal, the columns of highest `priority` number give way first, either dropped or, when
`fold`, printed as `header: value` under the row; a `cut` column (a name) is then cut at a
word with "..."; ids are never cut. The sentence follows the row, wrapped at word boundaries
(no line left holding a single word), or cut at a word with "..." after `text_lines` lines.
`--wide` prints every column and the sentence in full on the row's one line, for a wide
terminal or for grep.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["Column", "Table", "cut_at_word", "fit_columns", "print_table", "print_wrapped",
           "terminal_width", "text_width", "wrap_text", "wrapped"]

#: Columns between two cells of a row.
GAP = 2
#: Columns the lines under a row are indented by.
INDENT = 4
#: The narrowest width laid out for; a narrower terminal gets lines of this width.
MIN_WIDTH = 40
ELLIPSIS = "..."


def text_width(text: str) -> int:
    """Terminal columns of a text: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def terminal_width() -> int:
    """Columns to lay out for: COLUMNS, else the terminal's width, else 80."""
    return max(MIN_WIDTH, shutil.get_terminal_size((80, 24)).columns)


def cut_at_word(text: str, width: int) -> str:
    """`text` in at most `width` columns: whole, or cut after a word with "..." (a first
    word longer than that is cut where it must be, still with "...")."""
    if text_width(text) <= width:
        return text
    room = max(0, width - len(ELLIPSIS))
    head = text[:room + 1]
    space = head.rfind(" ")
    kept = head[:space].rstrip(" ,;:") if space > 0 else text[:room]
    return kept + ELLIPSIS


def wrap_text(text: str, width: int) -> list[str]:
    """`text` as lines of at most `width` columns broken between words (an id or URL longer
    than a line is kept whole on its own line), the last line never a lone word when the
    line before can give it one."""
    lines = textwrap.wrap(" ".join(text.split()), width=max(1, width), break_long_words=False,
                          break_on_hyphens=False)
    if len(lines) >= 2 and " " not in lines[-1]:
        before = lines[-2].rsplit(" ", 1)
        if len(before) == 2 and text_width(before[1] + " " + lines[-1]) <= width:
            lines[-2], lines[-1] = before[0], f"{before[1]} {lines[-1]}"
    return lines


def wrapped(text: str, width: int | None = None, indent: int = 0,
            max_lines: int | None = None) -> list[str]:
    """A paragraph as lines for the terminal (`width` None: the terminal's), indented by
    `indent` columns; after `max_lines` lines the rest is cut at a word with "..."."""
    room = (width or terminal_width()) - indent
    lines = wrap_text(text, room)
    if max_lines is not None and len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], cut_at_word(rest, room)]
    return [" " * indent + line for line in lines]


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table and how it gives way when the terminal is narrow.

    `priority` 0 is always shown; a larger number gives way earlier. A `fold` column that
    gives way is printed under the row as `header: value`, other columns are dropped. A `cut`
    column (names, not ids) may be cut at a word with "..." once nothing else can give way.
    """

    header: str
    priority: int = 0
    fold: bool = False
    cut: bool = False
    right: bool = False  # numbers are right-aligned


@dataclass(slots=True)
class Table:
    """Rows of short cells, each with an optional text (the evidence sentence) under it."""

    columns: Sequence[Column]
    title: str | None = None
    #: At most this many lines of text under a row, the last cut at a word with "...".
    text_lines: int | None = None
    rows: list[tuple[tuple[str, ...], str]] = field(default_factory=list)

    def add_row(self, *cells: str, text: str = "") -> None:
        if len(cells) != len(self.columns):
            raise ValueError(f"a row of {len(cells)} cells in a table of "
                             f"{len(self.columns)} columns")
        self.rows.append((tuple(" ".join(cell.split()) for cell in cells), text))

    def render(self, width: int | None = None, *, wide: bool = False) -> list[str]:
        """The table's lines for a terminal of `width` columns (None: this terminal's)."""
        if wide:
            return self._render_wide()
        width = width or terminal_width()
        widths = self._natural_widths()
        shown = fit_columns(self.columns, widths, width)
        lines = wrapped(self.title, width) if self.title else []
        lines.append(_line([self.columns[i].header for i in shown], shown, widths, self.columns))
        details = any(text for _, text in self.rows) or len(shown) < len(self.columns)
        for number, (cells, text) in enumerate(self.rows):
            if details and number:
                lines.append("")  # a row with lines under it reads as one record
            lines.append(_line([cells[i] for i in shown], shown, widths, self.columns))
            for i, column in enumerate(self.columns):
                if i not in shown and column.fold and cells[i]:
                    lines += wrapped(f"{column.header}: {cells[i]}", width, INDENT)
            if text:
                lines += wrapped(text, width, INDENT, self.text_lines)
        return lines

    def _natural_widths(self) -> list[int]:
        return [max([text_width(column.header)]
                    + [text_width(cells[i]) for cells, _ in self.rows])
                for i, column in enumerate(self.columns)]

    def _render_wide(self) -> list[str]:
        columns = [*self.columns, Column("text")] if any(t for _, t in self.rows) else \
            list(self.columns)
        rows = [(*cells, " ".join(text.split())) if len(columns) > len(self.columns) else cells
                for cells, text in self.rows]
        widths = [max([text_width(c.header)] + [text_width(r[i]) for r in rows])
                  for i, c in enumerate(columns)]
        every = list(range(len(columns)))
        lines = [self.title] if self.title else []
        lines.append(_line([c.header for c in columns], every, widths, columns))
        lines += [_line(list(row), every, widths, columns) for row in rows]
        return lines


def fit_columns(columns: Sequence[Column], widths: list[int], width: int) -> list[int]:
    """Indexes of the columns shown in `width` columns: those of highest priority number give
    way first; then `cut` columns shrink (`widths` is changed to the widths laid out)."""
    shown = list(range(len(columns)))

    def total() -> int:
        return sum(widths[i] for i in shown) + GAP * (len(shown) - 1)

    for i in sorted((i for i in shown if columns[i].priority > 0),
                    key=lambda i: (-columns[i].priority, -i)):
        if total() <= width:
            break
        shown.remove(i)
    for i in (i for i in shown if columns[i].cut):
        excess = total() - width
        if excess <= 0:
            break
        widths[i] = max(text_width(columns[i].header), len(ELLIPSIS) + 4, widths[i] - excess)
    return shown


def _line(cells: list[str], shown: list[int], widths: list[int],
          columns: Sequence[Column]) -> str:
    parts = []
    for cell, i in zip(cells, shown, strict=True):
        column, room = columns[i], widths[i]
        text = cut_at_word(cell, room) if column.cut else cell
        pad = " " * max(0, room - text_width(text))
        parts.append(pad + text if column.right else text + pad)
    return (" " * GAP).join(parts).rstrip()


def print_table(table: Table, *, wide: bool = False) -> None:
    """Print a table on standard output, laid out for this terminal (or `--wide`)."""
    sys.stdout.write("\n".join(table.render(wide=wide)) + "\n")


def print_wrapped(text: str, *, wide: bool = False, indent: int = 0, hanging: int = 0) -> None:
    """Print a paragraph wrapped for this terminal (one line with `--wide`), indented by
    `indent`; lines after the first are indented `hanging` columns more, so that one item
    of a list reads as one."""
    if wide:
        print(" " * indent + " ".join(text.split()))
        return
    lines = wrapped(text, terminal_width() - hanging, indent)
    print("\n".join([lines[0], *(" " * hanging + line for line in lines[1:])]))

