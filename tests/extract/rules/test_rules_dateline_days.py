"""The filing day of a wire dateline (extract/dateline_days.py), read without a parse."""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract.dateline_days import date_anchor, filing_day


@pytest.mark.parametrize(("opening", "published", "filed"), [
    ("WASHINGTON, June 21 (Wire) - Talks were held on Tuesday.", date(2023, 6, 28),
     date(2023, 6, 21)),
    ("SEOUL/TOKYO, June 2 - The ministers met.", date(2024, 6, 2), date(2024, 6, 2)),
    ("MANILA, Dec. 30 — Officials said.", date(2024, 1, 3), date(2023, 12, 30)),
    # no dateline; a day more than a month before publication; no day at all
    ("The ministers met on Tuesday.", date(2023, 6, 28), None),
    ("WASHINGTON, March 2 - The ministers met.", date(2023, 6, 28), None),
    ("WASHINGTON - The ministers met.", date(2023, 6, 28), None),
])
def test_filing_day(opening: str, published: date, filed: date | None) -> None:
    assert filing_day(opening, published) == filed


def test_anchor_falls_back_to_publication() -> None:
    assert date_anchor("No dateline here.", date(2023, 6, 28)) == date(2023, 6, 28)
    assert date_anchor(None, None) is None
