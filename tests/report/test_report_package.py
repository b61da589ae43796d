"""`parley.report` gives its public names from their modules, importing each on first use."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest

import parley.report


def test_every_public_name_is_the_object_of_its_module() -> None:
    for name in parley.report.__all__:
        home = importlib.import_module(f"parley.report.{parley.report._HOMES[name]}")
        assert getattr(parley.report, name) is getattr(home, name)
    assert sorted(parley.report.__all__) == sorted(parley.report._HOMES)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = parley.report.nothing_here


def test_importing_the_package_loads_none_of_its_modules(
        modules_loaded: Callable[[str, str], list[str]]) -> None:
    assert modules_loaded("import parley.report", "parley.report") == ["parley.report"]
    assert "parley.report.queries" in modules_loaded(
        "from parley.report import resolve_pair", "parley.report")
