"""The date of an event: a date mention bound to its trigger's clause, a counted gap
('two years after'), or the date of the event it refers to.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parley.dates import lexicon as date_words
from parley.dates.calendar import shift_date
from parley.extract.anaphoric_dates import month_of_that_year, since_then
from parley.extract.clause_dates import (
    framing_clause_date,
    prompting_clause_date,
    shared_with_conjunct,
    time_clause_date,
)
from parley.extract.date_frames import event_told_within
from parley.extract.date_ranges import vague_gap
from parley.extract.records import SentenceView, Telling, Trigger
from parley.extract.story_dates import in_dateline
from parley.extract.syntax import (
    HABITUAL_ADVERBS,
    Tree,
)
from parley.extract.vocabulary import (
    ANAPHORIC_OPENING,
    EVENT_NOUN_TYPES,
    REPORTING_VERBS,
    SUBORDINATE_DEPS,
    TEMPORAL_PREPOSITIONS,
    TOLD_BEFORE_DETERMINERS,
)
from parley.nlp.sentences import dateline_length
from parley.types import (
    DateMention,
    Event,
    EventType,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


def telling_of(coder: ArticleCoder, view: SentenceView, trigger: Trigger) -> Telling:
    """The date bound to a trigger, with whether a main clause tells it."""
    when = coder._date_of(view, trigger)
    if when is None or not when.text:
        when = shared_with_conjunct(view, trigger.index) or time_clause_date(
            view, trigger.index) or when
    return Telling(trigger.entry.type, coder._in_main_clause(view.tree, trigger.index),
                   month_of_that_year(view.sentence.text, when, coder.state.last_date))


def _date_of(coder: ArticleCoder, view: SentenceView, trigger: Trigger) -> DateMention | None:
    tree = view.tree
    if trigger.entry.type is EventType.ESTABLISH:
        agreed = coder.agreement_date(view, trigger)
        if agreed is not None:
            return agreed  # "created under a 2008 agreement" (extract/themes_establish.py)
    within = event_told_within(view, trigger.index)
    if within is not None:
        told = next((t for t in view.memo.triggers or () if t.index == within), None)
        if told is not None:
            return coder._date_of(view, told)  # "a call …, in which Austin urged …"
    anchor = view.char_of(trigger.index)
    usable: list[tuple[bool, bool, int, int, DateMention]] = []
    restating = coder._restating_appositions(tree, trigger.index, trigger.entry.type)
    own_clause = coder._clause_tokens(tree, trigger.index) | restating
    proper = coder._clause_tokens(tree, trigger.index, reported=False) | restating
    first_since = coder._first_since(tree, trigger.index)
    head = tree.tokens[trigger.index]
    if head.pos == "NOUN" and any(tree.tokens[c].lower in TOLD_BEFORE_DETERMINERS
                                  for c in tree.dependents(trigger.index, ("det",))):
        own = tree.subtree(trigger.index)
        if not any(set(view.token_range(d.start, d.end)) & own for d in view.dates) and \
                not tree.dependents(trigger.index, ("amod",)):
            earlier = coder.state.latest.get(trigger.entry.type)
            if earlier is not None and earlier.date:
                # "the meeting leaves the channel working": the meeting told before.
                return DateMention("", 0, 0, earlier.date, None, earlier.date_end)
    for mention in view.dates:
        if mention.value is None or view.opening and \
                mention.end <= dateline_length(view.sentence.text):
            continue  # "TOKYO, June 26 - ": the filing day, left out of the parse
        if coder._date_modifies_other_noun(view, mention, trigger.index):
            continue
        indices = view.token_range(mention.start, mention.end)
        # A date inside another clause ("Li, appointed in March, remains sanctioned")
        # dates that clause's event, not this one.
        shared = {i for c in tree.dependents(trigger.index, ("conj",))
                  for o in tree.dependents(c, ("dobj",)) for i in tree.subtree(o)} \
            if not tree.dependents(trigger.index, ("dobj",)) else set()
        # ("rejected or left unanswered a dozen requests since 2021": the object the
        # coordinated verbs share, with its date.)
        if indices and not set(indices) & (own_clause | shared):
            continue
        if (first_since or set(indices) & restating) and (
                mention.text.lower().startswith("since")
                or _under_since(tree, indices, trigger.index)):
            # "the first call since October": October dates the previous one, as does a
            # date in what 'since' names ("since the fall of the government in August")
            continue
        if coder._counting_frame(view, trigger.index, mention):
            continue  # "the third summit this year": the year it is counted in
        # The date closest in the tree wins, then the closest in the text.
        hops = min((coder._tree_distance(tree, trigger.index, i) for i in indices),
                   default=99)
        reported = bool(indices) and not set(indices) & proper
        # "TOKYO, Sept 24 - jets fired flares on Monday": the dateline's day is the day
        # the story was filed; a day the clause itself tells comes before it.
        usable.append((reported, in_dateline(view, mention), hops,
                       abs(mention.start - anchor), mention))
    chosen = min(usable, key=lambda item: item[:4]) if usable else None
    story_day = coder._relative_in_clause(view, trigger.index, own_clause) \
        if chosen is not None else None
    if chosen is not None and story_day is not None and (story_day[0] < chosen[2]
                                                         or chosen[0]):
        return story_day[1]  # "that day, after violations on Saturday night": that day
    if chosen is not None and not chosen[0]:
        # "have carried on this year, with a meeting in April": a date of the clause
        # that narrows the chosen one tells when within it.
        return min((u for u in usable if not u[0] and not u[1] and u[4].value and chosen[4].value
                    and not u[4].end_value and not chosen[4].end_value
                    and len(u[4].value) > len(chosen[4].value)
                    and u[4].value.startswith(chosen[4].value)),
                   key=lambda item: item[:4], default=chosen)[4]
    # "the talks, which opened on 6 June", "did not attend talks set for May 3": a clause
    # that tells of the trigger's event itself dates it before the report does.
    described = coder._described_date(view, trigger)
    if described is not None:
        return described
    gap = coder._measured_gap_date(view, trigger)
    if gap is not None:
        return gap
    if chosen is not None:
        return chosen[4]  # "…, the command said on Wednesday": the report's day
    if any(t.lower in HABITUAL_ADVERBS for t in tree.tokens) or coder._stative(
            tree, trigger.index):
        return None  # a habit or a lasting state has no date of its own
    framing = framing_clause_date(view, trigger.index) or prompting_clause_date(
        view, trigger.index, days_only=trigger.entry.type is EventType.ENCOUNTER)
    if framing is not None:
        return framing
    relative = coder._relative_to_story(view.sentence.text) or since_then(
        view, own_clause, coder.state.last_date, coder.state.published)
    if relative is not None:
        return relative
    if ANAPHORIC_OPENING.match(view.sentence.text) and coder.state.previous_date:
        return coder.state.previous_date
    earlier = coder._event_referred_to(view, trigger)
    if earlier is not None and earlier.date:
        # "the call took place at Washington's request": the call told before; "summoned
        # the attache over that episode": an incident, at its point in time, whatever
        # span a 'since' gave it.
        return DateMention("", 0, 0, earlier.date, None, None if earlier.type is
                           EventType.ENCOUNTER else earlier.date_end)
    framed = time_clause_date(view, trigger.index)
    if framed is not None:
        # "Milley last spoke with Li in July 2022. When a balloon crossed the country in
        # February, China turned down a request": the time clause dates its main clause
        # before the story's last day does.
        return framed
    narrative = coder.state.narrative_date
    if narrative is not None and \
            coder._past_tense(tree, trigger.index):
        # "Austin met Wei on Tuesday. … Wei told Austin that …": an undated sentence of a
        # past-tense narrative goes on with the day the story last told.
        return narrative
    if coder.state.published is None:
        return None
    iso = coder.state.published.isoformat()
    return DateMention("", 0, 0, iso, None)


def _under_since(tree: Tree, indices: list[int], trigger: int) -> bool:
    """Whether the date lies in the object of a 'since' that the trigger is not in ("the
    first meeting since the fall of the government in August last year"): it dates what
    'since' counts from, not the meeting; "since their phone call in March" dates the call."""
    return any(tree.tokens[a].lower == "since" and tree.tokens[a].dep == "prep"
               and trigger not in tree.subtree(a) for a in tree.ancestors(indices[0])[:4])


def _counting_frame(coder: ArticleCoder, view: SentenceView, index: int, mention: DateMention
                    ) -> bool:
    """'the third summit this year', 'their second call this month': an ordinal event
    counted within a period that is not its own date."""
    tree = view.tree
    if not any(tree.tokens[c].lower in date_words.ORDINALS
               for c in tree.dependents(index, ("amod",))):
        return False
    if not date_words.COUNTING_PERIOD.fullmatch(mention.text):
        return False
    root = coder._mention_root(view, mention)
    return root is not None and (root == index or tree.tokens[root].head == index or
                                 index in tree.ancestors(root))


def _referent(coder: ArticleCoder, etype: EventType) -> Event | None:
    """The event a definite noun ("the talks", "the call") names again: the latest of its
    type told in a main clause, not one told in passing ("when they met last June")."""
    return coder.state.main_events.get(etype) or coder.state.latest.get(etype)


def _in_main_clause(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    """Whether `index` stands in the sentence's main clause (or what it reports), not in a
    relative, adverbial or participle clause or an apposition."""
    return not any(tree.tokens[i].dep in SUBORDINATE_DEPS
                   for i in (index, *tree.ancestors(index)))


def _mention_root(coder: ArticleCoder, view: SentenceView, mention: DateMention) -> int | None:
    indices = view.token_range(mention.start, mention.end)
    if not indices:
        return None
    inside = set(indices)
    return next((i for i in indices if view.tree.tokens[i].head not in inside
                 and view.tree.tokens[i].pos != "DET"), indices[-1])


def _after_preposition(coder: ArticleCoder, view: SentenceView, mention: DateMention) -> bool:
    """"on Wednesday", "in March": a date after a preposition is an adverbial, whatever
    the parser made of it ("On Wednesday Defense Secretary …" read as a compound)."""
    indices = view.token_range(mention.start, mention.end)
    if not indices or indices[0] == 0:
        return False
    before = view.tree.tokens[indices[0] - 1]
    return before.pos == "ADP" and before.lower in TEMPORAL_PREPOSITIONS


def _described_date(coder: ArticleCoder, view: SentenceView,
                    trigger: Trigger) -> DateMention | None:
    """A date in a clause that tells of the trigger's own event.

    "the corps commander talks, which opened on 6 June 2020" and "the sanctions Washington
    placed in September" (a relative clause on the trigger noun); "January 2013, when a
    frigate aimed its radar" (the date the clause hangs on); "Friday's conversation,
    requested by Washington" (the noun a participle trigger describes); "did not take part
    in talks scheduled for December 14" (taking part happens when the talks do); "days
    after a manoeuvre by a fighter, which cut across on May 26" (what the after-phrase
    names, all of it).
    """
    tree = view.tree
    index = trigger.index
    token = tree.tokens[index]
    scopes: list[set[int]] = []
    if token.pos in ("NOUN", "PROPN"):
        for child in tree.dependents(index, ("relcl", "acl")):
            if tree.tokens[child].lemma not in date_words.LASTING_VERBS:
                scopes.append(tree.subtree(child))
    verb = tree.clause_head(index)
    while tree.tokens[verb].dep == "ccomp" and verb != tree.tokens[verb].head and \
            tree.tokens[tree.tokens[verb].head].lemma in REPORTING_VERBS:
        # "December 2018, when Tokyo said a destroyer had locked its radar": the report
        # hangs on the date as the event does
        verb = tree.clause_head(tree.tokens[verb].head)
    if tree.tokens[verb].dep in ("relcl", "advcl") and verb != tree.tokens[verb].head:
        on = tree.tokens[verb].head
        for mention in view.dates:
            if mention.value and on in view.token_range(mention.start, mention.end):
                # "January 2013, when …"; "the worst encounter since April 2001, when a
                # fighter collided with a patrol plane": the collision is of April 2001,
                # not of the stretch up to the day of writing.
                return replace(mention, end_value=None) \
                    if mention.text.lower().startswith("since") else mention
    if token.dep == "acl" and token.head != index:
        noun = token.head
        scopes.append(tree.subtree(noun, stop=frozenset({"acl", "relcl", "appos"})))
    if coder._participation(tree, index):
        for child in tree.dependents(index, ("dobj", "prep")):
            if tree.tokens[child].lower != "part":
                scopes.append(tree.subtree(child))
    phrase = coder._sequence_phrase(tree, index)
    if phrase is not None:
        scopes.append(tree.subtree(phrase[0]))
    for scope in scopes:
        found = [(min(coder._tree_distance(tree, index, i) for i in indices), mention)
                 for mention in view.dates if mention.value
                 and not mention.text.lower().startswith("since")
                 for indices in [view.token_range(mention.start, mention.end)]
                 if indices and set(indices) <= scope]
        if found:
            return min(found, key=lambda item: item[0])[1]
    return None


def _participation(coder: ArticleCoder, tree: Tree, index: int) -> bool:
    """'attend', 'take part', 'show up': taking part in a gathering."""
    token = tree.tokens[index]
    if token.lemma in date_words.PARTICIPATION_VERBS:
        return True
    return any((token.lemma, tree.tokens[c].lower) in date_words.PARTICIPATION_PHRASES
               for c in tree.dependents(index, ("prt", "dobj")))


def _sequence_phrase(coder: ArticleCoder, tree: Tree, index: int) -> tuple[int, int, int] | None:
    """The 'after'/'before' phrase that `index` stands in, as (phrase head, the word
    'after' or 'before', the head the phrase hangs on): "came six days after [a J-16
    released flares]", "comes four months after [a phone call]"."""
    for node in (index, *tree.ancestors(index)[:8]):
        token = tree.tokens[node]
        if token.head == node:
            return None
        if node != index and token.dep == "prep" and \
                token.lower in date_words.SEQUENCE_WORDS:
            return node, node, token.head
        marks = [c for c in tree.dependents(node, ("mark",))
                 if tree.tokens[c].lower in date_words.SEQUENCE_WORDS]
        if marks:
            return node, marks[0], token.head
        if token.dep in ("relcl", "acl", "ccomp", "parataxis"):
            return None
    return None


def _measured_gap_date(coder: ArticleCoder, view: SentenceView,
                       trigger: Trigger) -> DateMention | None:
    """"The meeting came six days after a J-16 released flares": the release is six days
    before the meeting; "a day after Trump met Xi" is a day before the meeting it follows.
    The reference is the date of the clause the phrase hangs on, or the event its subject
    names again, or where the story stands."""
    tree = view.tree
    phrase = coder._sequence_phrase(tree, trigger.index)
    if phrase is None:
        return None
    head, word, governing = phrase
    gap = coder._gap_before(tree, word)
    width = 10
    if gap is None:
        vague = vague_gap(tree, word)  # "hours after": the same day; "days after": a month
        if vague is None:
            return None
        gap, width = vague[:2], vague[2]
    amount, unit = gap
    reference = coder._governing_date(view, governing, tree.subtree(head))
    if reference is None:
        return None
    sign = date_words.SEQUENCE_WORDS[tree.tokens[word].lower]
    if unit == "fortnight":
        amount, unit = amount * 2, "week"
    value = shift_date(reference, sign * amount, unit)
    return DateMention("", 0, 0, value[:width], None) if value else None


def _gap_before(coder: ArticleCoder, tree: Tree, word: int) -> tuple[int, str] | None:
    """'six days', 'a day', 'four months' just before 'after'/'before'; None when the gap
    is vague ('days after') or absent."""
    if word < 2:
        return None
    unit = date_words.GAP_UNITS.get(tree.tokens[word - 1].lower)
    if unit is None:
        return None
    count = tree.tokens[word - 2].lower
    amount = date_words.count_of(count)
    if amount is None or amount > 400:
        return None
    return amount, unit


def _governing_date(coder: ArticleCoder, view: SentenceView, governing: int, phrase: set[int]
                    ) -> str | None:
    """The date of the clause an 'after'/'before' phrase hangs on."""
    tree = view.tree
    stop = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "appos", "conj"})
    level = governing
    for _ in range(3):
        clause = tree.clause_head(level)
        tokens = tree.subtree(clause, stop=stop) - phrase
        if tree.tokens[clause].dep in ("acl", "relcl") or tree.tokens[level].pos == "NOUN":
            tokens |= tree.subtree(tree.tokens[clause].head, stop=stop) - phrase
        found = [m for m in view.dates if m.value and not m.text.lower().startswith("since")
                 and set(view.token_range(m.start, m.end)) & tokens]
        if found:
            return min(found, key=lambda m: min(
                coder._tree_distance(tree, governing, i)
                for i in view.token_range(m.start, m.end))).value
        for subject in tree.dependents(clause, ("nsubj", "nsubjpass")):
            for etype in EVENT_NOUN_TYPES.get(tree.tokens[subject].lemma, ()):
                earlier = coder._referent(etype)
                if earlier is not None and earlier.date:
                    return earlier.date  # "The meeting came six days after …"
        parent = tree.tokens[clause].head
        if parent == clause or tree.tokens[clause].dep not in ("advcl", "acl", "relcl",
                                                               "xcomp", "conj") and not (
                tree.tokens[clause].dep == "ccomp"
                and tree.tokens[parent].lemma in REPORTING_VERBS):
            # "China on Friday announced it would suspend the talks, two days after …":
            # the report's day dates what it reports.
            break
        level = parent
    if coder.state.narrative_date is not None:
        return coder.state.narrative_date.value
    return coder.state.published.isoformat() if coder.state.published else None
