"""Past events told by likeness to the one just told: "China suspended the exchanges on
Friday. It took a similar step in 2008" is a second suspension, in 2008; so is "North Korea
cut the line in 2020 and did the same in 2016". Background paragraphs of newswire tell
earlier rounds of a recurring act this way. The event is the one the article told last, on
the date the likening clause gives; without a date of its own the likening tells nothing.
The words are data (`likening_adjectives`, `step_nouns`, `repeating_verbs` in `grammar.json`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.types import Event, EventType, Evidence

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import SentenceView
    from parley.extract.syntax import Tree

#: Adjectives that liken a step to the one told before ("a similar step", "the same move").
LIKENING_ADJECTIVES = grammar_words("likening_adjectives")
#: Nouns of an act one takes ("took a similar step", "similar action", "the same measure").
STEP_NOUNS = grammar_words("step_nouns")
#: Verbs that take a likened step or do the same ("took a similar step", "did the same").
REPEATING_VERBS = grammar_words("repeating_verbs")

#: Types whose acts recur and are retold by likeness; contacts are retold as contacts.
LIKENED_TYPES = frozenset({EventType.SUSPEND, EventType.RESUME, EventType.SANCTION,
                           EventType.EASE, EventType.DECLINE, EventType.DEMAND})


def likening_verb(tree: Tree) -> int | None:
    """The verb of 'took a similar step', 'took the same action', 'did the same',
    'did likewise'; None when the sentence has none."""
    for token in tree.tokens:
        if token.lemma not in REPEATING_VERBS or token.pos not in ("VERB", "AUX"):
            continue
        for obj in tree.dependents(token.i, ("dobj",)):
            head = tree.tokens[obj]
            modifiers = {tree.tokens[c].lower for c in tree.dependents(obj, ("amod", "det"))}
            if head.lemma in STEP_NOUNS and modifiers & LIKENING_ADJECTIVES:
                return token.i  # "took a similar step"
            if head.lower in LIKENING_ADJECTIVES and token.lemma == "do":
                return token.i  # "did the same"
        if token.lemma == "do" and any(tree.tokens[c].lower == "likewise"
                                       for c in tree.dependents(token.i, ("advmod",))):
            return token.i  # "did likewise"
    return None


def last_told(coder: ArticleCoder) -> Event | None:
    """The event the article told last, of a type whose acts recur."""
    candidates = [e for t, e in coder.state.latest.items() if t in LIKENED_TYPES]
    return max(candidates, key=lambda e: e.evidence.start, default=None)


def similar_step_events(coder: ArticleCoder, view: SentenceView) -> list[Event]:
    """'It took a similar step in 2008': the event told last, again, on 2008."""
    tree = view.tree
    verb = likening_verb(tree)
    if verb is None:
        return []
    earlier = last_told(coder)
    if earlier is None:
        return []
    own = coder._clause_tokens(tree, verb)
    dated = [d for d in view.dates if d.value and not d.end_value
             and set(view.token_range(d.start, d.end)) & own]
    if not dated or dated[0].value == earlier.date:
        return []
    actor = coder.agent_state(view, coder.extractor.subject(tree, verb))
    source, target = earlier.source, earlier.target
    if actor and actor != source:
        # "Russia did the same in 2016": the likened act is Russia's, on the same target
        source, target = actor, (target if target != actor else source)
    return [replace(earlier, source=source, target=target, date=dated[0].value, date_end=None,
                    negated=False, hypothetical=False,
                    evidence=Evidence(view.sentence.text, view.sentence.start,
                                      view.sentence.end))]
