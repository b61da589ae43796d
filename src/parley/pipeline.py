"""The one entry point of Parley's main job: articles in, events out, into the store.

ingest -> nlp -> resolve -> dates -> extract -> store. The CLI, the web app and the tests all
call `Pipeline`; nothing else wires the stages together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, BinaryIO, Protocol, TextIO

from parley.config import Settings
from parley.errors import ParleyError
from parley.extract import ArticleCoder, ArticleState, RuleExtractor, load_lexicon
from parley.extract.article_gate import (
    MentionsRead,
    may_hold_event,
    names_two_states,
    read_mentions,
)
from parley.extract.vocabulary import (
    ANAPHORIC_OPENING,
    DAY_ANAPHOR,
    LIST_OPENING,
    STORY_RELATIVE,
)
from parley.ingest import read_inputs
from parley.nlp import SentenceParser, split_sentences
from parley.nlp.parse import DATELINE
from parley.pipeline_parts import finder_for, prefilter_for
from parley.resolve import load_gazetteer
from parley.store.saving import same_article
from parley.types import (
    Article,
    Event,
    IngestResult,
    InputFailure,
    InputWarning,
    ParsedArticle,
    Sentence,
)

if TYPE_CHECKING:
    from parley.second_opinion import SecondOpinion

#: How many articles are parsed in one `nlp.pipe` call.
ARTICLE_CHUNK = 32

ProgressCallback = Callable[[Article | InputFailure | InputWarning], None]


@dataclass(frozen=True, slots=True)
class ArticleEvents:
    """An article's events; or, when it could not be extracted, why (`failure`, one line).

    `warnings` say where a cap cut the work on a pathological article (see `bounded`).
    """

    article: Article
    events: list[Event]
    failure: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Prepared:
    article: Article
    sentences: list[Sentence]
    wanted: list[Sentence]
    warnings: tuple[str, ...]
    #: The mentions the second article gate read, for the coder to reuse.
    read: MentionsRead | None = None


def failure_reason(action: str, error: BaseException) -> str:
    """One line for an unexpected error of one input: what failed, the error, no traceback."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    detail = lines[0][:200] if lines else ""
    return f"could not be {action} ({type(error).__name__}{': ' + detail if detail else ''})"


def origin_of(article: Article) -> str:
    """How an article is named in a failure or warning line: where it was read, else its id."""
    return article.origin or article.id


class Pipeline:
    """Runs the stages for a batch of articles with one parser, lexicon and gazetteer."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.parser = SentenceParser(settings.spacy_model, settings.nlp_batch_size)
        self.lexicon = load_lexicon()
        self.gazetteer = load_gazetteer()
        self.finder = finder_for(self.gazetteer)
        self.extractor = RuleExtractor(self.lexicon, self.gazetteer)
        self.prefilter = prefilter_for(self.lexicon)
        #: The learned veto on rule events, when the setting asks for it and it is installed.
        self.second_opinion: SecondOpinion | None = None
        if settings.second_opinion != "off":  # numpy and the model load only when asked for
            from parley.second_opinion import second_opinion_for

            self.second_opinion = second_opinion_for(settings.second_opinion)

    # ----------------------------------------------------------------- stages
    def split(self, article: Article) -> list[Sentence]:
        return split_sentences(article.text)

    def candidates(self, sentences: Sequence[Sentence]) -> list[Sentence]:
        """Sentences that can hold an event; all of them when the pre-filter is off.

        Besides the sentences the lexical pre-filter passes, the coder's article context must
        come out as if every sentence were parsed: an opening dateline ("HONG KONG —") says
        whose organisations the article's unnamed ones are, and a sentence that refers back
        ("This move …", "These were …", "Those mechanisms remain …", "… the following day")
        reads the date, events or channels of the sentence before it, which is then parsed
        too.
        """
        if not self.settings.prefilter:
            return list(sentences)
        return self.candidates_of(sentences)

    def candidates_of(self, sentences: Sequence[Sentence]) -> list[Sentence]:
        """The sentences the pre-filter passes, with the context sentences they need."""
        search = self.prefilter.search
        keep = [search(s.text) for s in sentences]
        if not any(keep):
            return []  # no sentence can hold an event: none needs its context either
        if not keep[0] and DATELINE.match(sentences[0].text):
            keep[0] = True
        first = keep.index(True)
        for i in range(first + 1, len(sentences)):
            if not keep[i] and self.prefilter.refers_to_a_channel(sentences[i].text):
                keep[i] = True  # "… restored it on Monday": the channel of a sentence read
        for i in range(1, len(sentences)):
            if keep[i] and not keep[i - 1] and self._refers_back(sentences[i].text):
                keep[i - 1] = True
        return [s for s, kept in zip(sentences, keep, strict=True) if kept]

    def _refers_back(self, text: str) -> bool:
        """Whether a kept sentence needs the one before it: its event, list or status
        ("This move …"), or its day ("the following day"; "Two days later …" counted from
        the day that sentence stated)."""
        counted = STORY_RELATIVE.search(text)
        return bool(ANAPHORIC_OPENING.match(text) or LIST_OPENING.match(text)
                    or DAY_ANAPHOR.search(text) or (counted and counted.group("n"))) or \
            self.prefilter.statuses.search(text)

    def gated(self, article: Article) -> bool:
        """Whether the pre-filter drops the whole article (`article_gate`): it names fewer
        than two states, so it is neither split nor parsed. Never with the pre-filter off."""
        return self.settings.prefilter and not may_hold_event(self.finder, article)

    def bounded(self, article: Article) -> _Prepared:
        """The article's sentences and the candidates to parse, within the settings' caps.

        4 MB of repeated trigger sentences once took two minutes and 600 MB: past
        `max_sentences` the rest of the text is not read, past `max_candidate_sentences` no
        more sentences are parsed, and a sentence over `max_sentence_chars` is not parsed
        (spaCy refuses a million characters); each cut is a warning naming the article.
        """
        if self.gated(article):
            return _Prepared(article, [], [], ())  # unsplit: no sentence can hold an event
        limits = self.settings
        warnings: list[str] = []
        sentences = self.split(article)
        if len(sentences) > limits.max_sentences:
            warnings.append(f"{len(sentences):,} sentences; only the first "
                            f"{limits.max_sentences:,} are read (setting max_sentences)")
            sentences = sentences[: limits.max_sentences]
        read = None
        if self.settings.prefilter and self._uncapped(sentences):
            # Mentions first: most general news that passes the scan names one state once
            # resolved, while nearly every one of its articles has a sentence the pre-filter
            # passes. With no cap in reach, skipping the pre-filter loses no warning.
            read = read_mentions(self.finder, article, sentences)
            if not names_two_states(read):
                return _Prepared(article, sentences, [], tuple(warnings))  # nothing to parse
        wanted = self.candidates(sentences)
        long = [s for s in wanted if len(s.text) > limits.max_sentence_chars]
        if long:
            warnings.append(f"{len(long):,} sentences over {limits.max_sentence_chars:,} "
                            "characters not parsed (setting max_sentence_chars)")
            wanted = [s for s in wanted if len(s.text) <= limits.max_sentence_chars]
        if len(wanted) > limits.max_candidate_sentences:
            warnings.append(f"{len(wanted):,} sentences to parse; only the first "
                            f"{limits.max_candidate_sentences:,} are parsed "
                            "(setting max_candidate_sentences)")
            wanted = wanted[: limits.max_candidate_sentences]
        if not wanted:
            return _Prepared(article, sentences, [], tuple(warnings))
        if self.settings.prefilter and read is None:
            read = read_mentions(self.finder, article, sentences)
            if not names_two_states(read):
                return _Prepared(article, sentences, [], tuple(warnings))  # nothing to parse
        return _Prepared(article, sentences, wanted, tuple(warnings), read)

    def _uncapped(self, sentences: Sequence[Sentence]) -> bool:
        """Whether no candidate cap of `bounded` can cut these sentences, whichever of them
        the pre-filter passes: none too long to parse, not more than may be parsed."""
        limits = self.settings
        return len(sentences) <= limits.max_candidate_sentences and all(
            len(s.text) <= limits.max_sentence_chars for s in sentences)

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        """Split every article, parse the candidate sentences of all of them in one batch."""
        return [parsed for parsed, _ in self._parse_prepared([self.bounded(a) for a in articles])]

    def _parse_prepared(self, prepared: Sequence[_Prepared]
                        ) -> list[tuple[ParsedArticle, _Prepared]]:
        flat = [s for item in prepared for s in item.wanted]
        parsed = iter(self.parser.parse(flat))
        by_article: list[tuple[ParsedArticle, _Prepared]] = []
        for item in prepared:
            chosen_starts = {s.start for s in item.wanted}
            filled = tuple(next(parsed) if s.start in chosen_starts else s
                           for s in item.sentences)
            by_article.append((ParsedArticle(item.article, filled), item))
        return by_article

    def code(self, parsed: ParsedArticle, read: MentionsRead | None = None) -> list[Event]:
        """The article's events. Only parsed sentences can hold events, so an article none of
        whose sentences was parsed has none. `read`: its mentions, when the article gate
        already found them (`article_gate.read_mentions`)."""
        article = parsed.article
        if not any(s.tokens for s in parsed.sentences):
            return []
        state = ArticleState(article.id, article.published, None)
        narrating = None if self.settings.prefilter else frozenset(
            s.start for s in self.candidates_of(parsed.sentences))
        mentions = read.resolver if read is not None else self.finder.for_article(
            article.published)
        coder = ArticleCoder(self.extractor, mentions, state, narrating)
        events = coder.code(parsed.sentences, article.title, read)
        if not self.settings.include_irrealis:
            events = [e for e in events if not (e.negated or e.hypothetical)]
        if self.second_opinion is not None and events:
            # after the irrealis filter: no sentence is encoded for an event left out anyway
            events = self.second_opinion.review(events)
        return events

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
        """Each article of the chunk, extracted; one that fails is its own failure.

        The chunk is parsed in one batch; when that raises, each article is parsed alone, so
        the error is pinned on its article and the others are extracted as usual.
        """
        prepared: list[_Prepared] = []
        for article in chunk:
            try:
                prepared.append(self.bounded(article))
            except Exception as error:  # one input's failure, never the batch's
                yield ArticleEvents(article, [], failure_reason("split", error))
        try:
            parsed = self._parse_prepared(prepared)
        except Exception:
            for item in prepared:
                yield from self._extract_alone(item)
            return
        for article_parse, item in parsed:
            yield self._coded(article_parse, item)

    def _extract_alone(self, item: _Prepared) -> Iterator[ArticleEvents]:
        try:
            [(article_parse, _)] = self._parse_prepared([item])
        except Exception as error:
            yield ArticleEvents(item.article, [], failure_reason("parsed", error), item.warnings)
            return
        yield self._coded(article_parse, item)

    def _coded(self, parsed: ParsedArticle, item: _Prepared) -> ArticleEvents:
        warnings = item.warnings
        try:
            return ArticleEvents(parsed.article, self.code(parsed, item.read), None, warnings)
        except Exception as error:
            return ArticleEvents(parsed.article, [], failure_reason("coded", error), warnings)


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
    for result in pipeline.extract(
            read_articles(paths, settings, published=published, stdin=stdin, on_item=on_item)):
        if on_item is not None:
            for message in result.warnings:
                on_item(InputWarning(origin_of(result.article), message))
            if result.failure is not None:
                on_item(InputFailure(origin_of(result.article), result.failure))
        if result.failure is None:
            yield result


def ingest_paths(
    paths: Sequence[str], settings: Settings, store: StoreLike, *,
    published: date | None = None, stdin: TextIO | BinaryIO | None = None,
    on_item: ProgressCallback | None = None,
) -> IngestResult:
    """`parley ingest`: read, extract and store; each article in its own transaction."""
    failures: list[InputFailure] = []
    warnings: list[InputWarning] = []
    counts = {"read": 0, "new": 0, "failed": 0, "events": 0}

    def collect(item: Article | InputFailure | InputWarning) -> None:
        if isinstance(item, InputFailure):
            failures.append(item)
        elif isinstance(item, InputWarning):
            warnings.append(item)
        else:
            counts["read"] += 1
        if on_item is not None:
            on_item(item)

    def failed(article: Article, reason: str) -> None:
        counts["failed"] += 1
        collect(InputFailure(origin_of(article), reason))

    def fresh(articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            try:
                if not already_stored(store, article):
                    yield article
            except ParleyError as error:
                failed(article, f"cannot be looked up in the store: {error}")

    pipeline = Pipeline(settings)
    articles = read_articles(paths, settings, published=published, stdin=stdin,
                             on_item=collect)
    for result in pipeline.extract(fresh(articles)):
        for message in result.warnings:
            collect(InputWarning(origin_of(result.article), message))
        if result.failure is not None:
            failed(result.article, result.failure)
            continue
        try:
            outcome = store.save_article(result.article, result.events)
        except ParleyError as error:  # one article the database refused, not the batch
            failed(result.article, f"cannot be stored: {error}")
            continue
        if outcome != "unchanged":
            counts["new"] += 1
            counts["events"] += len(result.events)
    return IngestResult(
        articles_read=counts["read"], articles_stored=counts["new"],
        articles_unchanged=counts["read"] - counts["new"] - counts["failed"],
        events_stored=counts["events"], failures=tuple(failures), warnings=tuple(warnings),
    )


class StoreLike(Protocol):
    """The part of the store the pipeline needs (the real one is `parley.store.Store`)."""

    def article(self, article_id: str) -> Article | None: ...

    def save_article(self, article: Article, events: Sequence[Event]) -> str: ...


def already_stored(store: StoreLike, article: Article) -> bool:
    """Same id, text and metadata: nothing to parse again (ingesting twice changes nothing).

    A correction (same text, another date, title, URL or source) is extracted again: its
    events' relative dates move with the publication date.
    """
    existing = store.article(article.id)
    return existing is not None and same_article(existing, article)
