"""Theme check of 'talk' as a verb held in person: "the two defence ministers talked on the
sidelines", "Austin talked with Dong over lunch in Singapore" is a contact between two
parties (a MEET, `contact_kinds.contact_type`), as "talked on the hotline" is a call
(`parley.talked-over-a-line.v1`). A bare "talked" says no more than that views were aired
("the minister talked about the budget", "talked to reporters", "talked tough"): it passes
on to the line rule, which keeps it no contact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.contact_kinds import Medium, contact_medium
from parley.extract.registry import registry
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView


@registry.theme_check("parley.talked-together.v1", types=(EventType.CALL,), themes=("self",),
                      before="parley.talked-over-a-line.v1")
def talked_together(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                    ) -> bool | None:
    """'the two ministers talked on the sidelines', 'talked with Dong in Singapore': two
    parties talked in person. Talk with no place or occasion passes on."""
    token = view.tree.tokens[candidate.index]
    if token.lemma != "talk" or token.pos != "VERB" or len(candidate.trigger.entry.lemmas) > 1:
        return None
    if contact_medium(view.tree, candidate.trigger) is not Medium.IN_PERSON:
        return None
    return coder._spoke_together(view, candidate.index, candidate.arguments) or None
