"""Whether a trigger is about what its type needs (a channel, sanctions, a ship or
aircraft, talks): the theme check of each family of event types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.clauses import _participation_in
from parley.extract.records import SentenceContext, Trigger
from parley.extract.syntax import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Tree,
)
from parley.extract.trigger_entries import _PRESENT_AT
from parley.extract.vocabulary import (
    AVAILABILITY_WORDS,
    CONTACT_VERBS,
    DEMANDED_ACTIONS,
    ENCOUNTER_INSTRUMENT_VERBS,
    ENCOUNTER_INSTRUMENTS,
    MAINTAINING_VERBS,
    MEETING_NOUNS,
    PERSON_NOUNS,
    PHONE_WORDS,
    REQUEST_NOUNS,
    SELF_SUFFICIENT_REQUESTS,
    THEME_PREPOSITIONS,
)
from parley.types import (
    EventType,
    MentionKind,
)

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder


def theme_fits(coder: ArticleCoder, ctx: SentenceContext, trigger: Trigger,
               region: set[int]) -> bool:
    tree = ctx.tree
    theme = trigger.entry.theme
    words = {tree.tokens[i].lemma for i in region} | {tree.tokens[i].lower for i in region}
    etype = trigger.entry.type
    head = tree.tokens[trigger.index]
    if etype is EventType.EASE or etype is EventType.SANCTION:
        if head.pos == "PROPN":
            return False  # "the Countering America's Adversaries Through Sanctions Act"
        if head.lemma in ("sanction", "blacklist") or head.lower in coder.lex.sanction_words:
            # The noun "sanctions" alone is an event only when imposed or attributed.
            if head.pos == "NOUN" and etype is EventType.SANCTION:
                return coder._sanction_noun_is_event(ctx, trigger.index)
            return etype is EventType.SANCTION
        return bool(words & coder.lex.sanction_words)
    if theme == "platform":
        sentence_words = {t.lower for t in tree.tokens} | {t.lemma for t in tree.tokens}
        if not sentence_words & coder.lex.platform_words:
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
            if not (actors | words) & coder.lex.platform_words:
                return False
        if trigger.entry.form == "adjective":
            # "unsafe" alone is an encounter only about a manoeuvre, intercept or approach.
            return head.head != trigger.index and tree.tokens[head.head].lemma in {
                "manoeuvre", "maneuver", "intercept", "interception", "encounter",
                "approach", "behavior", "behaviour", "conduct", "action", "incident",
                "flying", "flight", "pass"}
        if head.pos == "NOUN" and head.tag == "NNS" and not coder._dated(ctx, trigger.index):
            return False  # "recent encounters between ships": a generic reference
        return True
    if theme == "self":
        if coder._is_cause(tree, trigger.index):
            return False
        if coder._non_officials(tree, trigger.index):
            return False  # "American and Chinese scientists met": not states meeting
        if trigger.entry is _PRESENT_AT:
            # "Austin and Li were both at the Shangri-La Dialogue": both present.
            return coder._plural_subject(ctx, trigger.index) and len({
                ctx.token_mention[i].state for c in tree.kids(trigger.index, SUBJECT_DEPS)
                for i in tree.subtree(c) if i in ctx.token_mention
                and ctx.token_mention[i].state}) >= 2
        if etype is EventType.MEET and head.lemma == "attend":
            # "Austin and Li both attended a regional security forum": a multilateral
            # meeting both were at.
            return any(tree.tokens[i].lemma in MEETING_NOUNS or i in ctx.token_channel
                       for o in tree.kids(trigger.index, ("dobj",))
                       for i in tree.subtree(o)) and coder._plural_subject(
                ctx, trigger.index)
        if head.pos == "NOUN" and not coder._nominal_occurrence(ctx, trigger.index):
            return False
        if etype is EventType.CALL and head.lemma == "call":
            return coder._is_phone_call(ctx, trigger.index)
        if etype is EventType.CALL and head.lemma == "talk" and head.pos == "VERB":
            # "talked on the military hotline": only talk over a line is a call.
            return bool({tree.tokens[i].lemma for i in region} & (
                PHONE_WORDS | {"line", "video", "videoconference"})) and \
                coder._spoke_together(ctx, trigger.index, region)
        if etype is EventType.CALL and head.lemma == "speak":
            return coder._spoke_together(ctx, trigger.index, region)
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
            talkers = coder.x.subject(tree, trigger.index)
            return any(ctx.token_mention.get(i) for i in region) or any(
                i in ctx.token_channel for i in region | {trigger.index}) or bool(
                coder._states_in(ctx, sorted(region))) or len(
                set(coder._states_in(ctx, sorted(talkers)))) >= 2
        return True
    if theme == "any":
        lemma = trigger.entry.lemmas[0]
        if len(trigger.entry.lemmas) > 1 and trigger.entry.lemmas[-1] == "for":
            # "pushed for US support" is a demand; "pushed for talks" is a request.
            return bool(region) and not words & (coder.lex.talk_nouns | coder.lex.talk_verbs)
        if lemma in ("tie", "link", "condition", "make"):
            # "ties any meeting to the lifting of sanctions": a precondition.
            return any(tree.tokens[c].lower in ("to", "on", "upon")
                       for c in tree.kids(trigger.index, ("prep",))) and any(
                tree.tokens[i].lemma in coder.lex.talk_nouns for i in region)
        if lemma in ("warn", "want", "press", "insist"):
            if coder._has_condition(tree, trigger.index):
                return True
            if lemma == "insist":
                # "insisted on", "insisted that Pakistan should stop", and the subjunctive
                # "insisted that Pakistan end the firing" (a bare verb after 'that').
                return any(tree.tokens[c].lower == "on" for c in tree.children[
                    trigger.index]) or coder._modal_complement(tree, trigger.index) or any(
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
                coder.lex.talk_nouns | coder.lex.talk_verbs) and bool(
                words & (coder.lex.sanction_words | DEMANDED_ACTIONS)
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
        return any(tree.tokens[i].lemma in coder.lex.talk_verbs | coder.lex.talk_nouns
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
                tree.tokens[a].lemma in coder.lex.talk_verbs | CONTACT_VERBS
                | coder._request_verbs for a in tree.ancestors(trigger.index)[:5]):
            return True  # "tried to reach Xu without getting a reply"
        return any(tree.tokens[i].lemma in coder.lex.talk_nouns | {"call", "request",
                                                                  "message", "phone"}
                   for i in candidates)
    if etype is EventType.REQUEST:
        return coder._request_theme(ctx, trigger, region)
    if etype in (EventType.SUSPEND, EventType.RESUME):
        region = coder._direct_theme(tree, trigger.index, region)
        words = {tree.tokens[i].lemma for i in region} | {tree.tokens[i].lower
                                                          for i in region}
        if (words & {"it", "them"} or any(
                tree.tokens[c].lower == "its" for c in tree.kids(trigger.index, ("poss",)))
        ) and (coder.state.recent_channels or any(
                s.slug and s.end <= ctx.char_of(trigger.index) for s in ctx.channels)):
            return True  # "Beijing suspended it": the channel just named
    if any(i in ctx.token_channel for i in region):
        return True
    if words & coder.lex.talk_nouns:
        return True
    if etype is EventType.DECLINE and (
        head.lemma in REQUEST_NOUNS or words & coder.lex.talk_verbs
    ):
        return head.pos == "NOUN" or any(
            tree.tokens[i].dep in ("xcomp", "dobj", "pobj") for i in region)
    return False


def _request_theme(coder: ArticleCoder, ctx: SentenceContext, trigger: Trigger, region: set[int]
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
        if token.lemma in coder.lex.talk_nouns - {"ties", "relations", "cooperation",
                                                 "line", "lines", "office"}:
            return True
        if token.lemma in coder.lex.talk_verbs and token.pos == "VERB":
            return True
    return False


def _direct_theme(coder: ArticleCoder, tree: Tree, index: int, region: set[int]) -> set[int]:
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
