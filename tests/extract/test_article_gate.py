"""The article gates on articles of our own: fewer than two states named, dropped; two states
by any route the mention finder knows (names, demonyms, capitals, institutions, relation
words, office holders, contextual forms), kept; and the second gate, on the mentions as the
coder resolves them."""

from __future__ import annotations

from datetime import date

import pytest

from parley.config import load_settings
from parley.extract.article_gate import may_hold_event, names_two_states, read_mentions
from parley.nlp import split_sentences
from parley.pipeline import Pipeline
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


def test_the_second_gate_reads_the_mentions_as_the_coder_does(finder: MentionFinder) -> None:
    """'Jordan' in a person's name counts for the scan, not for the resolved mentions."""
    article = _article("Michael Jordan said in Paris that talks with his old team would resume.")
    assert may_hold_event(finder, article)
    read = read_mentions(finder, article, split_sentences(article.text))
    assert read.states() == {"FRA"}
    assert not names_two_states(read)


def test_two_resolved_states_pass_the_second_gate(finder: MentionFinder) -> None:
    article = _article("The Japanese and Chinese defence ministers held a call on Monday.",
                       "Tokyo and Beijing talk")
    read = read_mentions(finder, article, split_sentences(article.text))
    assert names_two_states(read)
    assert [m.state for m in read.title if m.state] == ["JPN", "CHN"]


def test_an_article_failing_the_second_gate_has_no_sentence_parsed() -> None:
    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://"))
    article = _article("Michael Jordan said in Paris that talks with his old team would "
                       "resume. The meeting is set for Monday.")
    [parsed] = pipeline.parse([article])
    assert len(parsed.sentences) == 2
    assert not any(s.tokens for s in parsed.sentences)
    assert pipeline.code(parsed) == []


@pytest.mark.parametrize("text", [
    "Officials in Tokyo said the talks with Beijing would resume.",
    "The inter-Korean hotline went silent again this week.",
    "Seoul said the North had not answered the morning call.",
    "France's defence minister visited troops in the south.",
    "The city council approved the harbour budget on Tuesday.",
    "Michael Jordan said in Paris that talks with his old team would resume.",
])
def test_a_gate_asking_for_two_states_stops_at_two(finder: MentionFinder, text: str) -> None:
    """With `enough`, the scan may stop early: the same answer to "two states or more?", and
    only states of the full scan."""
    full = finder.states_possibly_named(text, date(2024, 3, 1))
    early = finder.states_possibly_named(text, date(2024, 3, 1), 2)
    assert early <= full
    assert (len(early) >= 2) == (len(full) >= 2)
    if len(full) < 2:
        assert early == full


@pytest.mark.parametrize(("text", "expected"), [
    # A bare surname that is a word here names nobody: "in May" is a month, "He said" a pronoun.
    ("The French delegation arrived in May for the talks.", {"FRA"}),
    ("He said the French delegation would arrive on Friday.", {"FRA"}),
    # Titled, or not at a sentence's start, it names the holder in office on the date.
    ("Prime Minister May met the French delegation on Friday.", {"FRA", "GBR"}),
    ("The French envoy said He would attend the talks.", {"FRA", "CHN"}),
    # A surname whose holder's state is already counted adds nothing, tested or not.
    ("Britain's Prime Minister May met the French delegation.", {"FRA", "GBR"}),
])
def test_the_scan_counts_surnames_of_holders_in_office(finder: MentionFinder, text: str,
                                                       expected: set[str]) -> None:
    """The scan's surname route: only the holders in office on the date, and only where the
    surname is not a word of the sentence (`names.names_a_surname`), as `surname_matches`."""
    assert finder.states_possibly_named(text, date(2017, 3, 1) if "May" in text
                                        else date(2023, 3, 1)) == expected
