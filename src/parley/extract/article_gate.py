"""The article gate: drop, after one cheap scan, an article that cannot hold an event.

Every event Parley codes is between two states (`sentence.code_sentence` keeps only events
with a source and a target that differ), and the coder learns states only from mentions: of
the title and of the sentences. An article whose whole text could name at most one state — by
name, demonym, capital, institution, relation word, office holder or contextual form — can
therefore hold no event, whatever its sentences say; it is neither split nor parsed. The scan
is a superset of what the mention finder resolves (`MentionFinder.states_possibly_named`), so
the gate changes no output: the pre-filter's equality test runs with it.

Most general news fails it: a story about one country's budget, weather, sport or courts.
"""

from __future__ import annotations

from parley.resolve import MentionFinder
from parley.types import Article

#: The fewest states an article must possibly name to hold an event.
STATES_FOR_AN_EVENT = 2


def may_hold_event(finder: MentionFinder, article: Article) -> bool:
    """False when the article's title and text name fewer than two states, so that no
    sentence of it can be coded as an event between two states."""
    text = f"{article.title}\n{article.text}" if article.title else article.text
    return len(finder.states_possibly_named(text, article.published)) >= STATES_FOR_AN_EVENT
