"""A page's charset: the declared one when it fits the bytes, else the one that does."""

from __future__ import annotations

import codecs

import pytest

from parley.fetch.charset import declared_charset, decode_page

FRENCH = "Le ministère des Armées a confirmé l'échange"
RUSSIAN = "Министерство обороны России заявило о переговорах по горячей линии"


@pytest.mark.parametrize(("body", "content_type", "text", "charset", "warned"), [
    (FRENCH.encode("utf-8"), "text/html; charset=utf-8", FRENCH, "utf-8", False),
    (FRENCH.encode("cp1252"), "text/html; charset=windows-1252", FRENCH, "cp1252", False),
    # Declared UTF-8, sent as Windows-1252: UTF-8 cannot decode it.
    (FRENCH.encode("cp1252"), "text/html; charset=utf-8", FRENCH, "cp1252", True),
    # Declared Latin-1 (which decodes anything), sent as UTF-8.
    (FRENCH.encode("utf-8"), "text/html; charset=iso-8859-1", FRENCH, "utf-8", True),
    (RUSSIAN.encode("cp1251"), "text/html; charset=utf-8", RUSSIAN, "cp1251", True),
    # An unknown charset name, and none at all.
    (FRENCH.encode("utf-8"), "text/html; charset=x-unheard-of", FRENCH, "utf-8", True),
    (FRENCH.encode("utf-8"), None, FRENCH, "utf-8", False),
    (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "text/html; charset=cp1252", FRENCH,
     "utf-8-sig", False),
])
def test_decode(body: bytes, content_type: str | None, text: str, charset: str,
                warned: bool) -> None:
    page = decode_page(body, content_type)
    assert (page.text, page.charset, page.warning is not None) == (text, charset, warned)


def test_a_meta_charset_is_read_when_the_header_is_wrong() -> None:
    body = f'<meta charset="iso-8859-15"><p>{FRENCH} €</p>'.encode("iso8859-15")
    page = decode_page(body, "text/html; charset=utf-8")
    assert page.charset == "iso8859-15" and "€" in page.text
    assert page.warning == "declared charset utf-8 does not match the page; read as iso8859-15"


def test_declared_charset() -> None:
    assert declared_charset('text/html; charset="UTF-8"') == "UTF-8"
    assert declared_charset("text/html") is None
    assert declared_charset(None) is None
