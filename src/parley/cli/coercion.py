"""Command-line values turned into Python values without Pydantic, for the plain types the
commands take (str, bool, int with bounds, Path, an Enum of choices, lists and pairs of them).

Typer builds a Pydantic TypeAdapter for every parameter, and importing Pydantic and building
the adapters is a tenth of a store query's start-up; the values these commands take need none
of it. A parameter of any other type keeps Typer's own coercion.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam

__all__ = ["PlainRuntimeParam", "convert", "plain_runtime_param"]

_LEAVES: tuple[type, ...] = (str, bool, int, Path)


def _leaf_supported(annotation: Any) -> bool:
    return annotation in _LEAVES or (isinstance(annotation, type) and issubclass(annotation, Enum))


def _supported(annotation: Any) -> bool:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (list, tuple):
        return bool(args) and Ellipsis not in args and all(_leaf_supported(a) for a in args)
    return _leaf_supported(annotation)


def convert(value: Any, annotation: Any, minimum: float | None = None,
            maximum: float | None = None) -> Any:
    """One value as `annotation`, or ValueError with the reason a user reads."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        if isinstance(value, annotation):
            return value
        for member in annotation:
            if str(member.value) == str(value):
                return member
        choices = ", ".join(repr(str(m.value)) for m in annotation)
        raise ValueError(f"{str(value)!r} is not one of {choices}")
    if annotation is bool:
        return value if isinstance(value, bool) else str(value).strip().lower() in (
            "1", "true", "yes", "y", "on")
    if annotation is int:
        try:
            number = value if isinstance(value, int) else int(str(value).strip())
        except ValueError:
            raise ValueError(f"{str(value)!r} is not a whole number") from None
        if minimum is not None and number < minimum:
            raise ValueError(f"must be at least {minimum:g} (got {number})")
        if maximum is not None and number > maximum:
            raise ValueError(f"must be at most {maximum:g} (got {number})")
        return number
    if annotation is Path:
        return value if isinstance(value, Path) else Path(value)
    return value if isinstance(value, str) else str(value)


@dataclass(frozen=True)
class PlainRuntimeParam(RuntimeParam):
    """Typer's runtime coercion contract, met by `convert` for the plain types."""

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        info = self.parameter_info
        annotation = self.annotation
        try:
            origin: Any = typing.get_origin(annotation)
            if origin is list:
                [item] = typing.get_args(annotation)
                items = value if isinstance(value, (list, tuple)) else [value]
                return [convert(v, item, info.min, info.max) for v in items]
            if origin is tuple:
                kinds = typing.get_args(annotation)
                if not isinstance(value, (list, tuple)) or len(value) != len(kinds):
                    raise ValueError(f"{len(kinds)} values are required")
                return tuple(convert(v, kind, info.min, info.max)
                             for v, kind in zip(value, kinds, strict=True))
            return convert(value, annotation, info.min, info.max)
        except ValueError as error:
            raise BadParameter(str(error), ctx=ctx, param=param) from None


def plain_runtime_param(descriptor: Any) -> PlainRuntimeParam | None:
    """A Pydantic-free coercion for a Typer parameter's type descriptor, when its type is
    one of the plain ones, no file is opened and no parser or clamp is asked for."""
    info = descriptor.parameter_info
    if descriptor.file_annotation is not None or info.parser is not None or info.clamp \
            or not _supported(descriptor.annotation) or not info.case_sensitive:
        return None
    return PlainRuntimeParam(parameter_info=info, annotation=descriptor.annotation)
