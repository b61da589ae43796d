"""The rule-based event coder: triggers, their arguments and the events they make.

For each parsed sentence the coder finds trigger words from the lexicon, reads their
arguments off the dependency tree (who acts, about which channel, with whom), checks that the
trigger is about what its type needs (a channel, sanctions, a ship or aircraft), and writes one
event per channel the arguments name. Article-level context supplies what a sentence leaves
implicit: the pair of states the article is about, the previous sentence's actors and date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from parley.dates import find_dates
from parley.dates import lexicon as date_words
from parley.dates.lexicon import MONTH_NAMES
from parley.extract.counts import NUMBER_WORDS, find_count
from parley.extract.grammar import grammar_words
from parley.extract.lexicon import Lexicon, TriggerEntry
from parley.extract.syntax import (
    CLAUSE_BOUNDARY_DEPS,
    CONTROL_DEPS,
    HABITUAL_ADVERBS,
    LOCATIVE_PREPOSITIONS,
    NOUN_MODIFIER_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Tree,
)
from parley.resolve import ArticleMentions, Gazetteer
from parley.types import (
    UNORDERED_TYPES,
    ChannelStatus,
    CountQualifier,
    DateMention,
    Event,
    EventType,
    Evidence,
    Mention,
    MentionKind,
    Sentence,
)

#: Types whose trigger takes another event word as its argument and so absorbs it
#: ("sought phone calls" is a request, not a call).
GOVERNING_TYPES = frozenset(
    {EventType.REQUEST, EventType.DECLINE, EventType.DEMAND, EventType.SUSPEND,
     EventType.RESUME}
)
#: Types that may name several channels at once and then give one event per channel.
PER_CHANNEL_TYPES = frozenset(
    {EventType.SUSPEND, EventType.RESUME, EventType.REQUEST, EventType.DECLINE,
     EventType.STATUS}
)
#: Sentence openings that refer back to the previous sentence's event.
ANAPHORIC_OPENING = re.compile(
    r"^(?:This|That|These|Those|It|The (?:move|decision|step|cancellation|suspension|cut))\b"
)
#: Prepositions that introduce what is suspended or resumed ("the suspension of talks").
THEME_PREPOSITIONS = grammar_words("theme_prepositions")
#: Verbs that are an encounter only with a weapon-like instrument as object.
ENCOUNTER_INSTRUMENT_VERBS = grammar_words("encounter_instrument_verbs")
ENCOUNTER_INSTRUMENTS = grammar_words("encounter_instruments")
#: Generic nouns that, made definite ("the line", "the dialogue"), name a channel again.
REFERRING_CHANNEL_NOUNS = grammar_words("referring_channel_nouns")
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
_DEMAND_ENTRY = TriggerEntry(EventType.DEMAND, ("demand",), "verb", "any")
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
#: A routine rather than an event: "twice a day", "every week", "weekly".
HABITUAL_FREQUENCY = re.compile(
    r"\b(?:once|twice|\w+ times) (?:a|per|each|every) (?:day|week|month|year)\b"
    r"|\b(?:a|per|each|every) (?:day|week|month)\b|\b(?:daily|weekly|monthly)\b")
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
    r"|(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+"
    # "after"/"before" only when nothing follows: "a day after launching drills" counts from
    # the launching, not from the story's last date.
    r"(?P<dir>later|earlier|(?:after|before)(?=\s*[,.;:]|\s*$)))",
    re.IGNORECASE)
#: A dateline opening a story ("SIEM REAP, Cambodia —", "HONG KONG:").
DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]+(?:,\s*[A-Z][\w .'’\-]+)?\s*(?:—|–|--|:)\s")
#: Organisations that act for their state; an unnamed one takes the state of who reports it.
ORGANISATION_NOUNS = grammar_words("organisation_nouns")
#: Dependencies that open a clause beside the main one: relative, adverbial, participle
#: clauses and appositions. Events told in them are told in passing.
SUBORDINATE_DEPS = frozenset({"relcl", "advcl", "acl", "appos", "parataxis"})
#: Prepositions that make the date after them an adverbial of time.
TEMPORAL_PREPOSITIONS = grammar_words("temporal_prepositions")
REPORTING_VERBS = grammar_words("reporting_verbs")
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


@dataclass(frozen=True, slots=True)
class ChannelSpan:
    slug: str | None
    start: int
    end: int


@dataclass(slots=True)
class SentenceContext:
    """What the coder knows about one sentence while coding it."""

    sentence: Sentence
    tree: Tree
    mentions: list[Mention]
    channels: list[ChannelSpan]
    dates: list[DateMention]
    opening: bool = False
    token_mention: dict[int, Mention] = field(default_factory=dict)
    mention_root: dict[int, int] = field(default_factory=dict)
    token_channel: dict[int, ChannelSpan] = field(default_factory=dict)
    #: What depends on the sentence alone, found once and read by both of the article
    #: coder's passes (`ArticleCoder.code`).
    triggers: list[Trigger] | None = None
    regions: dict[int, frozenset[int]] = field(default_factory=dict)
    fits: dict[tuple[Trigger, bool], bool] = field(default_factory=dict)
    status_matches: list[tuple[ChannelStatus, re.Match[str]]] | None = None

    def __post_init__(self) -> None:
        dateline = DATELINE.match(self.sentence.text) if self.opening else None
        for mention in self.mentions:
            if dateline and mention.end <= dateline.end():
                continue  # "SIEM REAP, Cambodia —": where the story was filed, not a party
            indices = self.token_range(mention.start, mention.end)
            inside = set(indices)
            root = next((i for i in indices if self.tree.tokens[i].head not in inside),
                        indices[0] if indices else -1)
            for index in indices:
                self.token_mention[index] = mention
                self.mention_root[index] = root
        for span in self.channels:
            for index in self.token_range(span.start, span.end):
                # Specific channels win over generic words on the same token.
                if index not in self.token_channel or span.slug:
                    self.token_channel[index] = span

    def token_range(self, start: int, end: int) -> list[int]:
        return self.tree.token_range(start, end)

    def char_of(self, index: int) -> int:
        return self.tree.tokens[index].idx


@dataclass(frozen=True, slots=True)
class Trigger:
    entry: TriggerEntry
    index: int  # the token the trigger's head word is
    last: int  # last token of a multi-word trigger


@dataclass(slots=True)
class ArticleState:
    """Context carried from sentence to sentence within one article."""

    article_id: str
    published: date | None
    pair: tuple[str, str] | None
    previous_parties: tuple[str | None, str | None] = (None, None)
    previous_date: DateMention | None = None
    #: The last date the article stated outright, for "three weeks later", "the same day".
    last_date: str | None = None
    #: The day or month the story's narrative stands at: the last one a main clause told,
    #: which an undated past-tense sentence goes on with.
    narrative_date: DateMention | None = None
    #: The latest event of each type told in a main clause, for "the talks", "the call".
    main_events: dict[EventType, Event] = field(default_factory=dict)
    participants: Counter[str] = field(default_factory=Counter)
    agents: Counter[str] = field(default_factory=Counter)
    dateline_state: str | None = None
    previous_contact: Event | None = None
    latest: dict[EventType, Event] = field(default_factory=dict)
    #: Specific channels named in the last sentences, oldest first (for "the line", "it").
    recent_channels: list[str] = field(default_factory=list)
    previous_channels: list[str] = field(default_factory=list)
    #: The previous sentence's suspensions and restorations of channels it did not name.
    unnamed_events: list[Event] = field(default_factory=list)
    #: The state the sentences just before are about (their first actor), for "It recalled …".
    topic: str | None = None
    #: Every specific channel the article has named so far, in order ("all the mechanisms").
    article_channels: list[str] = field(default_factory=list)

    def main_actor(self) -> str | None:
        """The state that acts most often in the article's events, if it is one of the pair."""
        for state, _ in self.agents.most_common():
            if self.pair and state in self.pair:
                return state
        return None


class RuleExtractor:
    """Registered as `parley.RuleExtractor.v1`: lexicons and dependency rules, no learning."""

    name = "parley.RuleExtractor.v1"

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.request_verbs = frozenset(
            e.lemmas[0] for entries in lexicon.triggers.values() for e in entries
            if e.type is EventType.REQUEST and e.form == "verb" and len(e.lemmas) == 1)
        #: (lemma, lower-case form) -> the entries it may start (`_entries_for`).
        self._entries: dict[tuple[str, str], list[TriggerEntry]] = {}

    # ----------------------------------------------------------------- channels
    def find_channels(self, text: str) -> list[ChannelSpan]:
        """Channel names in text; overlapping matches keep the longest, specific before generic."""
        patterns = self.lexicon.channel_patterns
        spans = [
            ChannelSpan(patterns[i].slug, m.start(), m.end())
            for i in self.lexicon.channel_index.candidates(text)
            for m in patterns[i].pattern.finditer(text)
        ]
        spans.sort(key=lambda s: (s.start - s.end, s.slug is None, s.start))
        kept: list[ChannelSpan] = []
        for span in spans:
            if all(span.end <= k.start or span.start >= k.end for k in kept):
                kept.append(span)
        kept += self._elided_channels(text, kept)
        return sorted(kept, key=lambda s: s.start)

    def _elided_channels(self, text: str, kept: list[ChannelSpan]) -> list[ChannelSpan]:
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
                slug = next((p.slug for p in self.lexicon.channel_patterns
                             if p.slug and p.pattern.fullmatch(phrase)), None)
                if slug is not None:
                    start = before.end("words") - len(" ".join(words[-n:]))
                    if all(start >= k.end or before.end("words") <= k.start for k in kept):
                        found.append(ChannelSpan(slug, start, before.end("words")))
                    break
        return found

    # ----------------------------------------------------------------- triggers
    def find_triggers(self, tree: Tree) -> list[Trigger]:
        found: list[Trigger] = []
        tokens = tree.tokens
        for token in tokens:
            candidates = self._entries_for(token.lemma, token.lower)
            if not candidates:
                continue
            best: dict[EventType, Trigger] = {}
            for entry in candidates:
                last = _match_rest(tree, token.i, entry.lemmas)
                if last is None or not _form_fits(tree, token.i, entry.form):
                    continue
                current = best.get(entry.type)
                if current is None or len(entry.lemmas) > len(current.entry.lemmas):
                    best[entry.type] = Trigger(entry, token.i, last)
            # A multi-word trigger ("call on", "cut off") beats the single words it contains.
            longest = max((len(t.entry.lemmas) for t in best.values()), default=0)
            found.extend(t for t in best.values()
                         if len(t.entry.lemmas) == longest or len(t.entry.lemmas) > 1)
        # A multi-word noun ("video call") is headed by its last word.
        found = [Trigger(t.entry, t.last, t.last) if t.entry.form == "noun" else t
                 for t in found]
        found = [t for t in found if not _phrasal_date(tree, t)]
        found = [Trigger(_VISIT_CALL, t.index, t.last) if _paid_call(tree, t) else t
                 for t in found]
        found = [t for t in found if t.entry.type is not EventType.SUSPEND
                 or self._ended_absence(tree, t.index) is None]
        found += [Trigger(_RESUME_BY_ENDING, token.i, token.i) for token in tokens
                  if token.lemma in self.lexicon.ending_verbs and token.pos == "VERB"
                  and self._ended_absence(tree, token.i) is not None]
        found += [Trigger(_SUSPEND_BY_RECALL, token.i, token.i) for token in tokens
                  if token.lemma in self.lexicon.recalling_verbs and token.pos == "VERB"
                  and self._recalled_from_visit(tree, token.i)]
        found += [Trigger(_SUSPEND_BY_EXPULSION, token.i, token.i) for token in tokens
                  if token.pos == "VERB" and self._expels(tree, token.i)]
        found += [Trigger(_PRESENT_AT, token.i, token.i) for token in tokens
                  if token.lemma == "be" and _at_gathering(tree, token.i)]
        found += [Trigger(_DISCUSSED_BY_PHONE, token.i, token.i) for token in tokens
                  if token.lemma in DISCUSSING_VERBS and token.pos == "VERB"
                  and _over_a_line(tree, token.i)]
        unique: dict[tuple[EventType, int], Trigger] = {}
        for t in found:
            kept = unique.get((t.entry.type, t.index))
            if kept is None or len(t.entry.lemmas) > len(kept.entry.lemmas):
                unique[(t.entry.type, t.index)] = t
        return list(unique.values())

    def _ended_absence(self, tree: Tree, index: int) -> int | None:
        """The absence noun an ending verb takes ('ending two months of silence'), if any."""
        if tree.tokens[index].lemma not in self.lexicon.ending_verbs:
            return None
        for obj in tree.kids(index, ("dobj", "nsubjpass")):
            chain = [obj, *(p for c in tree.kids(obj, ("prep",)) if tree.tokens[c].lower == "of"
                            for p in tree.kids(c, ("pobj",)))]
            for noun in chain:
                if tree.tokens[noun].lemma in self.lexicon.absence_nouns:
                    return noun
        return None

    def _as_elided(self, tree: Tree, index: int) -> list[int]:
        """The bare auxiliaries of 'as will X', 'as did X' hung on verb `index`."""
        found: list[int] = []
        for child in tree.children[index]:
            token = tree.tokens[child]
            if token.dep == "advcl" and token.pos == "AUX" and any(
                    tree.tokens[m].lower == "as" for m in tree.kids(child, ("mark",))):
                found.append(child)
            elif token.lower == "as" and token.dep in ("cc", "prep", "mark"):
                found += [a for a in tree.children[child] if tree.tokens[a].pos == "AUX"]
        return found

    def _expels(self, tree: Tree, index: int) -> bool:
        """'declared the advisers persona non grata', 'ordered the attachés to leave'."""
        words = self.lexicon.expelling_verbs.get(tree.tokens[index].lemma)
        if not words:
            return False
        near = [c for c in tree.children[index] if tree.tokens[c].dep in (
            "xcomp", "oprd", "ccomp", "dobj", "advcl")]
        near += [g for c in near for g in tree.children[c]]
        return any(tree.tokens[i].lemma in words or tree.tokens[i].lower in words
                   for i in near)

    def _recalled_from_visit(self, tree: Tree, index: int) -> bool:
        """'recalled its navy chief from a US visit': 'from' a visit, trip or talks."""
        for prep in tree.kids(index, ("prep",)):
            if tree.tokens[prep].lower != "from":
                continue
            for noun in tree.kids(prep, ("pobj",)):
                lemma = tree.tokens[noun].lemma
                if lemma in self.lexicon.talk_nouns or any(
                        e.type is EventType.MEET and e.form == "noun"
                        for e in self.lexicon.triggers.get(lemma, ())):
                    return True
        return False

    def _entries_for(self, lemma: str, lower: str) -> list[TriggerEntry]:
        """The entries whose first lemma is the token's lemma, its form or a regular stem of
        it; looked up once per distinct word, as most words recur and start none."""
        key = (lemma, lower)
        found = self._entries.get(key)
        if found is None:
            keys = dict.fromkeys((lemma, lower, *_plain_stems(lower)))
            found = self._entries[key] = [
                e for k in keys for e in self.lexicon.triggers.get(k, [])]
        return found

    # ----------------------------------------------------------------- arguments
    def arguments(self, tree: Tree, index: int) -> set[int]:
        """The tokens a trigger is about: its objects, complements and modified noun."""
        token = tree.tokens[index]
        region: set[int] = set()
        demanding = token.lemma in DEMAND_VERBS
        for child in tree.children[index]:
            if tree.tokens[child].dep in CLAUSE_BOUNDARY_DEPS and not (
                    demanding and tree.tokens[child].dep == "ccomp"):
                continue
            region |= tree.subtree(child, stop=frozenset({"relcl", "advcl", "ccomp"}))
        if token.dep in ("amod", "compound", "acl", "nmod") or (
            token.pos in ("VERB", "ADJ") and token.dep == "acl"
        ):
            region |= tree.subtree(token.head, stop=frozenset({"relcl", "advcl", "ccomp"}))
        if token.dep == "relcl" and token.pos == "VERB" and not [
                o for o in tree.kids(index, ("dobj",))
                if tree.tokens[o].lower not in ("that", "which", "who", "whom")]:
            # "the channels Beijing severed": the noun a relative clause modifies is its object.
            region |= tree.subtree(token.head, stop=frozenset({"relcl", "advcl", "ccomp",
                                                              "acl"}))
        for child in tree.kids(index, ("xcomp", "acl")):
            if tree.tokens[child].lemma in PERMITTING_VERBS:
                # "refused to let him meet Austin", "refusal to allow the ship to call": what
                # was not permitted is the theme.
                region |= tree.subtree(child)
        for prep in tree.kids(index, ("prep",)):
            if not tree.children[prep] and token.pos == "VERB":
                # "asked for, and on Sunday got, a second call": a stranded preposition
                # shares the object of the verb coordinated after it.
                later = next((i for i in range(prep + 1, len(tree.tokens))
                              if tree.tokens[i].dep == "dobj"
                              and tree.tokens[tree.tokens[i].head].pos == "VERB"), None)
                if later is not None:
                    region |= tree.subtree(later)
        if not tree.kids(index, ("dobj",)):
            # "talks will resume, as will the maritime consultations": the elided verb is
            # this one, so its subject is a theme too (parsed as an 'as' clause or an 'as'
            # coordination).
            for elided in self._as_elided(tree, index):
                for subject in tree.kids(elided, SUBJECT_DEPS):
                    region |= tree.subtree(subject)
        if token.lemma in DISCUSSING_VERBS and _over_a_line(tree, index):
            # "discussed Ukraine by phone": what they discussed is a topic, not a party.
            for topic in tree.kids(index, ("dobj",)):
                region -= tree.subtree(topic)
                region |= {i for p in tree.kids(topic, ("prep",)) for i in tree.subtree(p)}
        if token.pos == "VERB" and self._expels(tree, index):
            # "declared the advisers persona non grata": whom the small clause names.
            for child in tree.kids(index, ("ccomp", "xcomp", "oprd")):
                region |= tree.subtree(child)
        if token.dep in ("advcl", "conj") and self._ended_absence(tree, index) is not None:
            # "answered the calls on the military lines, ending two months of silence": the
            # silence ended is that of the channels the main clause names.
            region |= tree.subtree(token.head, stop=frozenset({"relcl", "advcl", "ccomp"}))
            region -= tree.subtree(index)
        for child in tree.kids(index, PASSIVE_SUBJECT_DEPS):
            region |= tree.subtree(child)
        # Inversion ("Also called off were the talks"): the theme hangs off the auxiliary.
        for aux in tree.kids(index, ("aux", "auxpass")):
            for child in tree.kids(aux, ("attr", "nsubj", "nsubjpass")):
                region |= tree.subtree(child)
        # Coordinated verbs share their object ("declined or did not respond to requests").
        adjuncts = {i for p in tree.kids(index, ("prep",))
                    if tree.tokens[p].lower not in THEME_PREPOSITIONS for i in tree.subtree(p)}
        if not any(tree.tokens[i].dep in ("dobj", "pobj", "xcomp") for i in region - adjuncts):
            # ("By the count of an official, Beijing rejected or left unanswered …": a 'by'
            # adjunct is no object.)
            for conj in tree.kids(index, ("conj",)):
                for child in tree.children[conj]:
                    if tree.tokens[child].dep in ("dobj", "prep", "xcomp", "dative"):
                        region |= tree.subtree(child)
            if token.dep == "conj":
                head = token.head
                for child in tree.children[head]:
                    if tree.tokens[child].dep in ("dobj", "prep", "xcomp", "dative"):
                        region |= tree.subtree(child)
        # Intransitive use: "talks were halted", "the line went dead" — the subject is the theme.
        if token.pos in ("VERB",) and not any(
            tree.tokens[i].dep in ("dobj", "xcomp") for i in region
        ):
            for child in tree.kids(index, SUBJECT_DEPS):
                if tree.tokens[child].lemma in self.lexicon.talk_nouns or any(
                    tree.tokens[i].lemma in self.lexicon.talk_nouns
                    for i in tree.subtree(child)
                ):
                    region |= tree.subtree(child)
        # "Calls … have gone unanswered": the subject of the verb is what the adjective
        # is about.
        if token.pos in ("ADJ", "VERB") and (token.dep in ("acomp", "oprd", "xcomp") or (
                token.dep == "advcl" and tree.tokens[token.head].lemma in ("go", "remain",
                                                                          "stay"))) and \
                token.head != index:
            verb = token.head
            # A coordinated verb shares the first verb's subject ("Calls placed … have gone").
            while not tree.kids(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) and \
                    tree.tokens[verb].dep == "conj" and tree.tokens[verb].head != verb:
                verb = tree.tokens[verb].head
            for child in tree.kids(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                region |= tree.subtree(child, stop=frozenset({"conj"})) | {child}
                region |= {i for c in tree.children[child] if tree.tokens[c].dep != "conj"
                           for i in tree.subtree(c)}
            if verb != token.head:
                # "placed … by Austin": the first verb's agent and objects are part of it.
                for child in tree.children[verb]:
                    if tree.tokens[child].dep in ("agent", "prep", "dobj"):
                        region |= tree.subtree(child)
        # "held a video call with Li": a light verb lends its arguments to its noun object.
        if token.pos == "NOUN" and token.dep in ("dobj", "nsubjpass") and \
                tree.tokens[token.head].lemma in self.lexicon.light_verbs:
            for child in tree.children[token.head]:
                if child != index and tree.tokens[child].dep in ("prep", "dative", "npadvmod"):
                    region |= tree.subtree(child)
        region.discard(index)
        return region

    def subject(self, tree: Tree, index: int) -> set[int]:
        """Who acts: the subject, a passive's 'by' agent, a nominal's possessor or 'of/by'."""
        token = tree.tokens[index]
        for child in tree.kids(index, ("agent",)):
            return tree.subtree(child)
        for child in tree.kids(index, SUBJECT_DEPS):
            return tree.subtree(child, stop=frozenset({"relcl", "acl", "appos"}))
        if token.pos in ("NOUN", "PROPN"):
            for child in tree.kids(index, ("poss",)):
                return tree.subtree(child)
            for child in tree.kids(index, ("prep",)):
                if tree.tokens[child].lower in ("by", "from"):
                    return tree.subtree(child)
            if token.lemma in REQUEST_NOUNS:
                # "proposals for military talks from the Pentagon": the 'from' phrase hung on
                # the talks still names who proposed.
                for i in tree.subtree(index, stop=frozenset({"relcl", "acl"})):
                    if tree.tokens[i].dep == "prep" and tree.tokens[i].lower == "from":
                        return tree.subtree(i)
            # "the request of Austin": 'of' + a person or state is the agent of a request noun.
            for child in tree.kids(index, ("amod", "compound")):
                if tree.tokens[child].pos in ("PROPN", "ADJ"):
                    return {child}  # "a US request"; not the "video" of "video call"
            # A noun that is the object of a verb: that verb's subject acts.
            if token.dep in ("dobj", "pobj", "nsubjpass", "attr") and token.head != index:
                head = token.head if token.dep != "pobj" else tree.tokens[token.head].head
                if head != index:
                    return self.subject(tree, head)
        if token.dep in CONTROL_DEPS | {"xcomp", "acomp"} and token.head != index:
            # "refused to talk", "declined or ignored": the governing verb's subject.
            return self.subject(tree, token.head)
        if token.dep in ("relcl",) and token.head != index:
            return {token.head}
        if token.pos == "VERB":
            # "It recalled A, postponed B and refused C" parsed with the first verb as a
            # clausal complement of the second: the verbs share that first verb's subject.
            verb = index if token.dep != "conj" else token.head
            for first in tree.kids(verb, ("ccomp",)):
                if first < verb and any(tree.tokens[i].lower == "," for i in range(first, verb)) \
                        and not any(tree.tokens[i].lemma in REPORTING_VERBS
                                    for i in (verb, first)):
                    for child in tree.kids(first, SUBJECT_DEPS):
                        return tree.subtree(child, stop=frozenset({"relcl", "acl", "appos"}))
        return set()


#: "ending two months of silence": a resumption, its theme the clause it ends.
_RESUME_BY_ENDING = TriggerEntry(EventType.RESUME, ("end",), "verb", "self")


#: "recalled its navy commander from a US visit": the visit is cut short.
_SUSPEND_BY_RECALL = TriggerEntry(EventType.SUSPEND, ("recall",), "verb", "self")

#: "declared the defence advisers persona non grata": the attachés are expelled.
_SUSPEND_BY_EXPULSION = TriggerEntry(EventType.SUSPEND, ("expel",), "verb", "talks")

#: "Belousov and Austin discussed Ukraine by phone": a call.
_DISCUSSED_BY_PHONE = TriggerEntry(EventType.CALL, ("discuss",), "verb", "self")


def _over_a_line(tree: Tree, index: int) -> bool:
    """'by phone', 'over the hotline', 'by video link', on the verb or its object
    ("discussed the ceasefire over the hotline")."""
    preps = tree.kids(index, ("prep",)) + [
        p for o in tree.kids(index, ("dobj",)) for p in tree.kids(o, ("prep",))]
    return any(tree.tokens[p].lower in ("by", "over", "via") and any(
        tree.tokens[i].lemma in PHONE_WORDS | {"video", "videoconference", "videolink"}
        for o in tree.kids(p, ("pobj",)) for i in tree.subtree(o)) for p in preps)


#: "Austin and Li were both at the Shangri-La Dialogue": present together at a gathering.
_PRESENT_AT = TriggerEntry(EventType.MEET, ("be",), "verb", "self")


def _at_gathering(tree: Tree, index: int) -> bool:
    """'were (both) at the … Dialogue / summit / conference'."""
    return any(tree.tokens[p].lower == "at" and any(
        tree.tokens[o].lemma in MEETING_NOUNS or tree.tokens[o].lower in MEETING_NOUNS
        for o in tree.kids(p, ("pobj",))) for p in tree.kids(index, ("prep",)))


#: "paid a call on the navy chief": a visit, not a phone call.
_VISIT_CALL = TriggerEntry(EventType.MEET, ("call",), "noun", "self")


def _paid_call(tree: Tree, trigger: Trigger) -> bool:
    """'pay a (courtesy) call on someone' is a visit."""
    token = tree.tokens[trigger.index]
    return trigger.entry.type is EventType.CALL and token.pos == "NOUN" and \
        tree.tokens[token.head].lemma == "pay" and token.dep == "dobj" and any(
            tree.tokens[c].lower == "on" for c in tree.children[trigger.index])


def _subjunctive(tree: Tree, verb: int) -> bool:
    """'(asked) that the flights stop', '… that such approaches not be repeated'."""
    if not any(tree.tokens[m].lower == "that" for m in tree.kids(verb, ("mark",))):
        return False
    auxiliaries = [tree.tokens[a] for a in tree.kids(verb, ("aux", "auxpass"))]
    if any(a.tag == "MD" for a in auxiliaries):
        return False
    return tree.tokens[verb].tag == "VB" or any(
        a.lemma == "be" and a.tag == "VB" for a in auxiliaries)


def _plural_head(tree: Tree, indices: list[int]) -> bool:
    """Whether a phrase's head word is plural ('directors general of …', not 'Chairman of
    the Joint Chiefs')."""
    inside = set(indices)
    heads = [i for i in indices if tree.tokens[i].head not in inside or tree.tokens[i].head == i]
    return bool(heads) and tree.tokens[heads[0]].tag in ("NNS", "NNPS")


def _answered_requests(events: list[Event]) -> list[Event]:
    """A channel-less refusal in the sentence of a request answers that request: it has the
    request's channel ("reached his counterpart on the hotline without getting an answer")."""
    requests = [e for e in events if e.type is EventType.REQUEST and e.channel]
    if not requests:
        return events
    answered: list[Event] = []
    for event in events:
        asked = next((r for r in requests if r.source == event.target
                      and r.target == event.source), None)
        if event.type is EventType.DECLINE and event.channel is None and asked is not None and \
                not any(e.type is EventType.DECLINE and e.channel == asked.channel
                        for e in events):
            event = replace(event, channel=asked.channel)
        answered.append(event)
    return answered


def _participation_in(tree: Tree, prep: int) -> bool:
    """'its participation in the treaty': what one takes part in is the theme."""
    token = tree.tokens[prep]
    return token.lower == "in" and tree.tokens[token.head].lemma in PARTICIPATION_NOUNS


def _likelihood_subject(tree: Tree, index: int) -> bool:
    """Whether a noun (or the conjunct it joins) is what a copula calls likely, unlikely,
    possible or expected ("a meeting is unlikely", "neither a call nor a meeting is likely")."""
    token = tree.tokens[index]
    if token.pos != "NOUN":
        return False
    noun = token.head if token.dep == "conj" else index
    if tree.tokens[noun].dep not in ("nsubj", "nsubjpass"):
        return False
    verb = tree.tokens[noun].head
    return tree.tokens[verb].lemma == "be" and any(
        tree.tokens[a].lemma in LIKELIHOOD_WORDS for a in tree.kids(verb, ("acomp",)))


def _generic_relative(tree: Tree, index: int) -> bool:
    """A present-tense relative clause on a bare plural ("ships that come close"): a kind of
    situation, not an incident."""
    token = tree.tokens[index]
    if token.dep != "relcl" or token.tag not in ("VBP", "VBZ") or token.head == index:
        return False
    noun = tree.tokens[token.head]
    return noun.tag in ("NNS", "NNPS") and not tree.kids(noun.i, ("det", "poss", "nummod"))


def _blocked(tree: Tree, index: int) -> bool:
    """Whether a verb that keeps things from happening governs the trigger ("refused to let
    him meet", "slowed to avoid a collision"), not across a coordination ("rejected the
    account and said aircraft had harassed …")."""
    current = index
    for _ in range(4):
        token = tree.tokens[current]
        if token.dep == "conj" or token.head == current:
            return False
        current = token.head
        if tree.tokens[current].lemma in BLOCKING_VERBS:
            return True
    return False


def _denied(tree: Tree, index: int) -> bool:
    """Whether the trigger's clause is what a denying verb calls untrue."""
    clause = tree.clause_head(index)
    token = tree.tokens[clause]
    return token.dep == "ccomp" and token.head != clause and \
        tree.tokens[token.head].lemma in DENYING_VERBS and any(
            tree.tokens[m].lower == "that" for m in tree.kids(clause, ("mark",)))


def _no_longer(tree: Tree, index: int) -> bool:
    """'no longer' on the trigger's clause ('will no longer visit', 'no longer meet')."""
    verb = tree.clause_head(index)
    return any(tree.tokens[c].lower == "longer" and any(
        tree.tokens[n].lower == "no" for n in tree.children[c])
        for c in tree.kids(verb, ("advmod",)))


def _phrasal_date(tree: Tree, trigger: Trigger) -> bool:
    """'calls on Monday' is not 'call on': a phrasal trigger's preposition governs a date."""
    if trigger.last == trigger.index or tree.tokens[trigger.last].pos != "ADP":
        return False
    objects = tree.kids(trigger.last, ("pobj",))
    return bool(objects) and all(tree.tokens[o].lower in DAY_WORDS or
                                 tree.tokens[o].lower in MONTH_NAMES for o in objects)


def _plain_stems(word: str) -> tuple[str, ...]:
    """Regular stems of an inflected word, for when the lemmatizer slips
    ("reconnected" -> "reconnecte"): -ed, -d, -ing, -s, -es removed."""
    stems: list[str] = []
    for suffix in ("ed", "d", "ing", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stems.append(word[: -len(suffix)])
    return tuple(stems)


def _match_rest(tree: Tree, index: int, lemmas: tuple[str, ...]) -> int | None:
    """The last token of a multi-word trigger starting at `index`, or None if it is not there."""
    if len(lemmas) == 1:
        return index
    position = index
    for lemma in lemmas[1:]:
        nxt = position + 1
        # "flew dangerously close", "pushed hard for": adverbs may come in between.
        while nxt < len(tree.tokens) - 1 and tree.tokens[nxt].pos == "ADV" and \
                tree.tokens[nxt].lemma != lemma:
            nxt += 1
        # Allow a particle or object between ("cut all lines off", "call off the talks").
        # A particle may stand apart ("cut all lines off"); a preposition only after at most
        # one adverb ("pushing hard for").
        particles = [c for c in tree.children[index]
                     if c > index and tree.tokens[c].lemma == lemma and (
                         tree.tokens[c].dep == "prt"
                         or (tree.tokens[c].dep == "prep" and c - position <= 2
                             and all(tree.tokens[j].pos == "ADV"
                                     for j in range(position + 1, c))))]
        if nxt < len(tree.tokens) and lemma in (tree.tokens[nxt].lemma, tree.tokens[nxt].lower):
            position = nxt
        elif particles:
            position = max(position, particles[0])
        else:
            return None
    return position


def _form_fits(tree: Tree, index: int, form: str) -> bool:
    token = tree.tokens[index]
    if form == "verb":
        return token.pos in ("VERB", "AUX") or (token.pos == "ADJ" and token.tag == "VBN")
    if form == "noun":
        return token.pos in ("NOUN", "PROPN") or token.tag == "VBG" and token.dep in (
            "nsubj", "dobj", "pobj", "nsubjpass")
    if form == "adjective":
        return token.pos in ("ADJ", "VERB") and token.tag in ("JJ", "VBN", "VBD")
    if form == "negated_verb":
        if token.pos == "ADJ" and token.dep == "acomp" and token.head != index:
            # "would not be available to meet him": the copula carries the negation.
            return tree.is_negated(token.head)
        return token.pos in ("VERB", "AUX") and tree.is_negated(index)
    if form == "negated_noun":
        # "no reply", "without getting a reply"
        return token.pos == "NOUN" and (tree.is_negated(index) or any(
            tree.tokens[a].lower == "without" for a in tree.ancestors(index)[:3]))
    return False


class ArticleCoder:
    """Codes one article's sentences with a RuleExtractor, carrying context between them."""

    def __init__(self, extractor: RuleExtractor, mentions: ArticleMentions,
                 state: ArticleState, narrating: frozenset[int] | None = None) -> None:
        """`narrating`: starts of the sentences whose dates may move the story's day (the
        pre-filter's candidates); None when only those were parsed."""
        self.x = extractor
        self.lex = extractor.lexicon
        self.mentions = mentions
        self.state = state
        self.state_spans: list[tuple[int, int]] = []
        #: The triggers dated in the sentence being coded: type, main clause, date.
        self._told: list[tuple[EventType, bool, DateMention | None]] = []
        self._told_ctx: SentenceContext | None = None
        self.narrating = narrating

    def code(self, sentences: Sequence[Sentence], title: str | None = None) -> list[Event]:
        """Events of an article's sentences (only parsed ones can hold events).

        Two passes: the first learns which states act or are acted upon in the article's
        events, so that the second can fill a side a sentence leaves implicit with the
        article's real pair of states, not with a place that is merely mentioned.
        """
        found = [self.mentions.find(sentence.text) for sentence in sentences]
        topics = _sentence_topics(sentences, found)
        contexts = [
            SentenceContext(
                sentence=sentence, tree=Tree.of(sentence.tokens), mentions=mentions,
                channels=self.x.find_channels(sentence.text),
                dates=find_dates(sentence.text, self.state.published),
                opening=index == 0,
            )
            for index, (sentence, mentions) in enumerate(zip(sentences, found, strict=True))
            if sentence.tokens
        ]
        if contexts and contexts[0].opening:
            dateline = DATELINE.match(contexts[0].sentence.text)
            if dateline:
                self.state.dateline_state = next(
                    (m.state for m in contexts[0].mentions
                     if m.end <= dateline.end() and m.state), None)
        if self.state.pair is None:
            title_states = [m.state for m in self.mentions.find(title or "") if m.state]
            # Counted from the text alone, the same for parsed and unparsed sentences, so
            # the pair does not depend on which sentences the pre-filter lets through.
            mentioned = title_states + [
                m.state for sentence, group in zip(sentences, found, strict=True)
                for m in group if m.state and not PLACE_BEFORE.search(
                    sentence.text[max(0, m.start - 12):m.start])]
            for context in contexts:
                self.state.topic = topics.get(context.sentence.start)
                self.census(context)
            weighted = [s for s, n in self.state.participants.most_common()
                        for _ in range(n * 3)]
            # Places do not make the pair ("met in Singapore"), unless nothing else does
            # ("attachés in Washington and Beijing").
            self.state.pair = article_pair(weighted + mentioned) or article_pair(
                weighted + mentioned
                + [m.state for group in found for m in group if m.state])
            self.state.previous_parties = (None, None)
            self.state.previous_date = None
            self.state.last_date = None
            self.state.narrative_date = None
            self.state.main_events = {}
            self.state.previous_contact = None
            self.state.latest = {}
            self.state.recent_channels = []
            self.state.article_channels = []
            self.state.previous_channels = []
            self.state.unnamed_events = []
        events: list[Event] = []
        for context in contexts:
            self.state.topic = topics.get(context.sentence.start)
            new = self.code_sentence(context)
            named = [span.slug for span in context.channels if span.slug]
            named += [e.channel for e in new if e.channel]
            self.state.previous_channels = list(dict.fromkeys(named))
            self.state.article_channels = list(dict.fromkeys(
                self.state.article_channels + self.state.previous_channels))
            self.state.unnamed_events = [
                e for e in new if e.channel is None
                and e.type in (EventType.SUSPEND, EventType.RESUME)]
            self.state.recent_channels = (self.state.recent_channels + named)[-4:] \
                if named else self.state.recent_channels[-2:]
            events.extend(new)
            if new:
                self.state.previous_parties = (new[-1].source, new[-1].target)
            for event in new:
                self.state.latest[event.type] = event
            contacts = [e for e in new if e.type in (EventType.MEET, EventType.CALL)]
            if contacts:
                self.state.previous_contact = contacts[-1]
            explicit = [d for d in context.dates if d.value]
            self.state.previous_date = explicit[-1] if explicit else None
            self.carry_story_dates(context, new)
            dated = [e.date for e in new if e.date]
            if explicit and explicit[-1].value:
                self.state.last_date = explicit[-1].value
            elif dated:
                self.state.last_date = dated[-1]
        return merge_article_events(events)

    # ------------------------------------------------------------------ sentence
    def code_sentence(self, ctx: SentenceContext) -> list[Event]:
        tree = ctx.tree
        accepted, listed, status_events = self._accepted(ctx)
        events: list[Event] = []
        conditions = self.condition_clause(tree)
        for trigger, region in accepted:
            told = self.events_for(ctx, trigger, region)
            if trigger.index in conditions:
                # "… until the sanctions are dropped": what the condition names has not
                # happened.
                told = [replace(e, hypothetical=True) for e in told]
            events.extend(told)
        events.extend(listed)
        events = _answered_requests(events)
        events = self.preconditions(ctx, events)
        if not any(e.type is EventType.DEMAND for e in events):
            events.extend(self.deontic_demands(ctx))
        # Parley's events are between two states: one side alone, or a state with itself
        # ("the cabinet met", "students demanded reforms"), is not a bilateral event.
        degraded = {e.channel for e in events if e.status is ChannelStatus.DEGRADED}
        # "The line still exists, but nobody is picking up": it stands degraded, not active.
        status_events = [e for e in status_events if not (
            e.status is ChannelStatus.ACTIVE and e.channel in degraded)]
        return [e for e in events + status_events
                if e.source and e.target and e.source != e.target]

    def census(self, ctx: SentenceContext) -> None:
        """The first pass's work on a sentence: who takes part in its events, counted by
        `parties` as `code_sentence` would (nothing else it does changes the article state
        before the pair is known), without coding the events themselves."""
        for trigger, region in self._accepted(ctx)[0]:
            self.parties(ctx, trigger, self.x.subject(ctx.tree, trigger.index), region)

    def _accepted(self, ctx: SentenceContext
                  ) -> tuple[list[tuple[Trigger, set[int]]], list[Event], list[Event]]:
        """The triggers that tell events, with their arguments; the channels the sentence
        lists for the previous one's events; and its status events."""
        tree = ctx.tree
        if ctx.triggers is None:
            ctx.triggers = self.x.find_triggers(tree)
        accepted: list[tuple[Trigger, set[int]]] = []
        for trigger in ctx.triggers:
            region = self._arguments(ctx, trigger.index)
            if self._fits(ctx, trigger, region):
                accepted.append((trigger, region))
        self.state_spans = []
        status_events = self.status_events(ctx)
        # "remains suspended" states how it stands: a STATUS, not an event, and it absorbs
        # nothing ("the talks Beijing cancelled in 2022 are still suspended").
        accepted = [(t, r) for t, r in accepted if not any(
            start <= ctx.char_of(t.index) < end for start, end in self.state_spans)]
        listing = [end for _, end in self.state_spans
                   if re.match(r"\s*:", ctx.sentence.text[end:])]
        if listing:
            # "… remain suspended: the ministers' talks and the hotline" lists channels; its
            # talks and calls are list items, not meetings that took place.
            accepted = [(t, r) for t, r in accepted
                        if t.entry.type not in (EventType.MEET, EventType.CALL)
                        or tree.tokens[t.index].pos != "NOUN"
                        or ctx.char_of(t.index) < min(listing)]
        accepted = self.absorb(tree, accepted)
        listed = self.list_elaboration(ctx)
        if listed:
            # The sentence only lists what the previous one suspended or restored: its
            # "meetings" and "talks" are list items, not meetings that took place.
            accepted = [(t, r) for t, r in accepted
                        if t.entry.type not in (EventType.MEET, EventType.CALL)]
        return accepted, listed, status_events

    def _fits(self, ctx: SentenceContext, trigger: Trigger, region: set[int]) -> bool:
        """`theme_fits`, found once per sentence and trigger: of the article state it reads
        only whether channels were named just before, for a suspension or restoration
        ("Beijing suspended it")."""
        key = (trigger, trigger.entry.type in (EventType.SUSPEND, EventType.RESUME)
               and bool(self.state.recent_channels))
        fits = ctx.fits.get(key)
        if fits is None:
            fits = ctx.fits[key] = self.theme_fits(ctx, trigger, region)
        return fits

    def _arguments(self, ctx: SentenceContext, index: int) -> set[int]:
        """The trigger's arguments (`RuleExtractor.arguments`), found once per sentence; a
        fresh set each time, as callers may add to it."""
        region = ctx.regions.get(index)
        if region is None:
            region = ctx.regions[index] = frozenset(self.x.arguments(ctx.tree, index))
        return set(region)

    def condition_clause(self, tree: Tree) -> set[int]:
        """The tokens of 'until …' and 'unless …' clauses (preconditions)."""
        return {i for t in tree.tokens if t.dep == "mark" and t.lower in ("until", "unless")
                for i in tree.subtree(t.head)}

    def preconditions(self, ctx: SentenceContext, events: list[Event]) -> list[Event]:
        """"China will not restore the talks until the sanctions are dropped": the 'until' or
        'unless' clause is a precondition, a DEMAND of the side that withholds the talks."""
        if not self.condition_clause(ctx.tree):
            return events
        withheld = [e for e in events if not e.hypothetical and e.type in (
            EventType.RESUME, EventType.MEET, EventType.CALL, EventType.SUSPEND)]
        if withheld and not any(e.type is EventType.DEMAND for e in events):
            first = withheld[0]
            events = [*events, replace(first, type=EventType.DEMAND, channel=None,
                                       negated=False, hypothetical=False, status=None)]
        return events

    def list_elaboration(self, ctx: SentenceContext) -> list[Event]:
        """"Beijing cut three channels. These were A, B and C.": one event per listed channel.

        The previous sentence told a suspension or restoration of unnamed channels; this one,
        opening with "These/They/Those were/included", names them.
        """
        opening = LIST_OPENING.match(ctx.sentence.text)
        pending = self.state.unnamed_events
        if not opening or not pending:
            return []
        spans = [s for s in ctx.channels if s.start >= opening.end()]
        events: list[Event] = []
        for earlier in pending:
            for span in spans:
                events.append(replace(
                    earlier, channel=span.slug,
                    evidence=Evidence(ctx.sentence.text, ctx.sentence.start, ctx.sentence.end)))
        return events

    def deontic_demands(self, ctx: SentenceContext) -> list[Event]:
        """Demands told as obligations: "Wei told Austin that Washington must respect …",
        "Australia stressed that militaries should operate safely", "asked China to prevent a
        recurrence". The obliged side is the target; who says or asks it is the source."""
        tree = ctx.tree
        events: list[Event] = []
        for token in tree.tokens:
            obliged: int | None = None
            speaker: int | None = None
            if token.lemma in OBLIGATION_ADJECTIVES and token.dep == "acomp":
                # "it was incumbent on Russia to fly safely", "Pakistan is obliged to act"
                copula = tree.tokens[token.head]
                governor = tree.tokens[copula.head]
                if copula.dep in ("ccomp", "conj") and governor.lemma in SAYING_VERBS:
                    party = [i for p in tree.kids(token.i, ("prep",))
                             if tree.tokens[p].lower in ("on", "upon")
                             for i in tree.kids(p, ("pobj",))]
                    obliged, speaker = (party[0] if party else copula.i), governor.i
            elif token.lower in OBLIGATION_MODALS and token.dep == "aux":
                verb = token.head
                governor = tree.tokens[tree.tokens[verb].head]
                if tree.tokens[verb].dep == "conj" and any(
                        tree.tokens[c].lower == "that" for c in tree.kids(verb, ("mark",))):
                    # "said that Washington could not expect …, and that it should correct
                    # its mistakes": the second 'that' clause is said too.
                    sayer = next((a for a in tree.ancestors(verb)
                                  if tree.tokens[a].lemma in SAYING_VERBS), None)
                    if sayer is not None:
                        governor = tree.tokens[sayer]
                        verb = next(a for a in [verb, *tree.ancestors(verb)]
                                    if tree.tokens[a].head == sayer)
                statement = next((tree.tokens[c] for c in tree.kids(governor.i, SUBJECT_DEPS)
                                  if tree.tokens[c].lemma in SAYING_NOUNS), None) \
                    if governor.lemma == "be" else None
                if tree.tokens[verb].dep in ("ccomp", "xcomp", "conj", "acl") and (
                        governor.lemma in SAYING_VERBS or governor.lemma in SAYING_NOUNS):
                    obliged = verb
                    # "issued a reminder to Iraq that it must …": the noun's verb speaks.
                    speaker = governor.i if governor.pos == "VERB" else governor.head
                elif statement is not None and tree.tokens[verb].dep in ("ccomp", "attr"):
                    # "India's reply was that Pakistan should first act": whose reply speaks.
                    obliged, speaker = verb, statement.i
            elif token.lemma in ("ask", "urge", "request") and token.pos == "VERB" and \
                    not tree.kids(token.i, ("dobj",)) and any(
                        _subjunctive(tree, c) for c in tree.kids(token.i, ("ccomp",))):
                # "asked that such approaches not be repeated": a subjunctive demand, made of
                # the other side.
                clause = next(c for c in tree.kids(token.i, ("ccomp",))
                              if _subjunctive(tree, c))
                source = self.agent_state(ctx, self.x.subject(tree, token.i))
                target = self._first_state(ctx, sorted(tree.subtree(clause))) or (
                    self._complete(source, None)[1] if source else None)
                if source and target and source != target and not any(
                        tree.tokens[i].lemma in self.lex.talk_verbs | self.lex.talk_nouns
                        for i in tree.subtree(clause)):
                    when = self.date_for(ctx, Trigger(_DEMAND_ENTRY, token.i, token.i), set())
                    events.append(Event(
                        article=self.state.article_id, type=EventType.DEMAND, source=source,
                        target=target, channel=None,
                        evidence=Evidence(ctx.sentence.text, ctx.sentence.start,
                                          ctx.sentence.end),
                        date=when.value if when else None,
                        date_end=when.end_value if when else None,
                        persons=self.persons(ctx, set())))
                    break
            elif token.lemma in ("ask", "urge", "call", "press", "tell") and token.pos == "VERB":
                # "asked China to prevent a recurrence" (an object, then an infinitive)
                objects = tree.kids(token.i, ("dobj",))
                # "told Dong to stop" is a demand; "told Dong that the US did not seek
                # conflict" only reports.
                complements = tree.kids(token.i, ("xcomp",) if token.lemma == "tell"
                                        else ("xcomp", "ccomp"))
                if objects and complements and not any(
                        tree.tokens[c].lemma in self.lex.talk_verbs for c in complements):
                    obliged, speaker = objects[0], token.i
            if obliged is None or speaker is None:
                continue
            target_tokens = tree.kids(obliged, SUBJECT_DEPS) if tree.tokens[obliged].pos in (
                "VERB", "AUX") else [obliged]
            if tree.tokens[obliged].pos in ("VERB", "AUX") and not tree.kids(
                    obliged, SUBJECT_DEPS):
                # "… could not expect normal exchanges, and that it should correct its
                # mistakes": the parse hangs 'it should correct' under the clause before.
                conjoined = [c for c in tree.subtree(obliged) if tree.tokens[c].dep == "conj"
                             and tree.tokens[c].lemma not in SAYING_VERBS
                             and any(tree.tokens[m].lower == "that"
                                     for m in tree.kids(c, ("mark",)))]
                target_tokens = [s for c in conjoined[:1] for s in tree.kids(c, SUBJECT_DEPS)]
            if any(tree.tokens[t].lower == "it" for t in target_tokens):
                # 'it' is the subject of the clause before ("Washington could not expect …").
                target_tokens = [s for a in tree.ancestors(target_tokens[0])
                                 if a != speaker for s in tree.kids(a, SUBJECT_DEPS)
                                 if tree.tokens[s].lower != "it"][:1] or target_tokens
            target = self._first_state(ctx, sorted(
                i for t in target_tokens for i in tree.subtree(t)))
            if target is None and any(tree.tokens[t].lower in PRONOUN_SUBJECTS
                                      for t in target_tokens):
                # "… to Iraq that it must cooperate": the pronoun is the addressee.
                addressees = [i for p in (speaker, tree.tokens[obliged].head)
                              for c in tree.kids(p, ("prep", "dative", "dobj"))
                              for i in tree.subtree(c)]
                target = self._first_state(ctx, sorted(addressees))
            source = self.agent_state(ctx, self.x.subject(tree, speaker))
            if target is None and source is not None and any(
                    tree.tokens[t].lemma in GENERIC_OBLIGED for t in target_tokens):
                # "Australia stressed that all militaries should operate safely": said to the
                # other side of the article's pair.
                target = self._complete(source, None)[1]
            if target is None or source is None or source == target:
                continue
            when = self.date_for(ctx, Trigger(_DEMAND_ENTRY, speaker, speaker), set())
            events.append(Event(
                article=self.state.article_id, type=EventType.DEMAND, source=source,
                target=target, channel=None,
                evidence=Evidence(ctx.sentence.text, ctx.sentence.start, ctx.sentence.end),
                date=when.value if when else None, date_end=when.end_value if when else None,
                persons=self.persons(ctx, set()),
            ))
            break
        return events

    def theme_fits(self, ctx: SentenceContext, trigger: Trigger, region: set[int]) -> bool:
        tree = ctx.tree
        theme = trigger.entry.theme
        words = {tree.tokens[i].lemma for i in region} | {tree.tokens[i].lower for i in region}
        etype = trigger.entry.type
        head = tree.tokens[trigger.index]
        if etype is EventType.EASE or etype is EventType.SANCTION:
            if head.pos == "PROPN":
                return False  # "the Countering America's Adversaries Through Sanctions Act"
            if head.lemma in ("sanction", "blacklist") or head.lower in self.lex.sanction_words:
                # The noun "sanctions" alone is an event only when imposed or attributed.
                if head.pos == "NOUN" and etype is EventType.SANCTION:
                    return self._sanction_noun_is_event(ctx, trigger.index)
                return etype is EventType.SANCTION
            return bool(words & self.lex.sanction_words)
        if theme == "platform":
            sentence_words = {t.lower for t in tree.tokens} | {t.lemma for t in tree.tokens}
            if not sentence_words & self.lex.platform_words:
                return False
            if trigger.entry.lemmas[0] in ENCOUNTER_INSTRUMENT_VERBS and len(
                    trigger.entry.lemmas) == 1:
                # "aimed fire-control radar at", "released flares near": the instrument says it
                return bool(words & ENCOUNTER_INSTRUMENTS)
            if head.pos == "VERB":
                # A platform acts: "a J-15 flew alongside a P-3C", "a warship cut across …"
                actors = {w for c in tree.kids(trigger.index, SUBJECT_DEPS | {"agent"})
                          for i in tree.subtree(c)
                          for w in (tree.tokens[i].lower, tree.tokens[i].lemma)}
                if not (actors | words) & self.lex.platform_words:
                    return False
            if trigger.entry.form == "adjective":
                # "unsafe" alone is an encounter only about a manoeuvre, intercept or approach.
                return head.head != trigger.index and tree.tokens[head.head].lemma in {
                    "manoeuvre", "maneuver", "intercept", "interception", "encounter",
                    "approach", "behavior", "behaviour", "conduct", "action", "incident",
                    "flying", "flight", "pass"}
            if head.pos == "NOUN" and head.tag == "NNS" and not self._dated(ctx, trigger.index):
                return False  # "recent encounters between ships": a generic reference
            return True
        if theme == "self":
            if self._is_cause(tree, trigger.index):
                return False
            if self._non_officials(tree, trigger.index):
                return False  # "American and Chinese scientists met": not states meeting
            if trigger.entry is _PRESENT_AT:
                # "Austin and Li were both at the Shangri-La Dialogue": both present.
                return self._plural_subject(ctx, trigger.index) and len({
                    ctx.token_mention[i].state for c in tree.kids(trigger.index, SUBJECT_DEPS)
                    for i in tree.subtree(c) if i in ctx.token_mention
                    and ctx.token_mention[i].state}) >= 2
            if etype is EventType.MEET and head.lemma == "attend":
                # "Austin and Li both attended a regional security forum": a multilateral
                # meeting both were at.
                return any(tree.tokens[i].lemma in MEETING_NOUNS or i in ctx.token_channel
                           for o in tree.kids(trigger.index, ("dobj",))
                           for i in tree.subtree(o)) and self._plural_subject(
                    ctx, trigger.index)
            if head.pos == "NOUN" and not self._nominal_occurrence(ctx, trigger.index):
                return False
            if etype is EventType.CALL and head.lemma == "call":
                return self._is_phone_call(ctx, trigger.index)
            if etype is EventType.CALL and head.lemma == "talk" and head.pos == "VERB":
                # "talked on the military hotline": only talk over a line is a call.
                return bool({tree.tokens[i].lemma for i in region} & (
                    PHONE_WORDS | {"line", "video", "videoconference"})) and \
                    self._spoke_together(ctx, trigger.index, region)
            if etype is EventType.CALL and head.lemma == "speak":
                return self._spoke_together(ctx, trigger.index, region)
            if etype is EventType.MEET and head.lemma in ("see", "summon"):
                # "Austin last saw Wei in June", "summoned China's ambassador": a person.
                return any(
                    (ctx.token_mention.get(i) and ctx.token_mention[i].kind in (
                        MentionKind.PERSON, MentionKind.ROLE))
                    or tree.tokens[i].lemma in PERSON_NOUNS | {"ambassador", "envoy"}
                    for o in tree.kids(trigger.index, ("dobj",)) for i in tree.subtree(o)
                    if ctx.mention_root.get(i, i) == i or tree.tokens[i].dep == "dobj")
            if etype is EventType.MEET and head.lemma == "sign":
                # "Song and No signed a military agreement in Pyongyang": signing together is
                # meeting; "Russia signed a deal with Iran" is not.
                people = {ctx.token_mention[i].state for c in tree.kids(trigger.index,
                                                                         SUBJECT_DEPS)
                          for i in tree.subtree(c) if i in ctx.token_mention
                          and ctx.token_mention[i].kind in (MentionKind.PERSON, MentionKind.ROLE)
                          and ctx.token_mention[i].state}
                return len(people) >= 2
            if etype is EventType.MEET and head.lemma == "welcome":
                # "gave a warm welcome to de Klerk", "welcomed Wang to Moscow": a guest, not
                # "welcomed the statement".
                guests = tree.kids(trigger.index, ("dobj",)) if head.pos == "VERB" else [
                    i for p in (tree.kids(trigger.index, ("prep",))
                                + tree.kids(head.head, ("prep", "dative")))
                    for i in tree.kids(p, ("pobj",))]
                return any(
                    (ctx.mention_root.get(g) == g and ctx.token_mention[g].kind in (
                        MentionKind.PERSON, MentionKind.STATE))
                    or (tree.tokens[g].lemma in PERSON_NOUNS and any(
                        ctx.token_mention.get(c) for c in tree.subtree(g)))
                    for g in guests)
            if etype is EventType.MEET and head.lemma == "dialogue" and head.pos == "PROPN":
                return False  # "the Shangri-La Dialogue" is a venue, not a meeting of two
            if etype is EventType.MEET and head.lemma in ("session", "round", "talk",
                                                          "discussion", "negotiation",
                                                          "consultation", "dialogue"):
                talkers = self.x.subject(tree, trigger.index)
                return any(ctx.token_mention.get(i) for i in region) or any(
                    i in ctx.token_channel for i in region | {trigger.index}) or bool(
                    self._states_in(ctx, sorted(region))) or len(
                    set(self._states_in(ctx, sorted(talkers)))) >= 2
            return True
        if theme == "any":
            lemma = trigger.entry.lemmas[0]
            if len(trigger.entry.lemmas) > 1 and trigger.entry.lemmas[-1] == "for":
                # "pushed for US support" is a demand; "pushed for talks" is a request.
                return bool(region) and not words & (self.lex.talk_nouns | self.lex.talk_verbs)
            if lemma in ("tie", "link", "condition", "make"):
                # "ties any meeting to the lifting of sanctions": a precondition.
                return any(tree.tokens[c].lower in ("to", "on", "upon")
                           for c in tree.kids(trigger.index, ("prep",))) and any(
                    tree.tokens[i].lemma in self.lex.talk_nouns for i in region)
            if lemma in ("warn", "want", "press", "insist"):
                if self._has_condition(tree, trigger.index):
                    return True
                if lemma == "insist":
                    # "insisted on", "insisted that Pakistan should stop", and the subjunctive
                    # "insisted that Pakistan end the firing" (a bare verb after 'that').
                    return any(tree.tokens[c].lower == "on" for c in tree.children[
                        trigger.index]) or self._modal_complement(tree, trigger.index) or any(
                        tree.tokens[c].tag == "VB" and tree.kids(c, SUBJECT_DEPS)
                        for c in tree.kids(trigger.index, ("ccomp",)))
                # "want those sanctions dropped", "want signs from the US": a demand made of
                # the other side names it, its sanctions, or something to stop; "wants to
                # help Israel" is the wanter's own plan.
                if any(tree.tokens[c].lemma in DEMANDED_ACTIONS and (
                        tree.kids(c, SUBJECT_DEPS) or tree.kids(trigger.index, ("dobj",)))
                       for c in tree.kids(trigger.index, ("xcomp", "ccomp"))):
                    return True  # "wants Washington to drop the sanctions"
                if lemma == "want" and tree.kids(trigger.index, ("xcomp",)) and not \
                        tree.kids(trigger.index, ("dobj", "ccomp")):
                    return False
                return lemma == "want" and bool(region) and not words & (
                    self.lex.talk_nouns | self.lex.talk_verbs) and bool(
                    words & (self.lex.sanction_words | DEMANDED_ACTIONS)
                    or any(ctx.token_mention.get(i) and ctx.token_mention[i].state
                           for i in region))
            addressees = tree.kids(trigger.index, ("dobj",))
            if addressees and lemma in ("urge", "ask", "press", "call", "tell") and not any(
                    ctx.token_mention.get(i) for a in addressees for i in tree.subtree(a)):
                return False  # "urged its citizens to avoid …": not addressed to a state
            return bool(region)
        # theme == "talks"
        if etype is EventType.REQUEST and trigger.entry.form == "adjective":
            # "was ready to reschedule the meeting", "willing to meet": an offer to talk; not
            # "the hotline is ready".
            return any(tree.tokens[i].lemma in self.lex.talk_verbs | self.lex.talk_nouns
                       | {"reschedule", "resume", "restore", "hold"}
                       for x in tree.kids(trigger.index, ("xcomp",))
                       for i in tree.subtree(x))
        if trigger.entry.form in ("negated_verb", "negated_noun", "adjective"):
            candidates = region | {head.head}
            for subject in tree.kids(head.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                candidates |= tree.subtree(subject)
            for subject in tree.kids(trigger.index, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                candidates |= tree.subtree(subject)
            if head.lemma in AVAILABILITY_WORDS and any(
                    ctx.token_mention.get(i) is not None and ctx.token_mention[i].kind in (
                        MentionKind.PERSON, MentionKind.ROLE)
                    for c in tree.kids(head.head, SUBJECT_DEPS) for i in tree.subtree(c)):
                return True  # "its defence minister would be unavailable": to meet
            if trigger.entry.form == "negated_noun" and any(
                    tree.tokens[a].lemma in self.lex.talk_verbs | CONTACT_VERBS
                    | self._request_verbs for a in tree.ancestors(trigger.index)[:5]):
                return True  # "tried to reach Xu without getting a reply"
            return any(tree.tokens[i].lemma in self.lex.talk_nouns | {"call", "request",
                                                                      "message", "phone"}
                       for i in candidates)
        if etype is EventType.REQUEST:
            return self._request_theme(ctx, trigger, region)
        if etype in (EventType.SUSPEND, EventType.RESUME):
            region = self._direct_theme(tree, trigger.index, region)
            words = {tree.tokens[i].lemma for i in region} | {tree.tokens[i].lower
                                                              for i in region}
            if (words & {"it", "them"} or any(
                    tree.tokens[c].lower == "its" for c in tree.kids(trigger.index, ("poss",)))
            ) and (self.state.recent_channels or any(
                    s.slug and s.end <= ctx.char_of(trigger.index) for s in ctx.channels)):
                return True  # "Beijing suspended it": the channel just named
        if any(i in ctx.token_channel for i in region):
            return True
        if words & self.lex.talk_nouns:
            return True
        if etype is EventType.DECLINE and (
            head.lemma in REQUEST_NOUNS or words & self.lex.talk_verbs
        ):
            return head.pos == "NOUN" or any(
                tree.tokens[i].dep in ("xcomp", "dobj", "pobj") for i in region)
        return False

    @property
    def _request_verbs(self) -> frozenset[str]:
        """First words of the lexicon's request verbs ('seek', 'ask', 'try')."""
        return self.x.request_verbs

    def _request_theme(self, ctx: SentenceContext, trigger: Trigger, region: set[int]
                       ) -> bool:
        """A request is for talks: its object, complement or own noun says so directly."""
        tree = ctx.tree
        head = tree.tokens[trigger.index]
        for clause in tree.kids(trigger.index, ("ccomp", "advcl")):
            words = ("whether", "if", "why", "how", "what", "when") if \
                tree.tokens[clause].dep == "ccomp" else ("whether",)
            if any(tree.tokens[c].lower in words for c in tree.subtree(clause) if c < clause):
                return False  # "asked whether the hotline was used": a question
        if head.pos == "NOUN" and head.lemma in SELF_SUFFICIENT_REQUESTS:
            return True
        direct: set[int] = set()
        for child in tree.children[trigger.index]:
            token = tree.tokens[child]
            if token.dep == "prep" and not tree.children[child]:
                direct |= {i for i in region if i > child}  # "asked for, and got, a call"
            if token.dep in ("dobj", "xcomp", "ccomp", "acl", "nsubjpass", "attr"):
                direct |= tree.subtree(child, stop=frozenset({"relcl", "advcl", "acl"})) \
                    if token.dep != "acl" else {child} | set(tree.kids(child, ("dobj",)))
            elif token.dep == "prep" and (token.lower in ("for", "to", "with") or (
                    token.lower == "of" and head.pos == "NOUN")):
                # "a request for talks", "the proposal of a ministers' meeting"
                direct |= tree.subtree(child, stop=frozenset({"relcl", "advcl"}))
        if head.dep in ("amod", "compound", "acl"):
            direct.add(head.head)
        if trigger.entry.lemmas[0] in CONTACT_VERBS or any(
                tree.tokens[i].lemma in CONTACT_VERBS and tree.tokens[i].pos == "VERB"
                for i in direct):
            # "reached out to his counterpart", "tried to reach General Xu"
            if any(ctx.token_mention.get(i) or tree.tokens[i].lemma == "counterpart"
                   for i in direct | region):
                return True
        if any(tree.tokens[c].lemma in MAINTAINING_VERBS
               for c in tree.kids(trigger.index, ("xcomp",))):
            return False  # "wanted to keep lines of communication open": a stance
        if head.lemma in ("want", "ask", "urge") and any(
                tree.tokens[c].lemma in DEMANDED_ACTIONS
                for c in tree.kids(trigger.index, ("xcomp", "ccomp"))):
            return False  # "wants Washington to drop the sanctions": a demand
        for i in direct:
            token = tree.tokens[i]
            if i in ctx.token_channel and ctx.token_channel[i].slug:
                return True
            if token.lemma in self.lex.talk_nouns - {"ties", "relations", "cooperation",
                                                     "line", "lines", "office"}:
                return True
            if token.lemma in self.lex.talk_verbs and token.pos == "VERB":
                return True
        return False

    def _direct_theme(self, tree: Tree, index: int, region: set[int]) -> set[int]:
        """What is suspended or resumed: objects and their nouns, not places or times
        ("stop drills within 5 km of the demarcation line" is not about a line)."""
        stop = frozenset({"relcl", "advcl", "acl"})
        direct: set[int] = set()
        auxiliaries = set(tree.kids(index, ("aux", "auxpass")))
        for i in region:
            token = tree.tokens[i]
            # The verb's own dependents, or the theme of an inversion hung on its auxiliary
            # ("Also called off were the talks").
            if token.head == index or token.head in auxiliaries:
                if token.dep == "prep" and token.lower == "by" and \
                        tree.tokens[index].pos == "NOUN":
                    # "the suspension by Pyongyang of the hotline", parsed with 'of the
                    # hotline' under Pyongyang: the 'of' phrase is still the theme.
                    direct |= {j for o in tree.kids(i, ("pobj",))
                               for p in tree.kids(o, ("prep",)) if tree.tokens[p].lower == "of"
                               for j in tree.subtree(p)}
                    continue
                if token.dep == "prep" and token.lower not in THEME_PREPOSITIONS:
                    continue
                if token.dep in ("npadvmod", "advmod", "tmod", "prt"):
                    continue
                direct |= {j for j in tree.subtree(i, stop=stop)
                           if not any(tree.tokens[a].dep == "prep" and
                                      tree.tokens[a].lower not in THEME_PREPOSITIONS
                                      and not _participation_in(tree, a)
                                      for a in tree.ancestors(j)[:3] if a in region)}
        head = tree.tokens[index]
        if head.dep in ("amod", "compound", "acl", "relcl", "nmod") or not direct:
            return region
        return direct

    def _dated(self, ctx: SentenceContext, index: int) -> bool:
        clause = self._clause_tokens(ctx.tree, index)
        return any(set(ctx.token_range(d.start, d.end)) & clause for d in ctx.dates if d.value)

    def _nominal_occurrence(self, ctx: SentenceContext, index: int) -> bool:
        """A meeting or call noun that tells that one took place, not a generic mention.

        "held talks", "the talks ended", "during talks in May", "Friday's call was the
        first" tell an occurrence; "relations are conducted through dialogues" and "the
        calls are routine checks" describe a standing arrangement.
        """
        tree = ctx.tree
        token = tree.tokens[index]
        head = tree.tokens[token.head] if token.head != index else token
        if self._dated(ctx, index) or any(tree.tokens[c].dep == "poss"
                                          for c in tree.children[index]):
            return True
        if _likelihood_subject(tree, index):
            return True  # "a meeting is unlikely soon": told as a prospect (hypothetical)
        if head.lemma in self.lex.light_verbs | OCCURRENCE_VERBS:
            return True
        if token.dep == "pobj" and head.lower in ("during", "after", "at", "before", "since",
                                                  "following", "in", "on", "from", "of"):
            return True
        if token.dep == "pobj" and head.lower == "for" and head.head != head.i and \
                tree.tokens[head.head].lemma in TRAVEL_VERBS:
            return True  # "negotiators return to Geneva for talks"
        verb = tree.tokens[tree.clause_head(index)]
        if verb.tag in ("VBD", "VBN") or any(
                tree.tokens[c].lemma == "have" and tree.tokens[c].dep == "aux"
                for c in tree.children[verb.i]):
            return True
        return False

    def _modal_complement(self, tree: Tree, index: int) -> bool:
        for child in tree.kids(index, ("ccomp",)):
            if any(tree.tokens[c].lower in ("should", "must") for c in tree.children[child]):
                return True
        return False

    def _spoke_together(self, ctx: SentenceContext, index: int, region: set[int]) -> bool:
        """'spoke' is a call between two parties, not a speech or an aside to reporters."""
        tree = ctx.tree
        if tree.tokens[index].dep in ("acl", "advcl", "amod") or any(
                tree.tokens[i].lemma in {"reporter", "press", "journalist", "conference",
                                         "audience", "forum", "condition", "anonymity",
                                         "parliament", "nation", "media"} for i in region):
            return False
        for child in tree.children[index]:
            token = tree.tokens[child]
            if token.dep == "prep" and token.lower in ("with", "to", "by", "over", "on"):
                inside = tree.subtree(child)
                if any(ctx.token_mention.get(i) or tree.tokens[i].lemma in
                       {"counterpart", "phone", "telephone", "video", "hotline", "line"}
                       for i in inside):
                    return True
        subjects = [i for c in tree.kids(index, SUBJECT_DEPS) for i in tree.subtree(c)]
        words = {tree.tokens[i].lower for i in subjects}
        # "The two last spoke", "Austin and Shoigu spoke": a pair as the subject.
        return bool(words & {"two", "both", "sides", "leaders", "ministers", "men"}) or (
            any(tree.tokens[i].dep == "conj" for i in subjects))

    def _non_officials(self, tree: Tree, index: int) -> bool:
        """The people meeting are not officials: scientists, farmers, a sports team."""
        people = tree.kids(index, SUBJECT_DEPS) + tree.kids(index, ("dobj",))
        token = tree.tokens[index]
        if token.pos == "NOUN":
            people += [c for c in tree.children[index] if tree.tokens[c].dep in ("poss",)]
            if token.head != index:
                people += tree.kids(token.head, SUBJECT_DEPS)
        for person in people:
            words = {tree.tokens[i].lower for i in tree.subtree(person)} | {
                tree.tokens[i].lemma for i in tree.subtree(person)}
            if tree.tokens[person].lemma in self.lex.non_official_nouns or (
                    words & self.lex.non_official_nouns and tree.tokens[person].lemma in
                    {"delegation", "group", "team", "party"}):
                return True
        return False

    def _plural_subject(self, ctx: SentenceContext, index: int) -> bool:
        tree = ctx.tree
        subject = [i for c in tree.kids(index, SUBJECT_DEPS) for i in tree.subtree(c)]
        words = {tree.tokens[i].lower for i in subject}
        return bool(words & {"both", "two"}) or any(
            tree.tokens[i].dep == "conj" for i in subject) or "both" in {
            tree.tokens[c].lower for c in tree.children[index]}

    def _is_cause(self, tree: Tree, index: int) -> bool:
        """A nominal trigger inside a cause adjunct ("in protest at a visit to Taiwan")."""
        for ancestor in tree.ancestors(index)[:4]:
            if tree.tokens[ancestor].lemma in CAUSE_HEADS:
                return True
        return False

    def _is_phone_call(self, ctx: SentenceContext, index: int) -> bool:
        """'call' means a phone call, not naming ("called it unsafe") or a port visit."""
        tree = ctx.tree
        token = tree.tokens[index]
        kids = {tree.tokens[c].lower for c in tree.children[index]}
        deps = {tree.tokens[c].dep for c in tree.children[index]}
        if kids & {"port", "courtesy", "roll"} or deps & {"oprd", "ccomp", "xcomp"}:
            return False
        if token.pos == "NOUN" and kids & {"for", "on"}:
            return False  # "Tokyo's calls for a mechanism": an appeal, not a phone call
        if token.pos == "VERB":
            if any(tree.tokens[c].lower in ("at", "on", "for", "off") and
                   tree.tokens[c].dep in ("prep", "prt") for c in tree.children[index]):
                return False
            objects = [c for c in tree.children[index] if tree.tokens[c].dep == "dobj"]
            # "called his counterpart": the object is a person, a role or a state.
            return any(ctx.token_mention.get(i) or tree.tokens[i].lemma in
                       {"counterpart", "minister", "secretary", "general", "admiral"}
                       for o in objects for i in tree.subtree(o)) or (
                not objects and bool(ctx.mentions))
        if tree.tokens[token.head].lemma in {"pay", "make"} and "planned" in kids:
            return False
        return not (token.dep == "nsubj" and tree.tokens[token.head].lemma in {"mean", "show"})

    def _sanction_noun_is_event(self, ctx: SentenceContext, index: int) -> bool:
        tree = ctx.tree
        token = tree.tokens[index]
        head = tree.tokens[token.head]
        if head.lemma in {"impose", "slap", "levy", "announce", "expand", "extend", "add",
                          "introduce", "place", "tighten", "adopt"}:
            return True
        if any(tree.tokens[c].lemma in {"impose", "place", "slap", "levy", "announce"}
               for c in tree.kids(index, ("acl", "relcl"))):
            return True  # "those sanctions, imposed in 2018"
        if token.dep == "pobj" and head.lower == "under":
            return True  # "Li had been under US sanctions since 2018"
        owners = tree.kids(index, ("poss", "compound", "amod"))
        targets = [c for c in tree.kids(index, ("prep",)) if tree.tokens[c].lower in
                   ("on", "against")]
        return bool(owners and targets)

    def _has_condition(self, tree: Tree, index: int) -> bool:
        for i in tree.subtree(index):
            if tree.tokens[i].lower in self.lex.condition_markers:
                return True
        return False

    def absorb(self, tree: Tree, accepted: list[tuple[Trigger, set[int]]]
               ) -> list[tuple[Trigger, set[int]]]:
        """Drop triggers that are the theme of a governing trigger ("sought calls")."""
        kept: list[tuple[Trigger, set[int]]] = []
        for trigger, region in accepted:
            governed = any(
                other.entry.type in GOVERNING_TYPES and other.index != trigger.index
                # "asked for, and got, a call": the call got is not only asked for.
                and not (tree.clause_head(trigger.index) != other.index and any(
                    not tree.children[p] for p in tree.kids(other.index, ("prep",))))
                # "Friday's call, requested by Washington": the call took place.
                and not (tree.tokens[other.index].dep == "acl"
                         and tree.tokens[other.index].tag == "VBN"
                         and tree.tokens[other.index].head == trigger.index)
                and other.entry is not _RESUME_BY_ENDING  # its region is the clause it ends
                # "tried to reach Xu without getting a reply": the refusal is its own event
                and not (trigger.entry.type is EventType.DECLINE
                         and other.entry.type is EventType.REQUEST)
                and trigger.index in other_region
                and other.entry.type is not trigger.entry.type
                for other, other_region in accepted
            )
            # The same event told twice in one phrase ("held a video call", "talks … the
            # meeting"), but not an earlier event named inside ("their first conversation
            # since Saturday's call").
            duplicate = any(
                other.entry.type is trigger.entry.type and other.index != trigger.index
                and trigger.index in other_region
                and (other.index not in region or other.index < trigger.index)
                and not (tree.tokens[trigger.index].dep == "pobj"
                         and tree.tokens[tree.tokens[trigger.index].head].lower in
                         ("since", "after", "before", "than"))
                for other, other_region in accepted
            )
            if not governed and not duplicate:
                kept.append((trigger, region))
        return kept

    # ------------------------------------------------------------------ events
    def events_for(self, ctx: SentenceContext, trigger: Trigger, region: set[int]
                   ) -> list[Event]:
        tree = ctx.tree
        etype = trigger.entry.type
        subject = self.x.subject(tree, trigger.index)
        source, target = self.parties(ctx, trigger, subject, region)
        channels = self.channels_for(ctx, trigger, subject, region)
        negated = tree.is_negated(trigger.index) and trigger.entry.form not in (
            "negated_verb", "negated_noun")
        prospect = _likelihood_subject(tree, trigger.index)
        if prospect:
            # "Neither a call nor a meeting is likely soon": denied as likely, not as done.
            negated = False
        if _denied(tree, trigger.index):
            negated = True  # "North Korea denied that it had cut off the hotline"
        called_off = etype in (EventType.MEET, EventType.CALL) and _no_longer(
            tree, trigger.index)
        if called_off:
            # "will no longer pay a planned call on Richardson": the visit is called off.
            etype, negated = EventType.SUSPEND, False
        if negated and tree.tokens[trigger.index].pos == "NOUN":
            return []  # "no conversation is scheduled" states an absence, not an event
        token = tree.tokens[trigger.index]
        if etype in (EventType.SUSPEND, EventType.RESUME) and token.tag == "VBN" and \
                token.dep in ("acl", "amod") and not tree.kids(trigger.index, ("agent",)):
            return []  # "the channel, frozen for most of 2023, …" describes a state
        hypothetical = tree.modal_or_prospective(
            trigger.index,
            agreed_future=etype in (EventType.RESUME, EventType.SUSPEND, EventType.EASE),
        ) and not (etype is EventType.DECLINE and trigger.entry.form != "verb") or any(
            tree.tokens[c].lower in PROSPECTIVE_MODIFIERS
            for c in tree.kids(trigger.index, ("amod", "compound")))
        hypothetical = (hypothetical or prospect) and not called_off
        if self._re_mention(ctx, trigger):
            return []  # "The refusal suggests …": the refusal told before, not a new one
        if etype is EventType.DECLINE and set(trigger.entry.lemmas) & ANSWER_WORDS and \
                trigger.entry.form in ("verb", "negated_verb") and \
                self._ongoing(tree, trigger.index):
            return self.unanswered_status(ctx, source, target, channels)
        when = self.date_for(ctx, trigger, region)
        if any(tree.tokens[c].lower in ("before", "previously", "ever")
               and tree.tokens[c].dep == "advmod" for c in tree.children[trigger.index]) and (
                when is None or not when.text or not any(d.value for d in ctx.dates)):
            return []  # "It has been cut before": an undated past, not a reported event
        repeats = self.repeated_dates(ctx, trigger, when)
        persons = self.persons(ctx, subject | region | {trigger.index})
        if self._habitual(tree, trigger.index) and etype in (EventType.MEET, EventType.CALL):
            return []  # "they speak twice a day": a routine, not an event
        if etype in (EventType.MEET, EventType.CALL, EventType.ENCOUNTER) and \
                _generic_relative(tree, trigger.index):
            return []  # "warships that meet at sea are to talk on set frequencies"
        if etype is EventType.ENCOUNTER and trigger.index in ctx.token_channel and \
                ctx.token_channel[trigger.index].slug:
            # "the Code for Unplanned Encounters at Sea" names a protocol, not an incident.
            return []
        if etype in (EventType.MEET, EventType.CALL, EventType.ENCOUNTER) and \
                _blocked(tree, trigger.index):
            # "do not stop Austin from meeting Li", "slowed to avoid a collision"
            return []
        if etype in (EventType.MEET, EventType.CALL) and token.tag == "VBG" and \
                token.dep in ("xcomp", "dobj", "pcomp") and \
                tree.tokens[token.head].lemma in PLANNING_VERBS:
            hypothetical = True  # "the two discussed convening a working group"
        if etype is EventType.MEET and self._by_phone(ctx, trigger.index, region, channels):
            etype = EventType.CALL  # "discussions over the hotline", "talks by telephone"
        previous = self.state.previous_contact
        if etype in (EventType.MEET, EventType.CALL) and previous is not None and \
                self._refers_to_pair(tree, subject):
            # "The two last spoke on 18 February": the two of the previous sentence.
            source, target = previous.source, previous.target
            if channels == [None]:
                channels = [previous.channel]
        elif etype in (EventType.MEET, EventType.CALL) and previous is not None and \
                channels == [None] and previous.channel and \
                self._names_again(tree, subject, previous):
            # "… the corps commander talks, which opened in June 2020. The commanders have met
            # 21 times": the people of that channel.
            channels = [previous.channel]
        # Each coordinated request or talk noun is its own event with its own channel and
        # count ("more than a dozen requests to talk … and nearly 10 working-level requests").
        parts: list[tuple[list[str | None], set[int]]] = [(channels, region)]
        if etype in (EventType.REQUEST, EventType.DECLINE):
            groups = self.theme_conjuncts(tree, region)
            if len(groups) > 1:
                parts = [([self._channel_in(ctx, group)], group) for group in groups]
        events: list[Event] = []
        for part_channels, part_region in parts:
            count: int | None = None
            qualifier: CountQualifier | None = None
            if etype in (EventType.REQUEST, EventType.DECLINE):
                count, qualifier = self.count_for(ctx, trigger, part_region)
            for channel in part_channels:
                events.append(Event(
                    article=self.state.article_id, type=etype, source=source, target=target,
                    channel=channel,
                    evidence=Evidence(ctx.sentence.text, ctx.sentence.start, ctx.sentence.end),
                    date=when.value if when else None,
                    date_end=when.end_value if when else None,
                    negated=negated, hypothetical=hypothetical,
                    count=count, count_qualifier=qualifier, persons=persons,
                ))
        if etype in (EventType.MEET, EventType.CALL):
            # "calls with his British, French and Turkish counterparts": one per state.
            events += [replace(e, target=other) for other in
                       self.coordinated_states(ctx, region, target) for e in list(events)]
        if etype is EventType.DECLINE:
            events.extend(self.implied_requests(ctx, trigger, region, events))
            if set(trigger.entry.lemmas) & ANSWER_WORDS and when is not None and \
                    when.text.lower().startswith("since") and any(
                    tree.tokens[a].lemma == "have" and tree.tokens[a].tag in ("VBZ", "VBP")
                    for a in tree.kids(trigger.index, ("aux",))):
                # "has not answered calls on the lines since April 2023": still unanswered,
                # so the lines stand degraded now.
                events += self.unanswered_status(
                    ctx, source, target, list(dict.fromkeys(e.channel for e in events)))
        # "met in January and again in September": one event per coordinated date.
        events += [replace(e, date=d.value, date_end=d.end_value) for d in repeats
                   for e in list(events)]
        return events

    def coordinated_states(self, ctx: SentenceContext, region: set[int], target: str | None
                           ) -> list[str]:
        """States coordinated with the target's word ('British, French and Turkish')."""
        tree = ctx.tree
        if target is None:
            return []
        first = next((i for i in sorted(region) if ctx.token_mention.get(i) is not None
                      and ctx.token_mention[i].state == target), None)
        if first is None:
            return []
        found: list[str] = []
        stack = [first]
        while stack:
            for child in tree.kids(stack.pop(), ("conj",)):
                stack.append(child)
                mention = ctx.token_mention.get(child)
                if mention is not None and mention.state and mention.state != target and \
                        mention.state not in found:
                    found.append(mention.state)
        return found

    def repeated_dates(self, ctx: SentenceContext, trigger: Trigger,
                       chosen: DateMention | None) -> list[DateMention]:
        """Further dates of the same trigger joined to the chosen one by 'and (again)'."""
        if chosen is None or not chosen.text or trigger.entry.type not in (
                EventType.MEET, EventType.CALL, EventType.ENCOUNTER):
            return []
        tree = ctx.tree
        clause = tree.subtree(tree.clause_head(trigger.index),
                              stop=frozenset({"relcl", "acl", "advcl", "ccomp", "conj"}))
        others: list[DateMention] = []
        for mention in ctx.dates:
            if mention is chosen or not mention.value or mention.value == chosen.value:
                continue
            indices = ctx.token_range(mention.start, mention.end)
            low, high = sorted((chosen, mention), key=lambda m: m.start)
            between = ctx.sentence.text[low.end:high.start]
            adjoining = low is chosen and re.fullmatch(
                r"\s*,?\s*and (?:again |once more )?(?:on |in )?", between)
            # "on October 30, 2020 and again on January 8, 2021": right after the chosen date,
            # whatever the parser hung the second one on.
            if not indices or (not set(indices) & clause and not adjoining):
                continue
            if mention.text.lower().startswith("since"):
                continue
            if re.search(r"\band\b", between) and len(between) < 60 and not re.search(
                    r"[;:]", between):
                others.append(mention)
        return others

    def theme_conjuncts(self, tree: Tree, region: set[int]) -> list[set[int]]:
        """The words of each coordinated theme noun, when the theme is a coordination."""
        nouns = self.lex.talk_nouns | REQUEST_NOUNS
        heads = [i for i in sorted(region) if tree.tokens[i].pos == "NOUN"
                 and tree.tokens[i].lemma in nouns]
        for head in heads:
            if tree.tokens[head].dep == "conj":
                continue
            members = [head]
            frontier = [head]
            while frontier:
                for child in tree.kids(frontier.pop(), ("conj",)):
                    if child in region and tree.tokens[child].lemma in nouns:
                        members.append(child)
                        frontier.append(child)
            if len(members) > 1:
                return [tree.subtree(m, stop=frozenset({"conj", "cc"})) for m in members]
        return []

    def _channel_in(self, ctx: SentenceContext, tokens: set[int]) -> str | None:
        for i in sorted(tokens):
            span = ctx.token_channel.get(i)
            if span is not None and span.slug:
                return span.slug
        return None

    def _re_mention(self, ctx: SentenceContext, trigger: Trigger) -> bool:
        """A definite event noun with no parties of its own, after an event of its type."""
        tree = ctx.tree
        token = tree.tokens[trigger.index]
        if token.pos != "NOUN" or trigger.entry.type not in (
                EventType.DECLINE, EventType.REQUEST, EventType.SUSPEND, EventType.RESUME):
            return False
        if trigger.entry.type not in self.state.latest:
            return False
        definite = any(tree.tokens[c].lower in ("the", "this", "that", "its", "their")
                       for c in tree.kids(trigger.index, ("det", "poss")))
        dated_owner = any(tree.tokens[c].lower in ("week", "month", "year", "day")
                          for c in tree.kids(trigger.index, ("poss",)))
        own = tree.subtree(trigger.index, stop=frozenset({"relcl", "acl"}))
        named = any(ctx.token_mention.get(i) or i in ctx.token_channel for i in own
                    if i != trigger.index)
        return (definite or dated_owner) and not named

    def _refers_to_pair(self, tree: Tree, subject: set[int]) -> bool:
        if not subject:
            return False
        head = tree.tokens[next(i for i in subject if tree.tokens[i].head not in subject
                                or tree.tokens[i].head == i)]
        words = {tree.tokens[i].lower for i in subject}
        # "the two", "both", "they", "the two men": the people of the previous sentence.
        if head.lower in ("two", "both", "they", "pair"):
            return True
        return bool(words & {"two", "both"}) and len(subject) <= 4 and not any(
            tree.tokens[i].pos == "PROPN" for i in subject)

    def _ongoing(self, tree: Tree, index: int) -> bool:
        """'nobody is picking up', 'Pyongyang does not answer': a present, lasting refusal."""
        verb = tree.tokens[index]
        auxiliaries = [tree.tokens[c] for c in tree.kids(index, ("aux",))]
        if verb.tag == "VBG":
            return any(a.tag in ("VBZ", "VBP") for a in auxiliaries)
        return verb.tag in ("VBZ", "VBP") or (verb.tag == "VB" and any(
            a.lemma == "do" and a.tag in ("VBZ", "VBP") for a in auxiliaries))

    def unanswered_status(self, ctx: SentenceContext, source: str | None,
                          target: str | None, channels: list[str | None]) -> list[Event]:
        """The lines stand degraded: one STATUS per channel named, else per channel of the
        sentence before."""
        named = [c for c in channels if c] or list(self.state.previous_channels)
        return [self._status_event(ctx, source, target, channel, ChannelStatus.DEGRADED)
                for channel in named]

    def _status_event(self, ctx: SentenceContext, source: str | None, target: str | None,
                      channel: str | None, status: ChannelStatus) -> Event:
        """How a channel stands, as of the publication date, told by this sentence."""
        return Event(
            article=self.state.article_id, type=EventType.STATUS, source=source, target=target,
            channel=channel, status=status,
            evidence=Evidence(ctx.sentence.text, ctx.sentence.start, ctx.sentence.end),
            date=self.state.published.isoformat() if self.state.published else None,
        )

    def _names_again(self, tree: Tree, subject: set[int], previous: Event) -> bool:
        """A definite plural subject ("the commanders") whose word the sentence of the last
        meeting or call used ("the corps commander talks")."""
        heads = [i for i in subject if tree.tokens[i].head not in subject]
        if not heads:
            return False
        head = tree.tokens[heads[0]]
        return head.tag == "NNS" and any(
            tree.tokens[c].lower == "the" for c in tree.kids(head.i, ("det",))) and bool(
            re.search(rf"\b{re.escape(head.lemma)}", previous.evidence.sentence, re.IGNORECASE))

    def _habitual(self, tree: Tree, index: int) -> bool:
        """A frequency ("twice a day", "weekly") or habit adverb in the trigger's clause."""
        clause = tree.subtree(tree.clause_head(index), stop=frozenset({"advcl", "relcl",
                                                                      "ccomp"}))
        words = " ".join(tree.tokens[i].lower for i in sorted(clause))
        return bool(HABITUAL_FREQUENCY.search(words)) or any(
            tree.tokens[i].lower in HABITUAL_ADVERBS for i in clause)

    def _by_phone(self, ctx: SentenceContext, index: int, region: set[int],
                  channels: list[str | None]) -> bool:
        words = {ctx.tree.tokens[i].lower for i in region | {index}}
        return bool(words & PHONE_WORDS) and all(c in (None, "hotline") for c in channels) \
            or channels == ["hotline"]

    def implied_requests(self, ctx: SentenceContext, trigger: Trigger, region: set[int],
                         declines: list[Event]) -> list[Event]:
        """'declined a dozen requests' also says the requests were made, by the other side."""
        tree = ctx.tree
        request_nouns = [i for i in region if tree.tokens[i].lemma in EXPLICIT_REQUEST_NOUNS
                         and tree.tokens[i].pos == "NOUN"]
        if trigger.entry.form == "adjective":
            # "Calls placed by Austin have gone unanswered": the calls were attempts to talk.
            request_nouns += [i for i in region if tree.tokens[i].lemma in ("call", "message")
                              and tree.tokens[i].pos == "NOUN"]
        if not request_nouns:
            return []
        return [replace(e, type=EventType.REQUEST, source=e.target, target=e.source)
                for e in declines]

    def core_region(self, tree: Tree, index: int, region: set[int]) -> set[int]:
        """The part of the arguments where the other side can be: objects and party PPs."""
        excluded: set[int] = set()
        for i in region:
            token = tree.tokens[i]
            if token.dep == "prep" and token.lower not in PARTY_PREPOSITIONS:
                excluded |= tree.subtree(i)
            elif token.dep in ("npadvmod", "advmod", "advcl", "relcl", "acl") and i != index:
                excluded |= tree.subtree(i)
        return region - excluded

    def agent_state(self, ctx: SentenceContext, subject: set[int]) -> str | None:
        """The acting state: a state in the subject, else who a pronoun or organisation is."""
        state = self._first_state(ctx, sorted(subject))
        if state or not subject:
            return state
        tree = ctx.tree
        head = next((i for i in subject if tree.tokens[i].head not in subject), min(subject))
        word = tree.tokens[head]
        if word.lower in PRONOUN_SUBJECTS and word.lower not in ("we",):
            # "Li and other officials say they want …": they are whoever says it;
            # "Beijing's response came fast. It recalled …": it is what the text is about.
            return self.speaker_state(ctx, head) or (
                self.state.topic if word.lower == "it" and self.state.topic else
                self.state.previous_parties[0])
        if word.lemma in ORGANISATION_NOUNS or word.lower in ORGANISATION_NOUNS:
            for prep in tree.kids(head, ("prep",)):
                if tree.tokens[prep].lower == "in":
                    # "the defence ministry in Beijing": the capital names its state.
                    located = [ctx.token_mention[i].state for i in tree.subtree(prep)
                               if i in ctx.token_mention]
                    if located and located[0]:
                        return located[0]
            # "the foreign ministry": of whoever reports it, else of the dateline's country.
            return self.speaker_state(ctx, head) or self.state.dateline_state
        return None

    def speaker_state(self, ctx: SentenceContext, index: int) -> str | None:
        """The state of whoever reports the clause `index` is in ("X said the ministry …")."""
        tree = ctx.tree
        for ancestor in tree.ancestors(index):
            if tree.tokens[ancestor].lemma in REPORTING_VERBS:
                for child in tree.kids(ancestor, SUBJECT_DEPS):
                    state = self._first_state(ctx, sorted(tree.subtree(child)))
                    if state:
                        return state
        for i, token in enumerate(tree.tokens):
            if token.lemma in REPORTING_VERBS and token.dep in ("ROOT", "parataxis") and \
                    i not in tree.ancestors(index):
                for child in tree.kids(i, SUBJECT_DEPS):
                    state = self._first_state(ctx, sorted(tree.subtree(child)))
                    if state:
                        return state
        return None

    def parties(self, ctx: SentenceContext, trigger: Trigger, subject: set[int],
                region: set[int]) -> tuple[str | None, str | None]:
        tree = ctx.tree
        etype = trigger.entry.type
        agent = self.agent_state(ctx, subject)
        head = tree.tokens[trigger.index]
        if etype in (EventType.SANCTION, EventType.EASE) and head.pos == "NOUN":
            owner = self._first_state(ctx, sorted(
                i for c in tree.kids(trigger.index, ("poss", "compound", "amod"))
                for i in tree.subtree(c)))
            verb = tree.clause_head(trigger.index)
            imposed = [c for c in tree.kids(trigger.index, ("relcl",))
                       if tree.tokens[c].lemma in IMPOSING_VERBS]
            if owner:
                agent = owner  # "Washington's sanctions", "under US sanctions"
            elif imposed:
                # "the sanctions Washington placed on …": who placed them.
                agent = self.agent_state(ctx, self.x.subject(tree, imposed[0])) or agent
            elif verb != trigger.index and tree.tokens[verb].lemma in IMPOSING_VERBS:
                # "Washington placed Shoigu and Gerasimov under sanctions": the clause's
                # subject imposes them, wherever the parser hung "under sanctions".
                agent = self.agent_state(ctx, self.x.subject(tree, verb)) or agent
        if etype is EventType.ENCOUNTER and agent is None:
            # The parse of a long encounter sentence often misses its subject: the first
            # platform named with a state ("Chinese J-15 fighters … at Japanese F-15s") acts.
            platforms = self._platform_states(ctx)
            if platforms:
                agent = platforms[0]
                rest = [s for s in platforms[1:] if s != agent]
                if rest:
                    return self._complete(agent, rest[0])
        names = [i for i in subject if tree.tokens[i].dep in ("nsubj", "compound")]
        if agent is None and etype in (EventType.MEET, EventType.CALL) and names and \
                tree.tokens[trigger.index].pos == "VERB" and all(
                tree.tokens[i].pos == "PROPN" and i not in ctx.token_mention
                and i not in ctx.token_channel for i in names):
            # "after Nancy Pelosi visited Taiwan": someone we cannot place acts; the side is
            # unknown, and is not guessed from the article's pair.
            return (None, None)
        core = self.core_region(tree, trigger.index, region)
        others = [s for s in self._states_in(ctx, sorted(core)) if s != agent]
        if agent:
            self.state.participants[agent] += 1
            self.state.agents[agent] += 1
        for state in others[:1]:
            self.state.participants[state] += 1
        if etype is EventType.DECLINE and trigger.entry.form in ("negated_verb", "negated_noun",
                                                                  "adjective"):
            # "its call was not answered": the owner of the call asked; the other side declined.
            theme = region | subject | set(tree.kids(tree.tokens[trigger.index].head,
                                                     SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))
            owner = self._owner_of_theme(ctx, trigger, theme)
            if owner:
                return self._complete(None, owner, reverse=True)
            if trigger.entry.form == "negated_noun" and any(
                    tree.tokens[a].lower == "without" or tree.tokens[a].lemma in
                    self._request_verbs for a in tree.ancestors(trigger.index)[:4]):
                # "Austin tried to reach Xu without getting a reply", "sought a call but
                # got no answer": whoever asked.
                asker = next((self.agent_state(ctx, tree.subtree(c))
                              for a in tree.ancestors(trigger.index)
                              for c in tree.kids(a, SUBJECT_DEPS)), None)
                if asker:
                    return self._complete(None, asker, reverse=True)
            if trigger.entry.form == "adjective":
                # "calls by Austin … have gone unanswered": the callers asked.
                callers = self._states_in(ctx, sorted(
                    i for t in theme for i in tree.subtree(t)))
                if callers:
                    return self._complete(None, callers[0], reverse=True)
        if agent is None and tree.tokens[trigger.index].pos == "NOUN":
            for i in tree.kids(trigger.index, ("prep",)):
                if tree.tokens[i].lower == "of":
                    agent = self._first_state(ctx, sorted(tree.subtree(i)))
                    others = [s for s in others if s != agent]
        if agent is None and not others and tree.tokens[trigger.index].pos == "NOUN" and any(
                tree.tokens[c].lower in ("those", "these", "this", "that", "the", "such")
                for c in tree.kids(trigger.index, ("det",))):
            earlier = self.state.latest.get(etype)
            if earlier is not None:
                return (earlier.source, earlier.target)  # "those sanctions": the ones just told
        if agent is None and not others and ANAPHORIC_OPENING.match(ctx.sentence.text) and \
                all(self.state.previous_parties):
            return self.state.previous_parties
        if etype in UNORDERED_TYPES and not others:
            # "Austin met Wei on the sidelines": people and demonyms anywhere in the clause.
            clause = tree.subtree(tree.clause_head(trigger.index),
                                  stop=frozenset({"advcl", "relcl", "ccomp", "parataxis"}))
            others = [s for s in self._states_in(ctx, sorted(clause)) if s != agent]
        return self._complete(agent, others[0] if others else None)

    def _complete(self, first: str | None, second: str | None, *, reverse: bool = False
                  ) -> tuple[str | None, str | None]:
        """Fill a missing side from the article's pair of states."""
        pair = self.state.pair
        if reverse:
            # `second` is the requester; the decliner is the other side.
            if pair and second in pair:
                return (pair[1] if pair[0] == second else pair[0], second)
            return (first, second)
        if pair:
            if first and not second:
                second = pair[1] if first == pair[0] else pair[0]
            elif second and not first:
                first = pair[1] if second == pair[0] else pair[0]
            elif not first and not second:
                # Nobody named: the side that acts most in this article acts here too.
                actor = self.state.main_actor()
                if actor is None and self.state.previous_parties[0]:
                    first, second = self.state.previous_parties
                else:
                    first, second = pair if actor in (None, pair[0]) else (pair[1], pair[0])
        if first == second:
            second = None
        return (first, second)

    def _owner_of_theme(self, ctx: SentenceContext, trigger: Trigger, tokens: set[int]
                        ) -> str | None:
        tree = ctx.tree
        for i in sorted(tokens | {tree.tokens[trigger.index].head}):
            if tree.tokens[i].lemma in self.lex.talk_nouns | REQUEST_NOUNS:
                for child in tree.kids(i, ("poss",)):
                    state = self._state_of_token(ctx, child)
                    if state:
                        return state
                # "a single call from South Korea": who the call came from asked.
                for prep in tree.kids(i, ("prep",)):
                    if tree.tokens[prep].lower in ("from", "by"):
                        state = self._first_state(ctx, sorted(tree.subtree(prep)))
                        if state:
                            return state
        return None

    def _state_of_token(self, ctx: SentenceContext, index: int) -> str | None:
        mention = ctx.token_mention.get(index)
        if mention and mention.state:
            return mention.state
        token = ctx.tree.tokens[index]
        if token.lower in ("its", "their", "his", "her"):
            # A possessive pronoun refers to whoever reports the clause ("Seoul said its
            # call was not answered"), else to the nearest subject above it.
            speaker = self.speaker_state(ctx, index)
            if speaker:
                return speaker
            for ancestor in ctx.tree.ancestors(index):
                for subject in ctx.tree.kids(ancestor, SUBJECT_DEPS):
                    state = self._first_state(ctx, sorted(ctx.tree.subtree(subject)))
                    if state:
                        return state
        return None

    def _platform_states(self, ctx: SentenceContext) -> list[str]:
        """States of the ships and aircraft a sentence names, in order ("Chinese J-15")."""
        tree = ctx.tree
        found: list[str] = []
        for token in tree.tokens:
            if token.lower not in self.lex.platform_words and token.lemma not in \
                    self.lex.platform_words:
                continue
            near = [token.i, *tree.children[token.i], token.head]
            near += range(max(0, token.i - 3), token.i)
            for j in near:
                mention = ctx.token_mention.get(j)
                if mention and mention.state and mention.kind in (MentionKind.STATE,
                                                                  MentionKind.INSTITUTION):
                    found.append(mention.state)
                    break
        return list(dict.fromkeys(found))

    def _first_state(self, ctx: SentenceContext, indices: Iterable[int]) -> str | None:
        for state in self._states_in(ctx, indices):
            return state
        return None

    def _states_in(self, ctx: SentenceContext, indices: Iterable[int]) -> list[str]:
        found: list[str] = []
        tree = ctx.tree
        for i in indices:
            mention = ctx.token_mention.get(i)
            if not mention or not mention.state or mention.state in found:
                continue
            token = tree.tokens[ctx.mention_root.get(i, i)]
            if token.dep == "pobj" and tree.tokens[token.head].lower in LOCATIVE_PREPOSITIONS \
                    and mention.kind is MentionKind.STATE:
                continue  # "a conference in Singapore": a place, not a party
            found.append(mention.state)
        return found

    def channels_for(self, ctx: SentenceContext, trigger: Trigger, subject: set[int],
                     region: set[int]) -> list[str | None]:
        tree = ctx.tree
        etype = trigger.entry.type
        named: list[str] = []
        generic = False
        scope = region | {trigger.index}
        if etype in (EventType.MEET, EventType.CALL) and tree.tokens[trigger.index].pos != "NOUN":
            scope |= subject
        for i in sorted(scope):
            span = ctx.token_channel.get(i)
            if span is None:
                continue
            if span.slug is None:
                generic = True
            elif span.slug not in named:
                named.append(span.slug)
        if etype in (EventType.SANCTION, EventType.EASE, EventType.DEMAND, EventType.ENCOUNTER):
            return [None]
        if tree.tokens[trigger.index].lemma == "sign":
            generic = False  # the agreement signed is not the channel the signers meet on
        if named == ["hotline"] and "leaders" in self.role_channels(ctx, scope | subject,
                                                                     tree):
            named = ["leaders"]  # "he and Xi should have a hotline of their own"
        if named == ["working-level"]:
            # "the maritime consultations carried on, with a working group meeting in April":
            # a working group attached to a clause about a standing mechanism is that
            # mechanism's.
            owner = self._owning_mechanism(ctx, trigger.index)
            if owner:
                named = [owner]
        if named:
            if etype in PER_CHANNEL_TYPES:
                return list(named)
            return [named[0]]
        if trigger.entry.form == "negated_noun":
            return [None]  # "… without getting an answer": the request's channel (below)
        inherited = self.channel_referred_to(ctx, trigger, scope)
        if inherited:
            return inherited
        if etype is EventType.DECLINE and set(trigger.entry.lemmas) & ANSWER_WORDS and \
                trigger.entry.form == "verb" and not tree.kids(trigger.last, ("dobj",)) and \
                self.state.recent_channels:
            # "The North had stopped answering in August": the line the text was about.
            return [self.state.recent_channels[-1]]
        roles = self.role_channels(ctx, subject | region | {trigger.index}, tree)
        if roles and not generic:
            if etype in PER_CHANNEL_TYPES:
                return list[str | None](roles)
            return [Counter(roles).most_common(1)[0][0]]
        return [None]

    def _owning_mechanism(self, ctx: SentenceContext, index: int) -> str | None:
        """The standing mechanism a working-group meeting hangs on: the subject of the clause
        it is attached to by 'with', 'under' or 'of' ("the consultations carried on, with a
        working group meeting …")."""
        tree = ctx.tree
        for ancestor in tree.ancestors(index)[:4]:
            token = tree.tokens[ancestor]
            if token.dep == "prep" and token.lower in ("with", "under", "of", "within"):
                owner = tree.tokens[ancestor].head
                scope = tree.kids(owner, SUBJECT_DEPS) if tree.tokens[owner].pos in (
                    "VERB", "AUX") else [owner]
                slugs = [ctx.token_channel[i].slug for s in scope for i in tree.subtree(s)
                         if i in ctx.token_channel and ctx.token_channel[i].slug
                         and ctx.token_channel[i].slug != "working-level"]
                if slugs:
                    return slugs[0]
        return None

    def channel_referred_to(self, ctx: SentenceContext, trigger: Trigger, scope: set[int]
                            ) -> list[str | None]:
        """Channels a pronoun or a definite generic noun names again.

        "… since Beijing suspended it", "its revival was agreed", "the lines were
        reconnected", "talks at that level were among the channels Beijing severed": the
        channel is the one the text just named, earlier in the sentence or in the last two.
        """
        tree = ctx.tree
        referring = False
        for i in scope:
            token = tree.tokens[i]
            if token.lower in ("it", "its", "them", "their") and token.dep in (
                    "dobj", "nsubjpass", "poss", "nsubj", "pobj") and not (
                    token.dep == "poss" and token.head in ctx.token_mention):
                referring = True  # not "its defence minister": a person, not a channel
            elif token.pos == "NOUN" and token.lemma in REFERRING_CHANNEL_NOUNS and any(
                    tree.tokens[c].lower in ("the", "this", "that", "these", "those", "its",
                                             "their")
                    for c in tree.kids(i, ("det", "poss"))):
                referring = True
        head = tree.tokens[trigger.index]
        if head.dep == "relcl":
            # "… were among the channels Beijing severed": the copula's subject names it.
            noun = tree.tokens[head.head]
            copula = tree.tokens[noun.head] if noun.dep in ("pobj", "attr") else noun
            if copula.dep == "prep":
                copula = tree.tokens[copula.head]
            for subject in tree.kids(copula.i, SUBJECT_DEPS):
                slugs = [ctx.token_channel[i].slug for i in sorted(tree.subtree(subject))
                         if i in ctx.token_channel and ctx.token_channel[i].slug]
                if slugs:
                    return list(dict.fromkeys(slugs))
            colon = ctx.sentence.text.find(":", ctx.char_of(trigger.index))
            if colon > 0 and noun.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
                # "The three mechanisms that Beijing cancelled are still suspended: A, B, C"
                listed = [s.slug for s in ctx.channels if s.slug and s.start > colon]
                if listed:
                    return list[str | None](dict.fromkeys(listed))
        for i in scope:
            token = tree.tokens[i]
            if token.pos == "NOUN" and token.lemma in EVENT_NOUN_TYPES and any(
                    tree.tokens[c].lower in ("the", "this", "that", "their")
                    or tree.tokens[c].lower in DAY_WORDS
                    for c in tree.kids(i, ("det", "poss"))):
                # "The call was initiated by Moscow": the call told before, on its channel.
                for etype in EVENT_NOUN_TYPES[token.lemma]:
                    earlier = self.state.latest.get(etype)
                    if earlier is not None and earlier.channel:
                        return [earlier.channel]
        if not referring:
            return []
        before = [s for s in ctx.channels if s.slug and s.end <= ctx.char_of(trigger.index)]
        if before:
            return [before[-1].slug]
        recent = self.state.recent_channels
        return [recent[-1]] if recent else []

    def role_channels(self, ctx: SentenceContext, tokens: set[int], tree: Tree) -> list[str]:
        """Channels implied by who takes part: two defence ministers talk on their channel."""
        channels: list[str] = []
        people = [m for m in ctx.mentions if m.kind in (MentionKind.PERSON, MentionKind.ROLE)]
        # The trigger's own participants first ("Milley spoke to Li …, and Austin saw Wei":
        # the meeting is the ministers'); else anyone in the sentence, since apposed titles
        # sit outside the tree arcs.
        own = [m for m in people
               if set(ctx.token_range(m.start, m.end)) & tokens]
        own_channels = {self.x.gazetteer.role_channel(r) for m in own for r in m.roles} - {None}
        plural = [channel for m in own for r in m.roles
                  if (channel := self.x.gazetteer.role_channel(r))
                  and _plural_head(tree, ctx.token_range(m.start, m.end))]
        if plural:
            # "a conversation between the two armies' directors general of military
            # operations", "theatre commanders start holding calls": a plural role is both
            # sides holding it.
            return list(dict.fromkeys(plural))
        scope_mentions = own if len(own) >= 2 and len(own_channels) == 1 else people
        for mention in scope_mentions:
            for role in mention.roles:
                channel = self.x.gazetteer.role_channel(role)
                if channel:
                    channels.append(channel)
                    break
        # A channel is implied only when both sides or a counterpart take part in it.
        counts = Counter(channels)
        has_counterpart = any(t.lemma == "counterpart" for t in tree.tokens)
        return [c for c in dict.fromkeys(channels) if counts[c] >= 2 or has_counterpart
                or len(set(channels)) == 1]

    def persons(self, ctx: SentenceContext, tokens: set[int]) -> tuple[str, ...]:
        names: list[str] = []
        for mention in ctx.mentions:
            if mention.kind is MentionKind.PERSON and mention.person and \
                    "spokesperson" not in mention.roles and mention.person not in names:
                names.append(mention.person)
        return tuple(names)

    def date_for(self, ctx: SentenceContext, trigger: Trigger, region: set[int]
                 ) -> DateMention | None:
        when = self._date_of(ctx, trigger)
        if self._told_ctx is not ctx:
            self._told_ctx, self._told = ctx, []
        self._told.append((trigger.entry.type, self._in_main_clause(ctx.tree, trigger.index),
                           when))
        return when

    def _date_of(self, ctx: SentenceContext, trigger: Trigger) -> DateMention | None:
        tree = ctx.tree
        anchor = ctx.char_of(trigger.index)
        usable: list[tuple[bool, int, int, DateMention]] = []
        own_clause = self._clause_tokens(tree, trigger.index)
        proper = self._clause_tokens(tree, trigger.index, reported=False)
        first_since = self._first_since(tree, trigger.index)
        head = tree.tokens[trigger.index]
        if head.pos == "NOUN" and any(tree.tokens[c].lower in ("the", "this", "that")
                                      for c in tree.kids(trigger.index, ("det",))):
            own = tree.subtree(trigger.index)
            if not any(set(ctx.token_range(d.start, d.end)) & own for d in ctx.dates) and \
                    not tree.kids(trigger.index, ("amod",)):
                earlier = self.state.latest.get(trigger.entry.type)
                if earlier is not None and earlier.date:
                    # "the meeting leaves the channel working": the meeting told before.
                    return DateMention("", 0, 0, earlier.date, None, earlier.date_end)
        for mention in ctx.dates:
            if mention.value is None:
                continue
            if self._date_modifies_other_noun(ctx, mention, trigger.index):
                continue
            indices = ctx.token_range(mention.start, mention.end)
            # A date inside another clause ("Li, appointed in March, remains sanctioned")
            # dates that clause's event, not this one.
            shared = {i for c in tree.kids(trigger.index, ("conj",))
                      for o in tree.kids(c, ("dobj",)) for i in tree.subtree(o)} \
                if not tree.kids(trigger.index, ("dobj",)) else set()
            # ("rejected or left unanswered a dozen requests since 2021": the object the
            # coordinated verbs share, with its date.)
            if indices and not set(indices) & (own_clause | shared):
                continue
            if first_since and mention.text.lower().startswith("since"):
                continue  # "the first call since October": October dates the previous one
            if self._counting_frame(ctx, trigger.index, mention):
                continue  # "the third summit this year": the year it is counted in
            # The date closest in the tree wins, then the closest in the text.
            hops = min((self._tree_distance(tree, trigger.index, i) for i in indices),
                       default=99)
            reported = bool(indices) and not set(indices) & proper
            usable.append((reported, hops, abs(mention.start - anchor), mention))
        chosen = min(usable, key=lambda item: item[:3]) if usable else None
        if chosen is not None and not chosen[0]:
            # "have carried on this year, with a meeting in April": a date of the clause
            # that narrows the chosen one tells when within it.
            return min((u for u in usable if not u[0] and u[3].value and chosen[3].value
                        and not u[3].end_value and not chosen[3].end_value
                        and len(u[3].value) > len(chosen[3].value)
                        and u[3].value.startswith(chosen[3].value)),
                       key=lambda item: item[:3], default=chosen)[3]
        # "the talks, which opened on 6 June", "did not attend talks set for May 3": a clause
        # that tells of the trigger's event itself dates it before the report does.
        described = self._described_date(ctx, trigger)
        if described is not None:
            return described
        gap = self._measured_gap_date(ctx, trigger)
        if gap is not None:
            return gap
        if chosen is not None:
            return chosen[3]  # "…, the command said on Wednesday": the report's day
        if any(t.lower in HABITUAL_ADVERBS for t in tree.tokens) or self._stative(
                tree, trigger.index):
            return None  # a habit or a lasting state has no date of its own
        relative = self._relative_to_story(ctx.sentence.text)
        if relative is not None:
            return relative
        if ANAPHORIC_OPENING.match(ctx.sentence.text) and self.state.previous_date:
            return self.state.previous_date
        earlier = self._event_referred_to(ctx, trigger)
        if earlier is not None and earlier.date:
            # "the call took place at Washington's request": the call told before.
            return DateMention("", 0, 0, earlier.date, None, earlier.date_end)
        narrative = self.state.narrative_date
        if narrative is not None and \
                self._past_tense(tree, trigger.index):
            # "Austin met Wei on Tuesday. … Wei told Austin that …": an undated sentence of a
            # past-tense narrative goes on with the day the story last told.
            return narrative
        if self.state.published is None:
            return None
        iso = self.state.published.isoformat()
        return DateMention("", 0, 0, iso, None)

    def _counting_frame(self, ctx: SentenceContext, index: int, mention: DateMention
                        ) -> bool:
        """'the third summit this year', 'their second call this month': an ordinal event
        counted within a period that is not its own date."""
        tree = ctx.tree
        if not any(tree.tokens[c].lower in date_words.ORDINALS
                   for c in tree.kids(index, ("amod",))):
            return False
        if not date_words.COUNTING_PERIOD.fullmatch(mention.text):
            return False
        root = self._mention_root(ctx, mention)
        return root is not None and (root == index or tree.tokens[root].head == index or
                                     index in tree.ancestors(root))

    def _referent(self, etype: EventType) -> Event | None:
        """The event a definite noun ("the talks", "the call") names again: the latest of its
        type told in a main clause, not one told in passing ("when they met last June")."""
        return self.state.main_events.get(etype) or self.state.latest.get(etype)

    def _in_main_clause(self, tree: Tree, index: int) -> bool:
        """Whether `index` stands in the sentence's main clause (or what it reports), not in a
        relative, adverbial or participle clause or an apposition."""
        return not any(tree.tokens[i].dep in SUBORDINATE_DEPS
                       for i in (index, *tree.ancestors(index)))

    def _mention_root(self, ctx: SentenceContext, mention: DateMention) -> int | None:
        indices = ctx.token_range(mention.start, mention.end)
        if not indices:
            return None
        inside = set(indices)
        return next((i for i in indices if ctx.tree.tokens[i].head not in inside
                     and ctx.tree.tokens[i].pos != "DET"), indices[-1])

    def _after_preposition(self, ctx: SentenceContext, mention: DateMention) -> bool:
        """"on Wednesday", "in March": a date after a preposition is an adverbial, whatever
        the parser made of it ("On Wednesday Defense Secretary …" read as a compound)."""
        indices = ctx.token_range(mention.start, mention.end)
        if not indices or indices[0] == 0:
            return False
        before = ctx.tree.tokens[indices[0] - 1]
        return before.pos == "ADP" and before.lower in TEMPORAL_PREPOSITIONS

    def _described_date(self, ctx: SentenceContext, trigger: Trigger) -> DateMention | None:
        """A date in a clause that tells of the trigger's own event.

        "the corps commander talks, which opened on 6 June 2020" and "the sanctions Washington
        placed in September" (a relative clause on the trigger noun); "January 2013, when a
        frigate aimed its radar" (the date the clause hangs on); "Friday's conversation,
        requested by Washington" (the noun a participle trigger describes); "did not take part
        in talks scheduled for December 14" (taking part happens when the talks do); "days
        after a manoeuvre by a fighter, which cut across on May 26" (what the after-phrase
        names, all of it).
        """
        tree = ctx.tree
        index = trigger.index
        token = tree.tokens[index]
        scopes: list[set[int]] = []
        if token.pos in ("NOUN", "PROPN"):
            for child in tree.kids(index, ("relcl", "acl")):
                if tree.tokens[child].lemma not in date_words.LASTING_VERBS:
                    scopes.append(tree.subtree(child))
        verb = tree.clause_head(index)
        if tree.tokens[verb].dep in ("relcl", "advcl") and verb != tree.tokens[verb].head:
            on = tree.tokens[verb].head
            for mention in ctx.dates:
                if mention.value and on in ctx.token_range(mention.start, mention.end):
                    return mention  # "January 2013, when …"
        if token.dep == "acl" and token.head != index:
            noun = token.head
            scopes.append(tree.subtree(noun, stop=frozenset({"acl", "relcl", "appos"})))
        if self._participation(tree, index):
            for child in tree.kids(index, ("dobj", "prep")):
                if tree.tokens[child].lower != "part":
                    scopes.append(tree.subtree(child))
        phrase = self._sequence_phrase(tree, index)
        if phrase is not None:
            scopes.append(tree.subtree(phrase[0]))
        for scope in scopes:
            found = [(min(self._tree_distance(tree, index, i) for i in indices), mention)
                     for mention in ctx.dates if mention.value
                     and not mention.text.lower().startswith("since")
                     for indices in [ctx.token_range(mention.start, mention.end)]
                     if indices and set(indices) <= scope]
            if found:
                return min(found, key=lambda item: item[0])[1]
        return None

    def _participation(self, tree: Tree, index: int) -> bool:
        """'attend', 'take part', 'show up': taking part in a gathering."""
        token = tree.tokens[index]
        if token.lemma in date_words.PARTICIPATION_VERBS:
            return True
        return any((token.lemma, tree.tokens[c].lower) in date_words.PARTICIPATION_PHRASES
                   for c in tree.kids(index, ("prt", "dobj")))

    def _sequence_phrase(self, tree: Tree, index: int) -> tuple[int, int, int] | None:
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
            marks = [c for c in tree.kids(node, ("mark",))
                     if tree.tokens[c].lower in date_words.SEQUENCE_WORDS]
            if marks:
                return node, marks[0], token.head
            if token.dep in ("relcl", "acl", "ccomp", "parataxis"):
                return None
        return None

    def _measured_gap_date(self, ctx: SentenceContext, trigger: Trigger) -> DateMention | None:
        """"The meeting came six days after a J-16 released flares": the release is six days
        before the meeting; "a day after Trump met Xi" is a day before the meeting it follows.
        The reference is the date of the clause the phrase hangs on, or the event its subject
        names again, or where the story stands."""
        tree = ctx.tree
        phrase = self._sequence_phrase(tree, trigger.index)
        if phrase is None:
            return None
        head, word, governing = phrase
        gap = self._gap_before(tree, word)
        if gap is None:
            return None
        amount, unit = gap
        reference = self._governing_date(ctx, governing, tree.subtree(head))
        if reference is None:
            return None
        sign = date_words.SEQUENCE_WORDS[tree.tokens[word].lower]
        if unit == "fortnight":
            amount, unit = amount * 2, "week"
        value = shift_date(reference, sign * amount, unit)
        return DateMention("", 0, 0, value, None) if value else None

    def _gap_before(self, tree: Tree, word: int) -> tuple[int, str] | None:
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

    def _governing_date(self, ctx: SentenceContext, governing: int, phrase: set[int]
                        ) -> str | None:
        """The date of the clause an 'after'/'before' phrase hangs on."""
        tree = ctx.tree
        stop = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "appos", "conj"})
        level = governing
        for _ in range(3):
            clause = tree.clause_head(level)
            tokens = tree.subtree(clause, stop=stop) - phrase
            if tree.tokens[clause].dep in ("acl", "relcl") or tree.tokens[level].pos == "NOUN":
                tokens |= tree.subtree(tree.tokens[clause].head, stop=stop) - phrase
            found = [m for m in ctx.dates if m.value and not m.text.lower().startswith("since")
                     and set(ctx.token_range(m.start, m.end)) & tokens]
            if found:
                return min(found, key=lambda m: min(
                    self._tree_distance(tree, governing, i)
                    for i in ctx.token_range(m.start, m.end))).value
            for subject in tree.kids(clause, ("nsubj", "nsubjpass")):
                for etype in EVENT_NOUN_TYPES.get(tree.tokens[subject].lemma, ()):
                    earlier = self._referent(etype)
                    if earlier is not None and earlier.date:
                        return earlier.date  # "The meeting came six days after …"
            parent = tree.tokens[clause].head
            if parent == clause or tree.tokens[clause].dep not in ("advcl", "acl", "relcl",
                                                                   "xcomp", "conj"):
                break
            level = parent
        if self.state.narrative_date is not None:
            return self.state.narrative_date.value
        return self.state.published.isoformat() if self.state.published else None

    def carry_story_dates(self, ctx: SentenceContext, new: list[Event]) -> None:
        """After a sentence: which events a main clause told, and where the narrative stands."""
        told = self._told if self._told_ctx is ctx else []
        narrated: list[DateMention] = []
        passing: list[DateMention] = []
        for event in new:
            for etype, main, when in told:
                if etype is event.type and when is not None and when.value == event.date:
                    if main:
                        self.state.main_events[event.type] = event
                    if when.text and self._narrates(when):
                        (narrated if main else passing).append(when)
                    break
        # Only a sentence the pre-filter passes moves the story on, so that the story's day
        # is the same whether or not the other sentences were parsed.
        moved = narrated[0] if narrated else (
            self._narrative_mention(ctx) if self.narrating is None
            or ctx.sentence.start in self.narrating else None)
        if moved is None and self.state.narrative_date is None and passing:
            # The story's first dated event sets its time even where the parse does not
            # show it in the main clause.
            moved = passing[0]
        if moved is not None:
            self.state.narrative_date = moved
        self._told_ctx, self._told = None, []

    def _narrates(self, mention: DateMention) -> bool:
        """A day or month that can move the story on: not a year of background, not 'since'
        or a span up to publication."""
        if not mention.value or len(mention.value) < 7 or not mention.text:
            return False
        if mention.text.lower().startswith("since"):
            return False
        published = self.state.published.isoformat() if self.state.published else None
        return not (mention.end_value and mention.end_value == published)

    def _narrative_mention(self, ctx: SentenceContext) -> DateMention | None:
        """The day or month the sentence's main clause gives, its report's day last."""
        tree = ctx.tree
        reports: list[DateMention] = []
        for mention in ctx.dates:
            root = self._mention_root(ctx, mention)
            if root is None or not self._narrates(mention):
                continue
            token = tree.tokens[root]
            if token.dep in NOUN_MODIFIER_DEPS and not self._after_preposition(ctx, mention):
                continue  # "the 14 February bombing", "last week's summit"
            if not self._in_main_clause(tree, root):
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

    def _past_tense(self, tree: Tree, index: int) -> bool:
        """Whether the clause of `index`, or the verb reporting it, is in a past tense."""
        for verb in (tree.clause_head(index), *tree.ancestors(tree.clause_head(index))[:3]):
            token = tree.tokens[verb]
            if token.pos not in ("VERB", "AUX"):
                continue
            auxiliaries = [tree.tokens[c] for c in tree.kids(verb, ("aux", "auxpass"))]
            if token.tag == "VBD" or any(a.tag == "VBD" for a in auxiliaries):
                return True
            if token.tag in ("VBP", "VBZ", "VBG") or any(
                    a.tag in ("VBP", "VBZ") for a in auxiliaries):
                return False
        return False

    def _relative_to_story(self, text: str) -> DateMention | None:
        """"Three weeks later", "the same day", "five weeks earlier": counted from the last
        date the article stated, not from the publication date."""
        anchor = self.state.last_date
        published = self.state.published.isoformat() if self.state.published else None
        if not anchor or len(anchor) < 7 or (published and (
                anchor > published or int(published[:4]) - int(anchor[:4]) > 1)):
            # Counted from a recent dated event only, never from a background year.
            anchor = published
        if not anchor:
            return None
        match = STORY_RELATIVE.search(text)
        if match is None:
            return None
        if match.group("same"):
            return DateMention(match.group(), match.start(), match.end(), anchor, None)
        if match.group("next"):
            amount, unit, sign = 1, "day", 1
        else:
            word = match.group("n").lower()
            amount = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
            unit = match.group("unit").lower().rstrip("s")
            sign = 1 if match.group("dir").lower() in ("later", "after") else -1
        value = shift_date(anchor, sign * amount, unit)
        return DateMention(match.group(), match.start(), match.end(), value, None) \
            if value else None

    def _tree_distance(self, tree: Tree, a: int, b: int) -> int:
        up_a = [a, *tree.ancestors(a)]
        up_b = [b, *tree.ancestors(b)]
        common = next((x for x in up_a if x in up_b), None)
        if common is None:
            return 99
        return up_a.index(common) + up_b.index(common)

    def _first_since(self, tree: Tree, index: int) -> bool:
        """'the first conversation since October', 'the first time … since January 2020'."""
        words = {tree.tokens[c].lower for c in tree.children[index]}
        token = tree.tokens[index]
        if token.dep in ("attr", "nsubj") and token.head != index:
            words |= {tree.tokens[c].lower for c in tree.children[token.head]}
        if any(t.lower == "first" and t.head != t.i and tree.tokens[t.head].lemma == "time"
               for t in tree.tokens):
            return True
        return bool(words & {"first", "last"})

    def _event_referred_to(self, ctx: SentenceContext, trigger: Trigger) -> Event | None:
        """An earlier event that a definite noun of this sentence names again."""
        tree = ctx.tree
        for token in tree.tokens:
            if token.pos != "NOUN" or not any(
                    tree.tokens[c].lower in ("the", "this", "that", "their", "its")
                    for c in tree.kids(token.i, ("det", "poss"))):
                continue
            for etype in EVENT_NOUN_TYPES.get(token.lemma, ()):
                earlier = self._referent(etype)
                if earlier is not None:
                    return earlier
        return None

    def _clause_tokens(self, tree: Tree, index: int, *, reported: bool = True) -> set[int]:
        """The trigger's own clause, without relative, adverbial or participle clauses, and
        with the clause of the verb reporting it unless `reported` is False."""
        head = tree.clause_head(index)
        stop = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "appos", "conj"})
        tokens = tree.subtree(head, stop=stop)
        verb = tree.tokens[head]
        if verb.head != head and (verb.dep in ("conj", "xcomp") or (verb.dep == "advcl" and any(
                tree.tokens[c].lower in ("when", "as", "while") for c in tree.children[head]))
                or (verb.dep == "advcl" and verb.tag == "VBG" and head == index
                    and not tree.kids(head, ("mark",)))):
            # "declined or did not respond since 2021", "was in 2015 when Modi visited",
            # "answered on Monday, ending a silence": a coordinated, temporal or participle
            # clause shares the main clause's time adjuncts.
            for child in tree.children[verb.head]:
                if tree.tokens[child].dep in ("prep", "npadvmod", "advmod") and \
                        child not in tokens:
                    tokens |= tree.subtree(child)
        for ancestor in tree.ancestors(index) if reported else ():
            if tree.tokens[ancestor].lemma in REPORTING_VERBS:
                # "On March 24, Kirby said that …": the report's date dates what it reports.
                tokens |= set(tree.subtree(ancestor, stop=frozenset({"ccomp", "relcl",
                                                                             "acl", "advcl"})))
        return tokens | {index}

    def _stative(self, tree: Tree, index: int) -> bool:
        """'remains sanctioned', 'say they want': a present state or stance, not a dated act."""
        token = tree.tokens[index]
        head = tree.tokens[token.head] if token.head != index else token
        lasting = {"remain", "remains", "remained", "stay", "stays", "stayed"}
        if head.lemma in lasting or token.lemma in lasting or any(
                tree.tokens[c].lower in lasting for c in tree.children[index]):
            return True
        verb = tree.tokens[tree.clause_head(index)]
        has_perfect = any(tree.tokens[c].lemma == "have" and tree.tokens[c].dep == "aux"
                          for c in tree.children[verb.i])
        return verb.tag in ("VBP", "VBZ") and not has_perfect and verb.lemma not in (
            "be",) and token.pos == "VERB"

    def _date_modifies_other_noun(self, ctx: SentenceContext, mention: DateMention,
                                  trigger: int) -> bool:
        tree = ctx.tree
        indices = ctx.token_range(mention.start, mention.end)
        if not indices:
            return False
        inside = set(indices)
        root = next((i for i in indices if tree.tokens[i].head not in inside), indices[0])
        token = tree.tokens[root]
        if token.dep not in NOUN_MODIFIER_DEPS or token.head == trigger:
            return False
        if self._after_preposition(ctx, mention):
            return False  # "On Wednesday Defense Secretary Austin …": a time adverbial
        head = tree.tokens[token.head]
        if head.lemma in self.lex.talk_nouns or head.lemma in {"sanction", "incident"}:
            return False
        return head.pos in ("NOUN", "PROPN")

    def count_for(self, ctx: SentenceContext, trigger: Trigger, region: set[int]
                  ) -> tuple[int | None, CountQualifier | None]:
        return find_count(ctx.tree, trigger.index, region)

    # ------------------------------------------------------------------ status
    def _generic_status(self, ctx: SentenceContext) -> list[Event]:
        """"Military contacts between Japan and China remain limited": no channel named."""
        text = ctx.sentence.text
        for status, match in self._status_matches(ctx):
            subject = [s for s in ctx.channels if s.slug is None and s.end <= match.start()
                       and re.fullmatch(r"[\w\s,'’\-]{0,60}", text[s.end:match.start()])]
            if not subject or subject[-1].start > 0 and re.search(
                    r"[;:]|\b(?:but|while|although|when)\b", text[:subject[-1].start]):
                continue
            states = self._states_in(ctx, range(len(ctx.tree.tokens)))
            source, target = self._complete(states[0] if states else None,
                                            states[1] if len(states) > 1 else None)
            self.state_spans.append((match.start(), match.end()))
            return [self._status_event(ctx, source, target, None, status)]
        return []

    def _status_matches(self, ctx: SentenceContext) -> list[tuple[ChannelStatus, re.Match[str]]]:
        """Every status pattern's matches in the sentence, pattern by pattern (found once)."""
        if ctx.status_matches is None:
            text = ctx.sentence.text
            patterns = self.lex.status_patterns
            ctx.status_matches = [
                (patterns[i][0], match) for i in self.lex.status_index.candidates(text)
                for match in patterns[i][1].finditer(text)]
        return ctx.status_matches

    def _anaphoric_status(self, ctx: SentenceContext, status: ChannelStatus,
                          match: re.Match[str]) -> list[Event]:
        """"Those mechanisms are functioning as agreed": the channels of the sentence before."""
        subject = ctx.sentence.text[:match.start()]
        universal = re.search(r"\ball (?:of )?the\s+(?:[\w-]+\s+){0,3}"
                              r"(?:mechanisms|channels|lines|dialogues|links|formats)\b"
                              r"[^,;:.]{0,80}$", subject, re.IGNORECASE)
        if not universal and not re.search(
                r"\b(?:those|these|both|all (?:of )?(?:the|those|these))\s+(?:\w+\s+)?"
                r"(?:mechanisms|channels|lines|dialogues|talks|links|formats)\s*$",
                subject, re.IGNORECASE):
            return []
        events: list[Event] = []
        # A plural anaphor takes in the channels of the last few sentences, not only the
        # last one ("… met in January. … convened in April. Those mechanisms are …"); "all
        # the mechanisms (the presidents agreed on)" takes every channel the article named.
        slugs = self.state.article_channels if universal else \
            self.state.previous_channels + self.state.recent_channels
        for slug in dict.fromkeys(slugs):
            source, target = self._complete(None, None)
            events.append(self._status_event(ctx, source, target, slug, status))
        self.state_spans.append((match.start(), match.end()))
        return events

    def status_events(self, ctx: SentenceContext) -> list[Event]:
        events: list[Event] = []
        text = ctx.sentence.text
        specific = [s for s in ctx.channels if s.slug]
        if not specific:
            for status, match in self._status_matches(ctx):
                events.extend(e for e in self._anaphoric_status(ctx, status, match)
                              if all(e.channel != k.channel for k in events))
            if not events:
                events.extend(self._generic_status(ctx))
            return events
        for status, match in self._status_matches(ctx):
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
                events.extend(self._anaphoric_status(ctx, status, match))
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
            self.state_spans.append((match.start(), match.end()))
            for span in group:
                if any(e.channel == span.slug for e in events):
                    continue
                states = self._states_in(ctx, range(len(ctx.tree.tokens)))
                source, target = self._complete(
                    states[0] if states else None,
                    states[1] if len(states) > 1 else None)
                events.append(self._status_event(ctx, source, target, span.slug, status))
        return events


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


def merge_article_events(events: list[Event]) -> list[Event]:
    """One record per event per article: the same event told twice keeps its first telling.

    A channel-less event followed by the same event naming channels ("scrapped three avenues
    … This scuppered talks A, B and C") is the general statement of those and is dropped.
    """
    merged: dict[tuple[object, ...], Event] = {}
    for event in events:
        key: tuple[object, ...] = (event.type, frozenset({event.source, event.target})
               if event.type in UNORDERED_TYPES else (event.source, event.target),
               event.channel, event.negated, event.status, event.count)
        if event.type is EventType.DEMAND:
            # Demands are told by what they ask, which the record does not hold: two
            # sentences' demands are two demands ("demanded the pilot's return" … "said
            # Pakistan should first act against militants").
            key = (*key, event.evidence.start)
        kept = merged.get(key)
        if kept is not None and kept.evidence.start == event.evidence.start and \
                event.type is EventType.SUSPEND:
            # "It recalled its navy chief from a visit, postponed talks …": two acts of one
            # sentence are two events even where their channel is the same.
            key = (*key, len([k for k in merged if k[:len(key)] == key]))
            kept = None
        elif kept is not None and not _same_period(kept.date, event.date):
            key = (*key, event.date or "")  # the same kind of event in another month
            kept = merged.get(key)
        if kept is None:
            merged[key] = event
        elif kept.date is None or (event.date and len(event.date) > len(kept.date)
                                   and kept.date[:4] == event.date[:4]):
            merged[key] = replace(kept, date=event.date or kept.date,
                                  date_end=event.date_end or kept.date_end)
    result = list(merged.values())
    # "The meeting came six days after …": a channel-less meeting or call between the same
    # states as one the article already named is the same event told again.
    named = [e for e in result if e.channel and e.type in (EventType.MEET, EventType.CALL)]
    retold = [e for e in result if not e.channel and e.type in (EventType.MEET, EventType.CALL)
              and any(n.type is e.type and {n.source, n.target} == {e.source, e.target}
                      and _same_period(n.date, e.date) for n in named)]
    result = [_more_precise(e, retold) if e in named else e
              for e in result if e not in retold]
    specific = {(e.type, e.source, e.target) for e in result if e.channel}
    return [
        e for e in result
        if e.channel or (e.type, e.source, e.target) not in specific
        or e.type not in (EventType.SUSPEND, EventType.RESUME)
        or not _elaborated(e, result)
    ]


def shift_date(anchor: str, amount: int, unit: str) -> str | None:
    """An ISO date moved by days, weeks, months or years, at the precision that fits."""
    parts = [int(p) for p in anchor.split("-")]
    if unit in ("day", "week"):
        if len(parts) < 3:
            if unit == "day":
                return anchor
            year, month = parts[0], parts[1] if len(parts) > 1 else 1
            moved = date(year, month, 15) + timedelta(days=7 * amount)
            return moved.strftime("%Y-%m")
        moved = date(*parts) + timedelta(days=amount * (7 if unit == "week" else 1))
        return moved.isoformat() if unit == "day" else moved.strftime("%Y-%m")
    if unit == "month" and len(parts) >= 2:
        total = parts[0] * 12 + (parts[1] - 1) + amount
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    if unit == "year":
        return f"{parts[0] + amount:04d}"
    return None


def _more_precise(event: Event, retold: list[Event]) -> Event:
    """A named meeting or call with the day its channel-less retelling gives ("came two weeks
    after the first meeting …  Officials gathered on April 3 and 4")."""
    for other in retold:
        if other.type is event.type and {other.source, other.target} == {
                event.source, event.target} and event.date and other.date and \
                len(other.date) > len(event.date) and other.date.startswith(event.date):
            return replace(event, date=other.date, date_end=other.date_end or event.date_end)
    return event


def _same_period(first: str | None, second: str | None) -> bool:
    """Dates that may name the same event: either unknown, one a coarser form of the other,
    or the same month when not both are days ("10 May" and "12 May" are two calls)."""
    if not first or not second or first.startswith(second) or second.startswith(first):
        return True
    if len(first) == 10 and len(second) == 10:
        return False
    return first[:7] == second[:7]


def _elaborated(event: Event, events: list[Event]) -> bool:
    """True when a channel-named event of the same kind follows within one sentence."""
    return any(
        other.channel and other.type is event.type and other.source == event.source
        and 0 < other.evidence.start - event.evidence.end <= 2
        for other in events
    )


def article_pair(finder_spans: Iterable[str]) -> tuple[str, str] | None:
    """The two states an article is most about: most mentioned first, ties by first mention."""
    counts = Counter(finder_spans)
    order = list(dict.fromkeys(finder_spans))
    ranked = sorted(order, key=lambda code: (-counts[code], order.index(code)))
    if len(ranked) >= 2:
        return (ranked[0], ranked[1])
    return None
