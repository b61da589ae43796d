"""Sentence table: an undated contact of a holder named by a tenure that has ended is
background (extract/event_filters.past_tenure_contact_undated).

Each row gives a short article published on Monday 26 June 2023 and the exact realis records
it must give. "Signed in Tokyo during a visit by then President Duterte" tells a visit from
before the story, with no date in its sentence: it is no MEET on the story's day. As
positives, the same visit with a date of its own is kept on that date, a sitting holder's
undated visit keeps the story's day, and an opening 'Then' of sequence ("Then President
Marcos met ...") names no ended tenure. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

#: The opening sentence of every row: it gives the article its pair and its story day.
_LEAD = "Japan protested to the Philippines on Tuesday. "
_PROTEST = ("DEMAND", "JPN", "PHL", None, "2023-06-20")

BACKGROUND = [
    record_row(_LEAD + "The defence pact was signed in Tokyo during a visit by then President "
               "Rodrigo Duterte.", _PROTEST),
    record_row(_LEAD + "The pact was signed during a visit by former President Duterte to "
               "Tokyo.", _PROTEST),
    record_row(_LEAD + "The accord was signed when then Prime Minister Abe met President "
               "Duterte in Manila.", _PROTEST),
]

TOLD_AS_EVENTS = [
    record_row(_LEAD + "The pact was signed in Tokyo in 2019 during a visit by then President "
               "Rodrigo Duterte.", _PROTEST, ("MEET", "JPN", "PHL", "leaders", "2019")),
    record_row(_LEAD + "The accord was signed when Prime Minister Kishida met President Marcos "
               "in Manila.", _PROTEST, ("MEET", "JPN", "PHL", "leaders", "2023-06-20")),
    record_row(_LEAD + "Then President Marcos met Prime Minister Kishida.", _PROTEST,
               ("MEET", "JPN", "PHL", "leaders", "2023-06-20")),
]


@pytest.mark.parametrize("text, published, records", BACKGROUND + TOLD_AS_EVENTS)
def test_past_tenure_contacts(realis: Pipeline, text: str, published: date,
                              records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
