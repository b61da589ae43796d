"""How `VETO_BELOW` (parley.second_opinion.training) was chosen: cross-validated vetoes.

The gold articles we may tune on (the bundled corpus and the TUNING half of ../shared/dev) are
cut into 8 folds by article. For each fold the classifier is fit without that fold's
sentences (the sentence tables always stay in), and the rule events of the fold's articles are
scored by it; an event is a true or a false positive as `parley eval` pairs them. The table
gives, per threshold, how many false and true positives the veto would drop. Counts only; no
sentence is printed. The last line says how often the classifier's likeliest type differs
from the type of a true rule event: whether it could choose types among rule candidates.
Needs the `embeddings` extra and the model package.

    python eval/second_opinion_thresholds.py ../shared/dev
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import train_second_opinion as training_script

FOLDS = 8
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.22, 0.25, 0.3, 0.4, 0.5)


def main(argv: list[str]) -> int:
    from parley.cli.evaluate import gold_article
    from parley.config import load_settings
    from parley.evaluation import match_article
    from parley.pipeline import Pipeline
    from parley.second_opinion.minilm import encoder
    from parley.second_opinion.training import (
        fit,
        gold_sentences,
        labels_of,
        table_sentences,
        targets,
    )

    dev = Path(argv[0])
    corpus, tuning = training_script.training_gold(dev)
    gold = corpus + tuning
    sentences = (gold_sentences(g.record for g in gold)
                 + table_sentences(training_script.table_rows()))
    labels = labels_of(sentences)
    features = encoder().encode([s.text for s in sentences])
    wanted = targets(sentences, labels)
    origins = np.array([s.origin for s in sentences])
    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://",
                                      second_opinion="off"))
    predicted = {r.article.id: r.events
                 for r in pipeline.extract([gold_article(g.record, g.id) for g in gold])}
    ids = sorted(g.id for g in gold)
    scored: list[tuple[bool, float, float | None]] = []  # (false positive, ANY, its type)
    other_type = 0  # true rule events whose type is not the classifier's likeliest
    for fold in range(FOLDS):
        held = set(ids[fold::FOLDS])
        kept = ~np.isin(origins, sorted(held))
        weights, biases = fit(features[kept], wanted[kept])
        for article in (g for g in gold if g.id in held and predicted[g.id]):
            events = predicted[article.id]
            false = {id(e) for e in match_article(article.events, events).false_positives}
            vectors = encoder().encode([e.evidence.sentence for e in events])
            probabilities = 1.0 / (1.0 + np.exp(-(vectors @ weights.T + biases)))
            for event, row in zip(events, probabilities, strict=True):
                of_type = (float(row[labels.index(event.type.value)])
                           if event.type.value in labels else None)
                scored.append((id(event) in false, float(row[0]), of_type))
                likeliest = labels[1 + int(np.argmax(row[1:]))]
                other_type += id(event) not in false and likeliest != event.type.value
    print(f"{len(scored)} rule events, {sum(f for f, _, _ in scored)} false positives")
    print("veto below | FP vetoed | TP vetoed")
    for threshold in THRESHOLDS:
        vetoed = [f for f, any_event, of_type in scored if any_event < threshold
                  and (of_type is None or of_type < threshold)]
        print(f"{threshold:10.2f} | {sum(vetoed):9d} | {len(vetoed) - sum(vetoed):9d}")
    true_events = len(scored) - sum(f for f, _, _ in scored)
    print(f"likeliest type differs from the rule's on {other_type} of {true_events} true events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
