"""Parley's scaling benchmark: `parley ingest` on a local Dask cluster of 1, then 2 workers.

The same articles in both runs: the bundled corpus (`src/parley/data/corpus`, dense relevant
news) and `/work/shared/stream` (general news, read at run time; left out with a message when
absent), replicated with distinct ids to at least `--min-articles`. Each run:

1. starts two local clusters (`parley.distributed.cluster_client(workers=N)`: processes, one
   thread each), of 1 and 2 workers, and loads the model on every worker: this cold start is
   timed apart and reported (and a rate with it counted), not in the steady-state runs;
2. times `ingest_articles_on_cluster` into a fresh SQLite store (the driver writes, as with
   `parley ingest --workers N`) on each cluster in turn, `--repeat` times; best of each;
3. reads each worker's peak RSS (`ru_maxrss`) and the machine's load average around each run.

Both sides are warm in the timed runs (same texts, models loaded, fresh stores). It reports
articles/s per run, the 2-worker / 1-worker ratio against >= 1.7, the ratio two free cores
would give from the CPU each run cost an article (workers and driver), peak RSS per
worker against <= 500 MB, and the workers needed for one million articles a day from the
measured 1-worker rate. Results also go to `bench-results/scale.json`.

Run: ``.venv/bin/python benchmarks/scale.py [--min-articles N] [--repeat N] [--strict]``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = ROOT / "src" / "parley" / "data" / "corpus"
SHARED_STREAM = Path("/work/shared/stream")
RESULTS = ROOT / "bench-results" / "scale.json"

RATIO_TARGET = 1.7
MEMORY_TARGET_MB = 500.0
ARTICLES_PER_DAY = 1_000_000
SECONDS_PER_DAY = 86_400

from distributed import get_task_stream  # noqa: E402

from parley.config import load_settings  # noqa: E402
from parley.distributed import cluster_client, ingest_articles_on_cluster  # noqa: E402
from parley.distributed.tasks import peak_rss_mb, warm_up  # noqa: E402
from parley.pipeline import read_articles  # noqa: E402
from parley.store import Store  # noqa: E402
from parley.types import Article  # noqa: E402


def load_corpus(minimum: int) -> tuple[list[Article], dict[str, Any]]:
    """The bundled corpus and the shared stream, replicated to at least `minimum` articles."""
    settings = load_settings(environ={}, database_url="sqlite://")
    paths = [str(BUNDLED_CORPUS)]
    if SHARED_STREAM.is_dir():
        paths.append(str(SHARED_STREAM))
    else:
        print(f"note: {SHARED_STREAM} is absent: the bundled corpus alone is used")
    base = list(read_articles(paths, settings))
    copies = max(1, math.ceil(minimum / len(base)))
    articles = [a if k == 0 else replace(a, id=f"{a.id}~{k}")
                for k in range(copies) for a in base]
    bundled = sum(1 for a in base if a.origin and a.origin.startswith(str(BUNDLED_CORPUS)))
    return articles, {"paths": paths, "distinct": len(base), "bundled": bundled,
                      "copies": copies, "articles": len(articles)}


def timed_ingest(client: Any, articles: list[Article], url: str) -> dict[str, Any]:
    """One ingest into a fresh store: wall seconds, CPU seconds (workers and driver), events,
    load average before and after."""
    settings = load_settings(environ={}, database_url=url)
    client.run(warm_up, settings)  # each worker's pipeline for this store, untimed (the
    # model itself loaded in the timed cold start)
    with Store(url) as store:
        load_before = os.getloadavg()[0]
        workers_before, driver_before = sum(client.run(time.process_time).values()), \
            time.process_time()
        with get_task_stream(client) as tasks:
            start = time.perf_counter()
            result = ingest_articles_on_cluster(articles, settings, store, client)
            elapsed = time.perf_counter() - start
        driver = time.process_time() - driver_before
        workers = sum(client.run(time.process_time).values()) - workers_before
        load_after = os.getloadavg()[0]
    assert result.articles_stored == len(articles), result
    return {"seconds": elapsed, "cpu": workers + driver, "driver_cpu": driver,
            "events": result.events_stored, "tasks": len(tasks.data),
            "idle": idle_shares(tasks.data, elapsed),
            "load": (round(load_before, 2), round(load_after, 2))}


def idle_shares(tasks: list[dict[str, Any]], elapsed: float) -> list[float]:
    """Per worker, the share of the run's wall time it computed no batch (from Dask's task
    stream): waiting for the driver to send one, or done while another worker finished the
    last. Sorted, largest first."""
    computing: dict[str, float] = {}
    for task in tasks:
        for part in task["startstops"]:
            if part["action"] == "compute":
                computing[task["worker"]] = computing.get(task["worker"], 0.0) + \
                    part["stop"] - part["start"]
    return sorted((round(max(0.0, 1 - busy / elapsed), 3) for busy in computing.values()),
                  reverse=True)


def run_interleaved(articles: list[Article], repeat: int) -> list[dict[str, Any]]:
    """1 and 2 workers, each on its own cluster (both started first), timed in turn
    `repeat` times so that a change in the machine's load hits both alike; best of each."""
    counts = (1, 2)
    with ExitStack() as stack:
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        clients: dict[int, Any] = {}
        cold: dict[int, float] = {}
        for n in counts:
            # Cold start, reported apart: the cluster's processes and the model on every
            # worker (loaded in parallel), before any article.
            start = time.perf_counter()
            clients[n] = stack.enter_context(cluster_client(workers=n))
            clients[n].run(warm_up, load_settings(environ={}, database_url="sqlite://"))
            cold[n] = time.perf_counter() - start
        tries: dict[int, list[dict[str, Any]]] = {n: [] for n in counts}
        for attempt in range(repeat):
            for n in counts:
                url = f"sqlite:///{scratch / f'scale-{n}-{attempt}.db'}"
                tries[n].append(timed_ingest(clients[n], articles, url))
        peaks = {n: sorted(clients[n].run(peak_rss_mb).values()) for n in counts}
    runs = []
    for n in counts:
        best = min(t["seconds"] for t in tries[n])
        runs.append({
            "workers": n, "seconds": round(best, 2), "cold_start_seconds": round(cold[n], 2),
            "articles_per_s_with_cold_start": round(len(articles) / (best + cold[n]), 1),
            "all_seconds": [round(t["seconds"], 2) for t in tries[n]],
            "articles_per_s": round(len(articles) / best, 1), "events": tries[n][0]["events"],
            # CPU seconds of the workers and the driver per article: what the work costs,
            # whatever share of the cores other processes take meanwhile.
            "cpu_ms_per_article": round(1000 * min(t["cpu"] for t in tries[n]) / len(articles),
                                        2),
            "worker_cpu_ms_per_article": round(1000 * min(
                t["cpu"] - t["driver_cpu"] for t in tries[n]) / len(articles), 2),
            "driver_cpu_ms_per_article": round(
                1000 * min(t["driver_cpu"] for t in tries[n]) / len(articles), 2),
            "peak_rss_mb_per_worker": [round(p, 1) for p in peaks[n]],
            "tasks": tries[n][0]["tasks"],
            # per try, each worker's share of the wall time without a batch to compute
            "idle_share_per_worker": [t["idle"] for t in tries[n]],
            "idle_share_per_worker_best": min(tries[n], key=lambda t: t["seconds"])["idle"],
            "load_average_1min_before_after": [list(t["load"]) for t in tries[n]]})
    return runs


def free_core_ratio(one: dict[str, Any], two: dict[str, Any]) -> float:
    """The 2 / 1 worker ratio two cores of their own would give, from the CPU each run cost
    an article: one worker is held by its own CPU (the driver has the other core); two
    workers and the driver share both cores, so the whole CPU is spread over two, and no
    worker goes faster than it does alone."""
    worker_one = one["worker_cpu_ms_per_article"]
    worker_two, driver_two = two["worker_cpu_ms_per_article"], two["driver_cpu_ms_per_article"]
    one_seconds = max(worker_one, one["driver_cpu_ms_per_article"])
    two_seconds = max((worker_two + driver_two) / 2, worker_two / 2, driver_two)
    return one_seconds / two_seconds if two_seconds else 0.0


def projection(rate_per_worker: float) -> dict[str, Any]:
    """Workers needed for one million articles a day at the measured per-worker rate."""
    per_day = rate_per_worker * SECONDS_PER_DAY
    return {"articles_per_day_per_worker": round(per_day),
            "workers_for_1M_per_day": math.ceil(ARTICLES_PER_DAY / per_day),
            "workers_for_1M_per_day_at_50pc_utilisation": math.ceil(2 * ARTICLES_PER_DAY / per_day)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-articles", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a check fails")
    args = parser.parse_args(argv)

    articles, corpus = load_corpus(args.min_articles)
    print(f"corpus: {corpus['articles']} articles ({corpus['distinct']} distinct, "
          f"{corpus['bundled']} of them bundled, x{corpus['copies']}); cores: {os.cpu_count()}; "
          f"load average now: {os.getloadavg()[0]:.2f}")
    runs = run_interleaved(articles, args.repeat)
    for run in runs:
        print(f"{run['workers']} worker(s): {run['seconds']:.1f} s, {run['articles_per_s']:.1f} "
              f"articles/s, {run['events']} events; peak RSS per worker "
              f"{', '.join(f'{p:.0f}' for p in run['peak_rss_mb_per_worker'])} MB; load average "
              f"before/after {run['load_average_1min_before_after']}; {run['tasks']} batches, "
              f"idle share per worker in each try {run['idle_share_per_worker']}")
    one, two = runs
    ratio = two["articles_per_s"] / one["articles_per_s"]
    peak = max(p for run in runs for p in run["peak_rss_mb_per_worker"])
    checks = {"ratio_2_vs_1": round(ratio, 2), "ratio_ok": ratio >= RATIO_TARGET,
              "max_peak_rss_mb": round(peak, 1), "memory_ok": peak <= MEMORY_TARGET_MB}
    plan = projection(one["articles_per_s"])
    print(f"2 vs 1 workers: {ratio:.2f}x (target >= {RATIO_TARGET}): "
          f"{'PASS' if checks['ratio_ok'] else 'FAIL'}")
    overhead = two["cpu_ms_per_article"] / one["cpu_ms_per_article"]
    checks["cpu_per_article_2_vs_1"] = round(overhead, 2)
    free = free_core_ratio(one, two)
    checks["ratio_on_two_free_cores_from_cpu"] = round(free, 2)
    print(f"CPU per article (workers and driver): {one['cpu_ms_per_article']:.1f} ms with 1 "
          f"worker, {two['cpu_ms_per_article']:.1f} ms with 2 ({overhead:.2f}x); the driver's "
          f"share: {one['driver_cpu_ms_per_article']:.1f} and "
          f"{two['driver_cpu_ms_per_article']:.1f} ms; on two free cores (the driver sharing "
          f"them with the workers) 2 workers would give about {free:.2f}x")
    busy = {run["workers"]: sum(1 - share for share in run["idle_share_per_worker_best"])
            / len(run["idle_share_per_worker_best"]) for run in runs}
    with_idle = free * busy[2] / busy[1]
    checks["ratio_on_two_free_cores_with_idle"] = round(with_idle, 2)
    print(f"idle share per worker in the best tries: {one['idle_share_per_worker_best']} with 1, "
          f"{two['idle_share_per_worker_best']} with 2: with the CPU above, two free cores would "
          f"give about {with_idle:.2f}x")
    for run in runs:
        print(f"{run['workers']} worker(s) with the cold start counted: "
              f"{run['cold_start_seconds']:.1f} s to start the cluster and load the model, "
              f"{run['articles_per_s_with_cold_start']:.1f} articles/s over this corpus")
    print(f"peak RSS per worker: {peak:.0f} MB (target <= {MEMORY_TARGET_MB:.0f}): "
          f"{'PASS' if checks['memory_ok'] else 'FAIL'}")
    print(f"projection: one worker does {plan['articles_per_day_per_worker']:,} articles a day; "
          f"one million a day needs {plan['workers_for_1M_per_day']} workers "
          f"({plan['workers_for_1M_per_day_at_50pc_utilisation']} at 50% utilisation)")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "python": platform.python_version(), "machine": platform.machine(),
        "cores": os.cpu_count(), "corpus": corpus, "runs": runs, "checks": checks,
        "projection": plan}, indent=2) + "\n", encoding="utf-8")
    print(f"results: {RESULTS.relative_to(ROOT)}")
    failed = not (checks["ratio_ok"] and checks["memory_ok"])
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
