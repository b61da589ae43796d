"""`parley.report` gives its public names from their modules, importing each on first use."""

from __future__ import annotations

import importlib
import subprocess
import sys

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


def test_importing_the_package_loads_none_of_its_modules() -> None:
    code = ("import sys, parley.report; "
            "print(sorted(m for m in sys.modules if m.startswith('parley.report.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "[]"
