"""Scores predicted events against gold files, by the matching rules of the event contract.

A prediction matches a gold event when the type is equal, the states are equal (in order for
directed types, in either order for MEET, CALL, RESUME and STATUS) and the channel is equal (a
gold channel of null accepts any). Gold events with `required: false` are neither missed nor
false positives. Dates are scored on matched events with a gold date, cut to its precision.
Which prediction pairs with which gold event is chosen by `parley.pairing`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parley.errors import InputError
from parley.pairing import best_pairing
from parley.types import UNORDERED_TYPES, Event, EventType


@dataclass(frozen=True, slots=True)
class GoldEvent:
    article: str
    type: EventType
    source: str | None
    target: str | None
    channel: str | None
    date: str | None
    required: bool
    sentence: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    path: str
    record: dict[str, Any]
    events: tuple[GoldEvent, ...]


@dataclass(slots=True)
class Outcome:
    """What happened to each event: matched pairs, misses and false positives."""

    matched: list[tuple[GoldEvent, Event]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    false_positives: list[Event] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Scores:
    true_positives: int
    false_positives: int
    false_negatives: int
    dates_scored: int
    dates_correct: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_correct / self.dates_scored if self.dates_scored else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "true_positives": self.true_positives,
            "false_positives": self.false_positives, "false_negatives": self.false_negatives,
            "date_accuracy": round(self.date_accuracy, 4), "dates_scored": self.dates_scored,
        }


@dataclass(slots=True)
class Evaluation:
    overall: Scores
    by_type: dict[str, Scores]
    outcome: Outcome
    articles: int

    def as_dict(self, *, verbose: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "articles": self.articles,
            "overall": self.overall.as_dict(),
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
        }
        if verbose:
            result["missed"] = [_gold_dict(g) for g in self.outcome.missed]
            result["false_positives"] = [e.to_contract() for e in self.outcome.false_positives]
            result["wrong_dates"] = [
                {"gold": _gold_dict(g), "predicted": p.date}
                for g, p in self.outcome.matched if g.date and not date_matches(g.date, p.date)
            ]
        return result


def _gold_dict(gold: GoldEvent) -> dict[str, Any]:
    return {"article": gold.article, "type": gold.type.value, "source": gold.source,
            "target": gold.target, "channel": gold.channel, "date": gold.date,
            "sentence": gold.sentence}


def load_gold(paths: Sequence[str]) -> list[GoldArticle]:
    """Gold articles from files and directories (recursively, *.json and *.jsonl)."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in (".json", ".jsonl")))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(name, "no such file or directory")
    articles: list[GoldArticle] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
            records = ([json.loads(line) for line in text.splitlines() if line.strip()]
                       if file.suffix == ".jsonl" else [json.loads(text)])
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise InputError(str(file), f"cannot read gold file ({error})") from error
        for record in records:
            if not isinstance(record, dict) or "text" not in record or "events" not in record:
                raise InputError(str(file), "not a gold file (needs 'text' and 'events')")
            article_id = str(record.get("id") or file.stem)
            try:
                events = tuple(
                    GoldEvent(
                        article=article_id, type=EventType(e["type"]), source=e.get("source"),
                        target=e.get("target"), channel=e.get("channel"), date=e.get("date"),
                        required=bool(e.get("required", True)),
                        sentence=(e.get("evidence") or {}).get("sentence", ""),
                    )
                    for e in record["events"]
                )
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                raise InputError(str(file), f"bad gold event ({error})") from None
            articles.append(GoldArticle(article_id, str(file), record, events))
    return articles


def select_half(articles: Sequence[GoldArticle], split_file: str, half: str
                ) -> list[GoldArticle]:
    """The gold articles of one half of a committed split (`eval/dev-split.json`).

    The split lists article ids per half; scoring the checking half alone is how its figures
    are read without looking at its misses.
    """
    try:
        split = json.loads(Path(split_file).read_text(encoding="utf-8"))
        wanted = set(split[half])
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(split_file, f"cannot read split file ({error})") from None
    except (KeyError, TypeError):
        raise InputError(split_file, f"split file has no list {half!r}") from None
    return [article for article in articles if article.id in wanted]


def event_matches(gold: GoldEvent, predicted: Event) -> bool:
    if gold.type is not predicted.type:
        return False
    if gold.channel is not None and gold.channel != predicted.channel:
        return False
    if gold.type in UNORDERED_TYPES:
        return {gold.source, gold.target} == {predicted.source, predicted.target}
    return (gold.source, gold.target) == (predicted.source, predicted.target)


def date_matches(gold: str, predicted: str | None) -> bool:
    return predicted is not None and predicted[: len(gold)] == gold


def match_article(gold: Sequence[GoldEvent], predicted: Sequence[Event]) -> Outcome:
    """Pair gold and predicted events one to one (`parley.pairing`): the most required gold
    events matched, then the fewest false positives, then the most dates right, then the
    most channels equal."""
    outcome = Outcome()
    pairs = best_pairing(gold, predicted, event_matches, lambda g, p: (
        g.required, True, bool(g.required and g.date and date_matches(g.date, p.date)),
        p.channel == g.channel))
    for index, item in enumerate(gold):
        if index in pairs:
            if item.required:
                outcome.matched.append((item, predicted[pairs[index]]))
        elif item.required:
            outcome.missed.append(item)
    taken = set(pairs.values())
    outcome.false_positives.extend(p for i, p in enumerate(predicted) if i not in taken)
    return outcome


def score(outcome: Outcome, *, only: EventType | None = None) -> Scores:
    matched = [(g, p) for g, p in outcome.matched if only is None or g.type is only]
    dated = [(g, p) for g, p in matched if g.date]
    return Scores(
        true_positives=len(matched),
        false_positives=sum(1 for p in outcome.false_positives if only in (None, p.type)),
        false_negatives=sum(1 for g in outcome.missed if only in (None, g.type)),
        dates_scored=len(dated),
        dates_correct=sum(1 for g, p in dated if g.date and date_matches(g.date, p.date)),
    )


def evaluate(gold: Sequence[GoldArticle], predictions: dict[str, list[Event]]) -> Evaluation:
    total = Outcome()
    for article in gold:
        outcome = match_article(article.events, predictions.get(article.id, []))
        total.matched.extend(outcome.matched)
        total.missed.extend(outcome.missed)
        total.false_positives.extend(outcome.false_positives)
    types: Iterable[EventType] = sorted(
        {g.type for g, _ in total.matched} | {g.type for g in total.missed}
        | {p.type for p in total.false_positives}, key=lambda t: t.value)
    return Evaluation(
        overall=score(total),
        by_type={t.value: score(total, only=t) for t in types},
        outcome=total,
        articles=len(gold),
    )


def type_counts(events: Iterable[Event]) -> Counter[str]:
    return Counter(e.type.value for e in events)
