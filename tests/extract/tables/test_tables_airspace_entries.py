"""Sentence table: an entry into another state's airspace (extract/airspace_entries.py).

Each row gives a short article published on Monday 26 June 2023 and the exact realis records
it must give. A platform of a named state entering, violating or intruding into another
state's airspace, or crossing, flying or straying into it, is an ENCOUNTER by the entering
side, also when the platform is named only by a type one state alone flies ("a Tu-95
bomber": data/lexicons/aircraft_operators.json); as negatives, an entrant naming no state is
none (a type several states fly, "an F-16", names none), and an undated entry told by the
other side after an encounter was told (its justification, in the past perfect or reported)
is no second encounter, while an entry with a date of its own is. The sentences are written
for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_tables import Record, check_records, record_row

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

ENTRIES = [
    record_row("A Russian maritime patrol plane entered Japan's airspace off Hokkaido on "
               "Friday, the defence ministry in Tokyo said.",
               ("ENCOUNTER", "RUS", "JPN", None, "2023-06-23")),
    record_row("A Chinese reconnaissance aircraft violated South Korean airspace near Jeju "
               "on Saturday.",
               ("ENCOUNTER", "CHN", "KOR", None, "2023-06-24")),
    record_row("Two Russian bombers intruded into Turkish airspace near the Syrian border on "
               "Thursday.",
               ("ENCOUNTER", "RUS", "TUR", None, "2023-06-22")),
    record_row("Japanese fighters intercepted a Chinese surveillance plane on Friday. In May "
               "a Russian patrol aircraft had entered Japanese airspace off Okinawa.",
               ("ENCOUNTER", "JPN", "CHN", None, "2023-06-23"),
               ("ENCOUNTER", "RUS", "JPN", None, "2023-05")),
    record_row("Japan protested to Russia on Friday. It was the first violation since March "
               "2021, when a Tu-95 bomber entered the airspace near an island off Okinawa.",
               ("DEMAND", "JPN", "RUS", None, "2023-06-23"),
               ("ENCOUNTER", "RUS", "JPN", None, "2021-03")),
    record_row("An H-6K bomber entered South Korean airspace near Ulleung Island on Thursday. "
               "Seoul lodged a protest with Beijing on Friday.",
               ("ENCOUNTER", "CHN", "KOR", None, "2023-06-22"),
               ("DEMAND", "KOR", "CHN", None, "2023-06-23")),
    # moving into the airspace: 'crossed into', 'flew into', 'strayed into' (triggers.json)
    record_row("Two Russian bombers crossed into Turkish airspace near the Syrian border on "
               "Monday.",
               ("ENCOUNTER", "RUS", "TUR", None, "2023-06-26")),
    record_row("A Chinese surveillance drone flew into Japan's airspace near Yonaguni on "
               "Sunday, the defence ministry in Tokyo said.",
               ("ENCOUNTER", "CHN", "JPN", None, "2023-06-25")),
    record_row("A Russian military transport plane strayed into Finnish airspace for two "
               "minutes on Saturday.",
               ("ENCOUNTER", "RUS", "FIN", None, "2023-06-24")),
]

NO_ENTRY_ENCOUNTER = [
    record_row("A passenger jet entered Chinese airspace without clearance on Sunday, Japan's "
               "transport ministry said."),
    record_row("A cargo plane strayed into Chinese airspace in bad weather on Sunday."),
    record_row("Russian troops crossed into Ukrainian territory near Kharkiv on Monday."),
    record_row("Japan protested to Russia on Friday. On Saturday an F-16 entered Japanese "
               "airspace near Okinawa.",
               ("DEMAND", "JPN", "RUS", None, "2023-06-23")),
    record_row("Chinese fighters released flares in the path of an Australian patrol plane on "
               "Monday. Beijing said the Australian aircraft had intruded into Chinese "
               "airspace.",
               ("ENCOUNTER", "CHN", "AUS", None, "2023-06-26")),
    record_row("Russian jets intercepted an American drone over the Black Sea on Tuesday. "
               "Moscow said the American drone had entered airspace it had closed.",
               ("ENCOUNTER", "RUS", "USA", None, "2023-06-20")),
]


@pytest.mark.parametrize("text, published, records", ENTRIES + NO_ENTRY_ENCOUNTER)
def test_airspace_entries(realis: Pipeline, text: str, published: date,
                          records: tuple[Record, ...]) -> None:
    check_records(realis, text, published, records)
