"""Sentence table: what two coordinated clauses share and what they do not
(syntax.Tree.modal_or_prospective, channel_from_roles.in_coordinated_clause,
channels.channel_referred_to).

- A bare verb coordinated with a reported decision ("said it would suspend the pact and close
  the line") shares the decision: both acts are told as decided, or both as prospects.
- The people a coordinated clause acts on ("summoned the ambassador and postponed the talks")
  are not the parties of the trigger's own object; its subjects are ("Austin and Wei spoke by
  phone, and the two men met"), and so are its objects when the trigger's clause has no
  object of its own ("sought calls with Shoigu, but the Russians refused to take part").
- A pronoun deep inside a phrase hung on the trigger's object ("in protest against a decision
  to sanction an agency and its director") names no channel again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from sentence_tables import ARGS, E, Expected, case, check, run

from parley.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUB = date(2024, 6, 5)

SHARED_DECISIONS = [
    case("Seoul said on Tuesday it would suspend the military pact with Pyongyang and close "
         "the hotline.",
         E("SUSPEND", "KOR", "PRK", "hotline", hypothetical=False), published=PUB),
    case("Tokyo announced that it would scrap the intelligence-sharing pact with Seoul and "
         "halt the defence talks.",
         E("SUSPEND", "JPN", "KOR", "intelligence", hypothetical=False),
         E("SUSPEND", "JPN", "KOR", hypothetical=False), published=PUB),
    # negative: others' forecast stays a prospect for both verbs
    case("Analysts said Seoul would suspend the military pact with Pyongyang and close the "
         "hotline.",
         E("SUSPEND", "KOR", "PRK", "hotline", hypothetical=True), published=PUB),
]

COORDINATED_PARTIES = [
    # the ambassador summoned is no party of the talks postponed
    case("Beijing summoned the American ambassador on Monday and postponed the joint military "
         "talks with Washington set for next week.",
         E("MEET", "CHN", "USA", "diplomatic"), E("SUSPEND", "CHN", "USA", None),
         published=PUB),
    case("New Delhi praised the Pakistani army chief and put off the planned talks with "
         "Islamabad.",
         E("SUSPEND", "IND", "PAK", None), published=PUB),
    # the subjects of the first clause hold the second clause's meeting
    case("Defense Secretary Lloyd Austin and Defence Minister Wei Fenghe spoke by phone in "
         "April, and the two men met in Singapore in June.",
         E("CALL", "USA", "CHN", "defence-ministers"),
         E("MEET", "USA", "CHN", "defence-ministers"), published=PUB),
    # a refusal with no object of its own refuses the calls of the first clause
    case("Defense Secretary Lloyd Austin and General Mark Milley sought calls with Sergei "
         "Shoigu and General Valery Gerasimov in March, but the Russians refused.",
         E("REQUEST", "USA", "RUS", "defence-ministers"),
         E("DECLINE", "RUS", "USA", "defence-ministers"),
         E("DECLINE", "RUS", "USA", "military-chiefs"), published=date(2022, 5, 14)),
]

DEEP_PRONOUNS = [
    case("The US and Chinese defence ministers met in Singapore in June. Beijing later put off "
         "joint military talks in protest against a US decision to sanction a Chinese agency "
         "and its director.",
         E("MEET", "USA", "CHN", "defence-ministers"), E("SUSPEND", "CHN", "USA", None),
         published=PUB),
    # negative: the pronoun that is the trigger's own object names the channel again
    case("North Korea cut the military hotline with South Korea in 2016. North Korea restored "
         "the line on Monday.",
         E("SUSPEND", "PRK", "KOR", "hotline"), E("RESUME", "PRK", "KOR", "hotline"),
         published=PUB),
]


def _only_channels(got: Sequence[Expected], kind: str) -> set[str | None]:
    return {g.channel for g in got if g.type == kind and not g.hypothetical}


@pytest.mark.parametrize(ARGS, SHARED_DECISIONS)
def test_a_coordinated_verb_shares_the_decision(irrealis: Pipeline, text: str,
                                               published: date,
                                               expected: Sequence[Expected],
                                               allow: frozenset[str]) -> None:
    check(run(irrealis, text, published), expected, allow)


@pytest.mark.parametrize(ARGS, COORDINATED_PARTIES + DEEP_PRONOUNS)
def test_parties_of_coordinated_clauses(realis: Pipeline, text: str, published: date,
                                        expected: Sequence[Expected],
                                        allow: frozenset[str]) -> None:
    got = run(realis, text, published)
    check(got, expected, allow)
    for want in expected:
        if want.type == "SUSPEND" and want.channel is None:
            # no second, wrongly channelled telling beside the right one
            assert _only_channels(got, "SUSPEND") == {None}, got
