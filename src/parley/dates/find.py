"""`find_dates`: run the patterns over a text, keep the best matches, join ranges, resolve.

The steps: every rule's atoms; the longest non-overlapping ones; modifiers ("early", "the end
of") added to their spans; years shared along lists ("February and March 2023"); then ranges
("since 2021", "from March to June 2023", "between 2019 and 2021") and resolution.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from parley.dates import lexicon
from parley.dates import resolve as rs
from parley.dates.model import Anchor, Atom, AtomKind, Resolved
from parley.dates.patterns import RULES, Rule
from parley.resolve.caseless import caseless, lowered_twin
from parley.types import DateMention, Precision

_LOOKBACK = 60

_MODIFIER = re.compile(
    r"\b(?:the\s+)?(?:very\s+)?"
    r"(?:early|earlier|late|later|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of"
    r"|turn\s+of|close\s+of|course\s+of"
    r"|(?:first|second|third|fourth|last|final|closing|opening|latter)\s+"
    r"(?:half|quarter|week|weeks|days|months|part)\s+of"
    r"|(?:early|small|wee)\s+hours\s+of|(?:morning|afternoon|evening|night)\s+of)"
    r"(?:\s+on|\s+in)?(?:\s+the)?(?:\s+|\s*-\s*)$",
    re.IGNORECASE,
)
_SEASON = re.compile(
    r"\b(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?\s+$", re.IGNORECASE
)
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_GAP_BETWEEN = re.compile(r"\s*(?:and|&|-|–|—)\s*", re.IGNORECASE)
_GAP_FROM = re.compile(
    r"\s*(?:-|–|—)\s*|\s+(?:to|until|till|through|thru|into)\s+(?:the\s+)?", re.IGNORECASE
)
_GAP_BARE = re.compile(r"\s*(?:-|–|—)\s*|\s+(?:to|through|thru|until|till)\s+", re.IGNORECASE)
_GAP_LIST = re.compile(
    r"\s*(?:,|,?\s*and|,?\s*or|&)\s*|\s*(?:-|–|—)\s*|\s+(?:to|through|thru|until|till|into)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Piece:
    """A span of text that becomes one DateMention: one atom, or two joined as a range."""

    start: int
    end: int
    first: Atom
    second: Atom | None = None
    since: bool = False


def find_dates(text: str, published: date | None, *, ahead: bool = False
               ) -> list[DateMention]:
    """Every temporal expression in `text`, resolved against `published`.

    Offsets are character offsets in `text`. Expressions that need the publication date
    (relative ones, and dates without a year) get value and precision None when it is None.
    With `ahead`, the text tells what is to come ("the two sides will meet in March"): a
    bare month or weekday is the first on or after publication instead of the latest
    before it; dates with a year or a "last"/"next" stay as they are.
    """
    atoms = _select(_candidates(text))
    atoms = _with_modifiers(text, atoms)
    atoms = _share_years(text, atoms)
    if ahead:
        atoms = [_ahead(atom) for atom in atoms]
    pieces = _pieces(text, atoms)
    mentions = [_mention(text, piece, published) for piece in pieces]
    return _weekdays_in_order(text, pieces, mentions, ahead=ahead)


#: Between two weekdays of one list: "on Monday and (again) on Thursday", "Monday, Tuesday".
_WEEKDAY_LIST = re.compile(r"\s*(?:,|,?\s*and|,?\s*then|&)\s*(?:again\s+|then\s+)?(?:on\s+)?",
                           re.IGNORECASE)


def _weekdays_in_order(text: str, pieces: list[_Piece], mentions: list[DateMention], *,
                       ahead: bool) -> list[DateMention]:
    """Bare weekdays listed together are told in the order they fell: "met on Monday and
    again on Thursday", written on a Monday, is last Monday, three days before Thursday,
    not the day of writing after it. A told future ("will meet on Monday and Thursday")
    moves the later one on a week instead."""
    result = list(mentions)
    steps = range(len(result) - 1) if ahead else range(len(result) - 2, -1, -1)
    for i in steps:
        first, second = pieces[i], pieces[i + 1]
        if not all(p.second is None and p.first.kind is AtomKind.WEEKDAY
                   and p.first.weekday is not None for p in (first, second)):
            continue
        earlier, later = result[i], result[i + 1]
        if not earlier.value or not later.value or earlier.value <= later.value:
            continue
        if not _WEEKDAY_LIST.fullmatch(text, earlier.end, later.start):
            continue
        if ahead:
            moved = date.fromisoformat(later.value) + timedelta(days=7)
            result[i + 1] = replace(later, value=moved.isoformat())
        else:
            moved = date.fromisoformat(earlier.value) - timedelta(days=7)
            result[i] = replace(earlier, value=moved.isoformat())
    return result


def _ahead(atom: Atom) -> Atom:
    """The atom placed forward: a year-less calendar date of the plain (latest) anchor, or a
    bare weekday."""
    cal = atom.calendar
    if cal is not None and cal.month is not None and not cal.has_year \
            and cal.anchor is Anchor.LATEST:
        return replace(atom, calendar=replace(cal, anchor=Anchor.AHEAD))
    if atom.kind is AtomKind.WEEKDAY and atom.weekday is not None:
        return replace(atom, resolver=rs.weekday_ahead(atom.weekday))
    return atom


@dataclass(frozen=True, slots=True)
class _Cue:
    """Something a text must contain for a rule to match in it: one of `words` (lower-case
    substrings, a cheap first test) and, when given, a match of `pattern`."""

    words: frozenset[str]
    pattern: re.Pattern[str] | None = None
    twin: re.Pattern[str] | None = None  # `lowered_twin(pattern)`

    def found(self, text: str, folded: str | None, present: frozenset[str] | None) -> bool:
        """Whether `text` has the cue, given `caseless(text)` and the cue words `present` in
        it (None: unknown, as with a character that matches an ASCII letter
        case-insensitively but is not one in lower case, "ſ" matching "s"; only the regex
        then answers exactly)."""
        if present is not None and present.isdisjoint(self.words):
            return False
        if self.pattern is None:
            return True
        if self.twin is not None and folded is not None:
            return self.twin.search(folded) is not None
        return self.pattern.search(text) is not None


#: Characters a case-insensitive regex matches to an ASCII letter whose lower-case form is
#: not that letter.
_CASE_FOLD_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")
_ODDITY = re.compile("[" + "".join(_CASE_FOLD_ODDITIES) + "]")


def _cue(words: str, pattern: str | None = None) -> _Cue:
    compiled = re.compile(pattern, re.IGNORECASE) if pattern else None
    return _Cue(frozenset(words.split()), compiled,
                lowered_twin(compiled) if compiled else None)


_DIGIT = _cue("0 1 2 3 4 5 6 7 8 9")
#: A month name or abbreviation as the rules read one: not followed by a letter.
_MONTH_WORD = _cue(" ".join(sorted({name[:3] for name in lexicon.MONTHS})),
                   rf"(?:{lexicon.alternation(lexicon.MONTHS)})(?:\.|(?![a-z]))")
#: What a text must contain for a rule to match in it: every rule's pattern needs these
#: literally (a month word, a digit, "ago", ...), so a rule whose cues are absent is skipped
#: without changing any result. Rules not listed always run.
_RULE_CUES: dict[str, tuple[_Cue, ...]] = {
    "iso": (_DIGIT,),
    "numeric": (_DIGIT,),
    "holiday": (_cue("christmas boxing year", r"christmas|boxing|new\s+year"),),
    "month_day": (_DIGIT, _MONTH_WORD),
    "day_month": (_DIGIT, _MONTH_WORD),
    "month_year": (_MONTH_WORD,),
    "relative_month": (_MONTH_WORD,),
    "this_time_last_year": (_cue("time"),),
    "past_span": (_cue("past last"),),
    "span_since": (_cue("since"),),
    "ago": (_cue("ago", r"\sago(?![a-z])"),),
    "day_word": (_cue("today tonight yesterday tomorrow night morning afternoon evening"),),
    "weekend": (_cue("weekend"),),
    "relative_period": (_cue("week month year"),),
    "weekday": (_cue(" ".join(lexicon.WEEKDAYS)),),
    "recent": (_cue("recent"),),
    "bare_month": (_MONTH_WORD,),
    "year": (_DIGIT,),
}

#: The distinct cues, and each rule with its priority (its position in RULES), its regex's
#: lowered twin, and the positions of its cues there (a text's cues are each tested once).
_CUES: tuple[_Cue, ...] = tuple(dict.fromkeys(c for cues in _RULE_CUES.values() for c in cues))
_PLAN: tuple[tuple[int, Rule, re.Pattern[str] | None, tuple[int, ...]], ...] = tuple(
    (priority, rule, lowered_twin(rule.pattern),
     tuple(_CUES.index(c) for c in _RULE_CUES.get(rule.name, ())))
    for priority, rule in enumerate(RULES))
#: Every cue word, looked for in a text once.
_CUE_WORDS: tuple[str, ...] = tuple(sorted({w for cue in _CUES for w in cue.words}))


def _candidates(text: str) -> list[tuple[Atom, int]]:
    found: list[tuple[Atom, int]] = []
    folded = caseless(text)
    lower = text.lower() if folded is None else folded
    present = None if _ODDITY.search(text) else frozenset(
        w for w in _CUE_WORDS if w in lower)
    known: list[bool | None] = [None] * len(_CUES)
    for priority, rule, twin, cues in _PLAN:
        if not _has_cues(cues, known, text, folded, present):
            continue
        for match in _matches(rule.pattern, twin, text, folded):
            atom = rule.build(match, text)
            if atom is not None and atom.end > atom.start:
                found.append((atom, priority))
    return found


def _has_cues(cues: tuple[int, ...], known: list[bool | None], text: str, folded: str | None,
              present: frozenset[str] | None) -> bool:
    """Whether the text has every cue of a rule; `known` keeps the answers per cue."""
    for index in cues:
        answer = known[index]
        if answer is None:
            answer = known[index] = _CUES[index].found(text, folded, present)
        if not answer:
            return False
    return True


def _matches(pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str,
             folded: str | None) -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)`, found by the pattern's lowered twin on `caseless(text)` when
    both exist (faster), each match then read again by the pattern at its start, for the
    builders (they read the text's capitals)."""
    if twin is None or folded is None:
        return pattern.finditer(text)
    spans = [m.span() for m in twin.finditer(folded)]
    if not spans:
        return ()
    matches = [pattern.match(text, start) for start, _ in spans]
    if all(m is not None and m.end() == end for m, (_, end) in zip(matches, spans, strict=True)):
        return [m for m in matches if m is not None]
    return pattern.finditer(text)  # not reached when the twin is right; the plain way then


def _select(candidates: list[tuple[Atom, int]]) -> list[Atom]:
    """The longest atoms first, then the earliest, then by rule order; none overlapping."""
    chosen: list[Atom] = []
    ordered = sorted(candidates, key=lambda c: (c[0].start - c[0].end, c[0].start, c[1]))
    for atom, _ in ordered:
        if all(atom.end <= other.start or atom.start >= other.end for other in chosen):
            chosen.append(atom)
    return sorted(chosen, key=lambda a: a.start)


def _with_modifiers(text: str, atoms: list[Atom]) -> list[Atom]:
    """Spans widened over "early", "the end of", "mid-", "the spring of" before an atom."""
    widened: list[Atom] = []
    floor = 0
    for atom in atoms:
        start = atom.start
        for _ in range(3):
            lo = max(floor, start - _LOOKBACK)
            match = _MODIFIER.search(text, lo, start)
            if match is None and atom.grain is Precision.YEAR:
                match = _SEASON.search(text, lo, start)
            if match is None:
                break
            start = match.start()
        widened.append(replace(atom, start=start) if start != atom.start else atom)
        floor = atom.end
    return widened


def _share_years(text: str, atoms: list[Atom]) -> list[Atom]:
    """A year-less date before a dated one in a list or range takes its year, stepping one
    back when it falls later in the year ("December and January 2023" → 2022-12)."""
    result = list(atoms)
    for i in range(len(result) - 2, -1, -1):
        first, second = result[i], result[i + 1]
        a, b = first.calendar, second.calendar
        if a is None or b is None or a.month is None or a.has_year or a.anchor is not Anchor.LATEST:
            continue
        if not b.has_year or not _GAP_LIST.fullmatch(text, first.end, second.start):
            continue
        later = b.month is not None and (a.month, a.day or 0) > (b.month, b.day or 0)
        step = 1 if later else 0
        if b.year is not None:
            shared = replace(a, year=b.year - step)
        else:
            shared = replace(a, year_offset=(b.year_offset or 0) - step)
        result[i] = replace(first, calendar=shared)
    return result


def _pieces(text: str, atoms: list[Atom]) -> list[_Piece]:
    pieces: list[_Piece] = []
    floor = 0
    i = 0
    while i < len(atoms):
        first = atoms[i]
        lo = max(floor, first.start - _LOOKBACK)
        second = atoms[i + 1] if i + 1 < len(atoms) else None
        piece = _range(text, first, second, lo) if second is not None else None
        if piece is not None:
            i += 2
        else:
            piece = _single(text, first, lo)
            i += 1
        pieces.append(piece)
        floor = piece.end
    return pieces


def _range(text: str, first: Atom, second: Atom, lo: int) -> _Piece | None:
    between = _BETWEEN.search(text, lo, first.start)
    if between and _GAP_BETWEEN.fullmatch(text, first.end, second.start):
        return _Piece(between.start(), second.end, first, second)
    start_from = _FROM.search(text, lo, first.start)
    if start_from and _GAP_FROM.fullmatch(text, first.end, second.start):
        return _Piece(start_from.start(), second.end, first, second)
    same_kind = first.kind is second.kind and first.kind is not AtomKind.RELATIVE
    if same_kind and _GAP_BARE.fullmatch(text, first.end, second.start):
        return _Piece(first.start, second.end, first, second)
    return None


def _single(text: str, atom: Atom, lo: int) -> _Piece:
    since = _SINCE.search(text, lo, atom.start)
    if since:
        return _Piece(since.start(), atom.end, atom, since=True)
    if atom.end_calendar is not None:
        prefix = _FROM.search(text, lo, atom.start) or _BETWEEN.search(text, lo, atom.start)
        if prefix:
            return _Piece(prefix.start(), atom.end, atom)
    return _Piece(atom.start, atom.end, atom)


def _resolve_second(
    first: Atom, second: Atom, start: Resolved, published: date | None
) -> Resolved | None:
    """The end of a range; a year-less calendar end is placed on or after the start."""
    if (
        second.calendar is not None
        and not second.calendar.has_year
        and second.calendar.anchor in (Anchor.LATEST, Anchor.AHEAD)
        and first.calendar is not None
    ):
        start_point = rs.place(first.calendar, published)
        if start_point is not None:
            end_point = rs.place_after(second.calendar, start_point)
            if end_point is None:
                return None
            return Resolved(end_point.iso(), end_point.precision)
    end = rs.resolve_atom(second, published)
    if end is not None and second.kind is AtomKind.WEEKDAY:
        end = rs.weekday_range_end(start, end)
    return end


def _mention(text: str, piece: _Piece, published: date | None) -> DateMention:
    start = rs.resolve_atom(piece.first, published)
    value = start.value if start else None
    precision = start.precision if start else None
    end_value: str | None = start.end_value if start else None
    if start is not None and piece.second is not None:
        end = _resolve_second(piece.first, piece.second, start, published)
        end_value = (end.end_value or end.value) if end else None
    elif start is not None and piece.since:
        end_value = rs.published_default(published)
    return DateMention(
        text=text[piece.start : piece.end],
        start=piece.start,
        end=piece.end,
        value=value,
        precision=precision,
        end_value=end_value,
    )
