"""The Pydantic-free coercion of plain command-line values gives what Typer's own gives, and
refuses what it refuses, for every parameter of every command."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.core import TyperGroup

from parley.cli import app
from parley.cli.coercion import plain_runtime_param


def every_parameter() -> list[Any]:
    root = typer.main.get_command(app)
    assert isinstance(root, TyperGroup)
    found: list[Any] = []
    for command in root.commands.values():
        subcommands = command.commands.values() if isinstance(command, TyperGroup) else [command]
        for sub in subcommands:
            found += [p for p in sub.params if hasattr(p, "type_descriptor")]
    return found


PARAMS = every_parameter()
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)


def sample_value(annotation: Any, data: st.DataObject) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return data.draw(st.sampled_from([m.value for m in annotation] + ["xml", "MD"]))
    if annotation is int:
        return data.draw(st.one_of(st.integers(-5, 70000).map(str), st.sampled_from(["x", ""])))
    return data.draw(TEXT)


def outcome(runtime: Any, value: Any, param: Any) -> Any:
    try:
        return runtime.coerce(value, param=param, ctx=Context(typer.main.get_command(app)))
    except BadParameter:
        return BadParameter


def test_every_parameter_of_the_commands_is_coerced_without_pydantic() -> None:
    assert PARAMS and all(plain_runtime_param(p.type_descriptor) is not None for p in PARAMS)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PARAMS), st.data())
def test_plain_coercion_agrees_with_typers(param: Any, data: st.DataObject) -> None:
    descriptor = param.type_descriptor
    annotation = descriptor.annotation
    origin = getattr(annotation, "__origin__", None)
    if origin in (list, tuple):
        kinds = annotation.__args__
        value: Any = [sample_value(k, data) for k in (kinds if origin is tuple else kinds * 2)]
    else:
        value = sample_value(annotation, data)
    if annotation is bool:
        value = data.draw(st.booleans())
    plain = outcome(plain_runtime_param(descriptor), value, param)
    typers = outcome(build_runtime_param(descriptor), value, param)
    if annotation is Path and plain is not BadParameter:
        assert plain == Path(value)  # Typer keeps a Path also when Pydantic is not asked
    else:
        assert plain == typers, (param.name, value)


def test_a_bad_choice_names_the_choices() -> None:
    [fmt] = [p for p in PARAMS if p.name == "output_format"
             and "cameo" in {m.value for m in p.type_descriptor.annotation}]
    with pytest.raises(BadParameter, match=r"'xml' is not one of 'jsonl', 'table'"):
        plain_runtime_param(fmt.type_descriptor).coerce(  # type: ignore[union-attr]
            "xml", param=fmt, ctx=Context(typer.main.get_command(app)))
