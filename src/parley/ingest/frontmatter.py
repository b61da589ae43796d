"""The front-matter block of plain-text articles: the way a .txt file states its own metadata.

A text may open with a block of `key: value` lines between two `---` lines:

    ---
    title: Navies reopen their hotline
    published: 2023-06-26
    ---
    The text itself.

Known keys are title, published (or date), url, source and id. Blank lines and lines that
start with `#` are skipped inside the block; values may be wrapped in matching quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parley.ingest.normalize import RejectedInput

FENCE = "---"

#: Keys a front-matter block may set, mapped to the article field they fill.
KEYS: dict[str, str] = {
    "title": "title",
    "published": "published",
    "date": "published",
    "url": "url",
    "source": "source",
    "id": "id",
}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The fields a block set (by article field name) and the keys it had that mean nothing."""

    fields: dict[str, str] = field(default_factory=dict)
    unknown_keys: tuple[str, ...] = ()


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in {"'", '"'}:
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """The front matter at the top of a newline-normalised `text`, and the text after it.

    A text whose first line is not `---` has no front matter and comes back unchanged. A block
    that is never closed, or holds a line that is not `key: value`, raises `RejectedInput`.
    """
    lines = text.split("\n")
    if lines[0].strip() != FENCE:
        return FrontMatter(), text
    closing = next(
        (index for index, line in enumerate(lines[1:], start=1) if line.strip() == FENCE),
        None,
    )
    if closing is None:
        raise RejectedInput("front matter opened with '---' is never closed")
    fields: dict[str, str] = {}
    unknown: list[str] = []
    for number, line in enumerate(lines[1:closing], start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, separator, value = stripped.partition(":")
        key = key.strip().lower()
        if not separator or not key:
            raise RejectedInput(f"front matter line {number} is not 'key: value': {stripped!r}")
        if key not in KEYS:
            unknown.append(key)
            continue
        fields[KEYS[key]] = _unquote(value.strip())
    body = "\n".join(lines[closing + 1 :])
    return FrontMatter(fields, tuple(unknown)), body
