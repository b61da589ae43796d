"""Theme check of sanctions told as a means or a burden: 'China was hit with sanctions by the
United States', 'Beijing retaliated with sanctions on Lockheed Martin', 'Russia faces new
British sanctions'. The noun 'sanctions' is then an event of sanctioning: who hit, retaliated
or owns the sanctions imposes them (parties.py reads the verb's subject, its 'by' agent or
the noun's owner)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

#: Verbs whose 'with' sanctions are imposed by their doer ("hit China with sanctions",
#: "retaliated with sanctions").
SANCTION_MEANS_VERBS = grammar_words("sanction_means_verbs")
#: Verbs whose object sanctions burden their subject ("Russia faces new British sanctions").
SANCTION_BURDEN_VERBS = grammar_words("sanction_burden_verbs")


def sanctions_as_means(view: SentenceView, index: int) -> bool:
    """'hit with sanctions', 'retaliated with sanctions': the noun is the 'with' of a verb of
    striking or answering; 'faces new British sanctions': the object of a burden verb, with
    an owner that says who imposes them."""
    tree = view.tree
    token = tree.tokens[index]
    if token.pos != "NOUN":
        return False
    head = tree.tokens[token.head]
    if token.dep == "pobj" and head.lower == "with" and head.head != head.i and \
            tree.tokens[head.head].lemma in SANCTION_MEANS_VERBS:
        return True
    if token.dep == "dobj" and head.lemma in SANCTION_BURDEN_VERBS:
        return any(i in view.token_mention for c in tree.dependents(index, ("amod", "poss",
                                                                              "compound"))
                   for i in tree.subtree(c))
    return False


@registry.theme_check("parley.sanctions-as-means.v1", types=(EventType.SANCTION,),
                      themes=("sanctions",))
def sanctions_told_as_means(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                            ) -> bool | None:
    """'China was hit with sanctions by the United States': an event of sanctioning."""
    return True if sanctions_as_means(view, candidate.index) else None
