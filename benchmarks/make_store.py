"""Build a synthetic Parley store of N events (default 100,000) for the web benchmark.

The store holds valid contract records (a sample is checked against the event schema) over
several pairs of states and every catalogue channel, 2012 to 2025. Articles are synthetic
wire stories of about ten sentences; each sentence is the evidence of one event, with its
exact offsets in the article text. Several articles tell the same happening (as real news
does), so the timeline's cross-article merge has work to do.

Run: ``.venv/bin/python benchmarks/make_store.py [--events N] [--db URL] [--seed S]``.
The default database is ``bench-results/web-<N>.db``; an existing file is rebuilt only with
``--force``. Articles are saved through ``Store.save_articles``, one transaction per batch.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import jsonschema

from parley import catalogue
from parley.resolve import load_gazetteer
from parley.store import Store
from parley.types import (
    Article,
    ChannelStatus,
    CountQualifier,
    Event,
    EventType,
    Evidence,
)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"

#: Pairs of states and their share of the events (the first is the busiest pair).
PAIRS: tuple[tuple[str, str, float], ...] = (
    ("CHN", "USA", 0.20),
    ("RUS", "USA", 0.14),
    ("IND", "PAK", 0.12),
    ("KOR", "PRK", 0.10),
    ("CHN", "JPN", 0.09),
    ("CHN", "IND", 0.08),
    ("CHN", "PHL", 0.08),
    ("GRC", "TUR", 0.07),
    ("ARM", "AZE", 0.06),
    ("AUS", "CHN", 0.06),
)

#: How often each event type is told (weights).
TYPE_WEIGHTS: dict[EventType, int] = {
    EventType.MEET: 20, EventType.CALL: 14, EventType.REQUEST: 12, EventType.DECLINE: 8,
    EventType.SUSPEND: 6, EventType.RESUME: 5, EventType.STATUS: 10, EventType.SANCTION: 5,
    EventType.EASE: 2, EventType.DEMAND: 6, EventType.ENCOUNTER: 12,
}

TEMPLATES: dict[EventType, str] = {
    EventType.MEET: "{s} and {t} held {label} talks on {when}, officials said.",
    EventType.CALL: "The {label} of {s} spoke with {t} by telephone on {when}.",
    EventType.REQUEST: "{s} asked {t} on {when} to reopen {label} contacts.",
    EventType.DECLINE: "{s} turned down a request from {t} for {label} talks on {when}.",
    EventType.SUSPEND: "{s} suspended {label} exchanges with {t} on {when}.",
    EventType.RESUME: "{s} and {t} resumed {label} exchanges on {when}.",
    EventType.STATUS: "{label} between {s} and {t} were {status} as of {when}.",
    EventType.SANCTION: "{s} imposed sanctions on the military of {t} on {when}.",
    EventType.EASE: "{s} eased sanctions on the defence industry of {t} on {when}.",
    EventType.DEMAND: "{s} demanded on {when} that {t} end its patrols before any talks.",
    EventType.ENCOUNTER: "A {s} warship came within metres of a {t} vessel on {when}.",
}

FILLER = (
    "Analysts said the move reflected a wider strain in relations.",
    "Neither ministry gave further details.",
    "The statement did not say when further contacts would take place.",
)

START = date(2012, 1, 1)
END = date(2025, 10, 31)


@dataclass(slots=True)
class Happening:
    """One synthetic real-world event, which several articles may tell."""

    type: EventType
    source: str
    target: str
    channel: str | None
    day: date
    precision: str  # "day" or "month"
    status: ChannelStatus | None
    count: int | None


def _when(happening: Happening) -> str:
    if happening.precision == "month":
        return happening.day.isoformat()[:7]
    return happening.day.isoformat()


def _happening(rng: random.Random, a: str, b: str, day: date, channels: list[str]
               ) -> Happening:
    kind = rng.choices(list(TYPE_WEIGHTS), weights=list(TYPE_WEIGHTS.values()))[0]
    source, target = (a, b) if rng.random() < 0.5 else (b, a)
    channel: str | None = rng.choice(channels)
    if kind in (EventType.SANCTION, EventType.EASE, EventType.DEMAND):
        channel = None
    if kind is EventType.ENCOUNTER:
        channel = "operational-comms" if rng.random() < 0.3 else None
    status = None
    if kind is EventType.STATUS:
        status = rng.choice([ChannelStatus.ACTIVE, ChannelStatus.SUSPENDED,
                             ChannelStatus.DEGRADED])
    count = rng.randint(3, 20) if kind is EventType.REQUEST and rng.random() < 0.05 else None
    precision = "month" if rng.random() < 0.15 else "day"
    return Happening(kind, source, target, channel, day, precision, status, count)


def build_articles(total_events: int, seed: int
                   ) -> list[tuple[Article, list[Event]]]:
    """Synthetic articles and their events, `total_events` events in all."""
    rng = random.Random(seed)
    gazetteer = load_gazetteer()
    labels = catalogue.labels()
    channels = list(labels)
    span = (END - START).days
    result: list[tuple[Article, list[Event]]] = []
    for a, b, share in PAIRS:
        wanted = round(total_events * share)
        names = {a: gazetteer.state_name(a), b: gazetteer.state_name(b)}
        # About 2.5 tellings per happening: the pool of past happenings is drawn from again.
        happenings = sorted(
            (_happening(rng, a, b, START + timedelta(days=rng.randrange(span)), channels)
             for _ in range(max(1, int(wanted / 2.5)))),
            key=lambda h: h.day)
        told = 0
        number = 0
        while told < wanted:
            number += 1
            published = START + timedelta(days=rng.randrange(30, span + 30))
            recent = happenings[_first_after(happenings, published - timedelta(
                days=120)):_first_after(happenings, published)]
            if not recent:
                continue
            size = min(wanted - told, rng.randint(6, 14), len(recent))
            chosen = rng.sample(recent, size)
            article_id = f"synthetic-{a.lower()}{b.lower()}-{number:06d}"
            title = (f"{names[a]} and {names[b]}: military contacts in "
                     f"{published.strftime('%B %Y')}")
            parts: list[str] = []
            events: list[Event] = []
            offset = 0
            for index, happening in enumerate(sorted(chosen, key=lambda h: h.day)):
                label = labels.get(happening.channel or "", "military")
                sentence = TEMPLATES[happening.type].format(
                    s=names[happening.source], t=names[happening.target], label=label,
                    when=_when(happening),
                    status=happening.status.value if happening.status else "")
                sentence = sentence[0].upper() + sentence[1:]
                parts.append(sentence)
                events.append(Event(
                    article=article_id, type=happening.type, source=happening.source,
                    target=happening.target, channel=happening.channel,
                    status=happening.status, date=_when(happening),
                    date_end=published.isoformat() if happening.count else None,
                    count=happening.count,
                    count_qualifier=CountQualifier.MORE_THAN if happening.count else None,
                    evidence=Evidence(sentence, offset, offset + len(sentence))))
                offset += len(sentence) + 1
                if index % 4 == 3:
                    filler = rng.choice(FILLER)
                    parts.append(filler)
                    offset += len(filler) + 1
            text = " ".join(parts)
            article = Article(id=article_id, text=text, title=title, source="Synthetic Wire",
                              published=published, url=None)
            result.append((article, events))
            told += len(events)
    return result


def _first_after(happenings: list[Happening], day: date) -> int:
    low, high = 0, len(happenings)
    while low < high:
        middle = (low + high) // 2
        if happenings[middle].day < day:
            low = middle + 1
        else:
            high = middle
    return low


def check_contract(articles: list[tuple[Article, list[Event]]], sample: int = 500) -> None:
    """Validate a sample of the events against the contract's JSON schema."""
    node = resources.files("parley.data") / "schema" / "event.schema.json"
    schema = json.loads(node.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    checked = 0
    for article, events in articles:
        for event in events:
            validator.validate(event.to_contract())
            assert article.text[event.evidence.start:event.evidence.end] == \
                event.evidence.sentence
            checked += 1
            if checked >= sample:
                return


def default_url(events: int) -> str:
    return f"sqlite:///{RESULTS / f'web-{events}.db'}"


def build_store(url: str, events: int, seed: int = 7, batch: int = 500,
                quiet: bool = False) -> int:
    """Fill the store at `url` with the synthetic articles; the number of events stored."""
    articles = build_articles(events, seed)
    check_contract(articles)
    started = time.perf_counter()
    stored = 0
    with Store(url) as store:
        for first in range(0, len(articles), batch):
            chunk = articles[first:first + batch]
            store.save_articles(chunk)
            stored += sum(len(items) for _, items in chunk)
            if not quiet:
                print(f"\r{stored:,} events in {first + len(chunk):,} articles "
                      f"({time.perf_counter() - started:.0f} s)", end="", file=sys.stderr)
        total = store.count_events()
    if not quiet:
        print(file=sys.stderr)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", help="database URL (default: bench-results/web-N.db)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--force", action="store_true", help="rebuild an existing file")
    args = parser.parse_args(argv)
    url = args.db or default_url(args.events)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if path.exists():
            if not args.force:
                print(f"{path} exists (use --force to rebuild)", file=sys.stderr)
                return 0
            path.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
    total = build_store(url, args.events, args.seed)
    print(f"{total:,} events stored in {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
