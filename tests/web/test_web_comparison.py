"""The comparison page's default pairs: the busiest as of the page's own as-of date.

One as-of everywhere (issue 11): with `?as_of=` the default choice is read from the overview
of that date, which also lets the series share its pair histories (issue 14: the page once
built the overview of today and then each pair again as of the date asked, over 2 s on the
100,000-event store).
"""

from __future__ import annotations

from typing import Any, cast

from parley.web.comparison import DEFAULT_PAIRS, chosen_pairs
from parley.web.page_data import Dashboard, PairSummary


class _Overviews:
    """A dashboard whose overview depends on the as-of date: one pair is busiest by 2019,
    another today; it records the dates it was asked for."""

    def __init__(self) -> None:
        self.asked: list[str | None] = []

    def overview(self, as_of: str | None, named: bool = False) -> list[PairSummary]:
        self.asked.append(as_of)
        counts = {"IND-PAK": 9, "KOR-PRK": 1} if as_of == "2019-06-30" else \
            {"IND-PAK": 1, "KOR-PRK": 9}
        rows = [PairSummary(key[:3], key[4:], key[:3], key[4:], n, None, 0, None)
                for key, n in counts.items()]
        rows += [PairSummary("X", f"Y{i}", "X", f"Y{i}", 0, None, 0, None)
                 for i in range(DEFAULT_PAIRS)]
        return rows


def _dashboard(fake: _Overviews) -> Dashboard:
    return cast(Dashboard, cast(Any, fake))


def test_default_pairs_are_the_busiest_as_of_the_date_asked() -> None:
    fake = _Overviews()
    assert chosen_pairs([], _dashboard(fake), "2019-06-30")[0] == ("IND", "PAK")
    assert chosen_pairs([], _dashboard(fake))[0] == ("KOR", "PRK")
    assert fake.asked == ["2019-06-30", None]


def test_chosen_pairs_need_no_overview() -> None:
    fake = _Overviews()
    assert chosen_pairs(["USA-CHN"], _dashboard(fake), "2019-06-30") == [("USA", "CHN")]
    assert fake.asked == []
