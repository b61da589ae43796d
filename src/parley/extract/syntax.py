"""Small pure functions over a parsed sentence: children, subtrees, subjects, negation, mood.

Dependency labels are spaCy's English (ClearNLP) labels; each set below is named for the
linguistic role it stands for, so the coder reads as grammar rather than as label lists.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from parley.extract.grammar import grammar_words
from parley.types import Token

#: Who does it: active subjects, and the object of "by" in a passive.
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
#: Dependents that open a new clause or a new event: they are not the trigger's arguments.
CLAUSE_BOUNDARY_DEPS = frozenset(
    {"advcl", "ccomp", "parataxis", "mark", "punct", "cc", "relcl", "conj", "nsubj",
     "nsubjpass", "csubj", "aux", "auxpass", "neg", "appos", "dep", "meta", "preconj"}
)
#: Verbs whose subject is shared with an infinitive or coordinated verb ("refused to talk").
CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl"})
#: A noun modifier: a date or state inside one belongs to that noun, not to the clause.
NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
#: Prepositions that introduce a place, so a state after them is a location, not a party.
LOCATIVE_PREPOSITIONS = grammar_words("locative_prepositions")
#: Adverbs and auxiliaries that make a clause hypothetical (future, conditional, possible).
MODAL_WORDS = grammar_words("modal_words")
#: Verbs whose infinitive complement has not happened yet ("expected to call").
PROSPECTIVE_VERBS = grammar_words("prospective_verbs")
#: "were to ring", "are to meet": the copula of a plan, with its infinitive.
PLANNING_COPULAS = grammar_words("planning_copulas")
#: Verbs that make a resumption real when they govern it ("agreed to restart the talks").
AGREEMENT_VERBS = grammar_words("agreement_verbs")
NEGATION_WORDS = grammar_words("negation_words")
PENDING_ADVERBS = grammar_words("pending_adverbs")
NEGATIVE_SUBJECTS = grammar_words("negative_subjects")
HABITUAL_ADVERBS = grammar_words("habitual_adverbs")
#: "no official", "neither side": a negated subject.
NEGATIVE_DETERMINERS = grammar_words("negative_determiners")
#: Modals of a plain future ("talks will resume"), decided when agreed, not a prospect.
FUTURE_MODALS = grammar_words("future_modals")
#: "said it would scrap the pact": a future seen from a past report.
FUTURE_IN_PAST_MODALS = grammar_words("future_in_past_modals")
#: Verbs reporting a state's own decision ("said", "announced", "decided" it would …).
DECISION_REPORTING_VERBS = grammar_words("reporting_verbs") | AGREEMENT_VERBS
#: Pronouns that take up the reporter as the subject of its reported clause.
REPORTER_PRONOUNS = grammar_words("pronoun_subjects")
#: "if talks resume", "whether the line works": a condition or a question, not a fact.
CONDITION_SUBORDINATORS = grammar_words("condition_subordinators")
#: "only if", "until": a condition on a reported decision keeps it a prospect.
CONDITION_MARKERS = grammar_words("decision_condition_words")


@dataclass(frozen=True, slots=True)
class Tree:
    """A sentence's tokens (in text order, as a parse gives them) with precomputed children
    lists, labels and character offsets (the walks below read them for every token)."""

    tokens: tuple[Token, ...]
    children: tuple[tuple[int, ...], ...]
    offsets: tuple[int, ...]  # each token's `idx`, ascending
    deps: tuple[str, ...]  # each token's `dep`

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> Tree:
        kids: list[list[int]] = [[] for _ in tokens]
        for token in tokens:
            if token.head != token.i:
                kids[token.head].append(token.i)
        return cls(tuple(tokens), tuple(map(tuple, kids)),
                   tuple(t.idx for t in tokens), tuple(t.dep for t in tokens))

    def token_range(self, start: int, end: int) -> list[int]:
        """Indices of the tokens starting at a character offset in [start, end)."""
        return list(range(bisect_left(self.offsets, start), bisect_left(self.offsets, end)))

    def subtree(self, index: int, *, stop: frozenset[str] = frozenset()) -> set[int]:
        """Indices under `index` (itself included), not descending through `stop` labels."""
        return set(self._walk(index, stop))

    def _walk(self, index: int, stop: frozenset[str]) -> list[int] | set[int]:
        """The nodes under `index`, each once: a parse's heads form a tree, so a node is
        reached once; heads with a cycle are walked again, remembering what was seen."""
        children, labels = self.children, self.deps
        found = [index]
        limit = len(children)
        for node in found:
            for child in children[node]:
                if labels[child] not in stop:
                    found.append(child)
            if len(found) > limit:
                return self._walk_seen(index, stop)
        return found

    def _walk_seen(self, index: int, stop: frozenset[str]) -> set[int]:
        children, labels = self.children, self.deps
        seen = {index}
        stack = [index]
        while stack:
            for child in children[stack.pop()]:
                if child not in seen and labels[child] not in stop:
                    seen.add(child)
                    stack.append(child)
        return seen

    def dependents(self, index: int, deps: Collection[str]) -> list[int]:
        """The children of token `index` whose dependency label is one of `deps`."""
        labels = self.deps
        return [c for c in self.children[index] if labels[c] in deps]

    def phrasal_lemma(self, index: int) -> str:
        """A verb's lemma with its first particle ("rule out", "get through"); the lemma
        alone when it has none."""
        particles = [self.tokens[p].lower for p in self.dependents(index, ("prt",))]
        lemma = self.tokens[index].lemma
        return f"{lemma} {particles[0]}" if particles else lemma

    def conjuncts(self, index: int) -> list[int]:
        """`index` and every word coordinated under it ('British, French and Turkish'), in
        the order they are met, each once (heads with a cycle included)."""
        found, todo = [index], [index]
        while todo:
            for child in self.dependents(todo.pop(), ("conj",)):
                if child not in found:
                    found.append(child)
                    todo.append(child)
        return found

    def ancestors(self, index: int) -> list[int]:
        chain: list[int] = []
        current = index
        while self.tokens[current].head != current and len(chain) < 40:
            current = self.tokens[current].head
            chain.append(current)
        return chain

    def is_negated(self, index: int) -> bool:
        """A `neg` dependent, 'no'/'never' on the word, or a 'neither'/'no one' subject."""
        for child in self.children[index]:
            token = self.tokens[child]
            if token.dep == "neg" or (token.lower in NEGATION_WORDS and token.dep in
                                      {"det", "advmod", "preconj"}):
                return True
        verb = self.clause_head(index)
        for current in (verb, *self.ancestors(verb)[:2]):
            for child in self.children[current]:
                token = self.tokens[child]
                if token.dep in ("nsubj", "nsubjpass") and (
                        token.lower in NEGATIVE_SUBJECTS or any(
                            self.tokens[c].lower in NEGATIVE_DETERMINERS and
                            self.tokens[c].dep == "det" for c in self.children[child])):
                    return True
            if self.tokens[current].dep not in ("xcomp", "ccomp", "conj"):
                break
        return False

    def is_pending(self, index: int) -> bool:
        """'has yet to respond', 'is yet to reply': the verb is the complement of 'have' or
        'be' with 'yet', so it has not happened so far."""
        token = self.tokens[index]
        if token.dep != "xcomp" or token.head == index or \
                self.tokens[token.head].lemma not in ("have", "be"):
            return False
        return any(self.tokens[c].lower in PENDING_ADVERBS and self.tokens[c].dep == "advmod"
                   for c in self.children[token.head])

    def clause_head(self, index: int) -> int:
        """The verb a noun or participle belongs to (itself when it is a verb)."""
        current = index
        for _ in range(12):
            token = self.tokens[current]
            if token.pos in ("VERB", "AUX") and token.dep not in ("amod", "compound"):
                return current
            if token.head == current:
                return current
            current = token.head
        return current

    def modal_or_prospective(self, index: int, *, agreed_future: bool = False) -> bool:
        """True when the clause of `index`, or a verb governing it, is future or possible.

        With `agreed_future`, a plain future ("talks will resume") and an agreement ("agreed
        to restart") count as having happened: the decision is the event.
        """
        current = own_clause = self.clause_head(index)
        for _ in range(6):
            for child in self.children[current]:
                token = self.tokens[child]
                if token.dep in ("aux", "auxpass") and token.lower in MODAL_WORDS:
                    if agreed_future and token.lower in FUTURE_MODALS:
                        continue
                    if agreed_future and token.lower in FUTURE_IN_PAST_MODALS and \
                            current == own_clause and self.reported_own_decision(current):
                        continue
                    return True
                if token.dep == "mark" and token.lower in CONDITION_SUBORDINATORS:
                    return True
                if token.lower == "going" and token.dep == "aux":
                    return True
            token = self.tokens[current]
            if token.dep not in ("xcomp", "ccomp", "conj") or token.head == current:
                break
            if token.dep == "conj" and token.tag in ("VBD", "VBZ", "VBP"):
                break  # a finite coordinated verb has its own tense ("said … and urged")
            head = self.tokens[token.head]
            if token.dep == "xcomp" and head.lemma in PLANNING_COPULAS and any(
                    self.tokens[c].tag == "TO" for c in self.children[current]):
                # "officers were to ring each other twice a day", "the ministers are to meet
                # in May": a plan; a planned suspension or restoration is decided.
                return not agreed_future
            if token.dep in ("xcomp", "ccomp") and _verb_forms(head) & PROSPECTIVE_VERBS:
                if agreed_future and head.lemma in AGREEMENT_VERBS:
                    return False
                return True
            if token.dep == "conj" and current == own_clause:
                # "said it would suspend the pact and halt the hotline": a bare verb
                # coordinated with the clause shares its decision, as its own clause
                own_clause = token.head
            current = token.head
        return False


    def reported_own_decision(self, clause: int) -> bool:
        """'South Korea said it would scrap the pact', 'Moscow announced that they would
        halt the talks': a past report of the reporter's own future act (its subject a pronoun
        for the reporter) tells a decision taken; 'analysts said talks would stop', 'said it
        would return to the talks if …' stay prospects."""
        token = self.tokens[clause]
        if token.dep != "ccomp" or token.head == clause:
            return False
        head = self.tokens[token.head]
        if head.tag != "VBD" or not _verb_forms(head) & DECISION_REPORTING_VERBS:
            return False
        if not any(self.tokens[c].dep in SUBJECT_DEPS and
                   self.tokens[c].lower in REPORTER_PRONOUNS for c in self.children[clause]):
            return False
        return not any(
            self.tokens[grand].lower in CONDITION_MARKERS
            for child in self.children[clause] if self.tokens[child].dep == "advcl"
            for grand in self.children[child]) and not any(
            self.tokens[c].lower in CONDITION_MARKERS for c in self.children[clause])


def _verb_forms(token: Token) -> set[str]:
    """The lemma and the regular stems of a verb, for when the lemmatizer slips ("hopes" ->
    "hop"): -s, -es, -d, -ed and -ing (with its 'e') taken off."""
    word = token.lower
    forms = {token.lemma, word}
    for suffix, back in (("es", ""), ("s", ""), ("ed", ""), ("d", ""), ("ing", ""),
                         ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.add(word[: -len(suffix)] + back)
    return forms
