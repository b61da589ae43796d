"""`parley ingest` ends by keeping every pair's overview row and page; `parley summarise`
computes only what is missing, and what a later ingest outdated."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli_queries import invoke, write_articles

from parley.config import load_settings
from parley.report.overview import stored_summaries
from parley.store import Store


def _summarise(url: str) -> dict[str, int]:
    result = invoke("summarise", "--db", url, "--json")
    assert result.exit_code == 0, result.stderr
    counts = json.loads(result.stdout)
    assert isinstance(counts, dict)
    return counts


def test_ingest_keeps_the_rows_and_summarise_computes_only_the_missing(tmp_path: Path
                                                                       ) -> None:
    url = f"sqlite:///{tmp_path / 'parley.db'}"
    paths = write_articles(tmp_path / "articles")
    result = invoke("ingest", "--db", url, "--quiet", *map(str, paths[:-1]))
    assert result.exit_code == 0, result.stderr
    settings = load_settings(environ={}, database_url=url)
    with Store(url) as store:
        pairs = store.pairs()
        kept = stored_summaries(store, settings, store.revision())
    assert pairs and {tuple(sorted(pair)) for pair in kept} == set(pairs)
    assert _summarise(url) == {"pairs": len(pairs), "overview_rows": 0, "pair_pages": 0}
    with Store(url) as store:  # a write the ingest command did not make outdates them
        store.delete_article(store.article_ids()[0])
        pairs = store.pairs()
    counts = _summarise(url)
    assert counts["pairs"] == len(pairs) and counts["pair_pages"] == len(pairs)
    assert len(pairs) <= counts["overview_rows"] <= 2 * len(pairs)
    text = invoke("summarise", "--db", url)
    assert text.exit_code == 0 and "0 overview rows and 0 pair pages computed" in text.stdout
