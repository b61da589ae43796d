"""Sentence table: one contact told several times is one record (extract/retellings.py),
and distinct contacts stay distinct.

Each row gives a short article and the exact records it must give, by type, states, channel
and date: a retelling that points back ("in the same meeting"), the undated meeting before
the one told ("since the last working group meeting"), a conversation told after the
meeting it took place at ("The two spoke for an hour"), a contact likened to the previous one
("similar discussions" after a call), a contact "between the two" people told before, a
refusal of "the request" told before; and, as negatives, calls on two dates, a call after a
meeting, a request and its refusal. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

def row(text: str, *records: Record) -> Any:
    return record_row(text, *records, words=slice(0, 12))


ONE_RECORD = [
    # A contact noun pointing back is the contact told before.
    row("The defence ministers of Japan and China met in Tokyo on Tuesday. In the same "
        "meeting, the Chinese minister raised Taiwan.",
        ("MEET", "JPN", "CHN", "defence-ministers", "2023-06-20")),
    row("The defence ministers of Japan and China met in Tokyo on Tuesday. At that meeting, "
        "they agreed to open a hotline.",
        ("MEET", "JPN", "CHN", "defence-ministers", "2023-06-20"),
        ("ESTABLISH", "JPN", "CHN", "hotline", "2023-06-20")),  # agreed: set up (contract)
    row("US Defense Secretary Lloyd Austin met Chinese Defence Minister Li Shangfu in "
        "Singapore on Friday. The remarks came after President Joe Biden said on Thursday "
        "that he would meet President Xi Jinping in November. Meanwhile, Li told his US "
        "counterpart in the same meeting that Beijing would defend its claims.",
        ("MEET", "USA", "CHN", "defence-ministers", "2023-06-23")),
    # The meeting before the one told, without a date of its own, is a point of reference.
    row("Naval officers of Japan and China met in Tokyo on Tuesday for maritime safety talks. "
        "The two sides reviewed incidents at sea since the last working group meeting, the "
        "Japanese navy said.",
        ("MEET", "JPN", "CHN", "maritime-safety-talks", "2023-06-20")),
    # A conversation told after the meeting it took place at.
    row("The defence ministers of Japan and China met in Tokyo on Tuesday. The two spoke for "
        "about an hour about the East China Sea, officials said.",
        ("MEET", "JPN", "CHN", "defence-ministers", "2023-06-20")),
    row("US Defense Secretary Lloyd Austin met Chinese Defence Minister Li Shangfu in "
        "Singapore on Tuesday. The two spoke for about an hour about Taiwan and the South "
        "China Sea, a US official said.",
        ("MEET", "USA", "CHN", "defence-ministers", "2023-06-20")),
    # The call and its details.
    row("Japanese Defence Minister Yasukazu Hamada called his Chinese counterpart on Tuesday. "
        "The call lasted 40 minutes and the conversation covered Taiwan.",
        ("CALL", "JPN", "CHN", "defence-ministers", "2023-06-20")),
    row("Austin spoke by phone with Li Shangfu on Tuesday. The discussions covered Taiwan and "
        "the South China Sea, a US official said.",
        ("CALL", "USA", "CHN", "defence-ministers", "2023-06-20")),
    # A bare 'the call' or 'the meeting' after one is that contact, whoever the sentence names.
    row("President Joe Biden spoke with Chinese President Xi Jinping by telephone on Tuesday. "
        "Taipei says Beijing has yet to act on the pledges Xi made after the call.",
        ("CALL", "USA", "CHN", "leaders", "2023-06-20")),
    row("Austin met Li Shangfu in Singapore on Friday. Tokyo said Li had not mentioned Japan "
        "during the meeting.",
        ("MEET", "USA", "CHN", "defence-ministers", "2023-06-23")),
]

LIKENED = [
    # "similar discussions" after a call were held the same way: a call of other officials.
    row("The army chiefs of Britain and Russia spoke by phone on Monday. It follows similar "
        "discussions between the two countries' defence ministers on Sunday.",
        ("CALL", "GBR", "RUS", "military-chiefs", "2023-06-26"),
        ("CALL", "GBR", "RUS", "defence-ministers", "2023-06-25")),
    row("The defence ministers of Japan and China spoke by phone on Monday. It followed a "
        "similar call between the two countries' army chiefs on Sunday.",
        ("CALL", "JPN", "CHN", "defence-ministers", "2023-06-26"),
        ("CALL", "JPN", "CHN", "military-chiefs", "2023-06-25")),
    # Talks likened to a meeting stay meetings.
    row("The defence ministers of Japan and China met in Tokyo on Monday. It followed similar "
        "talks between their deputies in Beijing in May.",
        ("MEET", "JPN", "CHN", "defence-ministers", "2023-06-26"),
        ("MEET", "JPN", "CHN", "defence-ministers", "2023-05")),
]

#: "a call in May between the two": the two people the article just told of, with their channel.
BETWEEN_THE_TWO = [
    row("The defence ministers of Japan and China met in Tokyo on Friday. It followed a video "
        "call in May between the two.",
        ("MEET", "JPN", "CHN", "defence-ministers", "2023-06-23"),
        ("CALL", "JPN", "CHN", "defence-ministers", "2023-05")),
    row("The army chiefs of India and Pakistan met in Rawalpindi on Friday. A phone call "
        "between them in March had eased tensions.",
        ("MEET", "IND", "PAK", "military-chiefs", "2023-06-23"),
        ("CALL", "IND", "PAK", "military-chiefs", "2023-03")),
    # the first since 2019 retells Friday's meeting and tells one in 2019
    # (extract/since_contacts.py)
    row("The defence ministers of Japan and China met in Tokyo on Friday. It was the first "
        "meeting between the two since 2019.",
        ("MEET", "JPN", "CHN", "defence-ministers", "2023-06-23"),
        ("MEET", "JPN", "CHN", "defence-ministers", "2019")),
]

DISTINCT = [
    row("The defence ministers of Japan and China met in Tokyo on Tuesday. The two spoke "
        "again by phone on Friday.",
        ("MEET", "JPN", "CHN", "defence-ministers", "2023-06-20"),
        ("CALL", "JPN", "CHN", "defence-ministers", "2023-06-23")),
    row("The defence ministers of Japan and China met in Tokyo in March. The two spoke again "
        "in May.",
        ("MEET", "JPN", "CHN", "defence-ministers", "2023-03"),
        ("CALL", "JPN", "CHN", "defence-ministers", "2023-05")),
    row("The defence ministers of Japan and China spoke by phone on 3 May and again on "
        "17 May.",
        ("CALL", "JPN", "CHN", "defence-ministers", "2023-05-03"),
        ("CALL", "JPN", "CHN", "defence-ministers", "2023-05-17")),
    # The previous round with its own date is an event of its own.
    row("Naval officers of Japan and China met in Tokyo on Tuesday for maritime safety talks. "
        "The previous round, in March, was held in Beijing.",
        ("MEET", "JPN", "CHN", "maritime-safety-talks", "2023-06-20"),
        ("MEET", "JPN", "CHN", None, "2023-03")),
    # A request and its refusal are two events; "the request" refused is the one told.
    row("Tokyo asked Beijing on Tuesday for a call between the defence ministers. China "
        "declined the request on Wednesday.",
        ("REQUEST", "JPN", "CHN", "defence-ministers", "2023-06-20"),
        ("DECLINE", "CHN", "JPN", "defence-ministers", "2023-06-21")),
]


@pytest.mark.parametrize("text, published, records",
                         ONE_RECORD + LIKENED + BETWEEN_THE_TWO + DISTINCT)
def test_one_record_per_event(realis: Pipeline, text: str, published: date,
                              records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
