"""Parley's exceptions: user errors carry a one-line message the CLI prints without a traceback."""

from __future__ import annotations


class ParleyError(Exception):
    """Base class of every error Parley reports to a user as one line."""


class InputError(ParleyError):
    """An input (file, line, stream) that cannot be read; the batch goes on without it."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class UnknownState(ParleyError):
    """A state name that the gazetteer does not know; lists close matches."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        super().__init__(f"unknown state {name!r}{hint}")
        self.name = name
        self.suggestions = suggestions


class UnknownChannel(ParleyError):
    """A channel slug that is not in the catalogue."""


class StoreError(ParleyError):
    """The store cannot be opened or written (bad URL, unreachable server, schema mismatch)."""


class ConfigError(ParleyError):
    """A setting has an invalid value."""
