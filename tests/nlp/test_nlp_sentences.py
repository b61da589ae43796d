"""Sentence splitting without a model: punctuation, abbreviations, initials and datelines."""

from __future__ import annotations

from parley.nlp.sentences import dateline_length, split_sentences


def test_sentences_end_at_punctuation_but_not_after_abbreviations_or_initials() -> None:
    text = ("Gen. Li met Lt. Col. Smith of the U.S. Army on Monday. They spoke for an hour!\n"
            "J. R. Doe said China's. Talks resume in Sept. 2024.")
    assert [s.text for s in split_sentences(text)] == [
        "Gen. Li met Lt. Col. Smith of the U.S. Army on Monday.",
        "They spoke for an hour!",
        "J. R. Doe said China's.",
        "Talks resume in Sept. 2024.",
    ]


def test_an_abbreviation_ending_a_hyphenated_word_does_not_end_a_sentence() -> None:
    # "China-U.S. Military …", "the Sino-U.K. Joint Commission": the dates of the rest of
    # the sentence belong to its first half's verb.
    text = ("Navy officers held the China-U.S. Military Maritime Consultative Agreement talks "
            "on Monday. The Sino-U.K. Joint Commission met later. It ended well-prepared. Next.")
    assert [s.text for s in split_sentences(text)] == [
        "Navy officers held the China-U.S. Military Maritime Consultative Agreement talks "
        "on Monday.",
        "The Sino-U.K. Joint Commission met later.",
        "It ended well-prepared.",
        "Next.",
    ]


def test_sentence_offsets_point_into_the_text() -> None:
    text = "  First one.  Second one.\n\nThird."
    assert all(text[s.start:s.end] == s.text for s in split_sentences(text))


def test_a_dateline_is_measured_only_when_a_sentence_follows_it() -> None:
    assert dateline_length("SIEM REAP, Cambodia — Ministers met.") == len("SIEM REAP, Cambodia — ")
    assert dateline_length("BEIJING: Talks resumed.") == len("BEIJING: ")
    assert dateline_length("Ministers met in Beijing.") == 0


def test_a_wire_dateline_with_its_filing_day_is_measured() -> None:
    # a lone hyphen after a space, a country and a day, two places, an agency in brackets
    for dateline in ("SEOUL, June 2 - ", "QINGDAO, China, June 27 — ", "SEOUL, Aug. 25 - ",
                     "MOSCOW/JERUSALEM, Sept 21 - ", "WASHINGTON, Nov 3 (Wire) - "):
        assert dateline_length(dateline + "Ministers met.") == len(dateline)
    # a hyphen or dash inside an ordinary sentence opens no dateline
    assert dateline_length("US-China talks - a first step - began on Monday.") == 0
    assert dateline_length("A US official said - in a statement - that talks began.") == 0
