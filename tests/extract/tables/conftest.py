"""The two pipelines the sentence tables read (the spaCy model is loaded once per module)."""

from __future__ import annotations

import pytest

from parley.config import load_settings
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def realis() -> Pipeline:
    """The default pipeline: negated and hypothetical events are left out."""
    return Pipeline(load_settings(environ={}, database_url="sqlite://"))


@pytest.fixture(scope="module")
def irrealis() -> Pipeline:
    """Keeps negated and hypothetical events, flagged."""
    return Pipeline(load_settings(environ={}, database_url="sqlite://", include_irrealis=True))
