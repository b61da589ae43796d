"""The article passes: a census of who takes part (`count_participants`), then a fold over
the sentences that codes each with the context the sentences before it leave.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from parley.dates import find_dates
from parley.extract.channel_from_roles import titled_channels
from parley.extract.dateline_days import date_anchor
from parley.extract.encounter_days import encounter_days_told_next
from parley.extract.establish_retellings import merge_retold_set_ups
from parley.extract.fronted_time import repair_fronted_time
from parley.extract.mechanism_names import with_mechanisms
from parley.extract.merging import merge_article_events
from parley.extract.prospective_dates import placed_dates
from parley.extract.records import SentenceView, Told
from parley.extract.retellings import merge_retold_contacts
from parley.extract.story_year import sentence_in_the_story_year
from parley.extract.syntax import (
    Tree,
)
from parley.extract.themes_sport import story_about_a_contest
from parley.extract.unanswered_asks import asked_just_before, talk_words
from parley.extract.vocabulary import PLACE_BEFORE
from parley.nlp.parse import DATELINE
from parley.types import (
    Event,
    EventType,
    Mention,
    Sentence,
)

if TYPE_CHECKING:
    from parley.extract.article_gate import MentionsRead
    from parley.extract.coder import ArticleCoder


def _sentence_topics(sentences: Sequence[Sentence], found: Sequence[list[Mention]]
                     ) -> dict[int, str | None]:
    """By sentence start: the first actor (not a place) of the nearest of the two sentences
    before it that names one, the antecedent of a sentence-initial "It"."""
    firsts = [next((m.state for m in group if m.state and not PLACE_BEFORE.search(
        sentence.text[max(0, m.start - 12):m.start])), None)
        for sentence, group in zip(sentences, found, strict=True)]
    topics: dict[int, str | None] = {}
    for index, sentence in enumerate(sentences):
        before = [s for s in firsts[max(0, index - 2):index] if s]
        topics[sentence.start] = before[-1] if before else None
    return topics


def article_pair(finder_spans: Iterable[str]) -> tuple[str, str] | None:
    """The two states an article is most about: most mentioned first, ties by first mention."""
    counts = Counter(finder_spans)
    order = list(dict.fromkeys(finder_spans))
    ranked = sorted(order, key=lambda code: (-counts[code], order.index(code)))
    if len(ranked) >= 2:
        return (ranked[0], ranked[1])
    return None


def sentence_contexts(coder: ArticleCoder, sentences: Sequence[Sentence],
                      found: Sequence[list[Mention]]) -> list[SentenceView]:
    """What the rules read of each parsed sentence: its tree, mentions, channels and dates
    (counted from the dateline's filing day, when the story has one)."""
    anchor = date_anchor(sentences[0].text if sentences else None, coder.state.published)
    return [
        SentenceView(
            sentence=sentence, tree=tree, mentions=mentions,
            channels=titled_channels(coder.extractor.find_channels(sentence.text), mentions,
                                     sentence.text, coder.extractor.gazetteer),
            # "will meet again in October": a date of time to come is the next October.
            dates=placed_dates(tree, sentence.text, find_dates(sentence.text, anchor),
                               anchor),
            opening=index == 0,
        )
        for index, (sentence, mentions) in enumerate(zip(sentences, found, strict=True))
        if sentence.tokens
        for tree in [Tree.of(repair_fronted_time(sentence.tokens))]
    ]


def code(coder: ArticleCoder, sentences: Sequence[Sentence],
         title: str | None = None, read: MentionsRead | None = None) -> list[Event]:
    """Events of an article's sentences (only parsed ones can hold events).

    Two passes: the first learns which states act or are acted upon in the article's
    events, so that the second can fill a side a sentence leaves implicit with the
    article's real pair of states, not with a place that is merely mentioned.
    `read`: the mentions of the sentences and the title, already found by `coder.mentions`
    in this order (`article_gate.read_mentions`); else they are found here.
    """
    found = read.sentences if read is not None else [
        coder.mentions.find(sentence.text) for sentence in sentences]
    topics = _sentence_topics(sentences, found)
    # From the text alone, parsed or not, so the pre-filter changes nothing.
    coder.state.sporting = story_about_a_contest(
        [title or "", *(sentence.text for sentence in sentences)], found)
    coder.state.asked_before = asked_just_before(sentences, talk_words(coder.lexicon))
    contexts = sentence_contexts(coder, sentences, found)
    if contexts and contexts[0].opening:
        dateline = DATELINE.match(contexts[0].sentence.text)
        # "SEOUL, June 2 - ": the story's country; "DOHA/ISLAMABAD, Oct 19 - " names none.
        filed_from = {m.state for m in contexts[0].mentions
                      if dateline and m.end <= dateline.end() and m.state}
        if len(filed_from) == 1:
            coder.state.dateline_state = filed_from.pop()
    if coder.state.pair is None:
        title_mentions = read.title if read is not None else coder.mentions.find(title or "")
        title_states = [m.state for m in title_mentions if m.state]
        # Counted from the text alone, the same for parsed and unparsed sentences, so
        # the pair does not depend on which sentences the pre-filter lets through.
        mentioned = title_states + [
            m.state for sentence, group in zip(sentences, found, strict=True)
            for m in group if m.state and not PLACE_BEFORE.search(
                sentence.text[max(0, m.start - 12):m.start])]
        for context in contexts:
            coder.state.topic = topics.get(context.sentence.start)
            coder.count_participants(context)
        weighted = [s for s, n in coder.state.participants.most_common()
                    for _ in range(n * 3)]
        # Places do not make the pair ("met in Singapore"), unless nothing else does
        # ("attachés in Washington and Beijing").
        coder.state.pair = article_pair(weighted + mentioned) or article_pair(
            weighted + mentioned
            + [m.state for group in found for m in group if m.state])
        coder.state.previous_parties = (None, None)
        coder.state.previous_date = None
        coder.state.last_date = None
        coder.state.narrative_date = None
        coder.state.main_events = {}
        coder.state.previous_contact = None
        coder.state.latest = {}
        coder.state.recent_channels = []
        coder.state.named_channels = []
        coder.state.article_channels = []
        coder.state.previous_channels = []
        coder.state.unnamed_events = []
    # The second pass is a fold over the sentences: each is coded with the context the
    # sentences before it left (`coder.state`), then leaves its own (`leave_context`).
    events: list[Event] = []
    for context in contexts:
        coder.state.topic = topics.get(context.sentence.start)
        # "last January … on January 16": a yearless day of the month the story stands in
        # is of the story's year (extract/story_year.py).
        placed = sentence_in_the_story_year(context.dates, coder.state.last_date)
        if placed != context.dates:
            context = replace(context, dates=placed)
        told = coder.code_sentence(context)
        events.extend(told.events)
        leave_context(coder, context, told)
    # "similar discussions … on Sunday" and "the Defence Secretary's call … yesterday": one.
    events = merge_retold_set_ups(merge_article_events(
        merge_retold_contacts(events, coder.state.open_tellings)), coder.state.published)
    # "released a missile … last month. … on Sept. 29": the day the next sentence gives.
    anchor = date_anchor(sentences[0].text if sentences else None, coder.state.published)
    return with_mechanisms(encounter_days_told_next(
        events, sentences, coder.lexicon.platform_words, anchor))


def leave_context(coder: ArticleCoder, context: SentenceView, told: Told) -> None:
    """What a coded sentence leaves for the sentences after it: the channels it named, its
    parties, latest events and contact, its dates and where the story's dates stand."""
    new = told.events
    # The channels its events hold, then those its words name: a later "the line" takes up
    # the last channel named ("… set up a direct line between their foreign ministries"),
    # not one implied by who took part ("during a state visit": leaders).
    named = [e.channel for e in new if e.channel]
    named = [c for c in named if c not in {s.slug for s in context.channels}] + [
        span.slug for span in context.channels if span.slug]
    coder.state.previous_channels = list(dict.fromkeys(named))
    coder.state.article_channels = list(dict.fromkeys(
        coder.state.article_channels + coder.state.previous_channels))
    coder.state.unnamed_events = [
        e for e in new if e.channel is None
        and e.type in (EventType.SUSPEND, EventType.RESUME)]
    coder.state.recent_channels = (coder.state.recent_channels + named)[-4:] \
        if named else coder.state.recent_channels[-2:]
    coder.state.named_channels = (coder.state.named_channels + [
        (span.slug, context.sentence.text[span.start:span.end].lower())
        for span in context.channels if span.slug])[-4:]
    if new:
        coder.state.previous_parties = (new[-1].source, new[-1].target)
    for event in new:
        coder.state.latest[event.type] = event
        coder.state.told[event.type].append(event)
    contacts = [e for e in new if e.type in (EventType.MEET, EventType.CALL)]
    if contacts:
        coder.state.previous_contact = contacts[-1]
    explicit = [d for d in context.dates if d.value]
    coder.state.previous_date = explicit[-1] if explicit else None
    coder.carry_story_dates(context, new, told.tellings)
    dated = [e.date for e in new if e.date]
    if explicit and explicit[-1].value:
        coder.state.last_date = explicit[-1].value
    elif dated:
        coder.state.last_date = dated[-1]
