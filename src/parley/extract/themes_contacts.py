"""Theme checks of contacts (trigger theme 'self': MEET, CALL and the like): the trigger word
is the event itself, so the checks ask whether it happened between officials of two states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.registry import registry
from parley.extract.series_rounds import series_meeting
from parley.extract.syntax import SUBJECT_DEPS
from parley.extract.trigger_entries import _PRESENT_AT
from parley.extract.vocabulary import (
    CALL_MEDIUM_WORDS,
    ENVOY_NOUNS,
    MEETING_NOUNS,
    PERSON_NOUNS,
    PHONE_WORDS,
    TALK_EVENT_NOUNS,
)
from parley.types import EventType, MentionKind

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

SELF = ("self",)
MEET = (EventType.MEET,)
CALL = (EventType.CALL,)


@registry.theme_check("parley.contact-is-no-cause.v1", themes=SELF)
def not_a_cause(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                ) -> bool | None:
    """'in protest at Pelosi's visit': a cause of the story, not an event of it."""
    return False if coder._is_cause(view.tree, candidate.index) else None


@registry.theme_check("parley.contact-needs-officials.v1", themes=SELF)
def officials_take_part(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                        ) -> bool | None:
    """'American and Chinese scientists met': not states meeting."""
    return False if coder._non_officials(view.tree, candidate.index) else None


@registry.theme_check("parley.present-together.v1", themes=SELF)
def present_together(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                     ) -> bool | None:
    """'Austin and Li were both at the Shangri-La Dialogue': two states' people present."""
    if candidate.trigger.entry is not _PRESENT_AT:
        return None
    tree = view.tree
    return coder._plural_subject(view, candidate.index) and len({
        view.token_mention[i].state for c in tree.dependents(candidate.index, SUBJECT_DEPS)
        for i in tree.subtree(c) if i in view.token_mention
        and view.token_mention[i].state}) >= 2


@registry.theme_check("parley.attended-together.v1", types=MEET, themes=SELF)
def attended_together(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                      ) -> bool | None:
    """'Austin and Li both attended a regional security forum': a multilateral meeting both
    were at."""
    tree = view.tree
    if tree.tokens[candidate.index].lemma != "attend":
        return None
    return any(tree.tokens[i].lemma in MEETING_NOUNS or i in view.token_channel
               for o in tree.dependents(candidate.index, ("dobj",))
               for i in tree.subtree(o)) and coder._plural_subject(view, candidate.index)


@registry.theme_check("parley.contact-noun-occurred.v1", themes=SELF)
def noun_tells_occurrence(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                          ) -> bool | None:
    """'the meeting was held', 'Friday's call': a contact noun tells one that took place."""
    if view.tree.tokens[candidate.index].pos != "NOUN":
        return None
    return None if coder._nominal_occurrence(view, candidate.index) else False


@registry.theme_check("parley.call-is-phone-call.v1", types=CALL, themes=SELF)
def call_is_a_phone_call(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                         ) -> bool | None:
    """'called his counterpart', not 'called it unsafe' or 'a port call'."""
    if view.tree.tokens[candidate.index].lemma != "call":
        return None
    return coder._is_phone_call(view, candidate.index)


@registry.theme_check("parley.talked-over-a-line.v1", types=CALL, themes=SELF)
def talked_over_a_line(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                       ) -> bool | None:
    """'talked on the military hotline': only talk over a line is a call."""
    tree = view.tree
    head = tree.tokens[candidate.index]
    if head.lemma != "talk" or head.pos != "VERB":
        return None
    return bool({tree.tokens[i].lemma for i in candidate.arguments}
                & (PHONE_WORDS | CALL_MEDIUM_WORDS)) and coder._spoke_together(
        view, candidate.index, candidate.arguments)


@registry.theme_check("parley.spoke-together.v1", types=CALL, themes=SELF)
def spoke_together(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                   ) -> bool | None:
    """'Austin spoke with Li': a call between two parties, not a speech."""
    if view.tree.tokens[candidate.index].lemma != "speak":
        return None
    return coder._spoke_together(view, candidate.index, candidate.arguments)


@registry.theme_check("parley.saw-a-person.v1", types=MEET, themes=SELF)
def saw_a_person(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                 ) -> bool | None:
    """'Austin last saw Wei in June', 'summoned China's ambassador': a person is seen."""
    tree = view.tree
    if tree.tokens[candidate.index].lemma not in ("see", "summon"):
        return None
    return any(
        (view.token_mention.get(i) and view.token_mention[i].kind in (
            MentionKind.PERSON, MentionKind.ROLE))
        or tree.tokens[i].lemma in PERSON_NOUNS | ENVOY_NOUNS
        for o in tree.dependents(candidate.index, ("dobj",)) for i in tree.subtree(o)
        if view.mention_root.get(i, i) == i or tree.tokens[i].dep == "dobj")


@registry.theme_check("parley.signed-together.v1", types=MEET, themes=SELF)
def signed_together(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                    ) -> bool | None:
    """'Song and No signed a military agreement in Pyongyang': signing together is meeting;
    'Russia signed a deal with Iran' is not."""
    tree = view.tree
    if tree.tokens[candidate.index].lemma != "sign":
        return None
    people = {view.token_mention[i].state for c in tree.dependents(candidate.index, SUBJECT_DEPS)
              for i in tree.subtree(c) if i in view.token_mention
              and view.token_mention[i].kind in (MentionKind.PERSON, MentionKind.ROLE)
              and view.token_mention[i].state}
    return len(people) >= 2


@registry.theme_check("parley.welcomed-a-guest.v1", types=MEET, themes=SELF)
def welcomed_a_guest(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                     ) -> bool | None:
    """'gave a warm welcome to de Klerk', 'welcomed Wang to Moscow': a guest, not 'welcomed
    the statement'."""
    tree = view.tree
    head = tree.tokens[candidate.index]
    if head.lemma != "welcome":
        return None
    guests = tree.dependents(candidate.index, ("dobj",)) if head.pos == "VERB" else [
        i for p in (tree.dependents(candidate.index, ("prep",))
                    + tree.dependents(head.head, ("prep", "dative")))
        for i in tree.dependents(p, ("pobj",))]
    return any(
        (view.mention_root.get(g) == g and view.token_mention[g].kind in (
            MentionKind.PERSON, MentionKind.STATE))
        or (tree.tokens[g].lemma in PERSON_NOUNS and any(
            view.token_mention.get(c) for c in tree.subtree(g)))
        for g in guests)


@registry.theme_check("parley.named-dialogue-is-venue.v1", types=MEET, themes=SELF)
def named_dialogue_is_a_venue(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                              ) -> bool | None:
    """'the Shangri-La Dialogue' is a venue, not a meeting of two; a named channel ('the
    Indonesia-Japan Defence Strategic Dialogue', a mechanism of data/mechanisms.json) is
    one."""
    head = view.tree.tokens[candidate.index]
    span = view.token_channel.get(candidate.index)
    if span is not None and span.slug:
        return None
    return False if head.lemma == "dialogue" and head.pos == "PROPN" else None


@registry.theme_check("parley.talks-need-parties.v1", types=MEET, themes=SELF)
def talks_need_parties(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                       ) -> bool | None:
    """'a round of consultations' is a meeting only with its parties or channel named, or
    placed in a series of rounds the article told ('the previous round')."""
    tree = view.tree
    if tree.tokens[candidate.index].lemma not in TALK_EVENT_NOUNS:
        return None
    if series_meeting(coder, view, candidate.index) is not None:
        return True  # "the previous round, in April": a meeting of the series told
    arguments = candidate.arguments
    talkers = coder.extractor.subject(tree, candidate.index)
    return any(view.token_mention.get(i) for i in arguments) or any(
        i in view.token_channel for i in arguments | {candidate.index}) or bool(
        coder._states_in(view, sorted(arguments))) or len(
        set(coder._states_in(view, sorted(talkers)))) >= 2


@registry.theme_check("parley.contact-word-is-event.v1", themes=SELF)
def contact_word_is_the_event(coder: ArticleCoder, view: SentenceView,
                              candidate: Candidate) -> bool | None:
    """Any other contact word that passed the checks above is the event itself."""
    return True
