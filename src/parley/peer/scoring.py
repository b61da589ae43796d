"""Scoring an extractor on the peer sentences, and the plain-text report of the scores."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from parley.peer.records import PEER_DATE, PeerRecord, PeerScores, SentenceResult

if TYPE_CHECKING:
    from parley.pipeline import Pipeline

ExtractFn = Callable[[str, date | None], Sequence[str]]


def peer_scores(records: Iterable[PeerRecord], extract_fn: ExtractFn) -> PeerScores:
    """Run `extract_fn` (sentence -> Parley event types) on related and unrelated sentences."""
    related: list[SentenceResult] = []
    unrelated: list[SentenceResult] = []
    excluded: list[PeerRecord] = []
    for record in records:
        if record.verdict == "excluded":
            excluded.append(record)
            continue
        found = tuple(str(t) for t in extract_fn(record.text, record.published))
        result = SentenceResult(record, found)
        (related if record.verdict == "related" else unrelated).append(result)
    return PeerScores(tuple(related), tuple(unrelated), tuple(excluded))


def pipeline_extractor(pipeline: Pipeline) -> ExtractFn:
    """An `ExtractFn` running Parley's whole pipeline on one sentence as an article.

    Every event counts, including negated and hypothetical ones: the peers code what a sentence
    says happened, and ambiguous codings are excluded rather than second-guessed here.
    """
    from parley.types import Article

    def extract(sentence: str, published: date | None = None) -> list[str]:
        article = Article(id="peer", text=sentence, published=published or PEER_DATE)
        return [str(event.type) for result in pipeline.extract([article])
                for event in result.events]

    return extract


def format_peer_report(scores: PeerScores, *, width: int = 160) -> str:
    """A plain-text report: the two shares, then every miss and every false event."""

    def clip(text: str) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = [
        f"peer sentences: {len(scores.related)} related, {len(scores.excluded)} excluded, "
        f"{len(scores.unrelated)} unrelated",
        f"related found:   {scores.found_share:.3f} "
        f"({len(scores.related) - len(scores.misses)}/{len(scores.related)}; target 0.80)",
        f"unrelated quiet: {scores.quiet_share:.3f} "
        f"({len(scores.unrelated) - len(scores.false_events)}/{len(scores.unrelated)}; "
        "target 0.90)",
    ]
    if scores.misses:
        lines.append("")
        lines.append("missed related sentences (expected | found | peer coding):")
        for r in scores.misses:
            codes = ", ".join(c.label for c in r.record.codings)
            lines.append(f"- [{r.record.id}] want {'/'.join(r.record.expected)} | found "
                         f"{','.join(r.found) or 'nothing'} | {codes}")
            lines.append(f"    {clip(r.record.text)}")
    if scores.false_events:
        lines.append("")
        lines.append("unrelated sentences with events (found | peer coding):")
        for r in scores.false_events:
            codes = ", ".join(c.label for c in r.record.codings)
            lines.append(f"- [{r.record.id}] found {','.join(r.found)} | {codes}")
            lines.append(f"    {clip(r.record.text)}")
    return "\n".join(lines)
