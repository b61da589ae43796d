"""The responses a fresh app serves from the store's kept summaries are the computed ones.

For each of many requests (the overview and pairs API as of today and of other dates, the
comparison page and chart, every pair's page in the overview's order and in the other, its
status API), on a fresh app each time: first with every kept row dropped (the request
computes; the SHA-256 of its body is noted), then with every pair's rows and pages kept
first (`parley summarise`); the two bodies must be equal. Run it on the bench store and the
corpus store (`parley ingest src/parley/data/corpus --db URL`); exits 1 on a difference.

Run: ``.venv/bin/python benchmarks/kept_identity.py [--db URL]``.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import sys
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import default_url  # noqa: E402

from parley.config import load_settings  # noqa: E402
from parley.report.pair_order import common_order  # noqa: E402
from parley.store import Store  # noqa: E402
from parley.web import create_app  # noqa: E402
from parley.web.views.pair import refresh_kept  # noqa: E402

DATES = ("2012", "2019-06", "2023-01-15", "2100-12-31")


def requests(store: Store) -> list[str]:
    paths = ["/", "/api/pairs", "/api/states", "/compare", "/compare.svg"]
    paths += [f"/?as_of={day}" for day in DATES] + [f"/api/pairs?as_of={day}" for day in DATES]
    for a, b in store.pairs():
        x, y = common_order(a, b)
        paths += [f"/pair/{x}/{y}", f"/pair/{y}/{x}", f"/api/pairs/{a}/{b}/status"]
    return paths


def body(store: Store, settings: Any, path: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    response = TestClient(create_app(store, settings)).get(path)
    gc.collect()  # the dropped app's cycles, before the next one
    return f"{response.status_code}:{hashlib.sha256(response.content).hexdigest()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=default_url(100_000))
    args = parser.parse_args(argv)
    settings = load_settings(environ={}, database_url=args.db)
    with Store(args.db) as store:
        paths = requests(store)
        computed = {}
        for path in paths:
            store.save_pair_summaries("none", "", "", {})  # drops every kept row
            computed[path] = body(store, settings, path)
        refresh_kept(store, settings)
        differ = [path for path in paths if body(store, settings, path) != computed[path]]
    print(f"{len(paths)} requests, {len(paths) - len(differ)} the same computed and kept"
          + "".join(f"\n  differs: {path}" for path in differ))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
