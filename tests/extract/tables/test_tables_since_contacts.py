"""Sentence table: the last contact a 'since' date points to (extract/since_contacts.py):
"have not met since September 2020" and "the first call since October 2022" tell a contact on
that date; a 'since' of a clause or an event dates none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from sentence_tables import ARGS, E, Expected, case, check_realis, rows

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

# ------------------------------------------- not since a date: the last contact was then
NOT_SINCE = [
    case("The defence ministers of India and China have not met since September 2020.",
         E("MEET", "IND", "CHN", "defence-ministers", date="2020-09", date_end=None)),
    case("The Japanese and Chinese defence ministers have not held talks since 2019.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2019")),
    case("No Chinese defence minister had spoken to his US counterpart since May 2021, when "
         "the two discussed a trade dispute.",
         E("CALL", "CHN", "USA", "defence-ministers", date="2021-05")),
]

# ------------------------------------------- the first since a date: one before it then
FIRST_SINCE = [
    case("It was the first meeting between the defence ministers of Australia and China since "
         "2019.",
         E("MEET", "AUS", "CHN", "defence-ministers", date="2023-06-26"),
         E("MEET", "AUS", "CHN", "defence-ministers", date="2019")),
    case("The defence ministers of Russia and the US spoke on Monday for the first time since "
         "October 2022.",
         E("CALL", "RUS", "USA", "defence-ministers", date="2023-06-26"),
         E("CALL", "RUS", "USA", "defence-ministers", date="2022-10")),
]

# --------------------------------------------------- a 'since' that dates no contact
NO_CONTACT_DATED = [
    # an absence told by a noun stays an absence
    case("There have been no talks between the Japanese and Chinese defence ministers since "
         "2019."),
    # a clause after 'since' is dated by its own verb: the meeting stays denied
    case("The defence ministers of India and China have not met since they clashed in 2020.",
         E("MEET", "IND", "CHN", "defence-ministers", negated=True)),
    # counting meetings since a year dates none of them on the year's first day
    case("The defence ministers of India and China have met twice since 2021.",
         E("MEET", "IND", "CHN", "defence-ministers", date="2021", date_end="2023-06-26")),
]

#: A contact told again ("The call", "The meeting") and said to be the first since a date:
#: the contact before it took place on that date, beside the one told first.
RETOLD_FIRST_SINCE = [
    case("US Defense Secretary Lloyd Austin spoke with Chinese Defence Minister Li Shangfu on "
         "Tuesday. The call was the first between the two since March 2022.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20"),
         E("CALL", "USA", "CHN", "defence-ministers", date="2022-03")),
    case("Japan's defence minister Yasukazu Hamada met his Chinese counterpart Li Shangfu in "
         "Singapore on Saturday. The meeting was the first between the two countries' defence "
         "ministers since 2019.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-24"),
         E("MEET", "JPN", "CHN", "defence-ministers", date="2019")),
    # a call told again with no 'first since' is the same call
    case("US Defense Secretary Lloyd Austin spoke with Chinese Defence Minister Li Shangfu on "
         "Tuesday. The call lasted an hour, the Pentagon said.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    # a 'since' of a clause dates no earlier contact
    case("US Defense Secretary Lloyd Austin spoke with Chinese Defence Minister Li Shangfu on "
         "Tuesday. The call was the first since the balloon crisis began.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
]

#: A phrase after the clause that restates its contact ("…, the first talks between the two
#: in 18 months") is that contact again, not a meeting of its own; with a 'since' date the
#: phrase is kept (it may date the contact before).
RESTATING_PHRASES = [
    case("US Defense Secretary Lloyd Austin spoke with Chinese Defence Minister Li Shangfu by "
         "video link on Tuesday, the first substantive talks between the two countries' "
         "defence chiefs in more than a year.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("US Defense Secretary Lloyd Austin spoke with Chinese Defence Minister Li Shangfu by "
         "phone on Tuesday, the first talks between the two in months.",
         E("CALL", "USA", "CHN", "defence-ministers", date="2023-06-20")),
    case("Japan's defence minister Yasukazu Hamada met Li Shangfu in Singapore on Saturday, "
         "the first meeting between the two countries' defence ministers since 2019.",
         E("MEET", "JPN", "CHN", "defence-ministers", date="2023-06-24"), allow=("MEET",)),
]

TABLES: dict[str, list[Any]] = {
    "restating phrases": RESTATING_PHRASES,
    "retold first since": RETOLD_FIRST_SINCE,
    "not since": NOT_SINCE,
    "first since": FIRST_SINCE,
    "no contact dated": NO_CONTACT_DATED,
}


@pytest.mark.parametrize(ARGS, rows(TABLES))
def test_since_contacts(irrealis: Pipeline, text: str, published: date,
                        expected: Sequence[Expected], allow: frozenset[str]) -> None:
    check_realis(irrealis, text, published, expected, allow)
