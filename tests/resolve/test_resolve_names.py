"""State names that are part of another name are not states; the state's own uses stay."""

from __future__ import annotations

import time
from datetime import date

import pytest

from parley.resolve import MentionFinder, load_gazetteer
from parley.resolve.names import at_sentence_start, in_headline
from parley.types import MentionKind


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(load_gazetteer())


def _states(finder: MentionFinder, *sentences: str) -> list[list[str]]:
    """The state codes each sentence names, read in order as one article."""
    article = finder.for_article(date(2024, 5, 1))
    return [[m.state for m in article.find(s) if m.state and m.kind is not MentionKind.ROLE]
            for s in sentences]


NOT_STATES = [
    # a person's name
    ("given name before", "The star guard Michael Jordan signed a new shoe deal."),
    ("family name after", "The psychologist Jordan Peterson gave a talk in town."),
    ("given name of a chef", "Executive chef Chad Anderson will cook for the guests."),
    ("family name of a professor", "The work was led by astronomy professor Holland Ford."),
    # an organisation's, a team's or a place's name
    ("federation", "The Chile Football Federation fined the club on Monday."),
    ("film centre", "Tickets for the festival of the Israel Film Center sold out."),
    ("team", "The owners of the Washington Wizards hired a new coach."),
    ("street", "The shop moved to 12 Amsterdam Avenue last spring."),
    ("hospital", "Patients of Beth Israel Lahey Health were told of the breach."),
    ("airline", "Pilots at American Airlines voted to authorise a strike."),
    ("survey", "A biologist of the British Antarctic Survey led the study."),
    ("US state after New", "Troops were sent to New Mexico after the floods."),
    ("region of a US state", "The resort lies in South Georgia, near the lake."),
    ("sea named after a state", "Fishing boats crowded the East China Sea in spring."),
    ("strait named after a state", "A freighter sailed through the Taiwan Strait overnight."),
    ("gulf of", "Storms moved across the Gulf of Mexico towards the coast."),
    # a firm described by where it is from
    ("firm with demonym", "German industrial gas supplier Linde ended the merger talks."),
    ("firm with abbreviation", "Talks with US competitor Praxair broke down."),
    ("chain with demonym", "Swedish supermarket chain Coop closed its stores."),
    # a common word, a period
    ("lower-case bird", "They served roast turkey and rice at the dinner."),
    ("lower-case porcelain", "The plates were of fine china from the attic."),
    ("period", "The jet was a trainer from the Vietnam era."),
]


@pytest.mark.parametrize(("construction", "sentence"), NOT_STATES,
                         ids=[c for c, _ in NOT_STATES])
def test_a_name_that_holds_a_state_name_is_not_the_state(
        finder: MentionFinder, construction: str, sentence: str) -> None:
    assert _states(finder, sentence) == [[]], construction


STATES = [
    ("organ after a state's name", "The China Coast Guard shadowed the ship.", ["CHN"]),
    ("army", "The Pakistan Army said two soldiers died.", ["PAK"]),
    ("office after a demonym", "Chinese Defence Minister Dong Jun spoke first.",
     ["CHN", "CHN"]),
    ("platform after a demonym", "Two British Typhoons met the Russian bombers.",
     ["GBR", "RUS"]),
    ("designator", "A Russian Su-35 flew close to the patrol aircraft.", ["RUS"]),
    ("qualifier before", "Historians compared it with Communist China in 1960.", ["CHN"]),
    ("sentence start", "Yesterday China said the talks would resume.", ["CHN"]),
    ("after a stop", "Both sides met in Kashmir. New Delhi then withdrew its envoy.",
     ["IND"]),
    ("weekday after", "The ministry said Russia Monday rejected the offer.", ["RUS"]),
    ("role of a state", "The talks were led by the President of Russia.", ["RUS"]),
    ("organ of a state", "It angered the Ministry of Foreign Affairs of China.", ["CHN"]),
    ("headline", "China Rebuffs US Call for Defence Talks", ["CHN", "USA"]),
    ("dateline", "BEIJING Chinese and US officers met on Friday.", ["CHN", "CHN", "USA"]),
    ("plural firms keep their state", "Beijing threatened to punish US arms makers.",
     ["CHN", "USA"]),
]


@pytest.mark.parametrize(("construction", "sentence", "codes"), STATES,
                         ids=[c for c, _, _ in STATES])
def test_the_state_and_its_organs_stay_states(
        finder: MentionFinder, construction: str, sentence: str, codes: list[str]) -> None:
    assert _states(finder, sentence) == [codes], construction


def test_an_ambiguous_name_needs_the_state_named_otherwise(finder: MentionFinder) -> None:
    # "Georgia" among US states is a US state; after "Georgian" troops it is the country.
    assert _states(finder, "Storms hit Georgia, Texas and Florida overnight.") == [[]]
    assert _states(finder, "Georgian troops left the base.",
                   "Georgia said the drill would go on.") == [["GEO"], ["GEO"]]
    assert _states(finder, "Twins Santiago and Matteo were born at the zoo.") == [[]]
    assert _states(finder, "Jordan's King Abdullah flew to Cairo.") == [["JOR", "EGY"]]


def test_a_closed_class_word_at_a_sentence_start_is_not_a_person(
        finder: MentionFinder) -> None:
    article = finder.for_article(date(2024, 5, 1))
    assert [m for m in article.find("He said the plan would work.")
            if m.kind is MentionKind.PERSON] == []
    assert [m for m in article.find("No one answered the call.")
            if m.kind is MentionKind.PERSON] == []


def test_sentence_starts_and_headlines() -> None:
    text = "Talks ended. “Beijing said no."
    assert at_sentence_start(text, text.index("Beijing"))
    assert not at_sentence_start("talks with Beijing", 11)
    assert in_headline("Pentagon Says China Cut Military Hotline", 14)
    assert not in_headline("Defense Secretary Lloyd Austin met Chinese Minister Li Shangfu.", 40)


LANGUAGES = [
    ("said in", "The captain answered in Russian, then hung up."),
    ("for", "The bar is called Zaria (Russian for 'sunrise') by its owners."),
    ("sports body", "Officials of the US Soccer Federation met the players."),
]


@pytest.mark.parametrize(("construction", "sentence"), LANGUAGES,
                         ids=[c for c, _ in LANGUAGES])
def test_a_language_or_a_sports_body_is_not_the_state(
        finder: MentionFinder, construction: str, sentence: str) -> None:
    assert _states(finder, sentence) == [[]], construction


def test_a_demonym_before_a_noun_or_an_abbreviation_stays_the_state(
        finder: MentionFinder) -> None:
    assert _states(finder, "Ships sailed in Chinese waters.") == [["CHN"]]
    assert _states(finder, "The troops were based in UK.") == [["GBR"]]


INSTITUTIONS_IN_NAMES = [
    ("place", "The rocket left the Cape Canaveral Space Force Station at dawn."),
    ("prize", "She won the Kremlin Cup in straight sets."),
    ("firm", "The Pentagon Federal Credit Union raised its rates."),
]


@pytest.mark.parametrize(("construction", "sentence"), INSTITUTIONS_IN_NAMES,
                         ids=[c for c, _ in INSTITUTIONS_IN_NAMES])
def test_an_institution_inside_another_name_is_not_the_state(
        finder: MentionFinder, construction: str, sentence: str) -> None:
    assert _states(finder, sentence) == [[]], construction


def test_institutions_and_their_commands_stay(finder: MentionFinder) -> None:
    assert _states(finder, "The PLA Eastern Theatre Command said the drills ended.") == [
        ["CHN", "CHN"]]
    assert _states(finder, "The US Space Force launched a satellite.") == [["USA"]]
    assert _states(finder, "It was announced by China's Central Military Commission.") == [
        ["CHN", "CHN"]]


def test_a_long_sentence_full_of_names_does_not_hang(finder: MentionFinder) -> None:
    # A bound against hangs, not a speed test: neighbour lookups and overlap tests must not
    # grow with the square of the mentions (this text holds about 10,000 candidates).
    sentence = ("Michael Jordan met union president Ed Cole and the defence chief near the "
                "Israel Film Center in Georgia, " * 2000)
    started = time.monotonic()
    mentions = finder.for_article(date(2024, 5, 1)).find(sentence)
    assert time.monotonic() - started < 60
    assert not any(m.state == "ISR" for m in mentions)
