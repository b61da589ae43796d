"""Month and date arithmetic on ISO dates of any precision: the one place months are counted.

The date resolver ("three months ago"), the coder's story dates ("three weeks later") and the
timeline's periods (the months of a chart) all move dates with these functions.
"""

from __future__ import annotations

from datetime import date, timedelta


def shift_year_month(year: int, month: int, count: int) -> tuple[int, int]:
    """(year, month) moved by `count` months, forward when positive."""
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def shift_months(month: str, count: int) -> str:
    """The YYYY-MM month `count` months after (or before, when negative) a YYYY-MM month."""
    year, number = shift_year_month(int(month[:4]), int(month[5:7]), count)
    return f"{year:04d}-{number:02d}"


def shift_date(anchor: str, amount: int, unit: str) -> str | None:
    """An ISO date moved by days, weeks, months or years, at the precision that fits.

    A day moved by days stays a day; moved by weeks it becomes a month (counting weeks from
    a day says the month, not the day); a month moved by days is still that month.
    """
    parts = [int(p) for p in anchor.split("-")]
    if unit in ("day", "week"):
        if len(parts) < 3:
            if unit == "day":
                return anchor
            year, month = parts[0], parts[1] if len(parts) > 1 else 1
            moved = date(year, month, 15) + timedelta(days=7 * amount)
            return moved.strftime("%Y-%m")
        moved = date(*parts) + timedelta(days=amount * (7 if unit == "week" else 1))
        return moved.isoformat() if unit == "day" else moved.strftime("%Y-%m")
    if unit == "month" and len(parts) >= 2:
        return shift_months(anchor[:7], amount)
    if unit == "year":
        return f"{parts[0] + amount:04d}"
    return None
