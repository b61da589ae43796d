"""The last contact a 'since' date points to: "the two ministers had not spoken since March
2023" says they last spoke in March 2023, and "the first meeting since January 2020" that
they met in January 2020. Newswire tells most past contacts this way, in background
paragraphs; the coder reads them as a contact on the 'since' date.

Only a 'since' whose object is itself a date counts ("since March 2023"): "since the war
began" or "since the Pelosi visit" dates no contact.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.types import DateMention

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView, Trigger


def since_date(coder: ArticleCoder, view: SentenceView, trigger: Trigger) -> DateMention | None:
    """The 'since' date of the trigger's own clause ('had not met since November 2022'), as
    a point ('since 2021' is the year 2021, not the range to today); None when it has none
    or the 'since' governs a clause or an event ('since the talks collapsed')."""
    tree = view.tree
    own = coder._clause_tokens(tree, trigger.index)
    for mention in view.dates:
        if not mention.value or not mention.text.lower().startswith("since "):
            continue
        indices = view.token_range(mention.start, mention.end)
        if not indices or not set(indices) & own:
            continue
        since = next((i for i in indices if tree.tokens[i].lower == "since"), None)
        if since is None or tree.tokens[since].dep == "mark":
            continue  # "since they met in 2020": a clause, dated by its own verb
        return replace(mention, end_value=None)
    return None


def last_contact_date(coder: ArticleCoder, view: SentenceView, trigger: Trigger, *,
                      negated: bool) -> DateMention | None:
    """When the contact a 'since' points back to took place: 'had not spoken since March'
    (negated) and 'the first call since October' (a first one); None for other contacts
    ('have met twice since 2021' counts meetings, it dates none) and for an absence told by
    a noun ('no hotline contact since February', kept as told)."""
    if negated and view.tree.tokens[trigger.index].pos == "NOUN":
        return None  # "have had no hotline contact since February" tells an absence
    if not (negated or coder._first_since(view.tree, trigger.index)):
        return None
    return since_date(coder, view, trigger)
