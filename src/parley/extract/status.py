"""STATUS statements: how a channel stands ('remains suspended', 'is functioning'), named or
referred to again, and the spans they cover.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.extract.channels import named_with_noun
from parley.extract.records import SentenceView, StatusReading
from parley.types import (
    ChannelStatus,
    Event,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


# ------------------------------------------------------------------ status
def _generic_status(coder: ArticleCoder, view: SentenceView) -> StatusReading:
    """"Military contacts between Japan and China remain limited": no channel named."""
    text = view.sentence.text
    for status, match in coder._status_matches(view):
        subject = [s for s in view.channels if s.slug is None and s.end <= match.start()
                   and re.fullmatch(r"[\w\s,'’\-]{0,60}", text[s.end:match.start()])]
        if not subject or subject[-1].start > 0 and re.search(
                r"[;:]|\b(?:but|while|although|when)\b", text[:subject[-1].start]):
            continue
        states = coder._states_in(view, range(len(view.tree.tokens)))
        source, target = coder._complete(states[0] if states else None,
                                        states[1] if len(states) > 1 else None)
        return StatusReading([coder._status_event(view, source, target, None, status)],
                             [(match.start(), match.end())])
    return StatusReading([], [])


def _status_matches(coder: ArticleCoder, view: SentenceView) -> list[tuple[ChannelStatus,
                    re.Match[str]]]:
    """Every status pattern's matches in the sentence, pattern by pattern (found once)."""
    if view.memo.status_matches is None:
        text = view.sentence.text
        patterns = coder.lexicon.status_patterns
        view.memo.status_matches = [
            (patterns[i][0], match) for i in coder.lexicon.status_index.candidates(text)
            for match in patterns[i][1].finditer(text)]
    return view.memo.status_matches


def _anaphoric_status(coder: ArticleCoder, view: SentenceView, status: ChannelStatus,
                      match: re.Match[str]) -> StatusReading:
    """"Those mechanisms are functioning as agreed": the channels of the sentence before."""
    subject = view.sentence.text[:match.start()]
    universal = re.search(r"\ball (?:of )?the\s+(?:[\w-]+\s+){0,3}"
                          r"(?:mechanisms|channels|lines|dialogues|links|formats)\b"
                          r"[^,;:.]{0,80}$", subject, re.IGNORECASE)
    singular = re.search(r"^(?:[\w\s,'’-]{0,60}\bsay\s+)?(?:the|that|this)\s+"
                         r"(?:line|channel|link|mechanism)\s*$", subject, re.IGNORECASE)
    if singular and coder.state.previous_channels:
        # "That line is still not functioning", "officials say the line is not working as
        # intended": the channel the sentence before named, the one named as a line first
        # (extract/channels.py `named_with_noun`).
        source, target = coder._complete(None, None)
        noun = singular.group().split()[-1].lower()
        slug = named_with_noun(coder, [noun]) or coder.state.previous_channels[-1]
        event = coder._status_event(view, source, target, slug, status)
        return StatusReading([event], [(match.start(), match.end())])
    if not universal and not re.search(
            r"\b(?:those|these|both|all (?:of )?(?:the|those|these))\s+(?:\w+\s+)?"
            r"(?:mechanisms|channels|lines|dialogues|talks|links|formats)\s*$",
            subject, re.IGNORECASE):
        return StatusReading([], [])
    events: list[Event] = []
    # A plural anaphor takes in the channels of the last few sentences, not only the
    # last one ("… met in January. … convened in April. Those mechanisms are …"); "all
    # the mechanisms (the presidents agreed on)" takes every channel the article named.
    slugs = coder.state.article_channels if universal else \
        coder.state.previous_channels + coder.state.recent_channels
    for slug in dict.fromkeys(slugs):
        source, target = coder._complete(None, None)
        events.append(coder._status_event(view, source, target, slug, status))
    return StatusReading(events, [(match.start(), match.end())])


def status_events(coder: ArticleCoder, view: SentenceView) -> StatusReading:
    """The sentence's STATUS events, with the spans of the statements that tell them (a
    trigger inside one states how a channel stands, not an event: `sentence._accepted`)."""
    events: list[Event] = []
    spans: list[tuple[int, int]] = []
    text = view.sentence.text
    specific = [s for s in view.channels if s.slug]
    if not specific:
        for status, match in coder._status_matches(view):
            reading = coder._anaphoric_status(view, status, match)
            spans += reading.spans
            events.extend(e for e in reading.events
                          if all(e.channel != k.channel for k in events))
        if not events:
            reading = coder._generic_status(view)
            spans += reading.spans
            events.extend(reading.events)
        return StatusReading(events, spans)
    for status, match in coder._status_matches(view):
        before = [s for s in specific if s.end <= match.start()]
        listed = [s for s in specific if s.start >= match.end()]
        if re.match(r"\s*(?:as well\s*)?:", text[match.end():]) and listed:
            before = listed  # "… are still suspended: A, B and C"
            group_from_list = True
        elif not before and listed and re.fullmatch(
                r"[\w\s]{0,30}", text[match.end(): listed[0].start]):
            before = listed[:1]  # "crews still talk to each other by radio"
            group_from_list = True
        else:
            group_from_list = False
        if not before:
            reading = coder._anaphoric_status(view, status, match)
            spans += reading.spans
            events.extend(reading.events)
            continue
        nearest = before[-1]
        # Channels coordinated with the nearest one share its status, down a chain
        # ("the theatre channel, like the policy and maritime dialogues, remains …").
        group = [nearest]
        for span in reversed(before[:-1]):
            if re.fullmatch(r"[\s,]*(?:and|or|like|as well as|along with)?[\s,]*(?:the )?",
                            text[span.end: group[-1].start]):
                group.append(span)
        if group_from_list:
            group = before
        elif re.search(r"[;:]|\b(?:but|while|although|whereas|when|after|before)\b",
                       text[nearest.end: match.start()]):
            continue
        spans.append((match.start(), match.end()))
        for span in group:
            if any(e.channel == span.slug for e in events):
                continue
            states = coder._states_in(view, range(len(view.tree.tokens)))
            source, target = coder._complete(
                states[0] if states else None,
                states[1] if len(states) > 1 else None)
            events.append(coder._status_event(view, source, target, span.slug, status))
    return StatusReading(events, spans)
