"""Sentence table: recalled encounters and encounters told again
(extract/encounter_retellings.py, extract/encounter_roles.py).

"The incident", "the most recent encounter" after an article's encounter is that encounter
told again, no new one; an encounter recalled with a date and platforms of its own ("the
April 2001 collision between an EP-3 and an F-8") is its own event, dated by its own phrase,
and a fighter meeting a surveillance plane is the fighter's side acting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows, run

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

INTERCEPT = "A Chinese J-11 fighter intercepted a US P-8 patrol plane on Monday. "

# ------------------------------------------------------- recalled, with its own phrase
RECALLED = [
    case(INTERCEPT + "It invoked memories of the April 2001 collision between a U.S. Navy "
         "EP-3 and a Chinese F-8 in which the Chinese pilot died.",
         E("ENCOUNTER", "CHN", "USA", date="2023-06-26"),
         E("ENCOUNTER", "CHN", "USA", date="2001-04")),
    case("Analysts recalled the 2001 collision between an American EP-3 surveillance plane "
         "and a Chinese J-8 fighter.",
         E("ENCOUNTER", "CHN", "USA", date="2001")),
    case("Moscow cited the 2016 near-collision between a US RC-135 and a Russian Su-27 over "
         "the Baltic.",
         E("ENCOUNTER", "RUS", "USA", date="2016")),
    case("London cited the 2022 encounter between an RAF Rivet Joint and a Russian Su-27 over "
         "the Black Sea.",
         E("ENCOUNTER", "RUS", "GBR", date="2022")),
]

TABLES: dict[str, list[Any]] = {"recalled encounters": RECALLED}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_recalled_encounters(realis: Pipeline, text: str, published: date,
                             expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(realis, text, published, expected, allow)


#: (text, the exact (source, target, date) of its ENCOUNTER records)
TOLD_AGAIN = [
    (INTERCEPT + "The incident ended without a collision, the Pentagon said.",
     {("CHN", "USA", "2023-06-26")}),
    (INTERCEPT + "Although the most recent encounter ended without casualty, it pushed "
     "Washington to seek talks.",
     {("CHN", "USA", "2023-06-26")}),
    (INTERCEPT + "This intercept was the most dangerous in years, officials said.",
     {("CHN", "USA", "2023-06-26")}),
    (INTERCEPT + "The seriousness of the P-8 incident alarmed Washington.",
     {("CHN", "USA", "2023-06-26")}),
    # negatives: a date of its own, or 'another', makes another encounter
    ("A Chinese J-11 fighter intercepted a US P-8 patrol plane in May. The latest incident "
     "came on Monday, when a Chinese J-16 fighter intercepted a US RC-135.",
     {("CHN", "USA", "2023-05"), ("CHN", "USA", "2023-06-26")}),
    ("A Chinese J-11 fighter intercepted a US P-8 patrol plane in May. The incident on 3 "
     "April involved a Chinese J-8 fighter and a US P-3.",
     {("CHN", "USA", "2023-05"), ("CHN", "USA", "2023-04-03")}),
    ("A Chinese J-11 fighter intercepted a US P-8 patrol plane in May. In April, another "
     "incident saw a Chinese J-8 fighter intercept a US P-3.",
     {("CHN", "USA", "2023-05"), ("CHN", "USA", "2023-04")}),
]


@pytest.mark.parametrize(("text", "records"), TOLD_AGAIN,
                         ids=[row[0][68:120] for row in TOLD_AGAIN])
def test_encounter_told_again_is_one_record(realis: Pipeline, text: str,
                                            records: set[tuple[str, str, str]]) -> None:
    got = {(e.source, e.target, e.date) for e in run(realis, text, date(2023, 6, 26))
           if e.type == "ENCOUNTER"}
    assert got == records


LEAD = ("A Chinese fighter jet flew dangerously close to an Australian patrol plane last "
        "month, the defence minister said on Monday. ")

#: (text, the exact (source, target, date) of its ENCOUNTER records): a lead that dates the
#: encounter by month takes the day the next sentence gives the same incident
#: (extract/encounter_days.py).
DAY_TOLD_NEXT = [
    (LEAD + "The P-8 crew was on a routine surveillance flight in international airspace on "
     "May 26, officials said.",
     {("CHN", "AUS", "2023-05-26")}),
    (LEAD + "The Australian aircraft was flying a routine surveillance mission over the South "
     "China Sea on May 26, officials said.",
     {("CHN", "AUS", "2023-05-26")}),
    # An undated lead takes the earliest recent day told next: the incident the report is of.
    ("Australia has accused a Chinese fighter jet of flying dangerously close to an "
     "Australian patrol plane. The minister said on Saturday that the P-8 was on a routine "
     "surveillance flight over the South China Sea on Tuesday.",
     {("CHN", "AUS", "2023-06-20")}),
    # negatives: no aircraft or ship named, a day of another month, two days
    (LEAD + "Officials briefed the parliament's defence committee on May 30.",
     {("CHN", "AUS", "2023-05")}),
    (LEAD + "The P-8 was back on a routine patrol in international airspace on June 2, "
     "officials said.",
     {("CHN", "AUS", "2023-05")}),
    (LEAD + "The P-8 was on routine patrols in international airspace on May 24 and May 26, "
     "officials said.",
     {("CHN", "AUS", "2023-05")}),
]


@pytest.mark.parametrize(("text", "records"), DAY_TOLD_NEXT,
                         ids=[row[0][-50:] for row in DAY_TOLD_NEXT])
def test_encounter_takes_the_day_told_next(realis: Pipeline, text: str,
                                           records: set[tuple[str, str, str]]) -> None:
    got = {(e.source, e.target, e.date) for e in run(realis, text, date(2023, 6, 26))
           if e.type == "ENCOUNTER"}
    assert got == records
