"""The rule-based event coder: the two objects the pipeline holds, each method a rule module's.

`RuleExtractor` reads one sentence (channels, triggers, arguments); `ArticleCoder` codes one
article's sentences with the context carried between them. Each method is a function of the
module that holds its concern (see `src/parley/extract/README.md`); the classes only bind them.
"""

from __future__ import annotations

from parley.extract import arguments as arguments_rules
from parley.extract import article as article_rules
from parley.extract import channel_from_roles as channel_from_roles_rules
from parley.extract import channel_names as channel_names_rules
from parley.extract import channels as channels_rules
from parley.extract import constructions as constructions_rules
from parley.extract import dating as dating_rules
from parley.extract import directions as directions_rules
from parley.extract import events as events_rules
from parley.extract import parties as parties_rules
from parley.extract import sentence as sentence_rules
from parley.extract import status as status_rules
from parley.extract import story_dates as story_dates_rules
from parley.extract import theme_tests as theme_tests_rules
from parley.extract import themes as themes_rules
from parley.extract import themes_establish as establish_rules
from parley.extract import triggers as triggers_rules
from parley.extract.lexicon import Lexicon, TriggerEntry
from parley.extract.records import ArticleState
from parley.extract.registry import load_builtin_rules
from parley.resolve import ArticleMentions, Gazetteer
from parley.types import EventType


class RuleExtractor:
    """Registered as `parley.RuleExtractor.v1`: lexicons and dependency rules, no learning."""

    name = "parley.RuleExtractor.v1"

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        #: The registry with the built-in rules loaded (`parley.extract.registry`).
        self.rules = load_builtin_rules()
        self.request_verbs = frozenset(
            e.lemmas[0] for entries in lexicon.triggers.values() for e in entries
            if e.type is EventType.REQUEST and e.form == "verb" and len(e.lemmas) == 1)
        #: (lemma, lower-case form) -> the entries it may start (`_entries_for`).
        self._entries: dict[tuple[str, str], list[TriggerEntry]] = {}

    # channel_names
    find_channels = channel_names_rules.find_channels
    _elided_channels = channel_names_rules._elided_channels
    # triggers
    find_triggers = triggers_rules.find_triggers
    _ended_absence = triggers_rules._ended_absence
    _as_elided = triggers_rules._as_elided
    _expels = triggers_rules._expels
    _recalled_from_visit = triggers_rules._recalled_from_visit
    _entries_for = triggers_rules._entries_for
    # arguments
    arguments = arguments_rules.arguments
    subject = arguments_rules.subject


class ArticleCoder:
    """Codes one article's sentences with a RuleExtractor, carrying context between them."""

    def __init__(self, extractor: RuleExtractor, mentions: ArticleMentions,
                 state: ArticleState, narrating: frozenset[int] | None = None) -> None:
        """`narrating`: starts of the sentences whose dates may move the story's day (the
        pre-filter's candidates); None when only those were parsed."""
        self.extractor = extractor
        self.lexicon = extractor.lexicon
        self.mentions = mentions
        self.state = state
        self.narrating = narrating

    @property
    def _request_verbs(self) -> frozenset[str]:
        """First words of the lexicon's request verbs ('seek', 'ask', 'try')."""
        return self.extractor.request_verbs

    # article
    code = article_rules.code
    # sentence
    code_sentence = sentence_rules.code_sentence
    count_participants = sentence_rules.count_participants
    _accepted = sentence_rules._accepted
    _fits = sentence_rules._fits
    _arguments = sentence_rules._arguments
    condition_clause = sentence_rules.condition_clause
    preconditions = sentence_rules.preconditions
    drop_governed_triggers = sentence_rules.drop_governed_triggers
    # constructions
    list_elaboration = constructions_rules.list_elaboration
    deontic_demands = constructions_rules.deontic_demands
    implied_requests = constructions_rules.implied_requests
    # themes
    theme_fits = themes_rules.theme_fits
    _request_theme = themes_rules._request_theme
    _direct_theme = themes_rules._direct_theme
    # theme_tests
    _dated = theme_tests_rules._dated
    _nominal_occurrence = theme_tests_rules._nominal_occurrence
    _modal_complement = theme_tests_rules._modal_complement
    _spoke_together = theme_tests_rules._spoke_together
    _non_officials = theme_tests_rules._non_officials
    _plural_subject = theme_tests_rules._plural_subject
    _is_cause = theme_tests_rules._is_cause
    _is_phone_call = theme_tests_rules._is_phone_call
    _sanction_noun_is_event = theme_tests_rules._sanction_noun_is_event
    _has_condition = theme_tests_rules._has_condition
    # events
    events_for = events_rules.events_for
    coordinated_states = events_rules.coordinated_states
    repeated_dates = events_rules.repeated_dates
    theme_conjuncts = events_rules.theme_conjuncts
    _channel_in = events_rules._channel_in
    _re_mention = events_rules._re_mention
    _refers_to_pair = events_rules._refers_to_pair
    _ongoing = events_rules._ongoing
    unanswered_status = events_rules.unanswered_status
    _status_event = events_rules._status_event
    _names_again = events_rules._names_again
    _habitual = events_rules._habitual
    _by_phone = events_rules._by_phone
    core_arguments = events_rules.core_arguments
    # parties
    agent_state = parties_rules.agent_state
    speaker_state = parties_rules.speaker_state
    parties = parties_rules.parties
    _complete = parties_rules._complete
    _owner_of_theme = parties_rules._owner_of_theme
    _state_of_token = parties_rules._state_of_token
    _platform_states = parties_rules._platform_states
    _first_state = parties_rules._first_state
    _states_in = parties_rules._states_in
    # directions
    encounter_sides = directions_rules.encounter_sides
    occasion_requester = directions_rules.occasion_requester
    # themes_establish
    established_channel = establish_rules.established_channel
    agreement_date = establish_rules.agreement_date
    # channels
    channels_for = channels_rules.channels_for
    _owning_mechanism = channels_rules._owning_mechanism
    channel_referred_to = channels_rules.channel_referred_to
    role_channels = channel_from_roles_rules.role_channels
    persons = channels_rules.persons
    # dating
    telling_of = dating_rules.telling_of
    _date_of = dating_rules._date_of
    _counting_frame = dating_rules._counting_frame
    _referent = dating_rules._referent
    _in_main_clause = dating_rules._in_main_clause
    _mention_root = dating_rules._mention_root
    _after_preposition = dating_rules._after_preposition
    _described_date = dating_rules._described_date
    _participation = dating_rules._participation
    _sequence_phrase = dating_rules._sequence_phrase
    _measured_gap_date = dating_rules._measured_gap_date
    _gap_before = dating_rules._gap_before
    _governing_date = dating_rules._governing_date
    # story_dates
    carry_story_dates = story_dates_rules.carry_story_dates
    _narrates = story_dates_rules._narrates
    _narrative_mention = story_dates_rules._narrative_mention
    _past_tense = story_dates_rules._past_tense
    _relative_to_story = story_dates_rules._relative_to_story
    _relative_in_clause = story_dates_rules._relative_in_clause
    _restating_appositions = story_dates_rules._restating_appositions
    _tree_distance = story_dates_rules._tree_distance
    _first_since = story_dates_rules._first_since
    _event_referred_to = story_dates_rules._event_referred_to
    _clause_tokens = story_dates_rules._clause_tokens
    _stative = story_dates_rules._stative
    _date_modifies_other_noun = story_dates_rules._date_modifies_other_noun
    count_for = story_dates_rules.count_for
    # status
    _generic_status = status_rules._generic_status
    _status_matches = status_rules._status_matches
    _anaphoric_status = status_rules._anaphoric_status
    status_events = status_rules.status_events


