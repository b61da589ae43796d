"""The lexical pre-filter: which sentences can hold an event, read from their words alone,
before any parse; its cue words come from the lexicon and the coder's rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from parley.extract.anchors import _GatedSearch
from parley.extract.registry import load_builtin_rules
from parley.extract.vocabulary import REFERRING_PRONOUNS, SANCTION_LEMMAS
from parley.extract.word_forms import IRREGULAR_FORMS, sentence_words, word_forms

if TYPE_CHECKING:
    from parley.extract.lexicon import Lexicon


#: Themes whose trigger is an event only with a word of the theme in the sentence; triggers of
#: any other theme ("self", "any") pass on their own.
_THEMED = ("talks", "sanctions", "platform")


@dataclass(frozen=True, slots=True)
class _TriggerForms:
    theme: str
    words: tuple[frozenset[str], ...]  # the forms of each word of the trigger, in order


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Which sentences can hold an event, read from their words alone, before any parse.

    The coder fires a trigger on a token whose lemma or lower-case form is the trigger's first
    lemma, so a sentence can hold an event only if one of its words is a form of one (the
    lemma or a word the lemmatizer maps to it: `word_forms`); a multi-word trigger needs a form
    of each of its words. A trigger whose type needs a theme passes only when the sentence also
    has one of the theme's words: for talks a channel, talk or request word; for sanctions a
    sanction word; for ships and aircraft a platform word (the coder checks these on the
    trigger's arguments, which are words of the sentence). A sentence naming a specific channel
    or stating how channels stand (a status pattern) always passes: it may be a status event,
    and later sentences may refer to its channels.
    """

    by_first_form: dict[str, tuple[_TriggerForms, ...]]
    theme_words: dict[str, frozenset[str]]
    talk_starts: tuple[str, ...]
    channels: _GatedSearch
    named_channels: _GatedSearch
    statuses: _GatedSearch
    #: Events the coder finds without a lexicon trigger: each cue is the word sets (forms)
    #: a sentence needs one word of each of (`with_cues`).
    cues: tuple[tuple[frozenset[str], ...], ...] = ()

    def with_cues(self, *cues: Iterable[Iterable[str]]) -> Prefilter:
        """This pre-filter also passing sentences with a form of a word of each given group,
        for the events a coder reads off words outside the lexicon."""
        extra = tuple(tuple(_forms_of(group) for group in cue) for cue in cues)
        return replace(self, cues=self.cues + extra)

    def search(self, text: str) -> bool:
        """True when `text` may hold an event and must be parsed."""
        words = sentence_words(text)
        for cue in self.cues:
            if all(not words.isdisjoint(forms) for forms in cue):
                return True
        themes = self._themes(words)
        for theme in themes:
            if theme not in self.theme_words or self._has_theme(theme, words, text):
                return True
        return self.named_channels.search(text) or self.statuses.search(text)

    def refers_to_a_channel(self, text: str) -> bool:
        """'North Korea restored it on Monday', 'its revival was agreed': a talks trigger
        whose object is a pronoun for a channel told before (the coder's
        `channel-named-just-before` check). Such a sentence can hold an event only after a
        sentence the coder read, so the caller asks this of the sentences after the first
        one it keeps."""
        words = sentence_words(text)
        return not words.isdisjoint(REFERRING_PRONOUNS | {"its"}) and \
            "talks" in self._themes(words)

    def _themes(self, words: set[str]) -> set[str]:
        """The themes of the triggers the words hold (every word of a multi-word one)."""
        themes: set[str] = set()
        for word in words:
            for trigger in self.by_first_form.get(word, ()):
                if trigger.theme not in themes and all(
                        not words.isdisjoint(forms) for forms in trigger.words[1:]):
                    themes.add(trigger.theme)
        return themes

    def _has_theme(self, theme: str, words: set[str], text: str) -> bool:
        if not words.isdisjoint(self.theme_words[theme]):
            return True
        if theme != "talks":
            return False
        return any(word.startswith(self.talk_starts) for word in words) or \
            self.channels.search(text)


def _forms_of(words: Iterable[str]) -> frozenset[str]:
    """Forms of one-word theme words (a phrase never is a single token's lemma)."""
    return frozenset(f for w in words if " " not in w.strip() for f in word_forms(w.strip()))


def build_prefilter(lexicon: Lexicon) -> Prefilter:
    """The pre-filter of a lexicon's triggers, theme words and channel names."""
    triggers = tuple(dict.fromkeys(
        _TriggerForms(entry.theme, tuple(word_forms(lemma) for lemma in entry.lemmas))
        for entries in lexicon.triggers.values() for entry in entries))
    by_first_form: dict[str, list[_TriggerForms]] = {}
    for trigger in triggers:
        for form in trigger.words[0]:
            by_first_form.setdefault(form, []).append(trigger)
    # Irregular forms listed in the lexicon are forms of the lemma they inflect (known from
    # IRREGULAR_FORMS); the other entries there (channel words such as "hotline", word starts
    # such as "communicat") count as talk words.
    irregular = {form for forms in IRREGULAR_FORMS.values() for form in forms}
    talk_starts = tuple(sorted(w for w in lexicon.irregular_forms if w not in irregular))
    theme_words = {
        "talks": _forms_of([*lexicon.talk_nouns, *lexicon.talk_verbs,
                            *load_builtin_rules().cue_words("talks")]),
        "sanctions": _forms_of([*lexicon.sanction_words, *SANCTION_LEMMAS]),
        "platform": _forms_of(lexicon.platform_words),
    }
    return Prefilter(
        by_first_form={k: tuple(v) for k, v in by_first_form.items()},
        theme_words={k: v for k, v in theme_words.items() if k in _THEMED},
        talk_starts=talk_starts,
        channels=_GatedSearch(p.pattern for p in lexicon.channel_patterns),
        named_channels=_GatedSearch(p.pattern for p in lexicon.channel_patterns if p.slug),
        statuses=_GatedSearch(pattern for _, pattern in lexicon.status_patterns),
    )
