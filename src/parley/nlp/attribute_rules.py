"""A model's attribute ruler applied without spaCy's Matcher: same annotations, less time.

`SentenceParser` (`parse.py`) uses `AttributeRules` in place of the model's attribute ruler
component; it sets the ruler's attributes on the doc, or on the token rows `token_rows.py`
reads when nothing else reads the doc.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: Token attributes the attribute ruler's patterns may test, as columns of `Doc.to_array`.
_RULE_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")

#: Columns to file a rule under, most selective first (a word before a tag).
_INDEX_ORDER = {1: 0, 2: 1, 0: 2, 3: 3}

#: The token attributes `doc_tokens` reads, as columns of `Doc.to_array`; a ruler that sets only
#: the middle five can set them on these rows instead of on the doc (`AttributeRules.patch`).
ROW_ATTRS = ("ORTH", "LEMMA", "POS", "TAG", "DEP", "MORPH", "IDX")


def _row_writes(attrs: Sequence[dict[Any, Any]]) -> tuple[tuple[tuple[int, int], ...], ...] | None:
    """Each attribute set of a ruler as (row column, value) writes, in its order; None when
    one sets something else (an extension, a norm …)."""
    from spacy.attrs import IDS

    columns = {IDS[name]: i for i, name in enumerate(ROW_ATTRS) if name not in ("ORTH", "IDX")}
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
RuleStarts = tuple[tuple[tuple[int, int], ...], tuple[_Rule, ...],
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

    def __call__(self, doc: Any, starts: dict[tuple[int, ...], RuleStarts] | None = None) -> Any:
        """Set the matching rules' attributes on `doc`; `starts` remembers, across the docs of
        a parser's calls, what starts at a token with given attributes (most tokens recur)."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        strings = self.strings
        starts = {} if starts is None else starts
        found: list[tuple[int, int, int, int]] = []
        for start, row in enumerate(rows):
            single, longer, _ = self._remembered(row, starts)
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

    def _remembered(self, row: list[int], starts: dict[tuple[int, ...], RuleStarts]
                    ) -> RuleStarts:
        """`_starting` for a token's attributes, from `starts` when seen before."""
        key = tuple(row)
        begun = starts.get(key)
        if begun is None:
            begun = starts[key] = self._starting(row)
        return begun

    def _starting(self, row: Sequence[int]) -> RuleStarts:
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
              starts: dict[tuple[int, ...], RuleStarts]) -> None:
        """Set the matching rules' attributes on token rows (`ROW_ATTRS`), as `__call__` sets
        them on the doc; `keys` are the tokens' `_RULE_COLUMNS`. A token that only one-token
        rules match gets their writes in rule order; with a longer match (rare), every
        match is applied in spaCy's order."""
        strings = self.strings
        longer_found: list[tuple[int, int, int, int]] = []
        writes: list[tuple[tuple[int, int], ...] | None] = []
        for start, row in enumerate(keys):
            _, longer, patch = self._remembered(row, starts)
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
                        starts: dict[tuple[int, ...], RuleStarts],
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
