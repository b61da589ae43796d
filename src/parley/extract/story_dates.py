"""Dates carried along the story: the last stated date, the narrative's day, 'three
weeks later', and the counts of aggregated events.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.dates.calendar import shift_date
from parley.dates.lexicon import NUMBER_WORDS
from parley.extract.anaphoric_dates import period_anaphor, told_just_before
from parley.extract.clause_dates import purpose_time
from parley.extract.counts import find_count
from parley.extract.date_frames import frames_the_clause
from parley.extract.dateline_days import DATELINE_DATE
from parley.extract.prospective_dates import prospective
from parley.extract.records import SentenceView, Telling, Trigger
from parley.extract.syntax import (
    NOUN_MODIFIER_DEPS,
    Tree,
)
from parley.extract.vocabulary import (
    DATABLE_NOUNS,
    DEFINITE_DETERMINERS,
    DISCLOSING_WORDS,
    EVENT_NOUN_TYPES,
    FORWARD_WORDS,
    LASTING_VERBS,
    REPORTING_VERBS,
    SEQUENCE_ADJECTIVES,
    STORY_RELATIVE,
    TIME_CLAUSE_MARKERS,
)
from parley.types import (
    CountQualifier,
    DateMention,
    Event,
    EventType,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


def carry_story_dates(coder: ArticleCoder, view: SentenceView, new: list[Event],
                      tellings: list[Telling]) -> None:
    """After a sentence: which events a main clause told, and where the narrative stands."""
    told = [(t.type, t.main_clause, t.date) for t in tellings]
    narrated: list[DateMention] = []
    passing: list[DateMention] = []
    for event in new:
        for etype, main, when in told:
            if etype is event.type and when is not None and when.value == event.date:
                if main:
                    coder.state.main_events[event.type] = event
                if when.text and coder._narrates(when) and not in_dateline(view, when) and \
                        prospective(view.tree, when) is None and \
                        not _names_its_noun(coder, view, when):
                    (narrated if main else passing).append(when)
                break
    # Only a sentence the pre-filter passes moves the story on, so that the story's day
    # is the same whether or not the other sentences were parsed.
    moved = narrated[0] if narrated else (
        coder._narrative_mention(view) if coder.narrating is None
        or view.sentence.start in coder.narrating else None)
    if moved is None and coder.state.narrative_date is None and passing:
        # The story's first dated event sets its time even where the parse does not
        # show it in the main clause.
        moved = passing[0]
    if moved is not None:
        coder.state.narrative_date = moved


def _narrates(coder: ArticleCoder, mention: DateMention) -> bool:
    """A day or month that can move the story on: not a year of background, not 'since'
    or a span up to publication."""
    if not mention.value or len(mention.value) < 7 or not mention.text:
        return False
    if mention.text.lower().startswith("since"):
        return False
    published = coder.state.published.isoformat() if coder.state.published else None
    return not (mention.end_value and mention.end_value == published)


def in_dateline(view: SentenceView, mention: DateMention) -> bool:
    """"SEOUL, June 2 - …": the mention is the opening sentence's dateline day."""
    dateline = DATELINE_DATE.match(view.sentence.text) if view.opening else None
    return dateline is not None and mention.end <= dateline.end()


def _narrative_mention(coder: ArticleCoder, view: SentenceView) -> DateMention | None:
    """The day or month the sentence's main clause gives, its report's day last."""
    tree = view.tree
    reports: list[DateMention] = []
    for mention in view.dates:
        root = coder._mention_root(view, mention)
        if root is None or not coder._narrates(mention) or in_dateline(view, mention):
            continue
        if prospective(tree, mention) is not None:
            continue  # "will meet again in October": not where the story stands
        token = tree.tokens[root]
        if _names_its_noun(coder, view, mention):
            continue  # "the 14 February bombing", "last week's summit"
        if not coder._in_main_clause(tree, root):
            continue
        attached = tree.tokens[token.head]
        if attached.dep == "prep" and attached.head != attached.i:
            attached = tree.tokens[attached.head]
        if attached.pos == "NOUN" and attached.i != root:
            continue  # "Pelosi's visit earlier this week": the visit's time
        if attached.lemma in REPORTING_VERBS:
            reports.append(mention)
            continue
        return mention
    return reports[0] if reports else None


def _names_its_noun(coder: ArticleCoder, view: SentenceView, mention: DateMention) -> bool:
    """"last week's summit", "the 14 February bombing": a date that modifies a noun tells
    when that noun's event was; it does not move the story's day ("The meeting followed
    last week's summit. … Austin also raised …" goes on with the meeting's day)."""
    root = coder._mention_root(view, mention)
    return root is not None and view.tree.tokens[root].dep in NOUN_MODIFIER_DEPS and \
        not coder._after_preposition(view, mention)


def _past_tense(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    """Whether the clause of `index`, or the verb reporting it, is in a past tense."""
    for verb in (tree.clause_head(index), *tree.ancestors(tree.clause_head(index))[:3]):
        token = tree.tokens[verb]
        if token.pos not in ("VERB", "AUX"):
            continue
        auxiliaries = [tree.tokens[c] for c in tree.dependents(verb, ("aux", "auxpass"))]
        if token.tag == "VBD" or any(a.tag == "VBD" for a in auxiliaries):
            return True
        if token.tag in ("VBP", "VBZ", "VBG") or any(
                a.tag in ("VBP", "VBZ") for a in auxiliaries):
            return False
    return False


def _relative_to_story(coder: ArticleCoder, text: str) -> DateMention | None:
    """"Three weeks later", "the same day", "five weeks earlier": counted from the last
    date the article stated, not from the publication date."""
    anchor = coder.state.last_date
    published = coder.state.published.isoformat() if coder.state.published else None
    if not anchor or len(anchor) < 7 or (published and (
            anchor > published or int(published[:4]) - int(anchor[:4]) > 1)):
        # Counted from a recent dated event only, never from a background year; else
        # from the day the story stands at ("They met on 3 June. They had last met in
        # 2019. Two days earlier, …" is 1 June).
        narrative = coder.state.narrative_date
        anchor = told_just_before(narrative, published) if narrative else None
        anchor = anchor or published
    anchor = told_just_before(coder.state.previous_date, published) or anchor
    if not anchor:
        return None
    match = STORY_RELATIVE.search(text)
    if match is None:
        # "the previous day", "later that year": a period the story's dates name again.
        return period_anaphor(text, anchor, coder.state.last_date)
    return _counted_from(match, anchor)


def _counted_from(match: re.Match[str], anchor: str) -> DateMention | None:
    """The date a "the same day", "the next day", "two weeks later" counts from `anchor`."""
    if match.group("same"):
        return DateMention(match.group(), match.start(), match.end(), anchor, None)
    if match.group("next"):
        amount, unit, sign = 1, "day", 1
    else:
        word = match.group("n").lower()
        amount = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        unit = match.group("unit").lower().rstrip("s")
        sign = 1 if match.group("dir").lower() in FORWARD_WORDS else -1
    value = shift_date(anchor, sign * amount, unit)
    return DateMention(match.group(), match.start(), match.end(), value, None) \
        if value else None


def _relative_in_clause(coder: ArticleCoder, view: SentenceView, index: int, clause: set[int]
                        ) -> tuple[int, DateMention] | None:
    """"a further message went over the line that day, after violations on Saturday
    night": a date counted from the story ("that day", "two days later") that is a time
    adverbial of the trigger's own clause, with its distance from the trigger in the tree,
    so that it can outrank a date buried in another phrase of the clause."""
    mention = coder._relative_to_story(view.sentence.text)
    if mention is None or not mention.text or not STORY_RELATIVE.fullmatch(mention.text):
        return None  # "in October that year": a period named again narrows no day
    if mention.text.lower() == "at the time":
        return None  # "met his counterpart at the time, …, in June 2022": a tenure, not a day
    indices = view.token_range(mention.start, mention.end)
    if not indices or not set(indices) & clause:
        return None
    stated = [d for d in view.dates if d.value and len(d.value) == 10 and not d.end_value
              and d.end <= mention.start]
    if stated and stated[-1].value:
        # "said on Sunday that a message had gone over the line that day": the day the
        # sentence itself stated before it.
        match = STORY_RELATIVE.fullmatch(mention.text)
        recounted = _counted_from(match, stated[-1].value) if match else None
        if recounted is not None:
            mention = DateMention(mention.text, mention.start, mention.end, recounted.value,
                                  None)
    return min(coder._tree_distance(view.tree, index, i) for i in indices), mention


def _restating_appositions(coder: ArticleCoder, tree: Tree, index: int, etype: EventType
                           ) -> set[int]:
    """"Marles met Wei on the sidelines of the forum in June 2022, the first meeting
    between the two ministers since 2019": an apposition whose head noun names the
    trigger's own event again restates it, so its dates are the event's (the parser often
    hangs the trigger's adverbials on it)."""
    head = tree.clause_head(index)
    found: set[int] = set()
    for token in tree.tokens:
        if token.pos != "NOUN" or etype not in EVENT_NOUN_TYPES.get(token.lemma, ()):
            continue
        if token.i == index or tree.clause_head(token.i) != head:
            continue
        phrase = tree.subtree(token.i, stop=frozenset({"relcl", "acl", "advcl", "ccomp"}))
        # An apposition, or a noun phrase set off by a comma at the clause's end (", their
        # first talks since 2019", which the parser may read as an object).
        if token.dep == "appos" or (token.dep in ("dobj", "npadvmod") and min(phrase) > 0
                                    and tree.tokens[min(phrase) - 1].text == ","):
            found |= phrase
    return found


def _tree_distance(coder: ArticleCoder, tree: Tree, a: int, b: int) -> int:
    up_a = [a, *tree.ancestors(a)]
    up_b = [b, *tree.ancestors(b)]
    common = next((x for x in up_a if x in up_b), None)
    if common is None:
        return 99
    return up_a.index(common) + up_b.index(common)


def _first_since(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    """'the first conversation since October', 'the first time … since January 2020'."""
    words = {tree.tokens[c].lower for c in tree.children[index]}
    token = tree.tokens[index]
    if token.dep in ("attr", "nsubj") and token.head != index:
        words |= {tree.tokens[c].lower for c in tree.children[token.head]}
    if any(t.lower == "first" and t.head != t.i and tree.tokens[t.head].lemma == "time"
           for t in tree.tokens):
        return True
    return bool(words & SEQUENCE_ADJECTIVES)


def _event_referred_to(coder: ArticleCoder, view: SentenceView, trigger: Trigger) -> Event | None:
    """An earlier event that a definite noun of this sentence names again."""
    tree = view.tree
    for token in tree.tokens:
        if token.pos != "NOUN" or not any(
                tree.tokens[c].lower in DEFINITE_DETERMINERS
                for c in tree.dependents(token.i, ("det", "poss"))):
            continue
        for etype in EVENT_NOUN_TYPES.get(token.lemma, ()):
            earlier = coder._referent(etype)
            if earlier is not None:
                return earlier
    return None


def _clause_tokens(coder: ArticleCoder, tree: Tree, index: int, *,
                   reported: bool = True) -> set[int]:
    """The trigger's own clause, without relative, adverbial or participle clauses, and
    with the clause of the verb reporting it unless `reported` is False."""
    head = tree.clause_head(index)
    stop = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "appos", "conj"})
    tokens = tree.subtree(head, stop=stop)
    verb = tree.tokens[head]
    timed = _own_time_clause(tree, head)
    tokens |= timed
    if verb.head != head and not timed and (
            verb.dep in ("conj", "xcomp") or (verb.dep == "advcl" and any(
            tree.tokens[c].lower in TIME_CLAUSE_MARKERS for c in tree.children[head]))
            or (verb.dep == "advcl" and verb.tag == "VBG" and head == index
                and not tree.dependents(head, ("mark",)))):
        # "declined or did not respond since 2021", "was in 2015 when Modi visited",
        # "answered on Monday, ending a silence": a coordinated, temporal or participle
        # clause shares the main clause's time adjuncts.
        for child in tree.children[verb.head]:
            if tree.tokens[child].dep in ("prep", "npadvmod", "advmod") and \
                    child not in tokens:
                tokens |= tree.subtree(child)
    tokens |= _time_of_the_sending_verb(tree, head, tokens)
    tokens |= purpose_time(tree, tokens)
    for ancestor in tree.ancestors(index) if reported else ():
        if tree.tokens[ancestor].lemma in REPORTING_VERBS or \
                tree.tokens[ancestor].lemma in DISCLOSING_WORDS:
            # "On March 24, Kirby said that …": the report's date dates what it reports.
            tokens |= set(tree.subtree(ancestor, stop=frozenset({"ccomp", "relcl",
                                                                         "acl", "advcl"})))
    return tokens | {index}


def _own_time_clause(tree: Tree, head: int) -> set[int]:
    """"The dialogue had been frozen from 2020, and its revival was agreed when the leaders
    met last June": a coordinated clause with a subject and a 'when' clause of its own is
    timed by that clause (its words, returned), not by the first clause's time adjuncts;
    empty for any other clause."""
    if tree.tokens[head].dep != "conj" or not tree.dependents(head, ("nsubj", "nsubjpass")):
        return set()
    return {i for clause in tree.dependents(head, ("advcl",))
            if any(tree.tokens[m].lower in TIME_CLAUSE_MARKERS
                   for m in tree.dependents(clause, ("mark", "advmod")))
            for i in tree.subtree(clause, stop=frozenset({"relcl", "advcl", "ccomp"}))}


def _time_of_the_sending_verb(tree: Tree, head: int, tokens: set[int]) -> set[int]:
    """"sent a letter on Friday proposing talks", "received a message on Monday asking for a
    call": a present participle on the object of a verb tells what that object says, at the
    time the verb is dated; the verb's time adjuncts join the participle's clause."""
    verb = tree.tokens[head]
    if verb.dep != "acl" or verb.tag != "VBG" or verb.head == head or \
            tree.dependents(head, ("mark",)):
        return set()
    noun = tree.tokens[verb.head]
    if noun.dep not in ("dobj", "nsubjpass") or noun.head == noun.i:
        return set()
    return {i for child in tree.children[noun.head]
            if tree.tokens[child].dep in ("prep", "npadvmod", "advmod") and child not in tokens
            for i in tree.subtree(child)}


def _stative(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    """'remains sanctioned', 'say they want': a present state or stance, not a dated act."""
    token = tree.tokens[index]
    head = tree.tokens[token.head] if token.head != index else token
    lasting = LASTING_VERBS
    if head.lemma in lasting or token.lemma in lasting or any(
            tree.tokens[c].lower in lasting for c in tree.children[index]):
        return True
    verb = tree.tokens[tree.clause_head(index)]
    has_perfect = any(tree.tokens[c].lemma == "have" and tree.tokens[c].dep == "aux"
                      for c in tree.children[verb.i])
    return verb.tag in ("VBP", "VBZ") and not has_perfect and verb.lemma not in (
        "be",) and token.pos == "VERB"


def _date_modifies_other_noun(coder: ArticleCoder, view: SentenceView, mention: DateMention,
                              trigger: int) -> bool:
    tree = view.tree
    indices = view.token_range(mention.start, mention.end)
    if not indices:
        return False
    inside = set(indices)
    root = next((i for i in indices if tree.tokens[i].head not in inside), indices[0])
    token = tree.tokens[root]
    if token.dep not in NOUN_MODIFIER_DEPS or token.head == trigger:
        return False
    if coder._after_preposition(view, mention):
        return False  # "On Wednesday Defense Secretary Austin …": a time adverbial
    head = tree.tokens[token.head]
    if head.lemma in coder.lexicon.talk_nouns or head.lemma in DATABLE_NOUNS:
        return False
    if frames_the_clause(tree, head.i):
        return False  # "At the 2024 event, Dong had met Austin"
    return head.pos in ("NOUN", "PROPN")


def count_for(coder: ArticleCoder, view: SentenceView, trigger: Trigger, arguments: set[int]
              ) -> tuple[int | None, CountQualifier | None]:
    return find_count(view.tree, trigger.index, arguments)
