"""Role words name a role only where the words around decide it; else the role is unknown."""

from __future__ import annotations

from datetime import date

import pytest

from parley.resolve import MentionFinder, build_gazetteer, load_gazetteer
from parley.types import MentionKind

DAY = date(2023, 6, 1)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(load_gazetteer())


def _roles(finder: MentionFinder, *sentences: str) -> list[tuple[str, tuple[str, ...]]]:
    """(phrase, roles) of the role mentions of the last sentence, read as one article."""
    article = finder.for_article(DAY)
    found = [article.find(s) for s in sentences][-1]
    return [(m.text, m.roles) for m in found if m.kind is MentionKind.ROLE]


STATE_OFFICES = [
    ("state before", "The US president called his Chinese counterpart.", "president"),
    ("possessive state before", "China's leader spoke of peace.", "leader"),
    ("of a state after", "He met the President of Russia in June.", "President"),
    ("of the countries", "The leaders of the two countries met in June.", "leaders"),
    ("determiner", "The president said the line would stay open.", "president"),
    ("number", "The two leaders met in Geneva.", "leaders"),
    ("world", "World leaders gathered in the capital.", "leaders"),
    ("holder named after", "The deal was signed by President Joe Biden.", "President"),
    ("sworn in as", "She was sworn in as president on Monday.", "president"),
]


@pytest.mark.parametrize(("construction", "sentence", "phrase"), STATE_OFFICES,
                         ids=[c for c, _, _ in STATE_OFFICES])
def test_a_state_office_in_its_context(finder: MentionFinder, construction: str,
                                       sentence: str, phrase: str) -> None:
    assert (phrase, ("head-of-state",)) in _roles(finder, sentence), construction


OTHER_BODIES = [
    ("union", "Union president Jeff Bronson said the talks went well.", "president"),
    ("military leaders", "The military leaders both agreed to keep talking.", "leaders"),
    ("majority leader", "The Senate Majority Leader Chuck Schumer spoke first.", "Leader"),
    ("community", "Local community leaders toured the base.", "leaders"),
    ("of a company", "He met the president of the company on Friday.", "president"),
    ("league", "The Premier League fined the club.", "Premier"),
]


@pytest.mark.parametrize(("construction", "sentence", "phrase"), OTHER_BODIES,
                         ids=[c for c, _, _ in OTHER_BODIES])
def test_another_body_s_office_has_no_state_role(finder: MentionFinder, construction: str,
                                                  sentence: str, phrase: str) -> None:
    assert (phrase, ()) in _roles(finder, sentence), construction


def test_a_defence_chief_is_decided_by_the_holder_or_the_rank(finder: MentionFinder) -> None:
    assert ("defence chief", ("defence-minister",)) in _roles(
        finder, "The talks were led by defence chief Li Shangfu.")
    assert ("defence chief", ("chief-of-defence",)) in _roles(
        finder, "Pakistan's defence chief, General Asim Munir, flew to Riyadh.")
    assert ("defence chiefs", ()) in _roles(finder, "The two defence chiefs spoke by phone.")


def test_a_defence_chief_named_before_decides_a_later_mention(finder: MentionFinder) -> None:
    # The article has named Shoigu, Russia's one holder of either role: he is the chief.
    assert ("defense chief", ("defence-minister",)) in _roles(
        finder, "Sergei Shoigu called his Israeli counterpart.",
        "The Russian defense chief stressed that the crew had died.")


def test_a_chairman_is_decided_by_the_holder(finder: MentionFinder) -> None:
    assert ("chairman", ("chief-of-defence",)) in _roles(
        finder, "He spoke to General Mark Milley, the chairman, on Monday.")
    assert ("chairman", ()) in _roles(finder, "The chairman of the committee spoke.")


def test_roles_data_without_the_context_sections_still_loads() -> None:
    states = {"states": [{"code": "USA", "name": "United States"}]}
    roles = {"roles": [{"role": "head-of-state", "channel": "leaders",
                        "phrases": ["head of state"], "phrases_in_context": ["president"]}]}
    gazetteer = build_gazetteer(states, {"people": []}, roles)
    assert gazetteer.roles[0].phrases == ("head of state", "president")
    assert gazetteer.roles[0].in_context == ("president",)
    assert gazetteer.ambiguous_roles == []


def test_a_tenure_filed_as_other_takes_the_role_its_title_names() -> None:
    states = {"states": [{"code": "IND", "name": "India"}]}
    people = {"people": [{"name": "A. Adviser", "state": "IND", "roles": [
        {"role": "other", "title": "National Security Adviser (acting)"},
        {"role": "other", "title": "Ambassador to Japan"}]}]}
    roles = {"roles": [
        {"role": "security-adviser", "channel": "diplomatic",
         "phrases": ["national security adviser"]},
        {"role": "other", "channel": None, "phrases": ["ambassador"]}]}
    gazetteer = build_gazetteer(states, people, roles)
    assert gazetteer.people[0].roles_on(None) == ("security-adviser", "other")
    assert gazetteer.role_channel("security-adviser") == "diplomatic"


def test_a_national_security_adviser_talks_on_the_diplomatic_channel(
        finder: MentionFinder) -> None:
    found = _roles(finder, "India's national security adviser met his Chinese counterpart.")
    assert found == [("national security adviser", ("security-adviser",))]
    assert finder.gazetteer.role_channel("security-adviser") == "diplomatic"
