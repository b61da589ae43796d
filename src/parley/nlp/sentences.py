"""Sentence splitting without a model: paragraphs, sentence punctuation, abbreviations, datelines.

Articles are split with this cheap rule-based splitter; only the sentences a caller selects
(the extractor's lexical pre-filter) go through the statistical pipeline (`parse.py`).
"""

from __future__ import annotations

import re

from parley.types import Sentence

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
# and an upper-case letter, digit or opening quote; abbreviations below never end one.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt cmdr adm sgt rep sen gov st jr sr vs no nos
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e etc inc corp co ltd
    rear vice lt.-gen lt.gen brig fig pp""".split()
)


def _ends_with_abbreviation(text: str) -> bool:
    if re.search(r"['’][a-z]\.$", text):
        return False  # "China's." ends a sentence; the s is not an initial
    match = re.search(r"([A-Za-z.\-]+)\.$", text)
    if not match:
        return False
    # "China-U.S. Military Maritime …": the last part of a hyphenated word is read alone.
    word = match.group(1).lower().rsplit("-", 1)[-1]
    if word in _ABBREVIATIONS:
        return True
    # Initials such as "J." or "U.S." in the middle of a name or an acronym.
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with offsets: paragraphs first, then sentence punctuation."""
    sentences: list[Sentence] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        para_start = paragraph.start()
        chunk = paragraph.group()
        cursor = 0
        for boundary in _BOUNDARY.finditer(chunk):
            candidate_end = boundary.start() + len(boundary.group().rstrip())
            if _ends_with_abbreviation(chunk[cursor : boundary.start() + 1]):
                continue
            _append(sentences, text, para_start + cursor, para_start + candidate_end)
            cursor = boundary.end()
        _append(sentences, text, para_start + cursor, para_start + len(chunk))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(text=text[start:end], start=start, end=end))


#: A dateline opening a story: a place in capitals (or two, "MOSCOW/JERUSALEM"), maybe a
#: country, maybe a filing day and an agency in brackets, then a dash or colon; a wire's lone
#: hyphen after a space ("SEOUL, June 2 - ", "QINGDAO, China, June 27 — ").
DATELINE = re.compile(r"^[A-Z][A-Z .'’/\-]+(?:,\s*[A-Z][\w .'’\-]+?)??"
                      r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,40}\)\s*)?"
                      r"(?:\s*(?:—|–|--|:)|\s+-)\s")


def dateline_length(text: str) -> int:
    """How many characters of a sentence are its dateline (0 when it has none)."""
    match = DATELINE.match(text)
    return match.end() if match and match.end() < len(text) else 0
