"""Tables of sentences and what `find_dates` must read from them, per publication date."""

from __future__ import annotations

from datetime import date

import pytest

from parley.dates import find_dates
from parley.types import DateMention, Precision

Y, M, D = Precision.YEAR, Precision.MONTH, Precision.DAY
Expected = list[tuple[str | None, Precision | None, str | None]]

FRI = date(2022, 5, 13)  # a Friday
MON = date(2023, 6, 26)  # a Monday
JAN = date(2022, 1, 10)  # a Monday early in a year
MAR = date(2023, 3, 24)  # a Friday in March


def _read(text: str, published: date | None) -> Expected:
    return [(m.value, m.precision, m.end_value) for m in find_dates(text, published)]


ABSOLUTE: list[tuple[str, date | None, Expected]] = [
    ("The talks took place on August 5, 2022.", FRI, [("2022-08-05", D, None)]),
    ("The talks took place on 5 August 2022.", FRI, [("2022-08-05", D, None)]),
    ("The talks took place on Aug. 5, 2022.", FRI, [("2022-08-05", D, None)]),
    ("The talks took place on Aug 5 2022.", FRI, [("2022-08-05", D, None)]),
    ("The talks took place on the 5th of August 2022.", FRI, [("2022-08-05", D, None)]),
    ("The talks took place on 5th August, 2022.", FRI, [("2022-08-05", D, None)]),
    ("The talks took place on august 5th, 2022.", FRI, [("2022-08-05", D, None)]),
    ("The talks took place on Friday, August 5, 2022.", FRI, [("2022-08-05", D, None)]),
    ("Defence chiefs met on 9 June 2020 in Hanoi.", FRI, [("2020-06-09", D, None)]),
    ("The log is dated 2022-08-05.", FRI, [("2022-08-05", D, None)]),
    ("The log is dated 2022/08/05.", FRI, [("2022-08-05", D, None)]),
    ("The attack on Sept. 11, 2001 changed everything.", FRI, [("2001-09-11", D, None)]),
    ("The letter dated 13/08/2022 was read out.", FRI, [("2022-08-13", D, None)]),
    ("The letter dated 08/13/2022 was read out.", FRI, [("2022-08-13", D, None)]),
    ("The letter dated 5/8/2022 was read out.", FRI, [("2022", Y, None)]),
    ("They last met in August 2022.", FRI, [("2022-08", M, None)]),
    ("They last met in August of 2022.", FRI, [("2022-08", M, None)]),
    ("They last met in Aug. 2022.", FRI, [("2022-08", M, None)]),
    ("They last met in Sept 2001.", FRI, [("2001-09", M, None)]),
    ("They last met in AUGUST 2022.", FRI, [("2022-08", M, None)]),
    ("They last met in 2018.", FRI, [("2018", Y, None)]),
    ("The 2018 Panmunjom summit opened a hotline.", FRI, [("2018", Y, None)]),
    ("The armistice of 1953 still holds.", FRI, [("1953", Y, None)]),
    ("By 2030 the navy wants 400 ships.", FRI, [("2030", Y, None)]),
    ("Ships collided on Christmas Day in 2015.", FRI, [("2015-12-25", D, None)]),
    ("Ships collided on Christmas Day 2015.", FRI, [("2015-12-25", D, None)]),
    ("Ships collided on Christmas Eve, 2015.", FRI, [("2015-12-24", D, None)]),
    ("The call came on New Year's Day 2021.", FRI, [("2021-01-01", D, None)]),
    ("The call came on New Year\u2019s Eve 2020.", FRI, [("2020-12-31", D, None)]),
    ("The call came on December 20 last year.", FRI, [("2021-12-20", D, None)]),
    ("The call came in March last year.", FRI, [("2021-03", M, None)]),
    ("The call came in March of last year.", FRI, [("2021-03", M, None)]),
    ("The drills are planned for June next year.", FRI, [("2023-06", M, None)]),
    (
        "Absolute dates resolve without a publication date: 9 June 2020.",
        None,
        [("2020-06-09", D, None)],
    ),
]

YEARLESS: list[tuple[str, date | None, Expected]] = [
    ("The two sides met on February 18.", FRI, [("2022-02-18", D, None)]),
    ("The two sides met on 18 February.", FRI, [("2022-02-18", D, None)]),
    ("The two sides met on Feb. 18.", FRI, [("2022-02-18", D, None)]),
    ("The two sides met on the 18th of February.", FRI, [("2022-02-18", D, None)]),
    ("The defence ministers spoke on March 24.", MAR, [("2023-03-24", D, None)]),
    ("The defence ministers spoke on March 25.", MAR, [("2022-03-25", D, None)]),
    ("A patrol boat was seized on December 20.", JAN, [("2021-12-20", D, None)]),
    ("Missiles struck on the night of February 24/25.", FRI, [("2022-02-24", D, "2022-02-25")]),
    ("Exercises ran from 5 to 7 March.", MAR, [("2023-03-05", D, "2023-03-07")]),
    ("Exercises ran March 5-7.", MAR, [("2023-03-05", D, "2023-03-07")]),
    ("Exercises ran between 5 and 7 March 2021.", MAR, [("2021-03-05", D, "2021-03-07")]),
    ("The commander was appointed in March.", MAR, [("2023-03", M, None)]),
    ("The commander was appointed in March.", FRI, [("2022-03", M, None)]),
    ("The commander was appointed in April.", MAR, [("2022-04", M, None)]),
    ("The commander was appointed in may.", FRI, [("2022-05", M, None)]),
    ("The line went dead in early June.", FRI, [("2021-06", M, None)]),
    ("The line went dead in mid-March.", FRI, [("2022-03", M, None)]),
    ("The line went dead at the end of January.", FRI, [("2022-01", M, None)]),
    ("The February talks failed.", FRI, [("2022-02", M, None)]),
    ("The line went dead last March.", MAR, [("2022-03", M, None)]),
    ("The line went dead last March.", FRI, [("2022-03", M, None)]),
    ("Talks resume this May.", MAR, [("2023-05", M, None)]),
    ("Talks resume next June.", FRI, [("2022-06", M, None)]),
    ("Talks resume next June.", date(2022, 7, 1), [("2023-06", M, None)]),
    ("Ships met on Christmas Day.", JAN, [("2021-12-25", D, None)]),
    ("Ships met on Christmas Day.", date(2021, 12, 25), [("2021-12-25", D, None)]),
    ("Ships met last Christmas.", date(2021, 12, 25), [("2020-12-25", D, None)]),
    ("On February 29 the hotline rang.", date(2023, 5, 1), [("2020-02-29", D, None)]),
    ("The sides met on February 18.", None, [(None, None, None)]),
    ("The commander was appointed in March.", None, [(None, None, None)]),
]

RELATIVE: list[tuple[str, date | None, Expected]] = [
    ("The ministers spoke today.", FRI, [("2022-05-13", D, None)]),
    ("The ministers will speak tonight.", FRI, [("2022-05-13", D, None)]),
    ("The ministers spoke this morning.", FRI, [("2022-05-13", D, None)]),
    ("The ministers spoke yesterday.", FRI, [("2022-05-12", D, None)]),
    ("The ministers spoke yesterday afternoon.", FRI, [("2022-05-12", D, None)]),
    ("The ministers spoke last night.", FRI, [("2022-05-12", D, None)]),
    ("The ministers spoke the day before yesterday.", FRI, [("2022-05-11", D, None)]),
    ("The ministers will speak tomorrow.", FRI, [("2022-05-14", D, None)]),
    ("The ministers spoke on Thursday.", FRI, [("2022-05-12", D, None)]),
    ("The ministers spoke on Friday.", FRI, [("2022-05-13", D, None)]),
    ("The ministers spoke on Saturday.", FRI, [("2022-05-07", D, None)]),
    ("The ministers spoke on thursday.", FRI, [("2022-05-12", D, None)]),
    ("The ministers spoke late on Thursday.", FRI, [("2022-05-12", D, None)]),
    ("The ministers spoke Thursday night.", FRI, [("2022-05-12", D, None)]),
    ("The ministers spoke in the early hours of Sunday.", MON, [("2023-06-25", D, None)]),
    ("The ministers spoke last Friday.", FRI, [("2022-05-06", D, None)]),
    ("The ministers will speak next Tuesday.", FRI, [("2022-05-17", D, None)]),
    ("The ministers spoke last week.", MON, [("2023-06", M, None)]),
    ("The ministers spoke last week.", date(2023, 7, 3), [("2023-06", M, None)]),
    ("The ministers spoke earlier this week.", MON, [("2023-06", M, None)]),
    ("The ministers will speak next week.", MON, [("2023-07", M, None)]),
    ("The ministers spoke last month.", MON, [("2023-05", M, None)]),
    ("The ministers spoke last month.", JAN, [("2021-12", M, None)]),
    ("The ministers spoke earlier this month.", MON, [("2023-06", M, None)]),
    ("The ministers will speak later this month.", MON, [("2023-06", M, None)]),
    ("The ministers will speak next month.", date(2023, 12, 5), [("2024-01", M, None)]),
    ("The ministers spoke earlier this year.", MON, [("2023", Y, None)]),
    ("The ministers spoke this year.", MON, [("2023", Y, None)]),
    ("The ministers spoke last year.", MON, [("2022", Y, None)]),
    ("The ministers spoke late last year.", MON, [("2022", Y, None)]),
    ("The ministers spoke at the end of last year.", MON, [("2022", Y, None)]),
    ("The ministers will speak next year.", MON, [("2024", Y, None)]),
    ("The ministers spoke two weeks ago.", MON, [("2023-06-12", D, None)]),
    ("The ministers spoke three days ago.", MON, [("2023-06-23", D, None)]),
    ("The ministers spoke 84 days ago.", MON, [("2023-04-03", D, None)]),
    ("The ministers spoke a week ago.", MON, [("2023-06-19", D, None)]),
    ("The ministers spoke a month ago.", MON, [("2023-05", M, None)]),
    ("The ministers spoke three months ago.", MON, [("2023-03", M, None)]),
    ("The ministers spoke two years ago.", MON, [("2021", Y, None)]),
    ("The ministers spoke a year ago.", MON, [("2022", Y, None)]),
    ("The ministers spoke a few days ago.", MON, [("2023-06", M, None)]),
    ("The ministers spoke this time last year.", MON, [("2022-06", M, None)]),
    ("Tensions have risen in recent days.", MON, [("2023-06", M, None)]),
    ("Tensions have risen in recent weeks.", MON, [("2023-06", M, None)]),
    ("Tensions have risen over the past few days.", MON, [("2023-06", M, None)]),
    ("Ships were seen over the weekend.", MON, [("2023-06", M, None)]),
    ("Ships were seen last weekend.", date(2023, 7, 2), [("2023-07", M, None)]),
    ("Ships were seen last weekend.", date(2023, 7, 3), [("2023-07", M, None)]),
    ("The ministers spoke today.", None, [(None, None, None)]),
    ("The ministers spoke on Thursday.", None, [(None, None, None)]),
    ("The ministers spoke last week.", None, [(None, None, None)]),
    ("The ministers spoke two years ago.", None, [(None, None, None)]),
]

RANGES: list[tuple[str, date | None, Expected]] = [
    ("The hotline has been silent since 2021.", MON, [("2021", Y, "2023-06-26")]),
    ("The hotline has been silent ever since 2021.", MON, [("2021", Y, "2023-06-26")]),
    ("The hotline has been silent since August 2022.", MON, [("2022-08", M, "2023-06-26")]),
    ("The hotline has been silent since last year.", MON, [("2022", Y, "2023-06-26")]),
    ("The hotline has been silent since March.", MON, [("2023-03", M, "2023-06-26")]),
    ("The hotline has been silent since Thursday.", MON, [("2023-06-22", D, "2023-06-26")]),
    ("The hotline has been silent since 9 June 2020.", MON, [("2020-06-09", D, "2023-06-26")]),
    ("The first talks since the 2018 summit.", MON, [("2018", Y, "2023-06-26")]),
    ("The hotline has been silent since 2021.", None, [("2021", Y, None)]),
    ("The hotline has been silent since last year.", None, [(None, None, None)]),
    ("Drills ran from March to June 2023.", MON, [("2023-03", M, "2023-06")]),
    ("Drills ran from December to March 2023.", MON, [("2022-12", M, "2023-03")]),
    ("Drills ran from March 2022 to June.", MON, [("2022-03", M, "2022-06")]),
    ("Drills ran from early March to late June 2023.", MON, [("2023-03", M, "2023-06")]),
    ("Drills ran between 2019 and 2021.", MON, [("2019", Y, "2021")]),
    ("Drills ran from 2018 to 2020.", MON, [("2018", Y, "2020")]),
    ("Drills ran 2019-2021.", MON, [("2019", Y, "2021")]),
    ("Drills ran 2019\u201321.", MON, [("2019", Y, "2021")]),
    ("Drills ran in 2011/12.", MON, [("2011", Y, "2012")]),
    ("Drills ran from March 30 to April 2.", MON, [("2023-03-30", D, "2023-04-02")]),
    ("Drills ran 30 March - 2 April 2021.", MON, [("2021-03-30", D, "2021-04-02")]),
    ("Drills ran between March and June.", MON, [("2023-03", M, "2023-06")]),
    ("Drills ran from Monday to Wednesday.", date(2023, 6, 27), [("2023-06-26", D, "2023-06-28")]),
    ("Drills ran over the past two weeks.", MON, [("2023-06-12", D, "2023-06-26")]),
    ("Drills ran over the past week.", MON, [("2023-06-19", D, "2023-06-26")]),
    ("Drills ran over the last 21 months.", MON, [("2021-09", M, "2023-06-26")]),
    ("Drills ran over the past two years.", MON, [("2021", Y, "2023-06-26")]),
    ("No call came in the year and a half since he asked.", MON,
     [("2021-12", M, "2023-06-26")]),
    ("Calls went unanswered in the three months since the crash.", MON,
     [("2023-03", M, "2023-06-26")]),
]

LISTS: list[tuple[str, date | None, Expected]] = [
    ("They met in February and March 2023.", MON, [("2023-02", M, None), ("2023-03", M, None)]),
    ("They met in December and January 2023.", MON, [("2022-12", M, None), ("2023-01", M, None)]),
    (
        "They met in January, February and March 2021.",
        MON,
        [("2021-01", M, None), ("2021-02", M, None), ("2021-03", M, None)],
    ),
    (
        "They met on March 3 and April 5, 2021.",
        MON,
        [("2021-03-03", D, None), ("2021-04-05", D, None)],
    ),
    ("They met in 2019 and 2021.", MON, [("2019", Y, None), ("2021", Y, None)]),
    (
        "They met in 2018, spoke on Thursday and met again yesterday.",
        MON,
        [("2018", Y, None), ("2023-06-22", D, None), ("2023-06-25", D, None)],
    ),
]

MODIFIED: list[tuple[str, date | None, Expected]] = [
    ("The talks resumed in early 2023.", MON, [("2023", Y, None)]),
    ("The talks resumed in late 2022.", MON, [("2022", Y, None)]),
    ("The talks resumed in mid-2021.", MON, [("2021", Y, None)]),
    ("The talks resumed in the spring of 2023.", MON, [("2023", Y, None)]),
    ("The talks resumed in summer 2022.", MON, [("2022", Y, None)]),
    ("The talks resumed in the first half of 2023.", MON, [("2023", Y, None)]),
    ("The talks resumed at the end of 2022.", MON, [("2022", Y, None)]),
    ("The talks resumed in late February 2022.", MON, [("2022-02", M, None)]),
    ("The talks resumed in the first week of March.", MON, [("2023-03", M, None)]),
]

NOT_DATES: list[tuple[str, date | None]] = [
    ("For the first time in 21 months the sides spoke.", MON),
    ("The ceasefire expires in 84 days.", MON),
    ("Some 2,000 troops took part.", MON),
    ("About 2000 troops took part.", MON),
    ("The 2000-strong force took part.", MON),
    ("A budget of $2019 was approved.", MON),
    ("Resolution No. 2020 was adopted.", MON),
    ("Resolution 2020 was adopted.", MON),
    ("The ships sailed at 12:00 and returned at midnight.", MON),
    ("The ships sailed at 1800 hours and again at 1930 GMT.", MON),
    ("The ships sailed at 2030.", MON),
    ("Support rose 20% among 2018 people.", MON),
    ("The units sailed 2019 km.", MON),
    ("The growth was 20.19 per cent and 2.2019 units.", MON),
    ("Spending reached 1,2018 million.", MON),
    ("The tensions of the 1990s returned.", MON),
    ("The tensions of the 1990's returned.", MON),
    ("The fiscal 2022 budget and FY2022 plan.", MON),
    ("The Sunday Times reported the talks.", MON),
    ("Protests on Good Friday were peaceful.", MON),
    ("Troops may march 18 miles.", MON),
    ("They may meet and march together.", MON),
    ("Theresa May spoke.", MON),
    ("USA Today reported the talks.", MON),
    ("The Mondays are quiet.", MON),
    ("The meeting on the 18th was cancelled.", MON),
    ("Talks are expected in the coming days.", MON),
    ("In the last days of the war the line held.", MON),
    ("In the last year of his term he met them.", MON),
    ("The record was 1,990 sorties.", MON),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    ABSOLUTE + YEARLESS + RELATIVE + RANGES + LISTS + MODIFIED,
)
def test_reads_expressions(text: str, published: date | None, expected: Expected) -> None:
    assert _read(text, published) == expected


@pytest.mark.parametrize(("text", "published"), NOT_DATES)
def test_ignores_numbers_and_durations(text: str, published: date | None) -> None:
    assert find_dates(text, published) == []


SPANS: list[tuple[str, list[str]]] = [
    ("They met on 9 June 2020 in Hanoi.", ["9 June 2020"]),
    ("They met in 2018 and spoke on Thursday.", ["2018", "Thursday"]),
    ("The line has been cut since August 2022.", ["since August 2022"]),
    ("Drills ran from March to June 2023.", ["from March to June 2023"]),
    ("Drills ran between 2019 and 2021.", ["between 2019 and 2021"]),
    ("The talks resumed in early 2023.", ["early 2023"]),
    ("The talks resumed in mid-2021.", ["mid-2021"]),
    ("The talks resumed earlier this month.", ["earlier this month"]),
    ("Missiles struck on the night of February 24/25.", ["the night of February 24/25"]),
    ("They spoke three days ago.", ["three days ago"]),
    ("Nobody called in the year and a half since he asked.", ["the year and a half"]),
    ("Ships collided on Christmas Day in 2015.", ["Christmas Day in 2015"]),
    ("The 2018 Panmunjom summit opened a hotline.", ["2018"]),
]


@pytest.mark.parametrize(("text", "spans"), SPANS)
def test_spans(text: str, spans: list[str]) -> None:
    mentions = find_dates(text, MON)
    assert [m.text for m in mentions] == spans
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_offsets_in_a_longer_text() -> None:
    text = "On Thursday, March 3, 2022, the two defence chiefs spoke; they met again yesterday."
    mentions = find_dates(text, FRI)
    assert mentions == [
        DateMention("Thursday, March 3, 2022", 3, 26, "2022-03-03", D),
        DateMention("yesterday", 73, 82, "2022-05-12", D),
    ]


def test_mentions_are_sorted_and_do_not_overlap() -> None:
    text = (
        "Since 2021 the line was cut; on February 18 and in March officials met, "
        "and between 2019 and 2021 drills ran, and two weeks ago in early 2023 style."
    )
    mentions = find_dates(text, MON)
    assert len(mentions) == 6
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    for before, after in zip(mentions, mentions[1:], strict=False):
        assert before.end <= after.start


def test_never_uses_todays_date() -> None:
    old = date(1999, 3, 1)
    assert _read("They spoke yesterday and in June.", old) == [
        ("1999-02-28", D, None),
        ("1998-06", M, None),
    ]
