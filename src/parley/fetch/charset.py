"""A fetched page's bytes to text: the charset it declares, checked against what it holds.

Servers often declare the wrong charset. A declared charset is trusted when it decodes the
bytes strictly, except that a single-byte charset (Latin-1, Windows-1252) decodes anything,
so bytes that are valid UTF-8 with non-ASCII letters are read as UTF-8 instead. Otherwise
the page's own <meta charset> is tried, then UTF-8, then charset_normalizer's guess; a
warning names the declared charset that was overruled.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

_CHARSET_PARAMETER = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
#: Where a <meta charset> must appear (the HTML standard looks at the first 1024 bytes).
META_WINDOW = 2048
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
#: Charsets that decode every byte, so a clean decode says nothing about being right.
PREFERRED_LEGACY = "cp1252"
_SINGLE_BYTE = frozenset({"iso8859-1", "cp1252", "iso8859-15"})


@dataclass(frozen=True, slots=True)
class DecodedPage:
    text: str
    charset: str
    #: Set when the declared charset was wrong and another was used.
    warning: str | None = None


def declared_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, or None."""
    found = _CHARSET_PARAMETER.search(content_type or "")
    return found.group(1) if found else None


def _codec(name: str | None) -> str | None:
    """Python's name of a charset, or None when Python does not know it."""
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf8_with_letters(body: bytes) -> str | None:
    text = _strict(body, "utf-8")
    return text if text is not None and not text.isascii() else None


def decode_page(body: bytes, content_type: str | None) -> DecodedPage:
    """The page's text and the charset it was read with (see the module's docstring)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return DecodedPage(body.decode(codec, "replace"), codec)
    declared_name = declared_charset(content_type)
    declared = _codec(declared_name)
    if declared is not None:
        text = _strict(body, declared)
        if text is not None:
            if declared not in _SINGLE_BYTE:
                return DecodedPage(text, declared)
            utf8 = _utf8_with_letters(body)
            if utf8 is None:
                return DecodedPage(text, declared)
            return DecodedPage(utf8, "utf-8", _overruled(declared_name, "utf-8"))
    meta = _META_CHARSET.search(body[:META_WINDOW])
    candidates = [_codec(meta.group(1).decode("ascii")) if meta else None, "utf-8"]
    for candidate in candidates:
        if candidate is not None and candidate != declared:
            decoded = _strict(body, candidate)
            if decoded is not None:
                return DecodedPage(decoded, candidate, _overruled(declared_name, candidate))
    guess = _guess(body)
    if guess is not None:
        return DecodedPage(guess[0], guess[1], _overruled(declared_name, guess[1]))
    fallback = declared or "utf-8"
    return DecodedPage(body.decode(fallback, "replace"), fallback,
                       f"no charset decodes the page; read as {fallback} with replacements")


def _guess(body: bytes) -> tuple[str, str] | None:
    """charset_normalizer's best reading; among equally good ones Windows-1252, the web's
    usual legacy charset (WHATWG), which a short Western text cannot tell from its kin."""
    matches = from_bytes(body)
    best = matches.best()
    if best is None:
        return None
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    chosen = next((m for m in tied if m.encoding == PREFERRED_LEGACY), best)
    return str(chosen), chosen.encoding


def _overruled(declared: str | None, used: str) -> str | None:
    if declared is None:
        return None
    return f"declared charset {declared} does not match the page; read as {used}"
