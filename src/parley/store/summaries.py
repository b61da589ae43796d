"""Reading and writing the per-pair summaries (`models.PairSummaryRow`), payloads opaque.

The store does not know what a summary says (`report.overview` encodes it); it keeps each
under the revision it was computed for, so a write to the store outdates every summary at
once without touching them, and saving drops the outdated ones.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from parley.store.models import PairSummaryRow

__all__ = ["save_summaries", "stored_summaries"]


def stored_summaries(session: Session, revision: str, as_of: str, settings_key: str
                     ) -> dict[tuple[str, str], str]:
    """The payloads stored for this revision, as-of day and settings key, by (a, b)."""
    rows = session.execute(
        select(PairSummaryRow.a, PairSummaryRow.b, PairSummaryRow.payload).where(
            PairSummaryRow.revision == revision, PairSummaryRow.as_of == as_of,
            PairSummaryRow.settings_key == settings_key))
    return {(a, b): payload for a, b, payload in rows}


def save_summaries(session: Session, revision: str, as_of: str, settings_key: str,
                   payloads: Mapping[tuple[str, str], str]) -> int:
    """Replace the given pairs' summaries and delete every summary of another revision;
    how many rows were written."""
    session.execute(delete(PairSummaryRow).where(PairSummaryRow.revision != revision))
    if payloads:
        session.execute(delete(PairSummaryRow).where(
            PairSummaryRow.as_of == as_of, PairSummaryRow.settings_key == settings_key,
            tuple_(PairSummaryRow.a, PairSummaryRow.b).in_(list(payloads))))
        session.add_all(PairSummaryRow(a=a, b=b, as_of=as_of, settings_key=settings_key,
                                       revision=revision, payload=payload)
                        for (a, b), payload in payloads.items())
    return len(payloads)
