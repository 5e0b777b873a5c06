"""HTTP scoring service: ``create_app()`` builds the Flask application.

Run it with gunicorn (``gunicorn --config service/gunicorn.conf.py 'service:create_app()'``);
everything it needs comes from ``SCORER_*`` environment variables (see service/config.py).
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Mapping
from typing import Any

from flask import Flask, g, request
from flask.wrappers import Response

from service import config as settings
from service.cache import ResultCache
from service.extensions import ServiceState, configure_logging, init_api, init_metrics
from service.models import ModelRegistry

__all__ = ["create_app"]

# An inbound request id is echoed only if it is short and plain, so it can go into log lines
# and headers unescaped; anything else is replaced by a fresh one.
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:@/+=-]{1,128}$")

request_log = logging.getLogger("service.request")


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the application; ``test_config`` overrides the environment (tests only).

    A configuration error exits with its one-line message: under gunicorn (which builds the app
    in its master) an exception would print a traceback of gunicorn's internals instead.
    """
    try:
        config = settings.load(test_config)
    except settings.ConfigError as error:
        raise SystemExit(f"Configuration error: {error}") from None
    configure_logging(config["LOG_LEVEL"])
    app = Flask(__name__)
    app.config.update(config)
    app.json.sort_keys = False  # field order is part of what a reader of the answer sees

    api = init_api(app)
    metrics = init_metrics(app)
    registry = ModelRegistry(config["MODELS_DIR"], config["LANGUAGES"], config["MODEL_VERSIONS"])
    app.extensions["scorer"] = ServiceState(
        api=api, metrics=metrics, registry=registry,
        cache=ResultCache(config["CACHE_SIZE"], config["CACHE_MAX_CHARS"]),
    )

    app.before_request(_start_request)
    app.after_request(_finish_request)

    from service.views import health, models, scoring

    for blueprint in (scoring.blp, models.blp, health.blp):
        api.register_blueprint(blueprint)

    if config["LOAD_MODELS"]:
        registry.load(warmup=config["WARMUP"])
        for slot in registry.loaded():
            metrics.model_info(name=slot.name, version=slot.version or "", language=slot.language)
    return app


def _start_request() -> None:
    g.started = time.perf_counter()
    inbound = request.headers.get("X-Request-ID", "")
    g.request_id = inbound if _REQUEST_ID.match(inbound) else uuid.uuid4().hex
    g.log_fields = {}


def _finish_request(response: Response) -> Response:
    from service.extensions import get_state

    state = get_state()
    request_id = g.get("request_id") or uuid.uuid4().hex
    response.headers["X-Request-ID"] = request_id
    response.headers["X-Model-Version"] = g.get("model_version") or state.registry.version_header()
    started = g.get("started")
    fields: dict[str, Any] = {
        "event": "request",
        "request_id": request_id,
        "method": request.method,
        "path": request.path,
        "endpoint": request.endpoint,
        "status": response.status_code,
        "duration_ms": round((time.perf_counter() - started) * 1000, 3) if started else None,
        "bytes_in": request.content_length,
        "remote_addr": request.remote_addr,
        "user_agent": (request.user_agent.string or "")[:200] or None,
    }
    # Views add what they know (model, language, score, cache); never the article text.
    fields.update(g.get("log_fields") or {})
    if response.status_code >= 400 and g.get("error_message"):
        fields["error"] = g.error_message
    level = logging.ERROR if response.status_code >= 500 else logging.INFO
    request_log.log(level, "request", extra={"fields": fields})
    return response
