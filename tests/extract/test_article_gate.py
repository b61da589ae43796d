"""The article gate on articles of our own: fewer than two states named, dropped; two states
by any route the mention finder knows (names, demonyms, capitals, institutions, relation
words, office holders, contextual forms), kept."""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract.article_gate import may_hold_event
from parley.resolve import MentionFinder, load_gazetteer
from parley.types import Article


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(load_gazetteer())


def _article(text: str, title: str | None = None) -> Article:
    return Article(id="a", text=text, title=title, published=date(2024, 3, 1))


@pytest.mark.parametrize("text", [
    "The city council approved the harbour budget on Tuesday after a long debate.",
    "Heavy rain closed three schools in the county; officials expect more storms.",
    "France's defence minister visited troops in the south and held talks with the unions.",
    "The league's two teams met on Sunday and agreed to resume talks next week.",
])
def test_at_most_one_state_is_dropped(finder: MentionFinder, text: str) -> None:
    assert not may_hold_event(finder, _article(text))


@pytest.mark.parametrize(("text", "title"), [
    ("Japanese and Chinese defence ministers held a call on Monday.", None),
    ("Officials in Tokyo said the talks with Beijing would resume.", None),
    ("The inter-Korean hotline went silent again this week.", None),
    ("Seoul said the North had not answered the morning call.", None),
    ("The two ministers spoke for an hour.", "Canberra and Jakarta hold defence talks"),
    ("The Pentagon said the Kremlin had refused the call.", None),
])
def test_two_states_by_any_route_are_kept(finder: MentionFinder, text: str,
                                          title: str | None) -> None:
    assert may_hold_event(finder, _article(text, title))


def test_an_office_holder_counts_for_his_state(finder: MentionFinder) -> None:
    gazetteer = load_gazetteer()
    person = next(p for p in gazetteer.people if p.state == "CHN" and " " in p.name)
    text = f"Lloyd Austin and {person.name} spoke by video link."
    assert may_hold_event(finder, _article(text))
    assert not may_hold_event(finder, _article("The minister spoke by video link."))
