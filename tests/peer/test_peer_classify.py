"""Peer codings are classified by the correspondence table: related, excluded or unrelated."""

from __future__ import annotations

from parley.peer.correspondence import classify, correspondence
from parley.peer.records import PeerCoding

STATES = frozenset({"USA", "CHN", "RUS"})


def _cameo(code: str, source: str | None, target: str | None) -> PeerCoding:
    return PeerCoding(code, None, None, (str(source),), (str(target),), (source,), (target,))


def test_a_phone_call_between_two_known_states_is_related_and_expects_a_call() -> None:
    verdict, expected, _ = classify("t1", "The two ministers spoke by phone.",
                                    [_cameo("041", "USA", "CHN")], STATES)
    assert (verdict, expected) == ("related", ("CALL",))


def test_a_coding_with_a_party_parley_does_not_know_is_excluded() -> None:
    verdict, expected, reason = classify("t2", "Rebels met the envoy.",
                                         [_cameo("042", None, "USA")], STATES)
    assert (verdict, expected) == ("excluded", ())
    assert "not a state Parley knows" in reason


def test_a_coding_with_no_parley_counterpart_is_unrelated() -> None:
    verdict, _, _ = classify("t3", "Troops fired on a crowd.", [_cameo("190", "USA", "CHN")],
                             STATES)
    assert verdict == "unrelated"


def test_cameo_codes_use_their_longest_listed_prefix() -> None:
    assert correspondence(_cameo("0412", "USA", "CHN"), "")[0] == "041"
    assert correspondence(_cameo("0431", "USA", "CHN"), "")[0] == "04"
