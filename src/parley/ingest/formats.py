"""Readers for each input format (plain text, JSON, JSON Lines, HTML), from decoded text to records.

Each reader turns one decoded input into `Article`s, `InputFailure`s and `InputWarning`s and
never raises for bad content, so one broken article never stops the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TypeAlias

from parley.ingest.frontmatter import split_front_matter
from parley.ingest.html import extract_page
from parley.ingest.normalize import RejectedInput, content_id, normalize_text, parse_published
from parley.ingest.validate import check_field, check_published, load_json
from parley.types import Article, InputFailure, InputWarning

Record: TypeAlias = Article | InputFailure | InputWarning

NO_DATE_WARNING = "no publication date; relative dates stay unresolved"

#: A line of a JSON Lines input: its number and its text, or why it could not be decoded.
NumberedLine: TypeAlias = tuple[int, str | RejectedInput]


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _optional_string(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RejectedInput(f"'{key}' is {_json_kind(value)}, not a string")
    return value.strip() or None


def _given_id(record: dict[str, object]) -> str | None:
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _optional_string(record, "id")


def _malformed_json(error: json.JSONDecodeError, *, with_line: bool = True) -> str:
    where = f"line {error.lineno}, column {error.colno}" if with_line else f"column {error.colno}"
    return f"malformed JSON: {error.msg} ({where})"


def build_article(
    origin: str,
    text: str,
    *,
    article_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: object = None,
    default_published: date | None = None,
) -> list[Record]:
    """The article (normalised text, id, date) and its no-date warning; raises `RejectedInput`.

    The input's own date wins over `default_published`, which only fills a gap.
    """
    for name, value in (("id", article_id), ("title", title), ("url", url),
                        ("source", source), ("text", text)):
        check_field(name, value)
    body = normalize_text(text)
    if not body.strip():
        raise RejectedInput("empty text")
    when = parse_published(published) or default_published
    check_published(when)
    article = Article(
        id=article_id or content_id(body),
        text=body,
        title=title,
        url=url,
        source=source,
        published=when,
        origin=origin,
    )
    if when is None:
        return [article, InputWarning(origin, NO_DATE_WARNING)]
    return [article]


def _guarded(origin: str, build: Callable[[], list[Record]]) -> list[Record]:
    try:
        return build()
    except RejectedInput as problem:
        return [InputFailure(origin, str(problem))]


def read_plain_text(text: str, origin: str, default_published: date | None) -> list[Record]:
    """A plain text, with an optional front-matter block at its top."""

    def build() -> list[Record]:
        front, body = split_front_matter(normalize_text(text))
        fields = front.fields
        records = build_article(
            origin,
            body,
            article_id=fields.get("id") or None,
            title=fields.get("title") or None,
            url=fields.get("url") or None,
            source=fields.get("source") or None,
            published=fields.get("published"),
            default_published=default_published,
        )
        ignored = [
            InputWarning(origin, f"front matter key {key!r} ignored") for key in front.unknown_keys
        ]
        return records + ignored

    return _guarded(origin, build)


def read_json_object(value: object, origin: str, default_published: date | None) -> list[Record]:
    """One article object; fields other than id, url, title, published, source, text are ignored."""

    def build() -> list[Record]:
        if not isinstance(value, dict):
            raise RejectedInput(f"expected an article object, got {_json_kind(value)}")
        if "text" not in value:
            raise RejectedInput("no 'text' field")
        text = value["text"]
        if not isinstance(text, str):
            raise RejectedInput(f"'text' is {_json_kind(text)}, not a string")
        return build_article(
            origin,
            text,
            article_id=_given_id(value),
            title=_optional_string(value, "title"),
            url=_optional_string(value, "url"),
            source=_optional_string(value, "source"),
            published=value.get("published"),
            default_published=default_published,
        )

    return _guarded(origin, build)


def _read_json_value(value: object, origin: str, default_published: date | None) -> list[Record]:
    if isinstance(value, list):
        if not value:
            return [InputWarning(origin, "JSON array holds no articles")]
        records: list[Record] = []
        for index, item in enumerate(value):
            records += read_json_object(item, f"{origin}[{index}]", default_published)
        return records
    if isinstance(value, dict):
        return read_json_object(value, origin, default_published)
    return [InputFailure(origin, f"JSON holds {_json_kind(value)}, not an article object or array")]


def read_json_document(text: str, origin: str, default_published: date | None) -> list[Record]:
    """A JSON document: one article object, or an array of them (origin `path[index]`)."""
    try:
        value: object = load_json(text)
    except json.JSONDecodeError as error:
        return [InputFailure(origin, _malformed_json(error))]
    except RecursionError:
        return [InputFailure(origin, "malformed JSON: nested too deeply")]
    except RejectedInput as problem:
        return [InputFailure(origin, str(problem))]
    return _read_json_value(value, origin, default_published)


def read_json_lines(
    lines: Iterable[NumberedLine], origin: str, default_published: date | None
) -> Iterator[Record]:
    """One article object per line (origin `path:line`); blank lines are skipped."""
    seen_content = False
    for number, line in lines:
        line_origin = f"{origin}:{number}"
        if isinstance(line, RejectedInput):
            seen_content = True
            yield InputFailure(line_origin, str(line))
            continue
        if not line.strip():
            continue
        seen_content = True
        try:
            value: object = load_json(line)
        except json.JSONDecodeError as error:
            yield InputFailure(line_origin, _malformed_json(error, with_line=False))
            continue
        except RecursionError:
            yield InputFailure(line_origin, "malformed JSON: nested too deeply")
            continue
        except RejectedInput as problem:
            yield InputFailure(line_origin, str(problem))
            continue
        yield from read_json_object(value, line_origin, default_published)
    if not seen_content:
        yield InputFailure(origin, "empty text")


def read_html(text: str, origin: str, default_published: date | None) -> list[Record]:
    """The main text of an HTML page with its title, date and URL."""

    def build() -> list[Record]:
        try:
            page = extract_page(text)
        except Exception as error:  # trafilatura's own failures: one input, not the batch
            raise RejectedInput(f"HTML could not be read: {error}") from error
        if page is None:
            raise RejectedInput("HTML has no article body")
        return build_article(
            origin,
            page.text,
            title=page.title,
            url=page.url,
            source=page.site,
            published=page.date,
            default_published=default_published,
        )

    return _guarded(origin, build)


def _first_line_is_json(text: str) -> bool:
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        load_json(first)
    except (json.JSONDecodeError, RecursionError, RejectedInput):
        return False
    return True


def read_detected(text: str, origin: str, default_published: date | None) -> Iterator[Record]:
    """Input of unknown kind (standard input): JSON, JSON Lines, or plain text.

    Text that starts with `{` is JSON, or JSON Lines when only its first line parses; text that
    parses whole as a JSON array is an array of articles; anything else is plain text.
    """
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            value: object = load_json(text)
        except RejectedInput as problem:
            yield InputFailure(origin, str(problem))
            return
        except json.JSONDecodeError as error:
            if stripped.startswith("{"):
                if _first_line_is_json(text):
                    yield from read_json_lines(
                        enumerate(text.split("\n"), start=1), origin, default_published
                    )
                else:
                    yield InputFailure(origin, _malformed_json(error))
                return
        except RecursionError:
            yield InputFailure(origin, "malformed JSON: nested too deeply")
            return
        else:
            yield from _read_json_value(value, origin, default_published)
            return
    yield from read_plain_text(text, origin, default_published)
