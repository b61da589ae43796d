"""The web app reaches the timeline, the resolver and the extractor only through `report/`."""

from __future__ import annotations

import ast
from pathlib import Path

import parley.web

WEB = Path(parley.web.__file__).parent
FORBIDDEN = ("parley.timeline", "parley.resolve", "parley.extract")


def imported_modules(source: str) -> list[str]:
    """Every module an `import` or `from ... import` statement of the source names."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
            # "from parley import timeline" names the package through its alias
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def forbidden_imports(source: str) -> list[str]:
    return [name for name in imported_modules(source)
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)]


def test_no_web_module_imports_timeline_resolve_or_extract() -> None:
    found = {str(path.relative_to(WEB)): bad for path in sorted(WEB.rglob("*.py"))
             if (bad := forbidden_imports(path.read_text(encoding="utf-8")))}
    assert found == {}


def test_the_check_sees_every_form_of_import() -> None:
    source = ("import parley.timeline.states\nfrom parley.resolve import load_gazetteer\n"
              "from parley import extract\ndef f():\n    from parley.timeline import merge\n"
              "from parley.report import build_report\nimport parley.timelines_elsewhere\n")
    assert {name.split(".")[1] for name in forbidden_imports(source)} == {
        "timeline", "resolve", "extract"}
    assert "parley.extract" in forbidden_imports(source)  # the aliased form
    assert forbidden_imports("from parley.report import build_report") == []
