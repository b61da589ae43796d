"""A channel named by slug, label or mechanism name becomes its catalogue slug."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parley import catalogue
from parley.channel_names import channel_slug, mechanism_names
from parley.errors import UnknownChannel


@pytest.mark.parametrize(("name", "pair", "slug"), [
    ("hotline", None, "hotline"),
    ("Military hotlines", None, "hotline"),
    ("Defense Telephone Link", ("USA", "CHN"), "hotline"),
    ("defense telephone-link", None, "hotline"),
    ("DTL", None, "hotline"),
    ("MMCA", ("CHN", "USA"), "maritime-safety-talks"),
    ("maritime safety talks", None, "maritime-safety-talks"),
    ("Theater Commanders Talks", None, "theater-command-talks"),
    ("DGMO hotline", ("IND", "PAK"), "hotline"),
])
def test_names_become_slugs(name: str, pair: tuple[str, str] | None, slug: str) -> None:
    assert channel_slug(name, pair) == slug


def test_every_mechanism_with_a_channel_is_found_by_its_names_in_its_pair() -> None:
    for mechanism in mechanism_names():
        if mechanism.channel is not None:
            assert channel_slug(mechanism.name, mechanism.pair) == mechanism.channel


@given(st.sampled_from(catalogue.channels()), st.sampled_from(["upper", "lower", "title"]),
       st.sampled_from([" ", "-", "_", "  "]))
def test_slugs_and_labels_in_any_case_and_spacing(channel: catalogue.Channel, case: str,
                                                  separator: str) -> None:
    for written in (channel.slug, channel.label):
        variant = getattr(written.replace("-", separator).replace(" ", separator), case)()
        assert channel_slug(variant) == channel.slug


def test_a_mechanism_without_a_channel_and_an_unknown_name_are_refused() -> None:
    with pytest.raises(UnknownChannel, match="no channel of the catalogue covers"):
        channel_slug("Notification of Major Military Activities")
    with pytest.raises(UnknownChannel, match=r"unknown channel 'hotlien' \(did you mean: "
                                             r"hotline"):
        channel_slug("hotlien")
