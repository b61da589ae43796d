"""Sentence table: a request or demand made of, or by, an international body
(extract/international_bodies.py).

Each row gives a short article published on Monday 26 June 2023 and the exact realis records
it must give. A state asking the UN Security Council for a meeting, appealing to the United
Nations or calling on the Council to act asks no state; NATO calling for talks between two
states is the alliance's appeal, not one of them asking the other. As positives, a state
asking a state (also beside a body: "asked NATO and Russia"), and a state's own official or
organ named with a body's word ("the Russian envoy to NATO", "Russia's Security Council"),
still ask. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

#: The opening sentence of every row: it gives the article its pair and an encounter.
_LEAD = "Turkish fighters intercepted a Russian bomber near the border on Tuesday. "
_ENCOUNTER = ("ENCOUNTER", "TUR", "RUS", None, "2023-06-20")

OF_A_BODY = [
    record_row(_LEAD + "On Wednesday Turkey asked the UN Security Council for an urgent "
               "meeting.", _ENCOUNTER),
    record_row(_LEAD + "On Wednesday Turkey appealed to the United Nations for an emergency "
               "session.", _ENCOUNTER),
    record_row(_LEAD + "On Wednesday Turkey called on the Security Council to condemn the "
               "flight.", _ENCOUNTER),
    record_row(_LEAD + "NATO, of which Turkey is a member, has called for talks between "
               "Ankara and Moscow.", _ENCOUNTER),
    # what a demanded 'that' clause lays on a body is demanded of the body
    # (international_bodies._obliged)
    record_row(_LEAD + "On Wednesday Russia demanded that NATO pull its jets back from the "
               "border.", _ENCOUNTER),
    record_row(_LEAD + "On Wednesday Russia demanded guarantees that NATO keep its jets away "
               "from the border.", _ENCOUNTER),
]

OF_A_STATE = [
    record_row(_LEAD + "Turkey asked Russia for talks on Wednesday.", _ENCOUNTER,
               ("REQUEST", "TUR", "RUS", None, "2023-06-21")),
    record_row(_LEAD + "Turkey asked NATO and Russia for talks on Wednesday.", _ENCOUNTER,
               ("REQUEST", "TUR", "RUS", None, "2023-06-21")),
    record_row(_LEAD + "Turkey called on Russia on Wednesday to stop the flights.", _ENCOUNTER,
               ("DEMAND", "TUR", "RUS", None, "2023-06-21")),
    record_row(_LEAD + "On Wednesday the Russian envoy to NATO asked Turkey for talks.",
               _ENCOUNTER, ("REQUEST", "RUS", "TUR", None, "2023-06-21")),
    record_row(_LEAD + "On Wednesday Russia demanded that Turkey pull its jets back from the "
               "border.", _ENCOUNTER, ("DEMAND", "RUS", "TUR", None, "2023-06-21")),
]


@pytest.mark.parametrize("text, published, records", OF_A_BODY + OF_A_STATE)
def test_international_bodies(realis: Pipeline, text: str, published: date,
                              records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
