"""Event extraction: lexicons and dependency rules turn parsed sentences into events."""

from parley.extract.article import article_pair
from parley.extract.coder import ArticleCoder, RuleExtractor
from parley.extract.lexicon import Lexicon, build_lexicon, load_lexicon
from parley.extract.records import ArticleState

__all__ = [
    "ArticleCoder",
    "ArticleState",
    "Lexicon",
    "RuleExtractor",
    "article_pair",
    "build_lexicon",
    "load_lexicon",
]
