"""Theme checks of talks (trigger theme 'talks': SUSPEND, RESUME, REQUEST, DECLINE): the
trigger must be about a channel, a talk word or a request, not about anything else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.directions import occasioned_contact
from parley.extract.grammar import grammar_words
from parley.extract.registry import registry
from parley.extract.syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS
from parley.extract.unanswered_asks import asked_earlier_in, bare_silence, refused_ask
from parley.extract.vocabulary import (
    ANSWER_WORDS,
    AVAILABILITY_WORDS,
    CONTACT_VERBS,
    OFFER_VERBS,
    PHONE_WORDS,
    REFERRING_AGREEMENT_NOUNS,
    REFERRING_DETERMINERS,
    REFERRING_PRONOUNS,
    REQUEST_NOUNS,
    UNANSWERED_NOUNS,
)
from parley.types import EventType, MentionKind

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView

TALKS = ("talks",)
#: Talk nouns naming a relationship, not a contact ("deepen cooperation", "strengthen ties").
RELATIONSHIP_NOUNS = grammar_words("relationship_nouns")
#: Trigger forms whose negation or adjective carries the event ("did not answer", "no
#: reply", "unavailable"): what is not answered may be the verb's subject.
ABSENCE_FORMS = ("negated_verb", "negated_noun", "adjective")


@registry.theme_check("parley.offer-to-talk.v1", types=(EventType.REQUEST,), themes=TALKS)
def offer_to_talk(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                  ) -> bool | None:
    """'was ready to reschedule the meeting', 'willing to meet': an offer to talk; not 'the
    hotline is ready', nor 'ready to work with the Russian side to deepen cooperation' (a
    relationship improved, `RELATIONSHIP_NOUNS`, is no contact offered)."""
    if candidate.trigger.entry.form != "adjective":
        return None
    tree = view.tree
    words = (coder.lexicon.talk_verbs | coder.lexicon.talk_nouns | OFFER_VERBS) - \
        RELATIONSHIP_NOUNS
    return any(tree.tokens[i].lemma in words for x in tree.dependents(candidate.index, ("xcomp",))
               for i in tree.subtree(x))


def _absence_tokens(view: SentenceView, candidate: Candidate) -> set[int]:
    """What a negated or adjectival trigger is about: its arguments, its head and the
    subjects of both ('its calls went unanswered')."""
    tree = view.tree
    head = tree.tokens[candidate.index]
    tokens = candidate.arguments | {head.head}
    for subject in tree.dependents(head.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        tokens |= tree.subtree(subject)
    for subject in tree.dependents(candidate.index, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        tokens |= tree.subtree(subject)
    return tokens


@registry.theme_check("parley.official-unavailable.v1", themes=TALKS)
def official_unavailable(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                         ) -> bool | None:
    """'its defence minister would be unavailable': unavailable to meet."""
    tree = view.tree
    head = tree.tokens[candidate.index]
    if candidate.trigger.entry.form not in ABSENCE_FORMS or head.lemma not in AVAILABILITY_WORDS:
        return None
    if any(view.token_mention.get(i) is not None and view.token_mention[i].kind in (
            MentionKind.PERSON, MentionKind.ROLE)
           for c in tree.dependents(head.head, SUBJECT_DEPS) for i in tree.subtree(c)):
        return True
    return None


@registry.theme_check("parley.no-reply-to-contact.v1", themes=TALKS)
def no_reply_to_contact(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                        ) -> bool | None:
    """'tried to reach Xu without getting a reply': the reply is to a contact sought."""
    if candidate.trigger.entry.form != "negated_noun":
        return None
    tree = view.tree
    seeking = coder.lexicon.talk_verbs | CONTACT_VERBS | coder._request_verbs
    if any(tree.tokens[a].lemma in seeking for a in tree.ancestors(candidate.index)[:5]):
        return True
    return None


@registry.theme_check("parley.unanswered-is-about-talks.v1", themes=TALKS,
                      cue_words=UNANSWERED_NOUNS | PHONE_WORDS | ANSWER_WORDS)
def unanswered_is_about_talks(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                              ) -> bool | None:
    """'the calls went unanswered', 'did not answer the message': what goes unanswered is a
    call, a request, a message or a talk word."""
    if candidate.trigger.entry.form not in ABSENCE_FORMS:
        return None
    tree = view.tree
    words = coder.lexicon.talk_nouns | UNANSWERED_NOUNS
    if any(tree.tokens[i].lemma in words for i in _absence_tokens(view, candidate)):
        return True
    # "Seoul proposed talks. The North has not responded.": a bare silence answers the ask
    # just before it.
    return candidate.trigger.entry.form == "negated_verb" and \
        bare_silence(tree, candidate.index) and _answers_an_ask(coder, view, candidate)


def _answers_an_ask(coder: ArticleCoder, view: SentenceView, candidate: Candidate) -> bool:
    """An ask for talks was told just before the trigger: in the sentence before
    (`ArticleState.asked_before`) or earlier in this one."""
    return view.sentence.start in coder.state.asked_before or asked_earlier_in(
        view.tree, candidate.index, coder.lexicon.talk_nouns | coder.lexicon.talk_verbs)


#: The words of a sitting of talks that ended: its verbs, its nouns, what it ended without and
#: how ("the previous round ended without agreement", "ended inconclusively").
SITTING_ENDING_VERBS = grammar_words("sitting_ending_verbs")
SITTING_NOUNS = grammar_words("sitting_nouns")
OUTCOME_NOUNS = grammar_words("sitting_outcome_nouns")
CONCLUDING_WORDS = grammar_words("concluding_words")
SERIES_TALK_NOUNS = grammar_words("series_talk_nouns")


@registry.theme_check("parley.sitting-that-ended-is-no-suspension.v1",
                      types=(EventType.SUSPEND,), themes=TALKS)
def sitting_that_ended(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                       ) -> bool | None:
    """'The previous round, in August, ended without agreement', 'the meeting ended on
    Tuesday': one sitting of talks ended, so it was held, not suspended; so too talks that
    'ended without a deal' or 'inconclusively'. 'Russia ended the talks' (an object) and
    'the talks ended in 2019 when …' suspend."""
    tree = view.tree
    token = tree.tokens[candidate.index]
    if token.lemma not in SITTING_ENDING_VERBS or token.pos != "VERB" or \
            tree.dependents(candidate.index, ("dobj",)):
        return None
    subjects = [tree.tokens[i] for i in tree.dependents(candidate.index, SUBJECT_DEPS)]
    if not subjects:
        return None
    manner = {tree.tokens[i].lower for p in tree.dependents(candidate.index, ("prep",))
              for i in tree.subtree(p)} | {
        tree.tokens[i].lower for i in tree.dependents(candidate.index, ("advmod",))}
    ended_without = bool(manner & (OUTCOME_NOUNS | CONCLUDING_WORDS))
    if any(s.lemma in SITTING_NOUNS for s in subjects) or (
            ended_without and any(s.lemma in SERIES_TALK_NOUNS for s in subjects)):
        return False
    return None


#: Verbs of a visit that a request or invitation can occasion ("visited at the invitation of").
OCCASIONED_VISIT_VERBS = grammar_words("occasioned_visit_verbs")


@registry.theme_check("parley.occasion-is-a-contact.v1", types=(EventType.REQUEST,),
                      themes=TALKS, cue_words=REQUEST_NOUNS)
def occasion_is_a_contact(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                          ) -> bool | None:
    """'the call was placed at the request of the American side', 'visited Beijing at the
    invitation of': a request that occasions a contact asked for it; 'arrested an executive
    at Washington's request' asks for no talks."""
    occasioned = occasioned_contact(view, candidate.trigger)
    if not occasioned:
        return None
    tree = view.tree
    contact_words = coder.lexicon.talk_verbs | coder.lexicon.talk_nouns | OCCASIONED_VISIT_VERBS
    return None if any(tree.tokens[i].lemma in contact_words or tree.tokens[i].lower in
                       contact_words for i in occasioned) else False


@registry.theme_check("parley.request-for-talks.v1", types=(EventType.REQUEST,), themes=TALKS,
                      cue_words=REQUEST_NOUNS)
def request_for_talks(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                      ) -> bool | None:
    """'asked for a call', 'a request for talks': what is asked for is talks."""
    return coder._request_theme(view, candidate.trigger, candidate.arguments)


def theme_tokens(coder: ArticleCoder, view: SentenceView, candidate: Candidate) -> set[int]:
    """The tokens the talks checks read: for a suspension or restoration its direct theme
    ('stop drills within 5 km of the line' is not about a line), else the arguments."""
    if candidate.type in (EventType.SUSPEND, EventType.RESUME):
        return coder._direct_theme(view.tree, candidate.index, candidate.arguments)
    return candidate.arguments


def _words(view: SentenceView, tokens: set[int]) -> set[str]:
    tree = view.tree
    return {tree.tokens[i].lemma for i in tokens} | {tree.tokens[i].lower for i in tokens}


def referred_agreement(view: SentenceView, tokens: set[int]) -> bool:
    """'The pact was fully restored', 'Seoul suspended the agreement': a definite agreement
    noun names again the channel (a pact on sharing intelligence) the text just named."""
    tree = view.tree
    return any(tree.tokens[i].lemma in REFERRING_AGREEMENT_NOUNS and any(
        tree.tokens[c].lower in REFERRING_DETERMINERS
        for c in tree.dependents(i, ("det", "poss"))) for i in tokens)


@registry.theme_check("parley.channel-named-just-before.v1",
                      types=(EventType.SUSPEND, EventType.RESUME), themes=TALKS,
                      cue_words=REFERRING_AGREEMENT_NOUNS)
def channel_named_just_before(coder: ArticleCoder, view: SentenceView,
                              candidate: Candidate) -> bool | None:
    """'Beijing suspended it': the channel just named."""
    tree = view.tree
    words = _words(view, theme_tokens(coder, view, candidate))
    if (words & REFERRING_PRONOUNS or any(
            tree.tokens[c].lower == "its" for c in tree.dependents(candidate.index, ("poss",)))
            or referred_agreement(view, theme_tokens(coder, view, candidate))
    ) and (coder.state.recent_channels or any(
            s.slug and s.end <= view.char_of(candidate.index) for s in view.channels)):
        return True
    return None


@registry.theme_check("parley.channel-in-theme.v1", themes=TALKS)
def channel_in_theme(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                     ) -> bool | None:
    """'suspended the maritime consultations': a channel name is what it is about."""
    if any(i in view.token_channel for i in theme_tokens(coder, view, candidate)):
        return True
    return None


@registry.theme_check("parley.talk-word-in-theme.v1", themes=TALKS)
def talk_word_in_theme(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                       ) -> bool | None:
    """'called off the talks': a talk noun is what it is about."""
    if _words(view, theme_tokens(coder, view, candidate)) & coder.lexicon.talk_nouns:
        return True
    return None


@registry.theme_check("parley.refusal-needs-request.v1", types=(EventType.DECLINE,),
                      themes=TALKS, cue_words=REQUEST_NOUNS)
def refusal_needs_a_request(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                            ) -> bool | None:
    """'China declined the request for a call', 'refused to meet': a refusal counts only of
    a request noun or a talk verb, as a noun or with what is refused as its object."""
    tree = view.tree
    head = tree.tokens[candidate.index]
    if not (head.lemma in REQUEST_NOUNS or candidate.words & coder.lexicon.talk_verbs):
        return None
    return head.pos == "NOUN" or any(
        tree.tokens[i].dep in ("xcomp", "dobj", "pobj") for i in candidate.arguments)


@registry.theme_check("parley.refused-ask-told-before.v1", types=(EventType.DECLINE,),
                      themes=TALKS, cue_words=REQUEST_NOUNS)
def refused_ask_told_before(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                            ) -> bool | None:
    """'Seoul proposed talks on Monday. The North rejected the offer.': the offer refused
    is the ask for talks told just before, in this sentence or the one before."""
    if refused_ask(view.tree, candidate.arguments, REQUEST_NOUNS, REFERRING_DETERMINERS) and \
            _answers_an_ask(coder, view, candidate):
        return True
    return None


#: Verbs of taking part ("declined to take part", "refused to join").
TAKING_PART_VERBS = grammar_words("taking_part_verbs")


@registry.theme_check("parley.refused-to-take-part.v1", types=(EventType.DECLINE,),
                      themes=TALKS, cue_words=TAKING_PART_VERBS | {"part"})
def refused_to_take_part(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                         ) -> bool | None:
    """'Austin sought calls with Shoigu, but the Russians declined to take part', 'Seoul
    proposed talks; Pyongyang refused to join': a refusal to take part that names nothing
    else it would join refuses the ask for talks told just before ('refused to join the
    exercise' names another thing)."""
    tree = view.tree
    for verb in tree.dependents(candidate.index, ("xcomp",)):
        token = tree.tokens[verb]
        if token.lemma not in TAKING_PART_VERBS:
            continue
        named = [tree.tokens[o].lower for o in tree.dependents(verb, ("dobj", "prep"))]
        if token.lemma == "take":
            if "part" not in named:
                continue
            named.remove("part")
        if not named and _answers_an_ask(coder, view, candidate):
            return True
    return None


@registry.theme_check("parley.talks-theme-missing.v1", themes=TALKS)
def talks_theme_missing(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                        ) -> bool | None:
    """Nothing above found talks in what the trigger is about: no event."""
    return False
