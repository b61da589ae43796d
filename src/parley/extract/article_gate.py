"""The article gates: drop, before parsing, an article that cannot hold an event.

Every event Parley codes is between two states (`sentence.code_sentence` keeps only events
with a source and a target that differ), and the coder learns states only from mentions: of
the title and of the sentences. So an article can hold an event only if its mentions name two
states. Two gates test this, the cheap one first:

1. `may_hold_event`, one scan of the whole text: fewer than two states it could possibly name
   — by name, demonym, capital, institution, relation word, office holder or contextual form —
   and the article is neither split nor parsed. The scan is a superset of what the mention
   finder resolves (`MentionFinder.states_possibly_named`). Most general news fails it: a
   story about one country's budget, weather, sport or courts.
2. `read_mentions` and `names_two_states`, once the article is split and some sentence passed
   the lexical pre-filter: the mentions the coder will read, resolved as it resolves them
   (every sentence in order, then the title, by one `ArticleMentions`). Fewer than two states
   among them and no sentence is parsed ("Georgia" of an Atlanta story, a "Jordan" who is a
   person, stay unresolved here though the scan counted them). The coder then reuses these
   mentions, so a kept article pays for them once.

Neither gate changes any output: the pre-filter's equality tests run with both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parley.resolve import MentionFinder
from parley.resolve.mentions import ArticleMentions
from parley.types import Article, Mention, Sentence

#: The fewest states an article must possibly name to hold an event.
STATES_FOR_AN_EVENT = 2


def may_hold_event(finder: MentionFinder, article: Article) -> bool:
    """False when the article's title and text name fewer than two states, so that no
    sentence of it can be coded as an event between two states."""
    text = f"{article.title}\n{article.text}" if article.title else article.text
    possible = finder.states_possibly_named(text, article.published, STATES_FOR_AN_EVENT)
    return len(possible) >= STATES_FOR_AN_EVENT


@dataclass(frozen=True, slots=True)
class MentionsRead:
    """An article's mentions as the coder reads them: `resolver` (which remembers the people
    named so far) found `sentences` (one list per sentence, in order), then `title`."""

    resolver: ArticleMentions
    sentences: list[list[Mention]]
    title: list[Mention]

    def states(self) -> set[str]:
        """The distinct states the mentions resolve to."""
        return {m.state for group in (*self.sentences, self.title) for m in group if m.state}


def read_mentions(finder: MentionFinder, article: Article,
                  sentences: Sequence[Sentence]) -> MentionsRead:
    """The mentions of every sentence, then of the title, in the coder's order (`article.code`
    finds the sentences' mentions first and the title's after them)."""
    resolver = finder.for_article(article.published)
    found = [resolver.find(sentence.text) for sentence in sentences]
    return MentionsRead(resolver, found, resolver.find(article.title or ""))


def names_two_states(read: MentionsRead) -> bool:
    """Whether the resolved mentions name two states: else no sentence can hold an event."""
    return len(read.states()) >= STATES_FOR_AN_EVENT
