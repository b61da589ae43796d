"""External test: Parley on sentences hand-coded by other event-data projects (../shared/peer).

Run with `pytest tests/peer/test_peer_sentences.py -s` to see the figures and the full report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from parley.config import load_settings
from parley.peer import (
    PeerScores,
    format_peer_report,
    load_peer_records,
    peer_scores,
    pipeline_extractor,
)
from parley.pipeline import Pipeline

#: Floors asserted below: the issue's targets (0.80 found, 0.90 quiet). Last measured: 0.812
#: found (26 of 32 related sentences) and 0.966 quiet (281 of 291 unrelated sentences).
FLOOR_RELATED_FOUND = 0.80
FLOOR_UNRELATED_QUIET = 0.90

PEER = Path(__file__).resolve().parents[2].parent / "shared" / "peer"
PLOVER = PEER / "PLOVER" / "PLOVER_GSR_CAMEO.txt"
PETR2 = PEER / "UniversalPetrarch" / "PETR2_GSR_validation.xml"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scores() -> PeerScores:
    if not (PLOVER.is_file() and PETR2.is_file()):
        pytest.skip(f"peer gold data is absent ({PEER}; a fresh clone has no ../shared)")
    records = load_peer_records(PLOVER, PETR2)
    # The peer coders code announced and future meetings ("will meet in Zurich") as events;
    # Parley finds them too, flagged hypothetical, so the comparison keeps irrealis events.
    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://",
                                      include_irrealis=True, second_opinion="off"))
    return peer_scores(records, pipeline_extractor(pipeline))


def test_peer_sentences(scores: PeerScores,
                        record_property: Callable[[str, object], None]) -> None:
    report = format_peer_report(scores)
    print()
    print(report)
    record_property("peer_related", len(scores.related))
    record_property("peer_excluded", len(scores.excluded))
    record_property("peer_unrelated", len(scores.unrelated))
    record_property("peer_related_found", round(scores.found_share, 4))
    record_property("peer_unrelated_quiet", round(scores.quiet_share, 4))
    assert scores.related and scores.unrelated, report
    assert scores.found_share >= FLOOR_RELATED_FOUND, report
    assert scores.quiet_share >= FLOOR_UNRELATED_QUIET, report


def test_phoenix_codes_reduce_to_states() -> None:
    from parley.peer import phoenix_state

    assert phoenix_state("USAMIL") == "USA"
    assert phoenix_state("IRQGOVMIL") == "IRQ"
    assert phoenix_state("LBNGOV") == "LBN"
    assert [phoenix_state(c) for c in ("SYRREB", "GEOOPP", "IGOUNO", "---GOV", "PSEGZA")] == [
        None] * 5
