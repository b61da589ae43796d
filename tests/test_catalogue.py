"""The channel catalogue names the extractor's channels without loading the extractor."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

from parley import catalogue
from parley.config import DEFAULT_CHANNEL_WEIGHTS


def test_catalogue_names_the_channels_the_extractor_finds() -> None:
    from parley.extract import load_lexicon

    channels = load_lexicon().channels
    assert catalogue.slugs() == list(channels)
    assert catalogue.labels() == {slug: info.label for slug, info in channels.items()}
    assert catalogue.levels() == {slug: info.level for slug, info in channels.items()}


def test_default_weights_are_the_catalogue_weights_by_level() -> None:
    data = json.loads((resources.files("parley.data") / "channels.json").read_text("utf-8"))
    expected = {c["slug"]: c["weight_level"] for c in data["channels"]}
    assert catalogue.default_weights() == expected == DEFAULT_CHANNEL_WEIGHTS
    assert expected["hotline"] == 1.0 and expected["attaches"] == 0.5


def test_reading_the_catalogue_loads_no_extractor() -> None:
    code = ("import sys; from parley import catalogue; catalogue.labels(); "
            "print(sorted(m for m in sys.modules if m.startswith('parley.extract')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]"
