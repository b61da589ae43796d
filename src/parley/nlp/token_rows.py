"""Parley's `Token` records read from a parsed spaCy doc as arrays of string ids.

Lemmas a rule lemmatizer would set are read by `RuleLemmas` (from its cache) rather than set
on the doc; attribute rules may be applied to the rows read (`attribute_rules.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from parley.nlp.attribute_rules import ROW_ATTRS, AttributeRules, RuleStarts
from parley.types import Token, make_token


class RuleLemmas:
    """What spaCy's rule lemmatizer would set as each token's lemma, without setting it.

    The component gives a token without a lemma (or every token, when it overwrites) the
    first of its `lemmatize` results, which it caches by (text, part of speech, morphology);
    this reads the same cache and calls the same method on a miss, so the lemmas are the
    ones the component would write (the doc itself is left without them).
    """

    def __init__(self, component: Any) -> None:
        self.component = component
        self.cache: dict[Any, list[str]] = component.cache
        self.overwrite = bool(component.overwrite)
        # The component caches only the lemmas it derives with its rules, not its early
        # answers (base forms, proper nouns, punctuation), which depend on the same
        # (text, part of speech, morphology) key; those are kept here (one parser's).
        self.answers: dict[tuple[int, int, int], str] = {}
        # Lower-case lemmas by key, as `doc_tokens` reads them (an answer never changes).
        self.lowered: dict[tuple[int, int, int], str] = {}

    @classmethod
    def of(cls, component: Any) -> RuleLemmas | None:
        """None unless `component` is a validated spaCy lemmatizer in rule mode."""
        from spacy.pipeline import Lemmatizer

        if not isinstance(component, Lemmatizer) or component.mode != "rule" or not getattr(
                component, "_validated", False) or not isinstance(
                getattr(component, "cache", None), dict):
            return None
        return cls(component)

    def lemma(self, doc: Any, i: int, orth: int, pos: int, morph: int) -> str:
        key = (orth, pos, morph)
        found = self.cache.get(key)
        if found is not None:
            return str(found[0])
        answer = self.answers.get(key)
        if answer is None:
            answer = str(self.component.lemmatize(doc[i])[0])
            if pos:  # no part of speech: spaCy warns each time; let it
                self.answers[key] = answer
        return answer

    def lower_lemma(self, doc: Any, i: int, orth: int, pos: int, morph: int) -> str:
        """`lemma` lower-cased, then remembered (not without a part of speech: see `lemma`)."""
        lower = self.lemma(doc, i, orth, pos, morph).lower()
        if pos:
            self.lowered[(orth, pos, morph)] = lower
        return lower


def doc_tokens(doc: Any, lemmatizer: RuleLemmas | None = None, names: StringNames | None = None,
            rules: tuple[AttributeRules, dict[tuple[int, ...], RuleStarts]] | None = None,
            ) -> tuple[Token, ...]:
    """Parley's tokens of a parsed doc (no entity types: the coder does not read them).

    Reads the attributes as one array of string ids and looks each distinct id up once (in
    `names`, kept by the parser), which is several times cheaper than spaCy's per-token string
    properties; the values are the same. With `rules` (an attribute ruler and its memo), their
    attributes are set on the rows read, not on the doc. With a `lemmatizer`, lemmas it would
    set are taken from it.
    """
    from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

    array = doc.to_array([ORTH, LEMMA, POS, TAG, DEP, MORPH, IDX, HEAD, TAG, LOWER, DEP,
                          IS_SPACE])
    rows = array[:, :7].tolist()
    # Heads are offsets relative to the token; negative ones need a signed view.
    heads = array[:, 7].view("int64").tolist()
    if rules is not None:
        rules[0].patch(array[:, 8:].tolist(), rows, rules[1])
    names = StringNames(doc.vocab.strings) if names is None else names
    lowered = names.lowered
    tokens: list[Token] = []
    for i, (orth, lemma, pos, tag, dep, morph, idx) in enumerate(rows):
        if lemmatizer is not None and (lemma == 0 or lemmatizer.overwrite):
            lower = lemmatizer.lowered.get((orth, pos, morph))
            if lower is None:
                if rules is not None:
                    _write_row(doc, i, rows[i])  # the lemmatizer reads the token
                lower = lemmatizer.lower_lemma(doc, i, orth, pos, morph)
        else:
            lower = lowered[lemma]
        tokens.append(make_token(i, names[orth], lower, names[pos], names[tag], names[dep],
                                 i + heads[i], idx))
    return tuple(tokens)


def _write_row(doc: Any, i: int, row: Sequence[int]) -> None:
    """Set a token's ruler-set attributes (`ROW_ATTRS` but its text and offset) on the doc."""
    from spacy.attrs import IDS
    from spacy.tokens._retokenize import set_token_attrs

    set_token_attrs(doc[i], {IDS[name]: row[c] for c, name in enumerate(ROW_ATTRS)
                             if name not in ("ORTH", "IDX")})


class StringNames(dict[int, str]):
    """The strings of ids read so far (0 is ""), looked up in the vocabulary on a first miss;
    `lowered` holds their lower-case forms (lemmas are read lower-cased)."""

    def __init__(self, strings: Any) -> None:
        super().__init__({0: ""})
        self.strings = strings
        self.lowered = _Lowered(self)

    def __missing__(self, key: int) -> str:
        text = self[key] = self.strings[key]
        return str(text)


class _Lowered(dict[int, str]):
    """Lower-case strings of ids, through a `StringNames`."""

    def __init__(self, names: StringNames) -> None:
        super().__init__()
        self.names = names

    def __missing__(self, key: int) -> str:
        text = self[key] = self.names[key].lower()
        return text
