"""`parley eval`: scores against gold files, per event type, with the misses on request."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from parley.cli.common import JsonOption, WideOption, app, guard, print_json
from parley.cli.tables import Column, Table, print_table
from parley.cli.usage import example
from parley.config import load_settings
from parley.errors import ParleyError
from parley.types import Article

if TYPE_CHECKING:  # scoring loads when `parley eval` runs, not with every command
    from parley.near_misses import Diagnosis


# --------------------------------------------------------------------------- eval
@app.command(name="eval", epilog=example(
    "parley eval gold/ --split eval/dev-split.json --half checking --verbose"))
def eval_command(
    gold: Annotated[list[str], typer.Argument(metavar="GOLD...",
                                              help="Gold files or directories (the "
                                              "contract's gold format).")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss, false "
                                          "positive and wrong date with its sentence.")] = False,
    split: Annotated[str | None, typer.Option("--split", metavar="FILE",
                                              help="A split file (JSON lists of "
                                              "article ids per half, e.g. eval/dev-split.json)"
                                              "; needs --half.", show_default=False)] = None,
    half: Annotated[str | None, typer.Option("--half", metavar="NAME",
                                             help="Score only this half of the "
                                             "split (tuning or checking).",
                                             show_default=False)] = None,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Precision, recall and F1 against gold files, overall and per event type."""

    def run() -> None:
        from parley.evaluation import evaluate, load_gold, select_half
        from parley.pipeline import Pipeline

        articles = load_gold(gold)
        if (split is None) != (half is None):
            raise ParleyError("--split and --half go together")
        if split is not None and half is not None:
            articles = select_half(articles, split, half)
        pipeline = Pipeline(load_settings())
        inputs = [gold_article(g.record, g.id) for g in articles]
        predictions = {r.article.id: r.events for r in pipeline.extract(inputs)}
        result = evaluate(articles, predictions)
        from parley.near_misses import diagnose

        why = diagnose(articles, result)
        if as_json:
            print_json({**result.as_dict(verbose=verbose), "why": why.as_dict()})
            return
        if verbose:
            _print_outcome(result)
        table = Table([Column("type"), *(Column(header, right=True) for header in
                                         ("P", "R", "F1", "TP", "FP", "FN", "date acc"))])
        for name, scores in result.by_type.items():
            table.add_row(name, f"{scores.precision:.2f}", f"{scores.recall:.2f}",
                          f"{scores.f1:.2f}", str(scores.true_positives),
                          str(scores.false_positives), str(scores.false_negatives),
                          f"{scores.date_accuracy:.2f}" if scores.dates_scored else "-")
        print_table(table, wide=wide)
        _print_why(why)
        s = result.overall
        print(f"{result.articles} articles: TP {s.true_positives}, FP {s.false_positives}, "
              f"FN {s.false_negatives}")
        print(f"precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
              f"date accuracy {s.date_accuracy:.3f} ({s.dates_scored} dated)")

    guard(run)


def _print_why(why: Diagnosis) -> None:
    """What the misses were (before the totals, which stay the last two lines)."""
    from parley.near_misses import FIELDS

    counts = ", ".join(f"{name} {why.count(name)}" for name in FIELDS)
    print(f"near misses (one field wrong): {counts}; wrong dates {why.wrong_dates}")
    if why.confusions:
        pairs = ", ".join(f"{g}->{p} {n}" for (g, p), n in sorted(why.confusions.items()))
        print(f"type confusions (gold->predicted): {pairs}")
    per_100 = why.false_positives_per_100
    if per_100 is not None:
        print(f"false positives per 100 event-free articles: {per_100:.1f} "
              f"({why.false_positives_in_event_free} in {why.event_free_articles})")


def gold_article(record: dict[str, Any], article_id: str) -> Article:
    published = record.get("published")
    return Article(
        id=article_id, text=record["text"], title=record.get("title"), url=record.get("url"),
        source=record.get("source"),
        published=date.fromisoformat(published[:10]) if published else None,
    )


def _print_outcome(result: Any) -> None:
    from parley.evaluation import date_matches

    for gold in result.outcome.missed:
        print(f"MISS {gold.article}: {gold.type.value} {gold.source}->{gold.target} "
              f"{gold.channel} {gold.date}\n    {gold.sentence}")
    for event in result.outcome.false_positives:
        print(f"FP   {event.article}: {event.type.value} {event.source}->{event.target} "
              f"{event.channel} {event.date}\n    {event.evidence.sentence}")
    for gold, predicted in result.outcome.matched:
        if gold.date and not date_matches(gold.date, predicted.date):
            print(f"DATE {gold.article}: {gold.type.value} gold {gold.date} got "
                  f"{predicted.date}\n    {gold.sentence}")
