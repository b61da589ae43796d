"""How the command line talks about itself: usage errors as one line with exit code 1, help
with metavars that read (STATE_A STATE_B, DATE, PATH) and an example under every command.

The README promises that a user error is one line `error: ...` and exit code 1. Click (inside
Typer) prints usage errors as a boxed block with exit code 2, and Typer's Pydantic coercion
adds a "Value error," prefix; `ParleyGroup.main` runs the command line without Click's own
error display and prints the one line itself, whether run as a script or by a test runner.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.models import CommandFunctionType

__all__ = ["USAGE_ERROR_EXIT", "ParleyCommand", "ParleyGroup", "argument_metavar", "example",
           "new_app", "usage_error_line"]

#: Exit code of a usage error (missing argument, bad choice, bad value), as of any user error.
USAGE_ERROR_EXIT = 1

#: Words Typer or Pydantic put before the reason, which say nothing to a user.
_NOISE = re.compile(r"\b(?:Value|Assertion) error, ")


def usage_error_line(error: Any, fallback_path: str | None = None) -> str:
    """One line for a Click usage error: the command, the reason, and where help is.

    `error` is a `click.ClickException` (Typer vendors Click, so the class is not imported
    here by name); a multi-line message (a list of choices) is joined into one line. An
    error raised before Click knew its command names `fallback_path`."""
    message = " ".join(_NOISE.sub("", error.format_message()).split()).rstrip(".")
    context = getattr(error, "ctx", None)
    path = context.command_path if context is not None else fallback_path
    if path is None:
        return f"error: {message}"
    return f"error: {path}: {message[:1].lower()}{message[1:]} (see `{path} --help`)"


def plain_coercion(params: list[Any]) -> list[Any]:
    """Give each parameter of a plain type a coercion without Pydantic (`coercion`), before
    Typer builds its own; the others keep Typer's."""
    from parley.cli.coercion import plain_runtime_param

    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is not None and getattr(param, "_runtime_param", 1) is None:
            param._runtime_param = plain_runtime_param(descriptor)
    return params


class ParleyGroup(TyperGroup):
    """The command group of `parley`: usage errors become one line and exit code 1."""

    def get_params(self, ctx: Any) -> list[Any]:
        return plain_coercion(super().get_params(ctx))

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        from typer import Abort
        from typer._click.exceptions import ClickException, NoArgsIsHelpError

        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False,
                                  windows_expand_args=windows_expand_args, **extra)
        except NoArgsIsHelpError as shown:
            # `parley` (or `parley sources`) alone asks for the list of commands.
            print(shown.format_message())
            result = 0
        except ClickException as error:
            print(usage_error_line(error, self._path_of(args, prog_name)), file=sys.stderr)
            result = USAGE_ERROR_EXIT
        except BrokenPipeError:  # `parley ... | head`: the reader has all it wanted
            sys.stderr.close()
            result = 0
        except Abort:
            print("error: aborted", file=sys.stderr)
            result = USAGE_ERROR_EXIT
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)

    def _path_of(self, args: Sequence[str] | None, prog_name: str | None) -> str:
        """`parley status` from the words typed: the program and the command words."""
        words = [prog_name or "parley"]
        group: Any = self
        for word in sys.argv[1:] if args is None else args:
            command = getattr(group, "commands", {}).get(word)
            if command is None:
                break
            words.append(word)
            group = command
        return " ".join(words)


def argument_metavar(param: Any) -> str:
    """An argument as usage and help show it: its metavar (STATE_A, PATH...), never Typer's
    `{a}` braces or `<list[str]>` type, with "..." when it takes several values."""
    name = param.metavar or param.name.upper()
    if param.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if param.required else f"[{name}]"


class ParleyCommand(TyperCommand):
    """A command whose usage line and help name arguments by their metavars, and whose
    plain parameters are coerced without Pydantic (`coercion`)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return plain_coercion(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(argument_metavar(param))
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                help_text = record[1].replace("  [required]", "").replace("[required]", "")
                arguments.append((argument_metavar(param).strip("[]"), help_text))
            else:
                options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


class ParleyTyper(typer.Typer):
    """A Typer app whose commands are `ParleyCommand`s unless told otherwise."""

    def command(self, name: str | None = None, *, cls: type[TyperCommand] | None = None,
                **settings: Any) -> Callable[[CommandFunctionType], CommandFunctionType]:
        return super().command(name, cls=cls or ParleyCommand, **settings)


def example(*lines: str) -> str:
    """The epilog of a command's --help: its example commands, kept as written (Click's
    `\\b` marker stops it rewrapping them)."""
    return "\b\nExample:\n" + "\n".join(f"  {line}" for line in lines)


def help_option_names() -> dict[str, list[str]]:
    """`-h` as well as `--help`, the two a user tries first."""
    return {"help_option_names": ["-h", "--help"]}


def new_app(help_text: str) -> ParleyTyper:
    """A Typer app that reports usage errors as one line and prints plain help (Rich's
    boxed help costs start-up time and draws `<str>` and `<bool>` beside every option)."""
    return ParleyTyper(cls=ParleyGroup, add_completion=False, no_args_is_help=True,
                       help=help_text, pretty_exceptions_enable=False,
                       rich_markup_mode=None, context_settings=help_option_names())
