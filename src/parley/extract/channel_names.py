"""Channel names found in a sentence's text: the lexicon's patterns, longest and specific
first, and elided conjuncts ('the policy and maritime safety dialogues').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.mechanism_names import find_mechanisms
from parley.extract.records import ChannelSpan
from parley.extract.vocabulary import ELIDED_CONJUNCT

if TYPE_CHECKING:
    from parley.extract.coder import RuleExtractor


# ----------------------------------------------------------------- channels
def find_channels(extractor: RuleExtractor, text: str) -> list[ChannelSpan]:
    """Channel names in text; overlapping matches keep the longest, a named mechanism before
    a catalogue pattern of the same length, specific before generic."""
    patterns = extractor.lexicon.channel_patterns
    spans = [
        ChannelSpan(patterns[i].slug, m.start(), m.end())
        for i in extractor.lexicon.channel_index.candidates(text)
        for m in patterns[i].pattern.finditer(text)
    ]
    spans += [ChannelSpan(m.channel, m.start, m.end, m.name) for m in find_mechanisms(text)]
    spans.sort(key=lambda s: (s.start - s.end, s.mechanism is None, s.slug is None, s.start))
    kept: list[ChannelSpan] = []
    for span in spans:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    kept += extractor._elided_channels(text, kept)
    return sorted(kept, key=lambda s: s.start)


def _elided_channels(extractor: RuleExtractor, text: str,
                     kept: list[ChannelSpan]) -> list[ChannelSpan]:
    """"the policy and maritime safety dialogues": the first conjunct borrows the second's
    head noun, and names a channel when the phrase it makes does ("policy dialogues")."""
    found: list[ChannelSpan] = []
    for span in kept:
        before = ELIDED_CONJUNCT.search(text, 0, span.start)
        if span.slug is None or before is None:
            continue
        head = text[span.start:span.end].split()[-1]
        words = before.group("words").split()
        for n in range(len(words), 0, -1):
            phrase = " ".join([*words[-n:], head])
            slug = next((p.slug for p in extractor.lexicon.channel_patterns
                         if p.slug and p.pattern.fullmatch(phrase)), None)
            if slug is not None:
                start = before.end("words") - len(" ".join(words[-n:]))
                if all(start >= k.end or before.end("words") <= k.start for k in kept):
                    found.append(ChannelSpan(slug, start, before.end("words")))
                break
    return found
