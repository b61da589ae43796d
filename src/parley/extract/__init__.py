"""Event extraction: lexicons and dependency rules turn parsed sentences into events."""

from parley.extract.coder import ArticleCoder, ArticleState, RuleExtractor, article_pair
from parley.extract.lexicon import Lexicon, build_lexicon, load_lexicon

__all__ = [
    "ArticleCoder",
    "ArticleState",
    "Lexicon",
    "RuleExtractor",
    "article_pair",
    "build_lexicon",
    "load_lexicon",
]
