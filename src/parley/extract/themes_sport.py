"""Theme check: a sporting contest is no contact between states. National teams "meet" in a
final, "the two sides last met at the World Cup", and a story about a match calls the two
countries by their names throughout; none of it is a meeting of the states' officials.

The contest is read in the sentence (a contest word or name in it) or in the story (contest
words in at least `STORY_SENTENCES` of its sentences, counting the title, and no office
holder named anywhere in it). Either way, the meeting is kept when its sentence names an
office holder or a role: ministers who meet at a tournament still meet. Talks about a sport
between governments ("held talks on the joint Olympic team") are contacts, so only the words
sports reporting uses for a game (`contest_meeting_words`) are read; the words are data in
`data/lexicons/sport.json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from parley.extract.registry import registry
from parley.types import EventType, Mention, MentionKind

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

#: Sentences of a story (the title counted) that must name a contest for the whole story
#: to be about one: a military story may name a tournament in passing once.
STORY_SENTENCES = 2
#: A story naming a contest in this share of its sentences, and in at least
#: `SPORTS_SENTENCES` of them, is a sports story even with officials in it ('the king
#: called the players to congratulate them').
SPORTS_SHARE = 0.25
SPORTS_SENTENCES = 3


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], frozenset[str]]:
    text = (resources.files("parley.data") / "lexicons" / "sport.json").read_text(
        encoding="utf-8")
    data = json.loads(text)
    words = [re.escape(w) for w in data["contest_words"]]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(words + data["contest_phrases"])
                         + r")(?![\w-])", re.IGNORECASE)
    return pattern, frozenset(data["contest_meeting_words"])


def names_a_contest(text: str) -> bool:
    """The text names a sport, a contest or its people ('the World Cup', 'seven wickets')."""
    return _lexicon()[0].search(text) is not None


def names_an_official(mentions: Sequence[Mention]) -> bool:
    """Some mention is of an office holder or a role valid on the article's date."""
    return any(m.roles or m.person or m.kind is MentionKind.ROLE for m in mentions)


def story_about_a_contest(texts: Sequence[str], mentions: Sequence[Sequence[Mention]]
                          ) -> bool:
    """A story (its title and sentences) names a contest in at least `STORY_SENTENCES` of
    them and no office holder anywhere, or names one throughout (`SPORTS_SHARE` of its
    sentences, at least `SPORTS_SENTENCES`) though a king or a minister congratulates the
    winners in it: a sports story, whose 'sides' are teams."""
    contests = sum(1 for text in texts if names_a_contest(text))
    if contests < STORY_SENTENCES:
        return False
    if contests >= SPORTS_SENTENCES and contests >= SPORTS_SHARE * len(texts):
        return True
    return not any(names_an_official(group) for group in mentions)


@registry.theme_check("parley.sporting-contest-is-no-meeting.v1", types=(EventType.MEET,))
def sporting_contest_is_no_meeting(coder: ArticleCoder, view: SentenceView,
                                   candidate: Candidate) -> bool | None:
    """'India and Pakistan will meet in the final', 'The two sides last met at the World
    Cup': teams playing, not officials meeting; a sentence naming an official passes on."""
    token = view.tree.tokens[candidate.index]
    meeting_words = _lexicon()[1]
    if token.lemma not in meeting_words and token.lower not in meeting_words:
        return None
    if names_an_official(view.mentions):
        return None
    if coder.state.sporting or names_a_contest(view.sentence.text):
        return False
    return None
