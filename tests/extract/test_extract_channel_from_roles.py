"""The channel implied by who takes part (extract/channel_from_roles.py): the role -> channel
data, the rule over both sides, and titles that name a channel read in context."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from parley.extract.channel_from_roles import (
    implied_channels,
    participant_channel,
    participant_roles,
    titled_channels,
)
from parley.extract.records import ChannelSpan
from parley.resolve import load_gazetteer
from parley.types import Mention, MentionKind


def _data(*parts: str) -> dict[str, object]:
    node = resources.files("parley.data")
    for part in parts:
        node = node / part
    return dict(json.loads(node.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("role", "channel"), [
    ("defence-minister", "defence-ministers"),
    ("chief-of-defence", "military-chiefs"),
    ("service-chief", "military-chiefs"),
    ("security-adviser", "diplomatic"),
    ("foreign-minister", "diplomatic"),
    ("theatre-commander", "theater-command-talks"),
    ("head-of-state", "leaders"),
    ("head-of-government", "leaders"),
    ("spokesperson", None),
    ("other", None),
    ("no-such-role", None),
])
def test_role_channels(role: str, channel: str | None) -> None:
    assert participant_channel(role) == channel


def test_every_participant_channel_is_in_the_catalogue() -> None:
    slugs = {c["slug"] for c in _data("channels.json")["channels"]}  # type: ignore[attr-defined]
    assert set(participant_roles().values()) <= slugs


def test_every_mapped_role_is_a_role_of_the_role_data() -> None:
    """A role the mapping names and the role data lacks would never be read."""
    roles = {r["role"] for r in _data("actors", "roles.json")["roles"]}  # type: ignore[attr-defined]
    assert set(participant_roles()) <= roles


@pytest.mark.parametrize(("holders", "counterpart", "expected"), [
    # Two sides holding one channel: 'Austin met Dong'.
    ([("USA", "defence-ministers"), ("CHN", "defence-ministers")], False,
     ["defence-ministers"]),
    # A title whose state is not said and a holder: two sides.
    ([(None, "military-chiefs"), ("RUS", "military-chiefs")], False, ["military-chiefs"]),
    # Different channels on the two sides: nothing implied.
    ([("JPN", "defence-ministers"), ("CHN", "diplomatic")], False, []),
    # ... unless one side meets its counterparts: each holder's channel.
    ([("USA", "defence-ministers"), ("USA", "military-chiefs")], True,
     ["defence-ministers", "military-chiefs"]),
    # Two holders of one state on one channel beside another channel: one side only.
    ([("USA", "defence-ministers"), ("USA", "defence-ministers"), ("CHN", "diplomatic")],
     False, []),
    # Nobody holding a role of a channel.
    ([], False, []),
])
def test_implied_channels(holders: list[tuple[str | None, str]], counterpart: bool,
                          expected: list[str]) -> None:
    assert implied_channels(holders, counterpart) == expected


def _role(text: str, sentence: str, roles: tuple[str, ...]) -> Mention:
    start = sentence.index(text)
    return Mention(text, start, start + len(text), MentionKind.ROLE, None, roles=roles)


@pytest.mark.parametrize(("roles", "expected"), [
    (("defence-minister",), "defence-ministers"),
    (("chief-of-defence",), "military-chiefs"),
    ((), None),  # nothing decided which defence chiefs: a meeting on no known channel
])
def test_an_ambiguous_title_naming_a_channel_takes_its_role(
        roles: tuple[str, ...], expected: str | None) -> None:
    sentence = "Beijing called off the defence chiefs' meeting."
    start = sentence.index("defence chiefs' meeting")
    span = ChannelSpan("defence-ministers", start, start + len("defence chiefs' meeting"))
    mention = _role("defence chiefs", sentence, roles)
    read = titled_channels([span], [mention], sentence, load_gazetteer())
    assert [s.slug for s in read] == [expected]


def test_an_unambiguous_title_keeps_its_channel() -> None:
    sentence = "Beijing called off the defence ministers' meeting."
    start = sentence.index("defence ministers' meeting")
    span = ChannelSpan("defence-ministers", start, start + len("defence ministers' meeting"))
    # Even with no role read for it, a title that is not ambiguous leaves the name's channel.
    mention = _role("defence ministers", sentence, ())
    assert titled_channels([span], [mention], sentence, load_gazetteer()) == [span]


def test_the_role_data_agrees_with_the_participants_mapping() -> None:
    """data/actors/roles.json still names a channel per role (the resolver's older copy):
    where it does, it must be the participants mapping's, so the two cannot drift apart."""
    roles = _data("actors", "roles.json")["roles"]
    older = {r["role"]: r.get("channel") for r in roles}  # type: ignore[attr-defined]
    assert {role: channel for role, channel in older.items() if channel} == participant_roles()
