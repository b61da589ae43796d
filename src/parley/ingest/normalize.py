"""Text cleanup for ingest: bytes to normalised text, content ids and publication dates.

Later stages compute sentence offsets on the stored text, so every change ingest makes to a
text happens here, once, and the result is exactly what an `Article` carries.
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from datetime import date, datetime
from email.utils import parsedate_to_datetime

#: Characters of the first part of an input looked at to tell text from binary data.
BINARY_SAMPLE_SIZE = 8192

#: Share of undecodable or control characters above which an input is "mostly non-text".
#: Latin-1 prose has a few percent of stray bytes; images and archives have far more.
BINARY_SHARE = 0.30

#: Control characters that plain text does carry (tab, newlines, form feed, escape).
TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")

#: Length of the hex prefix of SHA-256 used as an article id when the input gives none.
CONTENT_ID_LENGTH = 16

#: Date-only forms of RFC 2822 that `email.utils` refuses because they lack a time.
_RFC_DATE_ONLY_FORMATS = ("%a, %d %b %Y", "%d %b %Y")


class RejectedInput(ValueError):
    """An input that cannot become an article; the message is the one-line reason."""


def split_bom(data: bytes) -> tuple[bytes, str, int]:
    """The bytes after a byte-order mark, the codec they are in, and the length of the mark."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :], "utf-8", len(codecs.BOM_UTF8)
    if data.startswith(codecs.BOM_UTF16_LE):
        return data[2:], "utf-16-le", 2
    if data.startswith(codecs.BOM_UTF16_BE):
        return data[2:], "utf-16-be", 2
    return data, "utf-8", 0


def _looks_binary(sample: str) -> bool:
    if "\x00" in sample:
        return True
    if not sample:
        return False
    odd = sum(
        1
        for character in sample
        if character == "\ufffd"
        or (unicodedata.category(character) == "Cc" and character not in TEXT_CONTROLS)
    )
    return odd / len(sample) > BINARY_SHARE


def check_not_binary(data: bytes) -> None:
    """Raise `RejectedInput` for NUL bytes or a start that is mostly not text."""
    body, encoding, _ = split_bom(data)
    if encoding == "utf-8" and b"\x00" in body:
        raise RejectedInput("binary file, not text")
    sample = body[: BINARY_SAMPLE_SIZE * 2].decode(encoding, errors="replace")
    if _looks_binary(sample[:BINARY_SAMPLE_SIZE]):
        raise RejectedInput("binary file, not text")


def decode_utf(body: bytes, encoding: str = "utf-8", *, offset: int = 0) -> str:
    """Decode `body`; a failure names the first bad byte and its offset (plus `offset`)."""
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        name = "UTF-8" if encoding == "utf-8" else "UTF-16"
        bad = body[error.start]
        raise RejectedInput(
            f"not valid {name} text (byte 0x{bad:02x} at offset {offset + error.start})"
        ) from None


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without a BOM) or UTF-16 with a BOM to text; binary data is refused."""
    check_not_binary(data)
    body, encoding, skipped = split_bom(data)
    return decode_utf(body, encoding, offset=skipped)


def check_text_string(text: str) -> None:
    """The binary check for text that arrives already decoded (a text stream)."""
    if _looks_binary(text[:BINARY_SAMPLE_SIZE]):
        raise RejectedInput("binary file, not text")


def normalize_text(text: str) -> str:
    """Newlines to \\n, NFC, no trailing spaces on a line, no blank lines at either end.

    Nothing else changes: spacing inside a line, quotes and dashes stay as written.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def content_id(text: str) -> str:
    """The id of an article that brings none: a prefix of the SHA-256 of its normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:CONTENT_ID_LENGTH]


def _describe(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def parse_published(value: object) -> date | None:
    """A publication date from ISO 8601 (date or datetime) or RFC 2822 text.

    None or blank text is "no date" (None); anything else that is not a date raises
    `RejectedInput`. A datetime gives its date as written, without moving it to UTC.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise RejectedInput(f"invalid publication date {_describe(value)}")
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError):
        pass
    for pattern in _RFC_DATE_ONLY_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RejectedInput(f"invalid publication date {_describe(value)}")
