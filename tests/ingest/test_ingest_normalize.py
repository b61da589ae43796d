"""Tests of ingest's text cleanup, content ids, publication dates and front matter."""

from __future__ import annotations

import codecs
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley.ingest import content_id, normalize_text, parse_published
from parley.ingest.frontmatter import split_front_matter
from parley.ingest.normalize import RejectedInput, decode_bytes

# --- text normalisation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Talks resumed.\r\nBoth sides agreed.", "Talks resumed.\nBoth sides agreed."),
        ("Talks resumed.\rBoth sides agreed.", "Talks resumed.\nBoth sides agreed."),
        ("Talks resumed.   \nBoth sides agreed.\t", "Talks resumed.\nBoth sides agreed."),
        ("\n\nTalks resumed.\n\n\n", "Talks resumed."),
        # NFC: "e" + a combining accent becomes the single precomposed character.
        ("Ministe\u0300re de la De\u0301fense", "Ministère de la Défense"),
        # Inner spacing, blank lines between paragraphs and typographic quotes stay as written.
        (
            "A  “hotline”  call.\n\nA second paragraph.",
            "A  “hotline”  call.\n\nA second paragraph.",
        ),
        ("    indented first line", "    indented first line"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@given(st.text())
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text())
def test_normalized_text_has_no_carriage_returns_or_trailing_spaces(text: str) -> None:
    cleaned = normalize_text(text)
    assert "\r" not in cleaned
    assert all(line == line.rstrip() for line in cleaned.split("\n"))


# --- content ids --------------------------------------------------------------------------


def test_content_id_is_sha256_prefix() -> None:
    # sha256("abc") is ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assert content_id("abc") == "ba7816bf8f01cfea"


@given(st.text())
def test_content_id_is_16_hex_characters_and_deterministic(text: str) -> None:
    first = content_id(text)
    assert len(first) == 16
    assert set(first) <= set("0123456789abcdef")
    assert content_id(text) == first


def test_content_id_differs_for_different_texts() -> None:
    assert content_id("The navies spoke.") != content_id("The navies did not speak.")


# --- publication dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-06-26", date(2023, 6, 26)),
        ("  2023-06-26  ", date(2023, 6, 26)),
        ("2023-06-26T10:00:00Z", date(2023, 6, 26)),
        ("2023-06-26T23:30:00+09:00", date(2023, 6, 26)),  # the date as written, not UTC
        ("2023-06-26 10:00", date(2023, 6, 26)),
        ("2023-06-26T10:00:00.123456", date(2023, 6, 26)),
        ("Mon, 26 Jun 2023 10:00:00 GMT", date(2023, 6, 26)),
        ("Mon, 26 Jun 2023 10:00:00 +0200", date(2023, 6, 26)),
        ("26 Jun 2023 10:00:00 GMT", date(2023, 6, 26)),
        ("Mon, 26 Jun 2023", date(2023, 6, 26)),
        ("26 Jun 2023", date(2023, 6, 26)),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_published_accepts(value: object, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2023-13-45", "invalid publication date '2023-13-45'"),
        ("yesterday-ish", "invalid publication date 'yesterday-ish'"),
        ("2023-02-30", "invalid publication date '2023-02-30'"),
        (
            "Mon, 45 Jun 2023 10:00:00 GMT",
            "invalid publication date 'Mon, 45 Jun 2023 10:00:00 GMT'",
        ),
        (20230626, "invalid publication date 20230626"),
        (["2023-06-26"], "invalid publication date ['2023-06-26']"),
    ],
)
def test_parse_published_rejects(value: object, message: str) -> None:
    with pytest.raises(RejectedInput) as raised:
        parse_published(value)
    assert str(raised.value) == message


# --- decoding -----------------------------------------------------------------------------


def test_decode_plain_utf8() -> None:
    assert decode_bytes("Talks in Séoul".encode()) == "Talks in Séoul"


def test_decode_strips_utf8_bom() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + b"Talks resumed.") == "Talks resumed."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    assert decode_bytes(bom + "Hotline tested, says ministry.".encode(codec)) == (
        "Hotline tested, says ministry."
    )


def test_decode_latin1_names_byte_and_offset() -> None:
    with pytest.raises(RejectedInput) as raised:
        decode_bytes("Talks in Séoul".encode("latin-1"))
    assert str(raised.value) == "not valid UTF-8 text (byte 0xe9 at offset 10)"


def test_decode_offset_counts_the_bom() -> None:
    with pytest.raises(RejectedInput) as raised:
        decode_bytes(codecs.BOM_UTF8 + "Séoul".encode("latin-1"))
    assert str(raised.value) == "not valid UTF-8 text (byte 0xe9 at offset 4)"


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04\x14\x00\x00\x00",  # a zip header: NUL bytes
        b"plain words then a \x00 byte",
        bytes(range(1, 32)) * 20,  # control characters only, no NUL
        bytes(range(128, 256)) * 20,  # nothing but invalid UTF-8
    ],
)
def test_decode_refuses_binary(data: bytes) -> None:
    with pytest.raises(RejectedInput, match=r"^binary file, not text$"):
        decode_bytes(data)


def test_a_few_control_characters_are_still_text() -> None:
    assert decode_bytes(b"Talks \x1b[1mresumed\x1b[0m.\x0c") == "Talks \x1b[1mresumed\x1b[0m.\x0c"


# --- front matter -------------------------------------------------------------------------


def test_front_matter_fields_and_body() -> None:
    text = (
        "---\n"
        "title: Navies reopen their hotline\n"
        "Published: 2023-06-26\n"
        "url: https://news.example/hotline\n"
        "source: Example Wire\n"
        "id: hotline-01\n"
        "---\n"
        "The two navies tested the line on Monday."
    )
    front, body = split_front_matter(text)
    assert front.fields == {
        "title": "Navies reopen their hotline",
        "published": "2023-06-26",
        "url": "https://news.example/hotline",
        "source": "Example Wire",
        "id": "hotline-01",
    }
    assert front.unknown_keys == ()
    assert body == "The two navies tested the line on Monday."


def test_front_matter_quotes_comments_blank_lines_alias_and_unknown_keys() -> None:
    text = (
        "---\n# written by hand\n\n"
        "date: \"2023-06-26\"\ntitle: 'A: colon'\nauthor: Desk\n---\nBody."
    )
    front, body = split_front_matter(text)
    assert front.fields == {"published": "2023-06-26", "title": "A: colon"}
    assert front.unknown_keys == ("author",)
    assert body == "Body."


def test_text_without_front_matter_is_unchanged() -> None:
    text = "Title line\n---\nnot front matter because it is not at the top"
    front, body = split_front_matter(text)
    assert front.fields == {}
    assert body == text


def test_unclosed_front_matter_is_rejected() -> None:
    with pytest.raises(RejectedInput, match=r"^front matter opened with '---' is never closed$"):
        split_front_matter("---\ntitle: Never closed\nThe body.")


def test_front_matter_line_without_colon_is_rejected() -> None:
    with pytest.raises(RejectedInput) as raised:
        split_front_matter("---\ntitle: Fine\njust words\n---\nBody.")
    assert str(raised.value) == "front matter line 3 is not 'key: value': 'just words'"
