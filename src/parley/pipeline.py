"""The one entry point of Parley's main job: articles in, events out, into the store.

ingest -> nlp -> resolve -> dates -> extract -> store. The CLI, the web app and the tests all
call `Pipeline`; nothing else wires the stages together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO, Protocol, TextIO

from parley.config import Settings
from parley.extract import ArticleCoder, ArticleState, RuleExtractor, load_lexicon
from parley.extract.contact_kinds import media_words
from parley.extract.lexicon import Lexicon
from parley.extract.prefilter import Prefilter
from parley.extract.vocabulary import (
    ANAPHORIC_OPENING,
    DIRECTIVE_VERBS,
    LIST_OPENING,
    OBLIGATION_ADJECTIVES,
    OBLIGATION_MODALS,
    SAYING_NOUNS,
    SAYING_VERBS,
)
from parley.ingest import read_inputs
from parley.nlp import SentenceParser, split_sentences
from parley.nlp.parse import DATELINE
from parley.resolve import MentionFinder, load_gazetteer
from parley.types import (
    Article,
    Event,
    IngestResult,
    InputFailure,
    InputWarning,
    ParsedArticle,
    Sentence,
)

#: How many articles are parsed in one `nlp.pipe` call.
ARTICLE_CHUNK = 32

ProgressCallback = Callable[[Article | InputFailure | InputWarning], None]



def prefilter_for(lexicon: Lexicon) -> Prefilter:
    """The lexicon's pre-filter, also passing the sentences the coder can read a demand from
    without a lexicon trigger: an obligation told ("Wei told Austin that Washington must …"),
    a directive verb, an ended silence ("broke a two-year silence"), or letters exchanged
    ("the ministers exchanged letters", `extract/contact_finders.py`)."""
    cached = _prefilters.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _prefilters[id(lexicon)] = (lexicon, lexicon.prefilter.with_cues(
            (OBLIGATION_MODALS | OBLIGATION_ADJECTIVES, SAYING_VERBS | SAYING_NOUNS),
            (DIRECTIVE_VERBS,),
            (lexicon.ending_verbs, lexicon.absence_nouns),
            (media_words("exchanging_verbs"), media_words("letter_nouns"))))
    return cached[1]


#: Built once per lexicon (the packaged one is loaded once per process).
_prefilters: dict[int, tuple[Lexicon, Prefilter]] = {}


@dataclass(frozen=True, slots=True)
class ArticleEvents:
    article: Article
    events: list[Event]


class Pipeline:
    """Runs the stages for a batch of articles with one parser, lexicon and gazetteer."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.parser = SentenceParser(settings.spacy_model, settings.nlp_batch_size)
        self.lexicon = load_lexicon()
        self.gazetteer = load_gazetteer()
        self.finder = MentionFinder(self.gazetteer)
        self.extractor = RuleExtractor(self.lexicon, self.gazetteer)
        self.prefilter = prefilter_for(self.lexicon)

    # ----------------------------------------------------------------- stages
    def split(self, article: Article) -> list[Sentence]:
        return split_sentences(article.text)

    def candidates(self, sentences: Sequence[Sentence]) -> list[Sentence]:
        """Sentences that can hold an event; all of them when the pre-filter is off.

        Besides the sentences the lexical pre-filter passes, the coder's article context must
        come out as if every sentence were parsed: an opening dateline ("HONG KONG —") says
        whose organisations the article's unnamed ones are, and a sentence that refers back
        ("This move …", "These were …", "Those mechanisms remain …") reads the date, events or
        channels of the sentence before it, which is then parsed too.
        """
        if not self.settings.prefilter:
            return list(sentences)
        return self.candidates_of(sentences)

    def candidates_of(self, sentences: Sequence[Sentence]) -> list[Sentence]:
        """The sentences the pre-filter passes, with the context sentences they need."""
        search = self.prefilter.search
        keep = [search(s.text) for s in sentences]
        if sentences and not keep[0] and DATELINE.match(sentences[0].text):
            keep[0] = True
        for i in range(1, len(sentences)):
            if keep[i] and not keep[i - 1] and self._refers_back(sentences[i].text):
                keep[i - 1] = True
        return [s for s, kept in zip(sentences, keep, strict=True) if kept]

    def _refers_back(self, text: str) -> bool:
        return bool(ANAPHORIC_OPENING.match(text) or LIST_OPENING.match(text)) or \
            self.prefilter.statuses.search(text)

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        """Split every article, parse the candidate sentences of all of them in one batch."""
        split = [self.split(a) for a in articles]
        wanted = [self.candidates(sentences) for sentences in split]
        flat = [s for group in wanted for s in group]
        parsed = iter(self.parser.parse(flat))
        by_article: list[ParsedArticle] = []
        for article, sentences, chosen in zip(articles, split, wanted, strict=True):
            chosen_starts = {s.start for s in chosen}
            filled = tuple(next(parsed) if s.start in chosen_starts else s for s in sentences)
            by_article.append(ParsedArticle(article, filled))
        return by_article

    def code(self, parsed: ParsedArticle) -> list[Event]:
        article = parsed.article
        state = ArticleState(article.id, article.published, None)
        narrating = None if self.settings.prefilter else frozenset(
            s.start for s in self.candidates_of(parsed.sentences))
        coder = ArticleCoder(self.extractor, self.finder.for_article(article.published), state,
                             narrating)
        events = coder.code(parsed.sentences, article.title)
        if self.settings.include_irrealis:
            return events
        return [e for e in events if not (e.negated or e.hypothetical)]

    # ----------------------------------------------------------------- batches
    def extract(self, articles: Iterable[Article]) -> Iterator[ArticleEvents]:
        """Events of each article, in input order, parsing in chunks."""
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= ARTICLE_CHUNK:
                yield from self._extract_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._extract_chunk(chunk)

    def _extract_chunk(self, chunk: Sequence[Article]) -> Iterator[ArticleEvents]:
        for parsed in self.parse(chunk):
            yield ArticleEvents(parsed.article, self.code(parsed))


def read_articles(
    paths: Sequence[str], settings: Settings, *, published: date | None = None,
    stdin: TextIO | BinaryIO | None = None,
    on_item: ProgressCallback | None = None,
) -> Iterator[Article]:
    """Articles from paths; failures and warnings go to `on_item` and never stop the batch."""
    for item in read_inputs(paths, max_bytes=settings.max_input_bytes, published=published,
                            stdin=stdin):
        if on_item is not None:
            on_item(item)
        if isinstance(item, Article):
            yield item


def extract_paths(
    paths: Sequence[str], settings: Settings, *, published: date | None = None,
    stdin: TextIO | BinaryIO | None = None, on_item: ProgressCallback | None = None,
) -> Iterator[ArticleEvents]:
    """`parley extract`: events of every readable input, without storing anything."""
    pipeline = Pipeline(settings)
    yield from pipeline.extract(
        read_articles(paths, settings, published=published, stdin=stdin, on_item=on_item))


def ingest_paths(
    paths: Sequence[str], settings: Settings, store: StoreLike, *,
    published: date | None = None, stdin: TextIO | BinaryIO | None = None,
    on_item: ProgressCallback | None = None,
) -> IngestResult:
    """`parley ingest`: read, extract and store; each article in its own transaction."""
    failures: list[InputFailure] = []
    warnings: list[InputWarning] = []
    counts = {"read": 0, "new": 0, "unchanged": 0, "events": 0}

    def collect(item: Article | InputFailure | InputWarning) -> None:
        if isinstance(item, InputFailure):
            failures.append(item)
        elif isinstance(item, InputWarning):
            warnings.append(item)
        else:
            counts["read"] += 1
        if on_item is not None:
            on_item(item)

    pipeline = Pipeline(settings)
    articles = read_articles(paths, settings, published=published, stdin=stdin,
                             on_item=collect)
    fresh = (a for a in articles if not _already_stored(store, a))
    for result in pipeline.extract(fresh):
        outcome = store.save_article(result.article, result.events)
        if outcome == "unchanged":
            counts["unchanged"] += 1
        else:
            counts["new"] += 1
            counts["events"] += len(result.events)
    counts["unchanged"] = counts["read"] - counts["new"]
    return IngestResult(
        articles_read=counts["read"], articles_stored=counts["new"],
        articles_unchanged=counts["unchanged"], events_stored=counts["events"],
        failures=tuple(failures), warnings=tuple(warnings),
    )


class StoreLike(Protocol):
    """The part of the store the pipeline needs (the real one is `parley.store.Store`)."""

    def article(self, article_id: str) -> Article | None: ...

    def save_article(self, article: Article, events: Sequence[Event]) -> str: ...


def _already_stored(store: StoreLike, article: Article) -> bool:
    """Same id and same text: nothing to parse again (ingesting twice changes nothing)."""
    existing = store.article(article.id)
    return existing is not None and existing.text == article.text
