"""Reading and writing the per-pair summaries (`models.PairSummaryRow`), payloads opaque.

The store does not know what a summary says (`report.overview` and `web.kept_pages`
encode them); it keeps each under the revision it was computed for, so a write to the
store outdates every summary at once without touching them, and saving drops the outdated.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from parley.store.models import PairSummaryRow

__all__ = ["save_summaries", "stored_summaries"]


def stored_summaries(session: Session, kind: str, revision: str, as_of: str,
                     settings_key: str, pair: tuple[str, str] | None = None
                     ) -> dict[tuple[str, str], str]:
    """The payloads of `kind` stored for this revision, as-of day and settings key, by
    (a, b); only the ordered `pair`'s when given."""
    query = select(PairSummaryRow.a, PairSummaryRow.b, PairSummaryRow.payload).where(
        PairSummaryRow.kind == kind, PairSummaryRow.revision == revision,
        PairSummaryRow.as_of == as_of, PairSummaryRow.settings_key == settings_key)
    if pair is not None:
        query = query.where(PairSummaryRow.a == pair[0], PairSummaryRow.b == pair[1])
    return {(a, b): payload for a, b, payload in session.execute(query)}


def save_summaries(session: Session, kind: str, revision: str, as_of: str,
                   settings_key: str, payloads: Mapping[tuple[str, str], str]) -> int:
    """Replace the given pairs' summaries of `kind` and delete every summary of another
    revision; how many rows were written."""
    session.execute(delete(PairSummaryRow).where(PairSummaryRow.revision != revision))
    if payloads:
        session.execute(delete(PairSummaryRow).where(
            PairSummaryRow.kind == kind, PairSummaryRow.as_of == as_of,
            PairSummaryRow.settings_key == settings_key,
            tuple_(PairSummaryRow.a, PairSummaryRow.b).in_(list(payloads))))
        session.add_all(PairSummaryRow(kind=kind, a=a, b=b, as_of=as_of,
                                       settings_key=settings_key, revision=revision,
                                       payload=payload)
                        for (a, b), payload in payloads.items())
    return len(payloads)
