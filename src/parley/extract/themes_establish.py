"""Theme checks of ESTABLISH (contract v2): a channel or mechanism set up, launched or agreed
("agreed to establish a hotline", "launched a maritime and air communication mechanism",
"signed an MoU creating a defence dialogue"), and the name of the mechanism it sets up.

What is set up must be a channel: a named one, or a channel noun (hotline, link, mechanism,
dialogue) as the object of the verb, its passive subject, the 'of' of a noun ("the setting up
of a hotline") or the noun a participle describes ("the hotline set up in 2008"). Setting up a
meeting, a visit or talks is no channel; opening a line "again" restores it (RESUME).
Whether it is only proposed is the coder's general irrealis rule: "agreed to set up" counts
as done, "proposed setting up" is hypothetical (`events.events_for`, `agreed_future`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.establish_links import is_transport_link
from parley.extract.grammar import grammar_words
from parley.extract.records import Trigger
from parley.extract.registry import registry
from parley.extract.syntax import AGREEMENT_VERBS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS
from parley.extract.vocabulary import REFERRING_CHANNEL_NOUNS, REFERRING_DETERMINERS
from parley.types import EventType

if TYPE_CHECKING:
    from parley.extract.coder import ArticleCoder
    from parley.extract.records import Candidate, SentenceView
    from parley.extract.syntax import Tree
    from parley.types import DateMention

#: Nouns of a channel that can be set up ("set up a hotline", "launched a mechanism").
ESTABLISHABLE_NOUNS = grammar_words("establishable_channel_nouns")
#: Adverbs that make a setting-up a restoration ("opened the line again").
RESTORING_ADVERBS = grammar_words("restoring_adverbs")

#: Verbs that, of talks or a meeting, say they began ("the talks opened in June").
OPENING_VERBS = grammar_words("opening_verbs")
#: Nouns of talks that take place, not of a standing channel ("talks", "meeting", "round").
MEETING_NOUNS = grammar_words("meeting_occurrence_nouns")

#: Nouns of an agreement that creates a channel ("under a 2008 agreement").
AGREEMENT_NOUNS = grammar_words("agreement_nouns")
#: Prepositions that make an agreement the instrument of a setting-up ("created under").
AGREEMENT_PREPOSITIONS = grammar_words("agreement_prepositions")

#: First words of the setting-up triggers whose subject is what is set up ("went into
#: service", "came into operation").
INTRANSITIVE_SETTING_UP_VERBS = grammar_words("intransitive_setting_up_verbs")
#: Nouns of contacts and ties that take place or exist, never set up as a channel
#: ("established diplomatic contact", "established relations").
CONTACT_NOUNS = grammar_words("unestablished_contact_nouns")
#: Verbs of signing, whose date is the date of the agreement signed ("signed … in 2007").
SIGNING_VERBS = grammar_words("signing_verbs")
#: Words that make a signed agreement a channel by themselves ("a deconfliction memorandum").
CHANNEL_AGREEMENT_MATTERS = grammar_words("channel_agreement_matters")
#: An incidents or safety agreement's concern and domain ("incidents at sea", "air safety").
SAFETY_AGREEMENT_CONCERNS = grammar_words("safety_agreement_concerns")
SAFETY_AGREEMENT_DOMAINS = grammar_words("safety_agreement_domains")
#: Prepositions of what a signing is about ("signed a memorandum in March on air safety").
AGREEMENT_MATTER_PREPOSITIONS = frozenset({"on", "for"})

STOP = frozenset({"relcl", "advcl", "ccomp", "acl"})


def _heads(tree: Tree, roots: list[int]) -> set[int]:
    """The head nouns of the phrases at `roots` and of their conjuncts ('a hotline and a
    working group')."""
    found: set[int] = set()
    todo = list(roots)
    while todo:
        current = todo.pop()
        if current in found:
            continue
        found.add(current)
        todo.extend(tree.dependents(current, ("conj", "appos")))
    return found


def established_heads(view: SentenceView, index: int) -> set[int]:
    """What a setting-up word sets up: the verb's object or passive subject, a noun's 'of'
    or its compound ('the hotline launch'), the noun a participle describes."""
    tree = view.tree
    token = tree.tokens[index]
    roots: list[int] = []
    if token.pos == "VERB":
        roots += tree.dependents(index, ("dobj", *PASSIVE_SUBJECT_DEPS))
        if not roots and token.dep == "conj" and token.tag == "VBN":
            # "the hotline was agreed in 2017 and launched in 2018": the shared subject
            roots += tree.dependents(token.head, PASSIVE_SUBJECT_DEPS)
        if not roots and token.lemma in INTRANSITIVE_SETTING_UP_VERBS:
            # "the line went into service"; a coordinated verb shares its head's subject
            roots += tree.dependents(index, SUBJECT_DEPS) or (
                tree.dependents(token.head, SUBJECT_DEPS) if token.dep == "conj" else [])
        if token.dep in ("acl", "relcl", "amod") and token.head != index:
            roots.append(token.head)  # "the hotline set up in 2008"
        for prep in tree.dependents(index, ("prt",)):
            roots += tree.dependents(prep, ("pobj",))
    else:
        roots += [o for p in tree.dependents(index, ("prep",)) if tree.tokens[p].lower == "of"
                  for o in tree.dependents(p, ("pobj",))]
        roots += tree.dependents(index, ("compound",))
    return _heads(tree, roots)


def sets_up_a_channel(coder: ArticleCoder, view: SentenceView, index: int) -> bool:
    """A channel noun or a named channel is what the word sets up; talks or a meeting that
    'opened' or were 'launched' began (a MEET), they were not set up; a rail, trade or
    pipeline link joins places, not officials (`establish_links`)."""
    tree = view.tree
    opening = tree.tokens[index].lemma in OPENING_VERBS
    for i in established_heads(view, index):
        if (opening and tree.tokens[i].lemma in MEETING_NOUNS) or \
                tree.tokens[i].lemma in CONTACT_NOUNS:
            continue  # "established diplomatic contact", "opened talks": no channel set up
        if is_transport_link(tree, i):
            continue  # "opened a new rail link between two cities": no channel of officials
        if tree.tokens[index].lemma in SIGNING_VERBS:
            if signed_channel_agreement(tree, i, index):
                return True
            continue  # "signed a trade deal", "signed the joint statement": no channel
        span = view.token_channel.get(i)
        if tree.tokens[i].lemma in ESTABLISHABLE_NOUNS or tree.tokens[i].lower in \
                ESTABLISHABLE_NOUNS or (span is not None and span.slug):
            return True
    return False


def signed_channel_agreement(tree: Tree, head: int, verb: int) -> bool:
    """'signed a deconfliction memorandum', 'an agreement on preventing incidents at sea',
    'signed a memorandum in March on air safety procedures': an agreement whose own phrase,
    or the signing's 'on' phrase, makes it a mechanism of military contact (a clause hung on
    the agreement tells its own setting-up)."""
    if tree.tokens[head].lemma not in AGREEMENT_NOUNS and \
            tree.tokens[head].lower not in AGREEMENT_NOUNS:
        return False
    tokens = tree.subtree(head, stop=STOP)
    if tree.tokens[verb].head != head:  # not "the agreement signed in 1986"
        for prep in tree.dependents(verb, ("prep",)):
            if tree.tokens[prep].lower in AGREEMENT_MATTER_PREPOSITIONS:
                tokens |= tree.subtree(prep, stop=STOP)
    words = {w for i in tokens for w in (tree.tokens[i].lower, tree.tokens[i].lemma)}
    return bool(words & CHANNEL_AGREEMENT_MATTERS) or bool(
        words & SAFETY_AGREEMENT_CONCERNS and words & SAFETY_AGREEMENT_DOMAINS)


def between_states(coder: ArticleCoder, view: SentenceView) -> bool:
    """Two states can share the channel: the sentence names two, or the article has a pair
    (a city's new helpline is no channel between states)."""
    return coder.state.pair is not None or len(
        {m.state for m in view.mentions if m.state}) >= 2


@registry.theme_check("parley.establish-needs-a-channel.v1", types=(EventType.ESTABLISH,),
                      themes=("talks",), cue_words=ESTABLISHABLE_NOUNS)
def establish_needs_a_channel(coder: ArticleCoder, view: SentenceView, candidate: Candidate
                              ) -> bool | None:
    """'launched a maritime and air communication mechanism' sets up a channel; 'set up a
    meeting', 'opened the line again', 'launched a new helpline' in a one-state story do not."""
    tree = view.tree
    head = tree.tokens[candidate.index]
    if head.dep == "amod" and head.i < head.head:
        return False  # "over their established hotline": one that exists
    if any(tree.tokens[c].lower in RESTORING_ADVERBS
           for c in tree.dependents(candidate.index, ("advmod",))):
        return False
    return sets_up_a_channel(coder, view, candidate.index)


def _phrase_channel(coder: ArticleCoder, view: SentenceView, head: int) -> str | None:
    """The channel named by a noun phrase up to its head ('a secure Defense Telephone Link'
    of '… Link between the two defence ministries'), whose name ends at the head."""
    tree = view.tree
    start = min(i for i in tree.subtree(head) if i <= head)
    first, last = tree.tokens[start], tree.tokens[head]
    phrase = view.sentence.text[first.idx:last.idx + len(last.text)]
    for span in coder.extractor.find_channels(phrase):
        if span.slug and span.end == len(phrase):
            return span.slug
    return None


def _held_by_diplomats(coder: ArticleCoder, view: SentenceView, head: int) -> bool:
    """'a direct line between their foreign ministries': the line's whole phrase, with who
    it joins, names the diplomatic channel; a military hotline is the contract's 'hotline'."""
    tree = view.tree
    phrase = tree.subtree(head, stop=frozenset({"relcl", "acl", "advcl"}))
    first, last = tree.tokens[min(phrase)], tree.tokens[max(phrase)]
    text = view.sentence.text[first.idx:last.idx + len(last.text)]
    return any(span.slug == "diplomatic" for span in coder.extractor.find_channels(text))


def established_channel(coder: ArticleCoder, view: SentenceView, trigger: Trigger
                        ) -> list[str | None] | None:
    """The channel a setting-up sets up is the one its head noun names, not another named in
    the sentence: 'a Defense Telephone Link between the two defence ministries was set up'
    (the link, a hotline), 'the line was installed as part of the mechanism …' (the line the
    text was about). None: the general channel rules decide."""
    tree = view.tree
    for head in sorted(established_heads(view, trigger.index)):
        named = view.token_channel.get(head)
        if named is not None and named.slug and named.end > view.char_of(head) + len(
                tree.tokens[head].text) and not tree.tokens[head].text[:1].isupper():
            # "a direct line between their foreign ministries": a common noun's channel is
            # said by the whole phrase past it; a proper name ("a Defense Telephone Link
            # between the two defence ministries") says its own.
            return [named.slug]
        slug = _phrase_channel(coder, view, head)
        if slug == "hotline" and _held_by_diplomats(coder, view, head):
            return ["diplomatic"]  # "a direct line between their foreign ministries"
        if slug:
            return [slug]
        token = tree.tokens[head]
        if token.lemma in REFERRING_CHANNEL_NOUNS and head not in view.token_channel and any(
                tree.tokens[c].lower in REFERRING_DETERMINERS
                for c in tree.dependents(head, ("det", "poss"))) and coder.state.recent_channels:
            return [coder.state.recent_channels[-1]]  # "the line was installed on 31 March"
    return None


def agreement_date(coder: ArticleCoder, view: SentenceView, trigger: Trigger
                   ) -> DateMention | None:
    """'created under a 2008 agreement', 'set up by the 1998 accord': a channel created by an
    agreement dates from the agreement's date; 'signed an agreement in November 2007 to set
    up a link', 'pledged in May to open a hotline': from the date of the agreeing."""
    tree = view.tree
    token = tree.tokens[trigger.index]
    own = tree.subtree(trigger.index)
    dated_itself = any(set(view.token_range(d.start, d.end)) & own for d in view.dates)
    if token.dep in ("acl", "xcomp", "advcl") and token.head != trigger.index and \
            not dated_itself:
        agreeing = token.head
        if tree.tokens[agreeing].lemma in AGREEMENT_NOUNS and \
                tree.tokens[agreeing].head != agreeing:
            agreeing = tree.tokens[agreeing].head  # "signed an agreement … to set up"
        if tree.tokens[agreeing].lemma in AGREEMENT_VERBS | SIGNING_VERBS:
            return coder._date_of(view, Trigger(trigger.entry, agreeing, agreeing))
    for prep in tree.dependents(trigger.index, ("prep",)):
        if tree.tokens[prep].lower not in AGREEMENT_PREPOSITIONS:
            continue
        for noun in tree.dependents(prep, ("pobj",)):
            if tree.tokens[noun].lemma not in AGREEMENT_NOUNS:
                continue
            modifiers = {i for c in tree.dependents(noun, ("compound", "nummod", "amod", "poss"))
                         for i in tree.subtree(c)}
            for mention in view.dates:
                if mention.value and set(view.token_range(mention.start, mention.end)) & \
                        modifiers:
                    return mention
    return None


def named_mechanism(view: SentenceView, index: int) -> str | None:
    """The name of the mechanism a setting-up word sets up, as the text writes it, when it is
    a proper name ('the Maritime and Aerial Communication Mechanism', 'the DGMO hotline'):
    the channel span over its head noun with a capitalised word in it; None for a common
    noun ('a hotline'). For the `mechanism` field; the lead may wire a fuller recogniser."""
    text = view.sentence.text
    for i in sorted(established_heads(view, index)):
        span = view.token_channel.get(i)
        if span is None:
            continue
        name = text[span.start:span.end]
        if any(word[:1].isupper() for word in name.split()):
            return name
    return None
