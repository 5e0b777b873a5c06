"""Service configuration: defaults, overridden by ``SCORER_*`` environment variables.

Every setting is parsed and checked here, at start-up, so that a typo in the environment stops
the service with a message naming the variable instead of surfacing later as a 500.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from training.features.language import SUPPORTED

ENV_PREFIX = "SCORER_"

# A model for language "xx" is the directory models/credibility-xx/<version>/.
MODEL_NAME_TEMPLATE = "credibility-{language}"

# The version of the HTTP contract (the /v1 endpoints and their schemas), not of the package:
# it changes only when the committed service/openapi.json changes.
API_VERSION = "1.0.0"

REDOC_URL = "https://cdn.jsdelivr.net/npm/redoc@2.1.5/bundles/redoc.standalone.js"


class ConfigError(ValueError):
    """An environment variable holds a value the service cannot use."""


def _default_models_dir() -> Path:
    # A source checkout keeps models/ next to service/; an installed package (the container)
    # runs from a working directory that holds models/.
    checkout = Path(__file__).resolve().parent.parent / "models"
    return checkout if checkout.is_dir() else Path.cwd() / "models"


def defaults() -> dict[str, Any]:
    return {
        "MODELS_DIR": _default_models_dir(),
        "LANGUAGES": ("fr", "en"),
        # language -> version directory name; a missing language means "the newest".
        "MODEL_VERSIONS": {},
        "API_KEYS": (),
        "MAX_BATCH": 64,
        "MAX_TEXT_CHARS": 200_000,
        # Flask's own limit: werkzeug answers 413 before the body is read.
        "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
        # Bodies nest three levels deep; anything far deeper is an attack or a bug.
        "MAX_JSON_DEPTH": 32,
        "CACHE_SIZE": 1024,
        # Characters of article (text or HTML) the cache may hold per worker. A cached answer
        # takes about 5 bytes per character of its article (measured on 1,000-word articles),
        # so this keeps the cache of each worker near 25 MiB at most, whatever is posted.
        "CACHE_MAX_CHARS": 5_000_000,
        "LOG_LEVEL": "INFO",
        # Load the models when the app is created; off only for tools that need the routes
        # and not the models.
        "LOAD_MODELS": True,
        # Run one document through each model at load time: spaCy pipelines load lazily, and
        # under gunicorn's preload this puts them in the master, shared by every worker.
        "WARMUP": True,
        # flask-smorest
        "API_TITLE": "Source-credibility scorer",
        "API_VERSION": API_VERSION,
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_REDOC_PATH": "/docs",
        "OPENAPI_REDOC_URL": REDOC_URL,
        "JSON_SORT_KEYS": False,
    }


def _positive_int(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, not {raw!r}") from None
    if value < 0:
        raise ConfigError(f"{name} must not be negative, got {value}")
    return value


def _csv(_name: str, raw: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in raw.split(",") if item.strip())


def _languages(name: str, raw: str) -> tuple[str, ...]:
    codes = tuple(code.lower() for code in _csv(name, raw))
    if not codes:
        raise ConfigError(f"{name} names no language")
    return codes


def _api_keys(name: str, raw: str) -> tuple[str, ...]:
    keys = _csv(name, raw)
    # Set but blank (" , "): the operator meant to protect /v1 and a typo would leave it open.
    if not keys:
        raise ConfigError(f"{name} is set but names no key; unset it to run without keys")
    return keys


def _boolean(name: str, raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def _log_level(name: str, raw: str) -> str:
    level = raw.strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(f"{name} must be a logging level name, not {raw!r}")
    return level


_PARSERS: dict[str, tuple[str, Callable[[str, str], Any]]] = {
    # environment suffix -> (config key, parser)
    "MODELS_DIR": ("MODELS_DIR", lambda _n, raw: Path(raw).expanduser()),
    "LANGUAGES": ("LANGUAGES", _languages),
    "API_KEYS": ("API_KEYS", _api_keys),
    "MAX_BATCH": ("MAX_BATCH", _positive_int),
    "MAX_TEXT_CHARS": ("MAX_TEXT_CHARS", _positive_int),
    "MAX_BODY_BYTES": ("MAX_CONTENT_LENGTH", _positive_int),
    "MAX_JSON_DEPTH": ("MAX_JSON_DEPTH", _positive_int),
    "CACHE_SIZE": ("CACHE_SIZE", _positive_int),
    "CACHE_MAX_CHARS": ("CACHE_MAX_CHARS", _positive_int),
    "LOG_LEVEL": ("LOG_LEVEL", _log_level),
    "WARMUP": ("WARMUP", _boolean),
}


def from_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The settings given by ``SCORER_*`` variables (only those present)."""
    environ = os.environ if environ is None else environ
    settings: dict[str, Any] = {}
    for suffix, (key, parse) in _PARSERS.items():
        name = ENV_PREFIX + suffix
        if name in environ:
            settings[key] = parse(name, environ[name])
    versions: dict[str, str] = {}
    version_prefix = ENV_PREFIX + "MODEL_VERSION_"
    for name, raw in environ.items():
        if name.startswith(version_prefix) and raw.strip():
            versions[name[len(version_prefix):].lower()] = raw.strip()
    if versions:
        settings["MODEL_VERSIONS"] = versions
    return settings


def load(test_config: Mapping[str, Any] | None = None,
         environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Defaults, then the environment, then ``test_config`` (which wins)."""
    config = defaults()
    config.update(from_env(environ))
    if test_config:
        config.update(test_config)
    config["MODELS_DIR"] = Path(config["MODELS_DIR"])
    config["LANGUAGES"] = tuple(config["LANGUAGES"])
    config["API_KEYS"] = tuple(config["API_KEYS"])
    # Checked here rather than per request: a language without a lexicon would be accepted at
    # start and every article in it refused later.
    unsupported = [code for code in config["LANGUAGES"] if code not in SUPPORTED]
    if unsupported:
        raise ConfigError(
            f"{ENV_PREFIX}LANGUAGES names unsupported languages: {', '.join(unsupported)} "
            f"(supported: {', '.join(SUPPORTED)})"
        )
    unknown = set(config["MODEL_VERSIONS"]) - set(config["LANGUAGES"])
    if unknown:
        raise ConfigError(
            f"{ENV_PREFIX}MODEL_VERSION_* names languages that are not served: "
            f"{', '.join(sorted(unknown))} (served: {', '.join(config['LANGUAGES'])})"
        )
    return config


# The environment variables, for the README and for `--help`-style listings.
ENVIRONMENT = (
    ("SCORER_MODELS_DIR", "models/", "folder holding <name>/<version>/ model directories"),
    ("SCORER_LANGUAGES", "fr,en", "languages served; language xx uses model credibility-xx"),
    ("SCORER_MODEL_VERSION_FR", "newest", "version directory of credibility-fr to load"),
    ("SCORER_MODEL_VERSION_EN", "newest", "version directory of credibility-en to load"),
    ("SCORER_API_KEYS", "(none)", "comma-separated keys; when set, /v1 needs a Bearer key"),
    ("SCORER_MAX_BATCH", "64", "articles per batch request"),
    ("SCORER_MAX_TEXT_CHARS", "200000", "characters per article text"),
    ("SCORER_MAX_BODY_BYTES", "2097152", "request body size"),
    ("SCORER_MAX_JSON_DEPTH", "32", "nesting depth of a request body"),
    ("SCORER_CACHE_SIZE", "1024", "answers kept per worker (0 turns the cache off)"),
    ("SCORER_CACHE_MAX_CHARS", "5000000", "article characters the cache may hold per worker"),
    ("SCORER_LOG_LEVEL", "INFO", "level of the JSON log lines"),
    ("SCORER_WARMUP", "true", "score one example per model at start-up"),
)
