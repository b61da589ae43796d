"""Refusal or silence: whether a DECLINE says a request was turned down or ignored.

"China declined the invitation" and "Austin's calls have gone unanswered" are both DECLINE
events, but an analyst keeps them apart (the DoD China Military Power Report counts an
engagement "Refused, Cancelled, or Ignored"). The words that mark silence are data
(`data/lexicons/silence.json`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["is_silence"]


@lru_cache(maxsize=1)
def _silence() -> re.Pattern[str]:
    node = resources.files("parley.data") / "lexicons" / "silence.json"
    patterns = json.loads(node.read_text(encoding="utf-8"))["patterns"]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=4096)
def is_silence(sentence: str) -> bool:
    """'North Korea has not answered a single call': the refusal was silence, not a no."""
    return _silence().search(sentence) is not None
