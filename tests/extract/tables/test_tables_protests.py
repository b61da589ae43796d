"""Sentence table: a protest lodged with another state is a DEMAND of it
(extract/themes_protests.py; 'through diplomatic channels' puts it on that channel,
extract/demand_channels.py).

Each row gives a short article published on Monday 26 June 2023 and the exact realis records
it must give. As negatives: a crowd's protest, a protest at no state, a protest that is the
purpose of a summons (the summons is the contact told), and 'in protest at' (a cause). The
sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

PROTESTS = [
    record_row("Seoul lodged a formal protest with Tokyo on Friday over the survey ship.",
               ("DEMAND", "KOR", "JPN", None, "2023-06-23")),
    record_row("Vietnam protested to China on Thursday over the coast guard's water cannon.",
               ("DEMAND", "VNM", "CHN", None, "2023-06-22")),
    record_row("India on Saturday protested against Pakistan's decision to close the border "
               "crossing.",
               ("DEMAND", "IND", "PAK", None, "2023-06-24")),
    # what is protested took place: the suspension is its own event, not a thing asked for
    record_row("Manila protested against Beijing's decision to suspend the coast guard talks "
               "with the Philippines.",
               ("DEMAND", "PHL", "CHN", None, "2023-06-26"),
               ("SUSPEND", "CHN", "PHL", None, "2023-06-26")),
    record_row("Canberra filed a protest with Beijing through diplomatic channels on "
               "Wednesday.",
               ("DEMAND", "AUS", "CHN", "diplomatic", "2023-06-21")),
]

NO_DEMAND = [
    record_row("Thousands of people protested in Berlin against the new pension law on "
               "Saturday."),
    record_row("Germany protested against the rise in fuel prices on Friday."),
    record_row("Japan protested to China on Friday over the drone. Thousands of people "
               "protested in Tokyo against the new tax law on Saturday. Officials protested "
               "against the fuel price rise on Sunday.",
               ("DEMAND", "JPN", "CHN", None, "2023-06-23")),
    record_row("Japan's vice foreign minister summoned South Korea's ambassador on Friday to "
               "lodge a strong protest.",
               ("MEET", "JPN", "KOR", "diplomatic", "2023-06-23")),
    record_row("Beijing suspended military exchanges with Washington on Friday in protest at "
               "the arms sale.",
               ("SUSPEND", "CHN", "USA", None, "2023-06-23")),
]


@pytest.mark.parametrize("text, published, records", PROTESTS + NO_DEMAND)
def test_protests(realis: Pipeline, text: str, published: date,
                  records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
