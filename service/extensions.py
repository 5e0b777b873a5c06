"""Flask extensions (flask-smorest, Prometheus), the strict JSON body parser, JSON logging.

Extensions are built per application rather than as module globals: flask-smorest's ``Api``
keeps its OpenAPI spec and its app on the instance, and Prometheus metrics must live in one
registry per app, so several apps in one test process must not share them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import flask
import flask_smorest
from flask_smorest import abort
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_flask_exporter import PrometheusMetrics
from webargs.core import is_json
from webargs.flaskparser import FlaskParser
from werkzeug.exceptions import HTTPException

if TYPE_CHECKING:
    from service.cache import ResultCache
    from service.models import ModelRegistry

LOGGER_NAME = "service"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


class Api(flask_smorest.Api):
    """flask-smorest's Api with an error envelope that always carries a message.

    The stock handler drops the exception's description and its headers (``Allow`` on 405,
    ``WWW-Authenticate`` on 401); clients of a JSON API need both.
    """

    def handle_http_exception(self, error: HTTPException):
        payload, code, headers = super().handle_http_exception(error)
        if "message" not in payload:
            payload["message"] = _default_message(error, payload)
        # Same key order in every error: code, status, message, errors.
        ordered = {key: payload[key] for key in ("code", "status", "message", "errors")
                   if key in payload}
        merged = {
            name: value
            for name, value in error.get_headers()
            if name.lower() not in {"content-type", "content-length"}
        }
        merged.update(headers or {})
        flask.g.error_message = ordered["message"]
        return ordered, code, merged


def _default_message(error: HTTPException, payload: dict) -> str:
    if error.code == 422 and "errors" in payload:
        first = first_error(payload["errors"])
        return f"Invalid request body: {first}" if first else "Invalid request body."
    if error.code == 413:
        limit = flask.current_app.config.get("MAX_CONTENT_LENGTH")
        return f"The request body is larger than the limit of {limit:,} bytes." if limit else (
            "The request body is too large."
        )
    if error.code == 500:
        # Never the exception's own text: it may quote the article or internals.
        return "Internal error; the request id identifies it in the service log."
    return (error.description or error.name).strip()


def first_error(errors: Any, path: tuple[str, ...] = ()) -> str | None:
    """The first message of a marshmallow error tree, with where it applies ("text: ...")."""
    if isinstance(errors, dict):
        for key, value in errors.items():
            # webargs nests by location ("json"); the reader wants the field.
            step = () if (not path and key == "json") or key == "_schema" else (str(key),)
            found = first_error(value, path + step)
            if found:
                return found
        return None
    if isinstance(errors, list) and errors:
        if all(isinstance(item, str) for item in errors):
            return (".".join(path) + ": " if path else "") + errors[0]
        return first_error(errors[0], path)
    if isinstance(errors, str):
        return (".".join(path) + ": " if path else "") + errors
    return None


class StrictJSONParser(FlaskParser):
    """Reads request bodies as JSON and answers each kind of bad body with its own status.

    webargs quietly treats a non-JSON content type as an empty body and decodes with replacement
    characters; a CMS plugin needs to be told which of its mistakes it made: 415 for the content
    type, 400 for bytes that are not UTF-8 or not JSON or nested absurdly deep, 413 (from
    werkzeug) for an oversized body.
    """

    def _raw_load_json(self, req: flask.Request) -> Any:
        if not is_json(req.mimetype):
            abort(415, message="Content-Type must be application/json.")
        raw = req.get_data(cache=True)
        limit = req.max_content_length
        if req.content_length is None and limit is not None and len(raw) >= limit:
            # A body without Content-Length (Transfer-Encoding: chunked) is read only up to the
            # limit, and werkzeug stops there without a word: one more byte in the stream means
            # the body is over the limit, not that it ends here.
            if req.environ["wsgi.input"].read(1):
                abort(413)
        if not raw.strip():
            abort(400, message="The request body is empty; send a JSON object.")
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            abort(400, message=f"The request body is not valid UTF-8 (byte {exc.start}).")
        if decoded.startswith("\ufeff"):
            decoded = decoded[1:]
        try:
            data = json.loads(decoded, parse_constant=_reject_constant)
        except RecursionError:
            abort(400, message="The JSON body is nested too deeply.")
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            abort(400, message=f"Malformed JSON: {exc.msg} ({where}).")
        except ValueError as exc:
            # Non-standard constants and integers beyond Python's digit limit land here.
            abort(400, message=f"Malformed JSON: {exc}.")
        limit = flask.current_app.config["MAX_JSON_DEPTH"]
        if json_depth(data, limit) > limit:
            abort(400, message=f"The JSON body is nested deeper than {limit} levels.")
        return data


# A surrogate left alone by the JSON decoder (a "\ud800" escape; a valid pair decodes to one
# character), which spaCy cannot encode. Searched for only in the fields an article is scored
# from, after the schema has dropped unknown fields: those are ignored, whatever they hold, and
# in a batch the article holding one gets its own error.
_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate_field(article: Mapping[str, Any]) -> str | None:
    """The first field of a loaded article whose string holds a lone surrogate, or None."""
    for name, value in article.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            return name
    return None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def json_depth(value: Any, limit: int) -> int:
    """Nesting depth of a parsed JSON value; stops counting once past ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


class Blueprint(flask_smorest.Blueprint):
    """flask-smorest Blueprint reading bodies with :class:`StrictJSONParser`."""

    ARGUMENTS_PARSER = StrictJSONParser()


@dataclass
class Metrics:
    """The service's own Prometheus metrics (request metrics come from the exporter)."""

    exporter: PrometheusMetrics
    scores: Histogram
    articles: Counter
    rejected: Counter
    models: Gauge

    def model_info(self, *, name: str, version: str, language: str) -> None:
        self.models.labels(name=name, version=version, language=language).set(1)


@dataclass
class ServiceState:
    """Everything a view needs, kept per app in ``app.extensions["scorer"]``."""

    api: Api
    metrics: Metrics
    registry: ModelRegistry
    cache: ResultCache


def get_state(app: flask.Flask | None = None) -> ServiceState:
    return (app or flask.current_app).extensions["scorer"]


def init_metrics(app: flask.Flask) -> Metrics:
    """Request metrics at /metrics, plus score, article and model metrics.

    Under gunicorn (``PROMETHEUS_MULTIPROC_DIR`` set by service/gunicorn.conf.py) every worker
    writes its samples to files in that folder and /metrics aggregates them, whichever worker
    answers; elsewhere each app gets a registry of its own.
    """
    options: dict[str, Any] = {"group_by": "endpoint", "defaults_prefix": "scorer"}
    if os.environ.get(MULTIPROC_ENV):
        from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

        exporter: PrometheusMetrics = GunicornInternalPrometheusMetrics.for_app_factory(
            **options
        )
    else:
        exporter = PrometheusMetrics.for_app_factory(registry=CollectorRegistry(), **options)
    exporter.init_app(app)
    registry = exporter.registry
    scores = Histogram(
        "scorer_score",
        "Scores returned, by language",
        ("language",),
        buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
        registry=registry,
    )
    articles = Counter(
        "scorer_articles",
        "Articles scored, by language and cache outcome",
        ("language", "cache"),
        registry=registry,
    )
    rejected = Counter(
        "scorer_articles_rejected",
        "Articles refused (alone or inside a batch), by HTTP status",
        ("status",),
        registry=registry,
    )
    # 'max' keeps the series alive in every worker when the master sets it before forking
    # (gunicorn's preload), and reports it once rather than once per process.
    models = Gauge(
        "scorer_model_info",
        "Models loaded by the service (value 1)",
        ("name", "version", "language"),
        registry=registry,
        multiprocess_mode="max",
    )
    return Metrics(
        exporter=exporter, scores=scores, articles=articles, rejected=rejected, models=models
    )


def init_api(app: flask.Flask) -> Api:
    api = Api(
        spec_kwargs={
            "info": {
                "description": (
                    "Scores how credibly a news article (French or English) is sourced, with the "
                    "additive share of every feature in log-odds and the words behind it."
                ),
                "license": {"name": "Apache-2.0"},
            },
        }
    )
    api.init_app(app)
    api.spec.components.security_scheme(
        "bearerAuth",
        {
            "type": "http",
            "scheme": "bearer",
            "description": "Needed on /v1 only when the service is configured with API keys.",
        },
    )
    return api


class JSONFormatter(logging.Formatter):
    """One JSON object per line; structured fields come from ``extra={"fields": {...}}``."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if flask.has_request_context() and "request_id" in flask.g:
            # Ties every line, tracebacks included, to the X-Request-ID the client saw.
            entry["request_id"] = flask.g.request_id
        fields = getattr(record, "fields", None)
        if fields:
            entry.update(fields)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str) -> logging.Logger:
    """JSON lines on stderr for the ``service`` logger (also the Flask app's logger).

    Called before the Flask app exists, so Flask sees a handler and adds none of its own.
    """
    logger = logging.getLogger(LOGGER_NAME)
    if not any(getattr(handler, "_scorer", False) for handler in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JSONFormatter())
        handler._scorer = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger
