"""Parley's throughput, memory and pre-filter benchmark.

One process, one loaded spaCy model, the same article texts for every measurement:

1. raw spaCy: ``list(nlp.pipe(texts, batch_size=64))`` over whole article texts;
2. Parley end to end: ``list(Pipeline(settings).extract(articles))``, pre-filter on and off;
3. the ratio Parley (pre-filter on) / raw spaCy, against a target of >= 2.0;
4. Parley's peak RSS (``resource.getrusage(...).ru_maxrss`` once the model is loaded and Parley
   has run on every text, before raw spaCy first runs), against <= 500 MB; the whole
   process's peak, raw spaCy's full-pipeline batches included, is reported beside it;
5. precision, recall and F1 on the corpora's gold files with and without the pre-filter;
   the pre-filter must not lose events (equal recall).

Run: ``.venv/bin/python benchmarks/run.py [--repeat N] [--corpus DIR ...] [--strict]``.
Results also go to ``bench-results/bench.json``. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import os
import platform
import pstats
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = ROOT / "src" / "parley" / "data" / "corpus"
SHARED_DEV = Path("/work/shared/dev")
RESULTS = ROOT / "bench-results" / "bench.json"

RATIO_TARGET = 2.0
MEMORY_TARGET_MB = 500.0
RAW_BATCH_SIZE = 64

from parley.cli import gold_article  # noqa: E402  (how `parley eval` turns gold into Articles)
from parley.config import Settings, load_settings  # noqa: E402
from parley.evaluation import GoldArticle, evaluate, load_gold  # noqa: E402
from parley.nlp import load_model, resolve_model_name  # noqa: E402
from parley.nlp.attribute_rules import attribute_rules  # noqa: E402
from parley.nlp.parse import UNUSED_COMPONENTS  # noqa: E402
from parley.pipeline import Pipeline  # noqa: E402
from parley.types import Article  # noqa: E402


# --------------------------------------------------------------------------- helpers
def peak_rss_mb() -> float:
    """High-water mark of the process RSS (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall time (perf_counter) and CPU time (process_time) of one run, and its result."""
    start, cpu_start = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - start, time.process_time() - cpu_start, result


def replicate(articles: Sequence[Article], minimum: int) -> tuple[list[Article], int]:
    """The articles repeated until there are at least `minimum`; copy 0 keeps its ids."""
    copies = max(1, math.ceil(minimum / len(articles))) if articles else 1
    out = [a if k == 0 else replace(a, id=f"{a.id}~{k}")
           for k in range(copies) for a in articles]
    return out, copies


def default_corpora() -> list[str]:
    corpora = [str(BUNDLED_CORPUS)]
    if SHARED_DEV.is_dir():
        corpora.append(str(SHARED_DEV))
    return corpora


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# --------------------------------------------------------------------------- measures
def prefilter_share(pipeline: Pipeline, articles: Sequence[Article]) -> dict[str, Any]:
    """How many sentences (and characters) the lexical pre-filter sends to the parser."""
    sentences = candidates = chars = candidate_chars = 0
    for article in articles:
        split = pipeline.split(article)
        chosen = pipeline.candidates(split)
        sentences += len(split)
        candidates += len(chosen)
        chars += sum(len(s.text) for s in split)
        candidate_chars += sum(len(s.text) for s in chosen)
    return {
        "sentences": sentences, "candidate_sentences": candidates,
        "chars": chars, "candidate_chars": candidate_chars,
        "sentence_share": round(candidates / sentences, 4) if sentences else 0.0,
        "char_share": round(candidate_chars / chars, 4) if chars else 0.0,
    }


def accuracy(settings: Settings, gold: Sequence[GoldArticle],
             corpora: Sequence[str]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Scores overall and per corpus, and each article's events as sorted contract JSON."""
    pipeline = Pipeline(settings)
    inputs = [gold_article(g.record, g.id) for g in gold]
    predictions = {r.article.id: r.events for r in pipeline.extract(inputs)}
    scores: dict[str, Any] = {"overall": evaluate(gold, predictions).as_dict()["overall"]}
    for corpus in corpora:
        root = Path(corpus).resolve()
        subset = [g for g in gold if Path(g.path).resolve().is_relative_to(root)]
        scores[corpus] = evaluate(subset, predictions).as_dict()["overall"]
    events = {k: sorted(json.dumps(e.to_contract(), sort_keys=True) for e in v)
              for k, v in predictions.items()}
    return scores, events


def profile_extract(settings: Settings, articles: Sequence[Article], top: int) -> str:
    """cProfile of one end-to-end extract run: the `top` functions by cumulative time."""
    profiler = cProfile.Profile()
    profiler.enable()
    list(Pipeline(settings).extract(articles))
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(top)
    return buffer.getvalue()


# --------------------------------------------------------------------------- main
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed runs per measurement; the best is kept (default 3)")
    parser.add_argument("--corpus", nargs="+", metavar="DIR", default=None,
                        help="gold corpora (default: the bundled corpus, plus "
                        f"{SHARED_DEV} when it exists)")
    parser.add_argument("--min-articles", type=int, default=300,
                        help="replicate the corpus (distinct ids) to at least this many "
                        "articles for the throughput runs (default 300; 0 = no replication)")
    parser.add_argument("--profile", action="store_true",
                        help="also print a cProfile (top cumulative functions) of one "
                        "extract run with the pre-filter on")
    parser.add_argument("--profile-top", type=int, default=10, metavar="N")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when any target fails (default: always exit 0)")
    parser.add_argument("--output", type=Path, default=RESULTS,
                        help=f"JSON results file (default {RESULTS.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    corpora: list[str] = args.corpus or default_corpora()

    settings_on = load_settings(prefilter=True)
    settings_off = load_settings(prefilter=False)
    gold = load_gold(corpora)
    if not gold:
        print("error: no gold articles in " + ", ".join(corpora), file=sys.stderr)
        return 2
    base = [gold_article(g.record, g.id) for g in gold]
    articles, copies = replicate(base, args.min_articles)
    texts = [a.text for a in articles]
    n = len(articles)

    # One model for everything: Pipeline's SentenceParser calls the same cached load_model.
    t0 = time.perf_counter()
    nlp = load_model(settings_on.spacy_model)
    load_seconds = time.perf_counter() - t0
    rss_after_load = peak_rss_mb()

    # Warm-up (untimed): Parley once per mode, which is also the accuracy run on the gold
    # files, and once over all the timed texts; then Parley's peak memory is read, before
    # raw spaCy's full-pipeline batches of whole articles (about 450 MB of this process at
    # their peak, whatever Parley does) first run; then the raw model once over the texts.
    scores_on, events_on = accuracy(settings_on, gold, corpora)
    scores_off, events_off = accuracy(settings_off, gold, corpora)
    list(Pipeline(settings_on).extract(articles))
    parley_peak = peak_rss_mb()
    list(nlp.pipe([a.text for a in base], batch_size=RAW_BATCH_SIZE))
    share = prefilter_share(Pipeline(settings_on), articles)

    t0 = time.perf_counter()
    Pipeline(settings_on)
    construct_seconds = time.perf_counter() - t0

    # Timed runs, interleaved so drift (thermal, other load) hits all three alike.
    timings: dict[str, list[float]] = {"raw": [], "on": [], "off": []}
    cpu: dict[str, list[float]] = {"raw": [], "on": [], "off": []}
    runs: dict[str, Callable[[], Any]] = {
        "raw": lambda: list(nlp.pipe(texts, batch_size=RAW_BATCH_SIZE)),
        "on": lambda: list(Pipeline(settings_on).extract(articles)),
        "off": lambda: list(Pipeline(settings_off).extract(articles)),
    }
    event_counts: dict[str, int] = {}
    for _ in range(args.repeat):
        for name, run in runs.items():
            seconds, cpu_seconds, result = timed(run)
            timings[name].append(seconds)
            cpu[name].append(cpu_seconds)
            if name != "raw":
                event_counts[name] = sum(len(r.events) for r in result)
            del result
    best = {k: min(v) for k, v in timings.items()}
    rate = {k: n / v for k, v in best.items()}
    ratio_on = rate["on"] / rate["raw"]
    ratio_off = rate["off"] / rate["raw"]
    # CPU seconds of the process: what the work costs, less moved by other jobs on the cores
    cpu_ratio_on = min(cpu["raw"]) / min(cpu["on"])
    peak = peak_rss_mb()

    recall_on = scores_on["overall"]["recall"]
    recall_off = scores_off["overall"]["recall"]
    same_tp = (scores_on["overall"]["true_positives"]
               == scores_off["overall"]["true_positives"])
    recall_ok = recall_on == recall_off and same_tp
    identical = events_on == events_off
    checks = {
        "ratio": ratio_on >= RATIO_TARGET,
        "memory": parley_peak <= MEMORY_TARGET_MB,
        "recall_equal": recall_ok,
    }

    # ----------------------------------------------------------------- report
    model_name = resolve_model_name(settings_on.spacy_model)
    skipped_pipes = [n for n in UNUSED_COMPONENTS if n in nlp.pipe_names]
    rules = attribute_rules(nlp)
    parley_pipes = [
        f"{n} (Parley's matcher)" if rules is not None and n == rules.name else
        f"{n} (read from its cache)" if rules is not None and n == "lemmatizer" else n
        for n in nlp.pipe_names if n not in skipped_pipes]
    print(f"Parley benchmark  model={model_name} (spaCy pipes: {', '.join(nlp.pipe_names)})  "
          f"python {platform.python_version()}  cpus={os.cpu_count()}")
    print(f"corpora: {', '.join(corpora)}")
    print(f"texts: {len(base)} gold articles" + (
        f", replicated x{copies} to {n} articles (distinct ids) for throughput"
        if copies > 1 else f", {n} articles for throughput (no replication)"))
    print(f"Parley parses sentences with: {', '.join(parley_pipes)}; skips: "
          f"{', '.join(skipped_pipes) or 'nothing'} (raw spaCy runs every pipe)")
    print(f"pre-filter sends {share['candidate_sentences']}/{share['sentences']} sentences "
          f"({share['sentence_share']:.0%}; {share['char_share']:.0%} of characters) "
          "to the parser")
    print(f"best of {args.repeat}; model load {load_seconds:.2f}s (once, untimed); "
          f"Pipeline() construction {construct_seconds * 1000:.1f} ms (inside timed runs)")
    print()
    header = f"{'measurement':<34}{'best s':>9}{'art/s':>10}{'x raw':>8}  runs (s)"
    print(header)
    print("-" * len(header))
    rows = [("raw spaCy nlp.pipe (whole texts)", "raw"),
            ("Parley extract, pre-filter on", "on"),
            ("Parley extract, pre-filter off", "off")]
    for label, key in rows:
        all_runs = " ".join(f"{t:.2f}" for t in timings[key])
        print(f"{label:<34}{best[key]:>9.2f}{rate[key]:>10.1f}"
              f"{rate[key] / rate['raw']:>8.2f}  {all_runs}  CPU {min(cpu[key]):.2f} s")
    print()
    print(f"{'check':<34}{'value':>20}{'target':>12}  verdict")
    print("-" * 74)
    print(f"{'throughput Parley/raw (filter on)':<34}{ratio_on:>20.2f}"
          f"{'>= ' + str(RATIO_TARGET):>12}  {verdict(checks['ratio'])}"
          f"  (CPU: {cpu_ratio_on:.2f})")
    print(f"{'Parley peak RSS (ru_maxrss), MB':<34}{parley_peak:>20.1f}"
          f"{'<= ' + str(int(MEMORY_TARGET_MB)):>12}  {verdict(checks['memory'])}")
    print(f"{'recall on == recall off':<34}{f'{recall_on:.4f} vs {recall_off:.4f}':>20}"
          f"{'equal':>12}  {verdict(checks['recall_equal'])}")
    print()
    print(f"{'accuracy (gold)':<34}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}")
    for label, scores in (("pre-filter on", scores_on), ("pre-filter off", scores_off)):
        for part, s in scores.items():
            name = f"{label} [{'all' if part == 'overall' else Path(part).name}]"
            print(f"{name:<34}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
                  f"{s['true_positives']:>6}{s['false_positives']:>6}{s['false_negatives']:>6}")
    print(f"events on gold articles identical with and without pre-filter: "
          f"{'yes' if identical else 'no'}")
    print(f"(peak RSS after model load: {rss_after_load:.1f} MB; of the whole process, raw "
          f"spaCy included: {peak:.1f} MB)")

    profile_text = None
    if args.profile:
        profile_text = profile_extract(settings_on, articles, args.profile_top)
        print()
        print(f"cProfile, Parley extract with pre-filter on ({n} articles), "
              f"top {args.profile_top} by cumulative time:")
        print(profile_text)

    print()
    print(f"SUMMARY: Parley/raw = {ratio_on:.2f}x with pre-filter ({verdict(checks['ratio'])}, "
          f"target >= {RATIO_TARGET}), {ratio_off:.2f}x without; Parley's peak RSS "
          f"{parley_peak:.0f} MB "
          f"({verdict(checks['memory'])}); recall {recall_on:.3f} on / {recall_off:.3f} off "
          f"({verdict(checks['recall_equal'])})")

    results = {
        "model": model_name,
        "spacy_pipes": list(nlp.pipe_names),
        "parley_pipes": parley_pipes,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "corpora": corpora,
        "gold_articles": len(base),
        "replication": copies,
        "articles_timed": n,
        "repeat": args.repeat,
        "raw_batch_size": RAW_BATCH_SIZE,
        "nlp_batch_size": settings_on.nlp_batch_size,
        "model_load_seconds": round(load_seconds, 4),
        "pipeline_construct_seconds": round(construct_seconds, 4),
        "prefilter_share": share,
        "seconds": {k: [round(t, 4) for t in v] for k, v in timings.items()},
        "best_seconds": {k: round(v, 4) for k, v in best.items()},
        "best_cpu_seconds": {k: round(min(v), 4) for k, v in cpu.items()},
        "cpu_ratio_on": round(cpu_ratio_on, 3),
        "articles_per_second": {k: round(v, 2) for k, v in rate.items()},
        "events_timed_run": event_counts,
        "ratio_prefilter_on": round(ratio_on, 4),
        "ratio_prefilter_off": round(ratio_off, 4),
        "ratio_target": RATIO_TARGET,
        "parley_peak_rss_mb": round(parley_peak, 1),
        "process_peak_rss_mb": round(peak, 1),
        "peak_rss_after_model_load_mb": round(rss_after_load, 1),
        "memory_target_mb": MEMORY_TARGET_MB,
        "accuracy": {"prefilter_on": scores_on, "prefilter_off": scores_off},
        "gold_events_identical": identical,
        "checks": {k: verdict(v) for k, v in checks.items()},
        "profile": profile_text,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results written to {args.output}")

    return 1 if args.strict and not all(checks.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
