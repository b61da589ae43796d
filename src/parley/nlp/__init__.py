"""The only place that imports spaCy: model loading, sentence splitting and parsing.

spaCy's objects never leave this package: parses come out as Parley's own `Sentence` and
`Token` records, so every later stage is pure Python and testable without a model.
"""

from parley.nlp.model import ModelNotFound, load_model, resolve_model_name
from parley.nlp.parse import SentenceParser
from parley.nlp.sentences import split_sentences

__all__ = [
    "ModelNotFound",
    "SentenceParser",
    "load_model",
    "resolve_model_name",
    "split_sentences",
]
