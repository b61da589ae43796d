"""`mechanisms.mechanism_named_in` answers as `Mechanism.named_in` does, remembered or not."""

from __future__ import annotations

import re
from dataclasses import replace

from parley.report.mechanisms import load_mechanisms, mechanism_named_in

SENTENCES = (
    "The two defence ministers spoke by telephone on Tuesday.",
    "Officers met under the Military Maritime Consultative Agreement in Hawaii.",
    "The DTL was not answered.", "the dtl was not answered.", "",
    "Talks on maritime safety resumed after a pause of two years.",
)


def test_every_reference_mechanism_answers_as_its_own_patterns_do() -> None:
    for mechanism in load_mechanisms():
        sentences = (*SENTENCES, mechanism.name, mechanism.short or "", *mechanism.aliases)
        for sentence in sentences:
            assert mechanism_named_in(mechanism, sentence) == mechanism.named_in(sentence)
            assert mechanism_named_in(mechanism, sentence) == mechanism.named_in(sentence)


def test_a_mechanism_outside_the_reference_data_is_asked_directly() -> None:
    reference = load_mechanisms()[0]
    renamed = replace(reference, patterns=(re.compile("frobnication board"),))
    assert mechanism_named_in(renamed, "The frobnication board met.")
    assert not mechanism_named_in(reference, "The frobnication board met.")
