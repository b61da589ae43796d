"""The politeness settings: from the environment and TOML, checked like the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.config import load_settings
from parley.errors import ConfigError


def test_defaults_are_polite() -> None:
    settings = load_settings(environ={})
    assert settings.fetch_rate_per_host == 1.0
    assert settings.fetch_host_concurrency == 2
    assert settings.fetch_retries == 3
    assert settings.fetch_user_agent.startswith("Parley/")


def test_environment_and_toml(tmp_path: Path) -> None:
    config = tmp_path / "parley.toml"
    config.write_text('[parley]\nfetch_rate_per_host = 0.5\nfetch_user_agent = "Desk/2"\n'
                      "fetch_retries = 0\n", encoding="utf-8")
    settings = load_settings(environ={"PARLEY_CONFIG": str(config),
                                      "PARLEY_FETCH_TIMEOUT": "2.5",
                                      "PARLEY_FETCH_MAX_REDIRECTS": "0"})
    assert settings.fetch_rate_per_host == 0.5
    assert settings.fetch_user_agent == "Desk/2"
    assert (settings.fetch_retries, settings.fetch_max_redirects) == (0, 0)
    assert settings.fetch_timeout == 2.5


@pytest.mark.parametrize(("variable", "value", "message"), [
    ("PARLEY_FETCH_RATE_PER_HOST", "0", "must be a positive number"),
    ("PARLEY_FETCH_RATE_PER_HOST", "fast", "is not a number"),
    ("PARLEY_FETCH_TIMEOUT", "nan", "must be a positive number"),
    ("PARLEY_FETCH_RETRIES", "-1", "must not be negative"),
    ("PARLEY_FETCH_HOST_CONCURRENCY", "0", "must be positive"),
    ("PARLEY_FETCH_MAX_BYTES", "1.5", "is not a whole number"),
])
def test_bad_values_are_one_line_errors(variable: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(environ={variable: value})
