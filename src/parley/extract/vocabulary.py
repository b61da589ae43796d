"""The word classes and patterns the coder's rules read: named constants, their words in
`data/lexicons/grammar.json`, each with a line on its linguistic intent.
"""

from __future__ import annotations

import re

from parley.dates.lexicon import NUMBER_WORDS
from parley.extract.grammar import grammar_words
from parley.types import (
    EventType,
)

#: Types whose trigger takes another event word as its argument and so absorbs it
#: ("sought phone calls" is a request, not a call).
GOVERNING_TYPES = frozenset(
    {EventType.REQUEST, EventType.DECLINE, EventType.DEMAND, EventType.SUSPEND,
     EventType.RESUME, EventType.ESTABLISH}
)
#: Types that may name several channels at once and then give one event per channel.
PER_CHANNEL_TYPES = frozenset(
    {EventType.SUSPEND, EventType.RESUME, EventType.REQUEST, EventType.DECLINE,
     EventType.STATUS}
)
#: "the following day", "a day earlier": a date counted from the sentence before.
DAY_ANAPHOR = re.compile(r"\b(?:" + "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(
        grammar_words("day_anaphors"), key=len, reverse=True)) + r")\b", re.IGNORECASE)
#: Sentence openings that refer back to the previous sentence's event.
ANAPHORIC_OPENING = re.compile(
    r"^(?:This|That|These|Those|It|The (?:move|decision|step|cancellation|suspension|cut))\b"
)
#: Prepositions that introduce what is suspended or resumed ("the suspension of talks").
THEME_PREPOSITIONS = grammar_words("theme_prepositions")
FINITE_CLAUSE_SUBORDINATORS = grammar_words("finite_clause_subordinators")
LEADING_VERBS = grammar_words("leading_verbs")
VISITING_TRAVEL_VERBS = grammar_words("visiting_travel_verbs")
#: Verbs that are an encounter only with a weapon-like instrument as object.
ENCOUNTER_INSTRUMENT_VERBS = grammar_words("encounter_instrument_verbs")
ENCOUNTER_INSTRUMENTS = grammar_words("encounter_instruments")
#: Generic nouns that, made definite ("the line", "the dialogue"), name a channel again.
REFERRING_CHANNEL_NOUNS = grammar_words("referring_channel_nouns")
#: Agreement nouns that, made definite, name again a channel set by a pact ("the pact was
#: restored" after "an intelligence-sharing pact").
REFERRING_AGREEMENT_NOUNS = grammar_words("referring_agreement_nouns")
#: Verbs of keeping things as they are: wanting that is a stance, not a request.
MAINTAINING_VERBS = grammar_words("maintaining_verbs")
#: Verbs of going somewhere, whose 'for talks' is the talks they go to.
TRAVEL_VERBS = grammar_words("travel_verbs")
#: Verbs whose subject imposes the sanctions their object is put under.
IMPOSING_VERBS = grammar_words("imposing_verbs")
#: Verbs that keep a meeting or call from happening when they govern it.
BLOCKING_VERBS = grammar_words("blocking_verbs")
#: Verbs whose gerund object is only planned ("discussed convening a working group").
PLANNING_VERBS = grammar_words("planning_verbs")
#: Gatherings one can attend: attending one together is meeting there.
MEETING_NOUNS = grammar_words("meeting_nouns")
#: Nouns for people who can be received as guests or counterparts.
PERSON_NOUNS = grammar_words("person_nouns")
#: Modifiers that make a meeting or call noun not yet real ("a possible meeting").
#: "it is incumbent on Russia to …", "Pakistan is obliged to …": an obligation told.
OBLIGATION_ADJECTIVES = grammar_words("obligation_adjectives")
#: Predicates that tell a meeting or call as a prospect ("a meeting is unlikely").
LIKELIHOOD_WORDS = grammar_words("likelihood_words")
#: An official unavailable or unwilling is unavailable for a meeting.
AVAILABILITY_WORDS = grammar_words("availability_words")
#: "the policy and maritime safety dialogues": up to three words, then 'and'/'or', right
#: before a channel name.
ELIDED_CONJUNCT = re.compile(r"(?<![\w-])(?P<words>(?:[\w-]+ ){0,2}[\w-]+),? (?:and|or) "
                             r"(?:the )?$")
#: Verbs of talking something over: by phone, a call ("discussed the drone by phone").
DISCUSSING_VERBS = grammar_words("discussing_verbs")
#: "refused to let him meet", "refusal to allow a port call": permission withheld.
PERMITTING_VERBS = grammar_words("permitting_verbs")
#: Verbs of answering: without an object they answer the line the text was about.
ANSWER_WORDS = grammar_words("answer_words")
#: Adjectives of a call left unanswered: said by a side of its own calls, it made them.
PARTICIPATION_NOUNS = grammar_words("participation_nouns")
PROSPECTIVE_MODIFIERS = grammar_words("prospective_modifiers")
#: Modals that make a reported clause an obligation laid on its subject.
OBLIGATION_MODALS = grammar_words("obligation_modals")
#: Verbs that report what someone said or stressed to the other side.
SAYING_VERBS = grammar_words("saying_verbs")
#: Nouns of saying whose content clause can lay an obligation ("a reminder that it must").
SAYING_NOUNS = grammar_words("saying_nouns")
#: General subjects of an obligation said to the other side ("all militaries should …").
GENERIC_OBLIGED = grammar_words("generic_obliged")
#: Words that make an obligation's subject both sides together ("the two armed forces should").
JOINT_OBLIGED_WORDS = grammar_words("joint_obliged_words")
#: Verbs of getting in touch: trying to do so with a person is asking to talk.
CONTACT_VERBS = grammar_words("contact_verbs")
#: Verbs whose clausal complement is what is demanded ("want the sanctions dropped").
DEMAND_VERBS = grammar_words("demand_verbs")
#: Types whose undated sentence continues the previous sentence's day (what was said or
#: asked at a meeting or on a call just told).
NARRATED_TYPES = frozenset({EventType.DEMAND, EventType.REQUEST, EventType.DECLINE})
#: Day names that, as a possessive ("Saturday's call"), point at an event told before.
DAY_WORDS = grammar_words("day_words")
#: Nouns that name again an event told before ("the call", "the shootdown").
EVENT_NOUN_TYPES: dict[str, tuple[EventType, ...]] = {
    "call": (EventType.CALL,), "conversation": (EventType.CALL,),
    "meeting": (EventType.MEET,), "talk": (EventType.MEET,), "summit": (EventType.MEET,),
    "visit": (EventType.MEET,), "shootdown": (EventType.ENCOUNTER,),
    "intercept": (EventType.ENCOUNTER,), "incident": (EventType.ENCOUNTER,),
    # "summoned the attache over that episode", "warned before the strike": the encounter
    # told before (story_dates._event_referred_to dates an undated trigger by it).
    "episode": (EventType.ENCOUNTER,), "strike": (EventType.ENCOUNTER,),
    "collision": (EventType.ENCOUNTER,), "interception": (EventType.ENCOUNTER,),
    "encounter": (EventType.ENCOUNTER,), "suspension": (EventType.SUSPEND,),
    "cancellation": (EventType.SUSPEND,), "refusal": (EventType.DECLINE,),
    "snub": (EventType.DECLINE,), "rebuff": (EventType.DECLINE,),
    "request": (EventType.REQUEST,), "agreement": (EventType.RESUME,),
}
#: Request nouns that need no complement to be about talks ("the invitation was sent").
SELF_SUFFICIENT_REQUESTS = grammar_words("self_sufficient_requests")
#: What a demand asks the other side to do ("want an end to arms sales").
DEMANDED_ACTIONS = grammar_words("demanded_actions")
#: Verbs that tell a meeting or call took place when the noun is their subject.
OCCURRENCE_VERBS = grammar_words("occurrence_verbs")
#: Nouns that name a request outright: declining one says that it was made.
EXPLICIT_REQUEST_NOUNS = grammar_words("explicit_request_nouns")
#: Words beside a bare "a week" that make it a stretch of time ("after a week of strain",
#: "a week later"), not a frequency.
STRETCH_OF_TIME_WORDS = grammar_words("stretch_of_time_words")
_STRETCH = "|".join(sorted(map(re.escape, STRETCH_OF_TIME_WORDS)))
#: A routine rather than an event: "twice a day", "every week", "weekly", "calls a day"; not
#: a bare "a week" beside a word of a stretch of time ("after a week of talks", "a week
#: later").
HABITUAL_FREQUENCY = re.compile(
    r"\b(?:once|twice|\w+ times) (?:a|per|each|every) (?:day|week|month|year)\b"
    r"|\b(?:per|each|every) (?:day|week|month)\b|\b(?:daily|weekly|monthly)\b"
    rf"|(?<!\S)(?!(?:{_STRETCH}) )\S+ a (?:day|week|month)\b(?! (?:{_STRETCH})\b)")
#: Words that make a meeting a call ("talks by telephone", "discussions over the hotline").
PHONE_WORDS = grammar_words("phone_words")
#: A sentence that lists what the previous one spoke of ("These were …", "They included …").
LIST_OPENING = re.compile(
    r"^(?:These|They|Those|The (?:\w+ )?(?:channels|mechanisms|measures|lines|steps|contacts|"
    r"dialogues|talks))\s+(?:were|are|included|include|comprised|covered|involved)\b[:\s]*",
    re.IGNORECASE)
#: Words just before a name that make it a place ("talks in Singapore", "at Beijing").
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|off|over|across|inside|to)\s+(?:the\s+)?$",
                          re.IGNORECASE)
#: Dates counted from the story's last date ("three weeks later", "the next day").
STORY_RELATIVE = re.compile(
    r"\b(?:(?P<same>the same day|that day|that same day|on the same day|at the time)"
    r"|(?P<next>the (?:next|following) day|a day later)"
    rf"|(?P<n>\d+|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+"
    # "after"/"before" only when nothing follows: "a day after launching drills" counts from
    # the launching, not from the story's last date.
    r"(?P<dir>later|earlier|(?:after|before)(?=\s*[,.;:]|\s*$)))",
    re.IGNORECASE)
#: Organisations that act for their state; an unnamed one takes the state of who reports it.
ORGANISATION_NOUNS = grammar_words("organisation_nouns")
#: Dependencies that open a clause beside the main one: relative, adverbial, participle
#: clauses and appositions. Events told in them are told in passing.
SUBORDINATE_DEPS = frozenset({"relcl", "advcl", "acl", "appos", "parataxis"})
#: Prepositions that make the date after them an adverbial of time.
TEMPORAL_PREPOSITIONS = grammar_words("temporal_prepositions")
#: Adjectives of a contact attempt left unanswered ("calls go unanswered"), not of an
#: official unavailable: who complains of them made the attempts.
UNANSWERED_ATTEMPT_ADJECTIVES = grammar_words("unanswered_attempt_adjectives")
#: Prepositions of a point in time ("halted in August", "cancelled on Friday"), not of a
#: stretch ("for months", "since 2019").
POINT_IN_TIME_PREPOSITIONS = grammar_words("point_in_time_prepositions")
REPORTING_VERBS = grammar_words("reporting_verbs")
#: Words that make something known without a verb of saying ('let it be known', 'made
#: clear'): their time dates what they tell.
DISCLOSING_WORDS = grammar_words("disclosing_words")
#: Verbs that report a clause as untrue: "denied that it had cut off the hotline".
DENYING_VERBS = grammar_words("denying_verbs")
PRONOUN_SUBJECTS = grammar_words("pronoun_subjects")
#: Words after which a nominal trigger is a cause, not an event of the story ("in protest at
#: Pelosi's visit", "over the talks").
CAUSE_HEADS = grammar_words("cause_heads")
#: Prepositions whose object is a party to the trigger; other adjuncts (time, place, cause)
#: are not searched for the other side.
PARTY_PREPOSITIONS = grammar_words("party_prepositions")
#: Nouns that stand for an official of a state, so "Chinese officials" is China acting.
REQUEST_NOUNS = grammar_words("request_nouns")
#: Trigger lemmas that are sanction words themselves ("sanctioned", "blacklisted").
SANCTION_LEMMAS = grammar_words("sanction_lemmas")
#: What an encounter adjective must qualify ("an unsafe intercept"), not "unsafe" alone.
MANOEUVRE_NOUNS = grammar_words("manoeuvre_nouns")
#: Beside the phone words, what makes 'talked' a call ("talked over a video link").
CALL_MEDIUM_WORDS = grammar_words("call_medium_words")
#: Beside the person nouns, whom one sees or summons ("summoned China's ambassador").
ENVOY_NOUNS = grammar_words("envoy_nouns")
#: A round of talks, a meeting only with its parties or channel named ("the session").
TALK_EVENT_NOUNS = grammar_words("talk_event_nouns")
#: Verbs that address a demand: object and infinitive say who must do what ("urged China to").
DIRECTIVE_VERBS = grammar_words("directive_verbs")
#: Verbs that tie talks to a condition ("ties any meeting to the lifting of sanctions").
CONDITIONING_VERBS = grammar_words("conditioning_verbs")
CONDITION_PREPOSITIONS = grammar_words("condition_prepositions")
#: Stances that are a demand only with a condition or what the other side must do.
DEMAND_STANCE_VERBS = grammar_words("demand_stance_verbs")
#: Heads of a call's 'for' object that make it a shared aim ("a roadmap", "rebuilding trust").
SHARED_AIM_WORDS = grammar_words("shared_aim_words")
#: What an offer's infinitive may be about beside talk words ("ready to reschedule").
OFFER_VERBS = grammar_words("offer_verbs")
#: Nouns that, unanswered or refused, are about talks ("no reply to the call").
UNANSWERED_NOUNS = grammar_words("unanswered_nouns")
#: Pronouns naming again the channel just named ("Beijing suspended it").
REFERRING_PRONOUNS = grammar_words("referring_pronouns")
#: Verbs of going into or staying in a state: an adjective or participle after them describes.
STATE_VERBS = grammar_words("state_verbs")
#: Relative pronouns: a relative clause whose object is one of these has no object of its own.
RELATIVE_PRONOUNS = grammar_words("relative_pronouns")
#: Prepositions whose object acts on a noun trigger.
AGENT_PREPOSITIONS = grammar_words("agent_prepositions")
#: Prepositions that attach a trigger to the mechanism it takes place in.
MECHANISM_PREPOSITIONS = grammar_words("mechanism_prepositions")
#: Pronouns that refer back to a channel named before ('suspended it', 'its resumption').
CHANNEL_ANAPHORS = grammar_words("channel_anaphors")
#: Determiners that make a generic channel noun name again a channel told before.
REFERRING_DETERMINERS = grammar_words("referring_determiners")
#: Determiners that make an event noun name again an event told before.
EVENT_REFERRING_DETERMINERS = grammar_words("event_referring_determiners")
#: Verbs whose subjunctive complement is a demand made of the other side.
SUBJUNCTIVE_REQUEST_VERBS = grammar_words("subjunctive_request_verbs")
#: Prepositions that name who bears an obligation ('it was incumbent on Russia to fly safely').
OBLIGATION_PREPOSITIONS = grammar_words("obligation_prepositions")
#: Nouns that, gone unanswered, were attempts to talk: the refusal implies the request.
ATTEMPT_NOUNS = grammar_words("attempt_nouns")
#: Determiners that make an undated trigger noun the event told before, whose date it takes.
TOLD_BEFORE_DETERMINERS = grammar_words("told_before_determiners")
#: Adverbs of an undated past: 'it has been cut before' tells no new event.
UNDATED_PAST_ADVERBS = grammar_words("undated_past_adverbs")
#: Determiners that make a noun definite, naming something already known.
DEFINITE_DETERMINERS = grammar_words("definite_determiners")
#: Period nouns that, owning an event noun, date it ('last week's call').
PERIOD_NOUNS = grammar_words("period_nouns")
#: Subjects that stand for the two people of the previous sentence.
PAIR_SUBJECTS = grammar_words("pair_subjects")
#: Words that make a subject the two sides together ('the two men', 'both ministers').
PAIR_WORDS = grammar_words("pair_words")
#: Determiners that make a noun the one just told ('those sanctions', 'such talks').
ANAPHORIC_DETERMINERS = grammar_words("anaphoric_determiners")
#: Possessive pronouns, whose state is that of the person or state they refer to.
POSSESSIVE_PRONOUNS = grammar_words("possessive_pronouns")
#: Subordinators of a precondition clause: what it names has not happened.
CONDITION_MARKERS = grammar_words("condition_markers")
#: Prepositions after which a trigger names an earlier event, not the same one told twice.
EARLIER_EVENT_PREPOSITIONS = grammar_words("earlier_event_prepositions")
#: Adjectives that place an event in a sequence ('the first meeting since', 'their last call').
SEQUENCE_ADJECTIVES = grammar_words("sequence_adjectives")
#: Subordinators of a time clause, told at the time of its main clause.
TIME_CLAUSE_MARKERS = grammar_words("time_clause_markers")
#: Subordinators of a clause that tells what prompted its main clause ('after').
PROMPTING_CLAUSE_MARKERS = grammar_words("prompting_clause_markers")
#: Verbs of lasting in a state, in the forms the date rules read ('remained suspended').
LASTING_VERBS = grammar_words("lasting_verbs")
#: Besides talk nouns, nouns that a date before them modifies.
DATABLE_NOUNS = grammar_words("datable_nouns")
#: Prepositions whose object, a meeting or call noun, is an occasion that took place.
OCCASION_PREPOSITIONS = grammar_words("occasion_prepositions")
#: Modals in a complement clause that make a warning or stance a demand.
COMPLEMENT_OBLIGATION_MODALS = grammar_words("complement_obligation_modals")
#: Prepositions that introduce whom or what one spoke with.
CALL_PARTNER_PREPOSITIONS = grammar_words("call_partner_prepositions")
#: Words that make a subject a pair who met or spoke ('the two leaders', 'both sides').
PAIR_SUBJECT_WORDS = grammar_words("pair_subject_words")
#: Nouns that make 'spoke' a public speech or an aside, not a call.
PUBLIC_SPEECH_NOUNS = grammar_words("public_speech_nouns")
#: Words that make 'spoke with/over …' a call: a counterpart or a line.
CALL_PARTNER_WORDS = grammar_words("call_partner_words")
#: Nouns of a group sent by a state, whose meetings are official even with non-official members.
DELEGATION_NOUNS = grammar_words("delegation_nouns")
#: Words that make 'call' no phone call ('a port call', 'a courtesy call', 'a roll call').
NON_PHONE_CALL_WORDS = grammar_words("non_phone_call_words")
#: Prepositions that make the noun 'call' an appeal ('calls for a mechanism', 'a call on Tokyo').
APPEAL_PREPOSITIONS = grammar_words("appeal_prepositions")
#: Verbs whose object "call" both sides took part in ("held a call on the hotline").
JOINT_CALL_VERBS = grammar_words("joint_call_verbs")
#: Particles and prepositions that make the verb 'call' no phone call.
NON_PHONE_CALL_PARTICLES = grammar_words("non_phone_call_particles")
#: Verbs that make a planned 'call' a visit ('pay a planned call on').
VISIT_VERBS = grammar_words("visit_verbs")
#: Verbs whose subject 'call' is a decision, not a phone call ('the call means …').
MEANING_VERBS = grammar_words("meaning_verbs")
#: Nouns of officials one phones ('called his counterpart', 'called the minister').
OFFICIAL_NOUNS = grammar_words("official_nouns")
#: Verbs whose object 'sanctions' is an event of sanctioning.
SANCTIONING_VERBS = grammar_words("sanctioning_verbs")
#: Verbs of a relative clause that make the 'sanctions' it modifies an event.
SANCTION_RELATIVE_VERBS = grammar_words("sanction_relative_verbs")
#: Prepositions that introduce who sanctions are against ('sanctions on Li', 'against Moscow').
SANCTION_TARGET_PREPOSITIONS = grammar_words("sanction_target_prepositions")
#: Words that make a request's complement a question, not a request for talks.
QUESTION_WORDS = grammar_words("question_words")
#: Verbs whose complement, a demanded action, makes them a demand rather than a request.
WANTING_VERBS = grammar_words("wanting_verbs")
#: Talk nouns that, asked for, are no request for talks.
NON_REQUEST_TALK_NOUNS = grammar_words("non_request_talk_nouns")
#: Prepositions that introduce what a request is for.
REQUEST_THEME_PREPOSITIONS = grammar_words("request_theme_prepositions")
#: Prepositions that introduce the medium of talks.
MEDIUM_PREPOSITIONS = grammar_words("medium_prepositions")
#: Times of day that 'at' governs when it dates a call ("rang him at noon"), not a place.
TIME_OF_DAY_WORDS = grammar_words("time_of_day_words")
#: Beside phone words, media that make a discussion a call ('discussed … by videoconference').
VIDEO_WORDS = grammar_words("video_words")
#: Words that count a story date forward ("three weeks later"); the others count back.
FORWARD_WORDS = grammar_words("forward_words")
#: Relative adverbs of a clause told at an occasion named with its date ("on Nov. 15,
#: where the leaders agreed").
PLACE_CLAUSE_MARKERS = grammar_words("place_clause_markers")
