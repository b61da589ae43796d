"""A fronted time phrase the parser fused with the clause's subject, put back apart.

With no comma after a fronted day ("On Wednesday Turkey asked Russia for talks"), the small
English model often reads the day as a compound of the name after it: either the state
becomes the object of "On" and the verb has no subject at all (so the side acted on is taken
for the actor), or the subject keeps the day inside it ("In March Japan protested", the
preposition left with no object), and a date inside a noun belongs to that noun. The repair
hangs the day on its preposition and the name on the verb as its subject, before any rule
reads the tree (`article.sentence_contexts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from parley.dates import lexicon as date_words
from parley.extract.vocabulary import TEMPORAL_PREPOSITIONS
from parley.types import Token

#: A day number or year ("12", "2019") or an ordinal day ("12th") in a written date.
_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th)?")
#: What may begin the subject after the day: a name, a demonym, a determiner.
_SUBJECT_OPENINGS = frozenset({"PROPN", "ADJ", "DET"})


def _is_date_word(token: Token) -> bool:
    """A weekday, a month or a day's number, as a written date is made of."""
    return token.lower in date_words.WEEKDAYS or token.lower in date_words.MONTHS or \
        bool(_NUMBER.fullmatch(token.text))


def _span_head(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The one token of [start, end) whose head lies outside it; None when several are."""
    heads = [i for i in range(start, end) if not start <= tokens[i].head < end]
    return heads[0] if len(heads) == 1 else None


def repair_fronted_time(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with a fused fronted day split from the subject after it, else as given.

    The preposition must open the clause (only punctuation before it, as after a dateline)
    and hang on a verb after it; between them stand the day's words, then the subject."""
    opening = next((i for i, t in enumerate(tokens) if t.pos != "PUNCT"), None)
    if opening is None or tokens[opening].lower not in TEMPORAL_PREPOSITIONS or \
            tokens[opening].dep != "prep":
        return tuple(tokens)
    verb = tokens[opening].head
    if verb <= opening or tokens[verb].pos not in ("VERB", "AUX"):
        return tuple(tokens)
    day_end = opening + 1
    while day_end < verb and _is_date_word(tokens[day_end]):
        day_end += 1
    if day_end == opening + 1 or day_end >= verb or \
            tokens[day_end].pos not in _SUBJECT_OPENINGS:
        return tuple(tokens)
    head = _span_head(tokens, opening + 1, verb)
    if head is None or head < day_end:
        return tuple(tokens)
    subjects = [t for t in tokens if t.head == verb and t.dep in ("nsubj", "nsubjpass")]
    fused_object = tokens[head].dep == "pobj" and tokens[head].head == opening and not subjects
    fused_subject = tokens[head].dep in ("nsubj", "nsubjpass") and tokens[head].head == verb \
        and not any(t.head == opening and t.dep == "pobj" for t in tokens)
    if not (fused_object or fused_subject):
        return tuple(tokens)
    day = day_end - 1
    repaired = list(tokens)
    for i in range(opening + 1, day):
        if tokens[i].head == head:
            repaired[i] = replace(tokens[i], head=day)
    repaired[day] = replace(tokens[day], dep="pobj", head=opening)
    if fused_object:
        repaired[head] = replace(tokens[head], dep="nsubj", head=verb)
    return tuple(repaired)
