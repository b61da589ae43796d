"""Parley on a general-news stream, against raw spaCy, on the same texts in one process.

A news feed is mostly articles that cannot hold an event. This benchmark builds such a stream:
the 100 general-news articles of `/work/shared/stream` with 5% of relevant real articles
(`/work/shared/dev`, cycled) mixed in, replicated with distinct ids to at least
`--min-articles` (default 2,000). With one loaded model it times, interleaved, best of
`--repeat`:

1. raw spaCy: ``list(nlp.pipe(texts, batch_size=64))`` over the whole texts;
2. Parley: ``list(Pipeline(settings).extract(articles))`` with its gates on (the article
   gates of `parley.extract.article_gate`, the scan of the whole text and the mentions as
   the coder resolves them, and the sentence pre-filter).

It reports articles/s of both and their ratio against >= 50x (and the ratio of their CPU
seconds, which other jobs on shared cores move less), how many articles the article
gate dropped and how many sentences reached the parser, and checks that the events are the
same as with every sentence of every article parsed (`prefilter=False`, on one copy of the
stream: the un-gated path).

It also times, in the same interleaved rounds, what bounds the ratio however cheap the gates
get: parsing the sentences that reach the parser and nothing else (`SentenceParser.parse`
of them all, then of the relevant articles' alone), and extracting the relevant articles
alone (as if every general article cost nothing). Each gives the ratio Parley could reach at
most, raw spaCy's time over it: the 50x target needs the relevant 5% alone to cost under a
fiftieth of raw spaCy on the whole stream. Results also go to `bench-results/stream.json`. Without
`/work/shared` it says so and exits 0 (the texts are not ours to bundle).

Run: ``.venv/bin/python benchmarks/stream_bench.py [--min-articles N] [--repeat N] [--strict]``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared")
RESULTS = ROOT / "bench-results" / "stream.json"
RATIO_TARGET = 50.0
RELEVANT_SHARE = 0.05
RAW_BATCH_SIZE = 64

from parley.config import load_settings  # noqa: E402
from parley.nlp import load_model  # noqa: E402
from parley.pipeline import Pipeline, read_articles  # noqa: E402
from parley.types import Article  # noqa: E402


def read(folder: Path) -> list[Article]:
    settings = load_settings(environ={}, database_url="sqlite://")
    return [a for a in read_articles([str(folder)], settings) if isinstance(a, Article)]


def mixed_stream(general: list[Article], relevant: list[Article], minimum: int) -> list[Article]:
    """Copies of the general news, each with `RELEVANT_SHARE` of relevant articles spread
    through it (cycling over `relevant`), until there are at least `minimum` articles."""
    per_copy = max(1, round(len(general) * RELEVANT_SHARE / (1 - RELEVANT_SHARE)))
    copy_size = len(general) + per_copy
    copies = max(1, math.ceil(minimum / copy_size))
    stream: list[Article] = []
    for k in range(copies):
        picked = [relevant[(k * per_copy + i) % len(relevant)] for i in range(per_copy)]
        step = len(general) // per_copy
        for i, article in enumerate(general):
            stream.append(replace(article, id=f"{article.id}~{k}"))
            if i % step == step - 1 and picked:
                extra = picked.pop(0)
                stream.append(replace(extra, id=f"{extra.id}~{k}"))
        stream.extend(replace(a, id=f"{a.id}~{k}") for a in picked)
    return stream


def events_of(articles: list[Article], prefilter: bool) -> dict[str, list[str]]:
    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://", prefilter=prefilter))
    return {r.article.id: sorted(json.dumps(e.to_contract(), sort_keys=True) for e in r.events)
            for r in pipeline.extract(articles)}


def parsed_share(articles: list[Article]) -> dict[str, int]:
    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://"))
    dropped = {a.id for a in articles if pipeline.gated(a)}
    gated = [a for a in articles if a.id in dropped]
    kept = [pipeline.bounded(a) for a in articles if a.id not in dropped]
    sentences = sum(len(pipeline.split(a)) for a in articles)
    return {"articles": len(articles), "gated": len(gated), "sentences": sentences,
            "second_gate": sum(1 for item in kept if not item.wanted),
            "parsed_sentences": sum(len(item.wanted) for item in kept)}


def ceiling_runs(stream: list[Article], general_ids: set[str]
                 ) -> tuple[dict[str, Callable[[], object]], dict[str, int]]:
    """The runs that bound the ratio (see the module docstring), and how many sentences and
    tokens (of the parse) each parses: every candidate sentence of the stream, those of its
    relevant articles, and the relevant articles extracted alone."""
    pipeline = Pipeline(load_settings(environ={}, database_url="sqlite://"))
    prepared = [pipeline.bounded(a) for a in stream]
    wanted = [s for item in prepared for s in item.wanted]
    relevant_wanted = [s for item in prepared if item.article.id.split("~")[0] not in
                       general_ids for s in item.wanted]
    relevant = [a for a in stream if a.id.split("~")[0] not in general_ids]
    tokens = sum(len(s.tokens) for s in pipeline.parser.parse(wanted))
    runs: dict[str, Callable[[], object]] = {
        "parse": lambda: pipeline.parser.parse(wanted),
        "parse_relevant": lambda: pipeline.parser.parse(relevant_wanted),
        "relevant": lambda: list(Pipeline(pipeline.settings).extract(relevant))}
    return runs, {"sentences": len(wanted), "tokens": tokens,
                  "relevant_sentences": len(relevant_wanted), "relevant_articles": len(relevant)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a check fails")
    args = parser.parse_args(argv)
    if not (SHARED / "stream").is_dir() or not (SHARED / "dev").is_dir():
        print(f"stream benchmark skipped: {SHARED}/stream and {SHARED}/dev are needed")
        return 0
    general, relevant = read(SHARED / "stream"), read(SHARED / "dev")
    stream = mixed_stream(general, relevant, args.min_articles)
    one_copy = [a for a in stream if a.id.endswith("~0")]
    texts = [a.text for a in stream]
    settings = load_settings(environ={}, database_url="sqlite://")
    nlp = load_model(settings.spacy_model)

    list(nlp.pipe([a.text for a in one_copy], batch_size=RAW_BATCH_SIZE))  # warm-up
    gated_events = events_of(one_copy, prefilter=True)
    identical = gated_events == events_of(one_copy, prefilter=False)
    share = parsed_share(one_copy)

    general_ids = {g.id for g in general}
    bounds, bound_counts = ceiling_runs(stream, general_ids)
    runs: dict[str, Callable[[], object]] = {
        "raw": lambda: list(nlp.pipe(texts, batch_size=RAW_BATCH_SIZE)),
        "parley": lambda: list(Pipeline(settings).extract(stream)), **bounds}
    timings: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeat):
        for name, run in runs.items():
            start, cpu_start = time.perf_counter(), time.process_time()
            run()
            timings[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - cpu_start)
    rate = {k: len(stream) / min(v) for k, v in timings.items()}
    ratio = rate["parley"] / rate["raw"]
    # CPU seconds of the process: what the work costs, less moved by other jobs on the cores
    cpu_ratio = min(cpu["raw"]) / min(cpu["parley"])
    bound = {name: min(timings["raw"]) / min(timings[name]) for name in bounds}
    relevant_count = sum(1 for a in one_copy if a.id.split("~")[0] not in general_ids)
    print(f"general-news stream: {len(general)} articles of {SHARED / 'stream'} with "
          f"{relevant_count} relevant of {SHARED / 'dev'} per copy, "
          f"{len(stream)} articles in all")
    print(f"article gate drops {share['gated']}/{share['articles']} articles of one copy, the "
          f"second gate (no sentence passing the pre-filter, or fewer than two states "
          f"resolved) {share['second_gate']} more; {share['parsed_sentences']}/"
          f"{share['sentences']} sentences reach the parser")
    for name, label in (("raw", "raw spaCy nlp.pipe (whole texts)"),
                        ("parley", "Parley extract, gates on")):
        runs = " ".join(f"{t:.2f}" for t in timings[name])
        print(f"{label:<34}{min(timings[name]):>8.2f} s {rate[name]:>9.1f} art/s  runs {runs}"
              f"  CPU {min(cpu[name]):.2f} s")
    print("ratio at most (raw spaCy's time over the time of, on the whole stream):")
    for name, label in (
            ("parse", f"parsing its {bound_counts['sentences']:,} candidate sentences "
                      f"({bound_counts['tokens']:,} tokens)"),
            ("parse_relevant", f"parsing the relevant articles' "
                               f"{bound_counts['relevant_sentences']:,}"),
            ("relevant", f"extracting its {bound_counts['relevant_articles']:,} relevant "
                         "articles alone")):
        print(f"  {label:<62}{min(timings[name]):>6.2f} s {bound[name]:>7.1f} x")
    ok_ratio, verdicts = ratio >= RATIO_TARGET, {True: "PASS", False: "FAIL"}
    print(f"{'Parley / raw spaCy':<34}{ratio:>8.1f} x   target >= {RATIO_TARGET:.0f}x  "
          f"{verdicts[ok_ratio]}  (CPU: {cpu_ratio:.1f} x)")
    print(f"{'events same as un-gated':<34}{str(identical):>8}     "
          f"({sum(len(v) for v in gated_events.values())} events)  {verdicts[identical]}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({
        "articles": len(stream), "share": share, "timings": timings, "rate": rate,
        "ratio": ratio, "cpu": cpu, "cpu_ratio": cpu_ratio, "identical_events": identical,
        "ceiling": {"ratio_at_most": bound, **bound_counts},
        "checks": {"ratio": ok_ratio, "identical": identical}}, indent=1), encoding="utf-8")
    return 1 if args.strict and not (ok_ratio and identical) else 0


if __name__ == "__main__":
    sys.exit(main())
