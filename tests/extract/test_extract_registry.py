"""The rule registry: versioned names, the explicit running order, third-party rules."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from parley.extract.registry import RuleRegistry, builtin_order, load_builtin_rules
from parley.types import EventType


def test_every_builtin_rule_is_registered_in_the_written_order() -> None:
    registry = load_builtin_rules()
    order = builtin_order()
    assert set(registry.names()) == {n for names in order.values() for n in names}
    names = [r.name for r in registry.theme_checks(EventType.DECLINE, "talks")]
    assert names == [n for n in order["theme_checks"] if n in names]
    assert names[-1] == "parley.talks-theme-missing.v1"  # the default comes last
    assert [r.name for r in registry.trigger_finders()] == list(order["trigger_finders"])
    contact_filters = [r.name for r in registry.event_filters(EventType.MEET)]
    assert contact_filters == [n for n in order["event_filters"] if n in contact_filters]
    assert "parley.protocol-name-is-no-event.v1" not in contact_filters


def test_checks_apply_by_type_and_theme() -> None:
    registry = load_builtin_rules()
    decline = {r.name for r in registry.theme_checks(EventType.DECLINE, "talks")}
    meet = {r.name for r in registry.theme_checks(EventType.MEET, "self")}
    assert "parley.refusal-needs-request.v1" in decline
    assert "parley.refusal-needs-request.v1" not in meet
    assert "parley.welcomed-a-guest.v1" in meet
    assert not decline & meet
    sanction = [r.name for r in registry.theme_checks(EventType.SANCTION, "sanctions")]
    assert sanction[0] == "parley.sanctions-act-is-no-event.v1"


def test_a_third_party_rule_runs_after_the_builtins_or_before_the_one_it_names() -> None:
    registry = RuleRegistry()

    @registry.theme_check("parley.talks-theme-missing.v1", themes=("talks",))
    def default(*_: object) -> bool | None:
        return False

    @registry.theme_check("acme.late.v1", themes=("talks",))
    def late(*_: object) -> bool | None:
        return None

    @registry.theme_check("acme.early.v1", themes=("talks",),
                          before="parley.talks-theme-missing.v1")
    def early(*_: object) -> bool | None:
        return True

    names = [r.name for r in registry.theme_checks(EventType.REQUEST, "talks")]
    assert names == ["acme.early.v1", "parley.talks-theme-missing.v1", "acme.late.v1"]
    with pytest.raises(ValueError, match="twice"):
        registry.theme_check("acme.late.v1")(late)


def test_the_prefilter_reads_the_cue_words_the_rules_declare() -> None:
    from parley.extract import load_lexicon

    cues = load_builtin_rules().cue_words("talks")
    assert {"message", "request", "invitation", "telephone"} <= cues
    talk_forms = load_lexicon().prefilter.theme_words["talks"]
    assert {"messages", "invitations", "telephoned"} <= talk_forms


def test_the_lexicon_files_name_each_key_once() -> None:
    """A class appended under a name already used would silently replace the first (the
    JSON reader keeps the last): each key of every lexicon file appears once per object."""
    def unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [key for key, _ in pairs]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        assert not repeated, f"keys given twice: {repeated}"
        return dict(pairs)

    folder = resources.files("parley.data") / "lexicons"
    names = [entry.name for entry in folder.iterdir() if entry.name.endswith(".json")]
    assert "grammar.json" in names
    for name in names:
        json.loads((folder / name).read_text(encoding="utf-8"), object_pairs_hook=unique)
