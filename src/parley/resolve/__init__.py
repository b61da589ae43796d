"""Mentions to states and people: gazetteer data, office holders with tenures, roles."""

from parley.resolve.gazetteer import Gazetteer, Person, build_gazetteer, load_gazetteer
from parley.resolve.mentions import ArticleMentions, MentionFinder

__all__ = [
    "ArticleMentions",
    "Gazetteer",
    "MentionFinder",
    "Person",
    "build_gazetteer",
    "load_gazetteer",
]
