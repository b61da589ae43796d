"""The channel catalogue names the extractor's channels without loading the extractor."""

from __future__ import annotations

import json
from collections.abc import Callable
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


def test_reading_the_catalogue_loads_no_extractor(
        modules_loaded: Callable[[str, str], list[str]]) -> None:
    assert modules_loaded("from parley import catalogue; catalogue.labels()",
                          "parley.extract") == []
    assert "parley.extract" in modules_loaded("import parley.extract", "parley.extract")


def test_one_channel_label_and_level_are_those_of_the_catalogue() -> None:
    for slug, label in catalogue.labels().items():
        assert catalogue.channel_label(slug) == label
        assert catalogue.channel_level(slug) == catalogue.levels()[slug]
    assert catalogue.channel_label("no-such-channel") == "no-such-channel"
    assert catalogue.channel_level("no-such-channel") is None
    assert catalogue.channel_level("") is None
