"""Role phrases with the state named inside them (resolve/role_phrases.py): 'X of <state>'s Y'
and 'X of the <state> Y' are the role 'X of the Y', held for that state. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from parley.resolve import MentionFinder, load_gazetteer
from parley.types import MentionKind

DAY = date(2025, 6, 2)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(load_gazetteer())


def _roles(finder: MentionFinder, sentence: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    found = finder.for_article(DAY).find(sentence)
    return [(m.text, m.state, m.roles) for m in found if m.kind is MentionKind.ROLE]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He met the chief of China's Joint Staff Department on Monday.",
     [("chief of China's Joint Staff Department", "CHN", ("chief-of-defence",))]),
    ("The chairman of the US Joint Chiefs of Staff flew to Tokyo.",
     [("chairman of the US Joint Chiefs of Staff", "USA", ("chief-of-defence",))]),
    ("She spoke with the chief of the Russian General Staff.",
     [("chief of the Russian General Staff", "RUS", ("chief-of-defence",))]),
    ("The chief of Japan's Joint Staff arrived in Manila.",
     [("chief of Japan's Joint Staff", "JPN", ("chief-of-defence",))]),
    ("The commander of China's Southern Theater Command made a call.",
     [("commander of China's Southern Theater Command", "CHN", ("theatre-commander",))]),
])
def test_a_state_inside_a_role_phrase(finder: MentionFinder, sentence: str,
                                      expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _roles(finder, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # No role phrase around the state: 'the president of France's largest union'.
    "He is the president of France's largest union.",
    "The capital of China's Hainan province is Haikou.",
    "The chief of Japan's biggest bank resigned.",
])
def test_no_role_phrase_around_the_state(finder: MentionFinder, sentence: str) -> None:
    assert all(role != "chief-of-defence" and role != "theatre-commander"
               for _, _, roles in _roles(finder, sentence) for role in roles)
