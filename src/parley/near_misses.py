"""Why an evaluation scored what it did: near misses by field, type confusions, and noise.

A miss and a false positive of the same article often tell one event read almost right:
right type and states on the wrong channel, the states the wrong way round, or the right
channel and states under another type. Counting those apart says which kind of rule to fix
(channels, direction, the type of contact) instead of one F1 figure; the false positives per
100 articles of gold files without events say how noisy the coder is on news that holds none.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from parley.evaluation import Evaluation, GoldArticle, GoldEvent, date_matches
from parley.types import UNORDERED_TYPES, Event

#: The field a near miss got wrong, in the order misses are paired with false positives.
Field = Literal["channel", "direction", "type"]
FIELDS: tuple[Field, ...] = ("channel", "direction", "type")


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A required gold event and the false positive that told it with one field wrong."""

    field: Field
    gold: GoldEvent
    predicted: Event


@dataclass(slots=True)
class Diagnosis:
    """Near misses by field, the type confusion matrix, wrong dates and noise per 100."""

    near_misses: list[NearMiss] = field(default_factory=list)
    wrong_dates: int = 0
    event_free_articles: int = 0
    false_positives_in_event_free: int = 0

    def count(self, which: Field) -> int:
        return sum(1 for item in self.near_misses if item.field == which)

    @property
    def confusions(self) -> Counter[tuple[str, str]]:
        """(gold type, predicted type) of the near misses whose type was wrong."""
        return Counter((m.gold.type.value, m.predicted.type.value)
                       for m in self.near_misses if m.field == "type")

    @property
    def false_positives_per_100(self) -> float | None:
        """False positives per 100 gold articles without any event; None without such files."""
        if not self.event_free_articles:
            return None
        return 100.0 * self.false_positives_in_event_free / self.event_free_articles

    def as_dict(self) -> dict[str, Any]:
        per_100 = self.false_positives_per_100
        return {
            "near_misses": {name: self.count(name) for name in FIELDS},
            "type_confusions": [{"gold": g, "predicted": p, "count": n}
                                for (g, p), n in sorted(self.confusions.items())],
            "wrong_dates": self.wrong_dates,
            "event_free_articles": self.event_free_articles,
            "false_positives_per_100_event_free": round(per_100, 2)
            if per_100 is not None else None,
        }


def _states(event: GoldEvent | Event) -> tuple[str | None, str | None]:
    return event.source, event.target


def _wrong_channel(gold: GoldEvent, predicted: Event) -> bool:
    """'They met' read on another channel: type and states right, the channel not."""
    if gold.type is not predicted.type or gold.channel is None:
        return False
    if gold.type in UNORDERED_TYPES:
        same = set(_states(gold)) == set(_states(predicted))
    else:
        same = _states(gold) == _states(predicted)
    return same and gold.channel != predicted.channel


def _wrong_direction(gold: GoldEvent, predicted: Event) -> bool:
    """'X intercepted Y's aircraft' told as Y's act: a directed type with its states swapped."""
    return (gold.type is predicted.type and gold.type not in UNORDERED_TYPES
            and gold.source != gold.target
            and _states(gold) == (predicted.target, predicted.source)
            and gold.channel in (None, predicted.channel))


def _wrong_type(gold: GoldEvent, predicted: Event) -> bool:
    """'Spoke by phone' read as a meeting: the states and channel right, the type not."""
    return (gold.type is not predicted.type
            and set(_states(gold)) == set(_states(predicted))
            and gold.channel in (None, predicted.channel))


_TESTS: dict[Field, Callable[[GoldEvent, Event], bool]] = {
    "channel": _wrong_channel, "direction": _wrong_direction, "type": _wrong_type,
}


def pair_near_misses(missed: Sequence[GoldEvent], false_positives: Sequence[Event]
                     ) -> list[NearMiss]:
    """Pair each miss with at most one false positive of its article, one field wrong.

    Fields are tried in the order of FIELDS over all misses before the next, so that a
    wrong channel is preferred as the explanation over a wrong type.
    """
    free: dict[str, list[Event]] = defaultdict(list)
    for event in false_positives:
        free[event.article].append(event)
    found: list[NearMiss] = []
    left = list(missed)
    for name in FIELDS:
        test = _TESTS[name]
        still: list[GoldEvent] = []
        for gold in left:
            candidates = free.get(gold.article, [])
            hit = next((p for p in candidates if test(gold, p)), None)
            if hit is None:
                still.append(gold)
                continue
            candidates.remove(hit)
            found.append(NearMiss(name, gold, hit))
        left = still
    return found


def diagnose(gold: Sequence[GoldArticle], result: Evaluation) -> Diagnosis:
    """The diagnosis of one evaluation over its gold articles."""
    outcome = result.outcome
    diagnosis = Diagnosis(near_misses=pair_near_misses(outcome.missed,
                                                       outcome.false_positives))
    diagnosis.wrong_dates = sum(1 for g, p in outcome.matched
                                if g.date and not date_matches(g.date, p.date))
    empty = {article.id for article in gold if not article.events}
    diagnosis.event_free_articles = len(empty)
    diagnosis.false_positives_in_event_free = sum(
        1 for event in outcome.false_positives if event.article in empty)
    return diagnosis
