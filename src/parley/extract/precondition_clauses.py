"""Preconditions told as a condition on one side's own step: "Seoul would reconsider only if
Japan first lifted its export curbs", "Beijing will not return to the table unless
Washington drops the sanctions". The side whose step waits on the other's act lays a
precondition on it: a DEMAND of the condition's subject, made by the main clause's subject.

`sentence.preconditions` already turns an 'until'/'unless' clause on a told event into a
demand; this reads the sentences whose main clause is no event of the lexicon ("reconsider",
"change course", "come back") or is one only as a prospect ("would restore the line only
if"). Its words are `precondition_marks`, `restricted_condition_marks`, `precondition_restrictors`
and `precondition_step_modals` in `grammar.json`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.grammar import grammar_words
from parley.extract.records import SentenceView, Told, Trigger
from parley.extract.syntax import SUBJECT_DEPS, Tree
from parley.extract.trigger_entries import _DEMAND_ENTRY
from parley.types import Event, EventType, Evidence

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder

#: Subordinators of a precondition ('unless Japan lifts …'), and 'if' when restricted.
PRECONDITION_MARKS = grammar_words("precondition_marks")
#: Words that make an 'if' a sole condition ('only if', 'if and only if').
PRECONDITION_RESTRICTORS = grammar_words("precondition_restrictors")
#: Subordinators that are a precondition only when restricted ('only if').
RESTRICTED_CONDITION_MARKS = grammar_words("restricted_condition_marks")
#: Modals of the step that waits: a will or would, possibly negated ('would not return').
STEP_MODALS = grammar_words("precondition_step_modals")


def precondition_clause(tree: Tree, mark: int) -> int | None:
    """The head of the condition clause `mark` opens, when it is a precondition: 'unless',
    or 'if' restricted by 'only' ('only if Japan lifted'); None otherwise."""
    token = tree.tokens[mark]
    if token.dep != "mark" or tree.tokens[token.head].dep != "advcl":
        return None
    clause = token.head
    if token.lower in PRECONDITION_MARKS:
        return clause
    if token.lower in RESTRICTED_CONDITION_MARKS and any(
            tree.tokens[c].lower in PRECONDITION_RESTRICTORS
            for c in tree.dependents(clause, ("advmod",))):
        return clause
    return None


def conditional_demands(coder: ArticleCoder, view: SentenceView) -> Told:
    """'Seoul would reconsider only if Japan first lifted its export curbs': the main clause's
    state (its subject, or whoever says it) demands the act of the condition's state. Both
    must be states and differ; the waiting step must be told with a modal ('will', 'would'),
    so a fact ("the talks went ahead unless …") or a forecast with no side is none."""
    tree = view.tree
    for mark in range(len(tree.tokens)):
        clause = precondition_clause(tree, mark)
        if clause is None:
            continue
        step = tree.tokens[clause].head
        if not any(tree.tokens[c].lower in STEP_MODALS
                   for c in tree.dependents(step, ("aux",))):
            continue
        target = coder._first_state(view, sorted(
            i for s in tree.dependents(clause, SUBJECT_DEPS) for i in tree.subtree(s)))
        source = coder.agent_state(view, coder.extractor.subject(tree, step))
        if target is None or source is None or source == target:
            continue
        telling = coder.telling_of(view, Trigger(_DEMAND_ENTRY, step, step))
        when = telling.date
        event = Event(
            article=coder.state.article_id, type=EventType.DEMAND, source=source,
            target=target, channel=None,
            evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end),
            date=when.value if when else None, date_end=when.end_value if when else None,
            persons=coder.persons(view, set()))
        return Told([event], [telling])
    return Told([], [])
