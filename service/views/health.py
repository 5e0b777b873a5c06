"""GET /livez and GET /readyz, open even when API keys are configured (probes carry none)."""

from __future__ import annotations

from typing import Any

from flask_smorest import abort
from flask_smorest.error_handler import ErrorSchema

from service.extensions import Blueprint, get_state
from service.schemas import LiveSchema, ReadySchema

blp = Blueprint("health", __name__, description="Liveness and readiness probes.")


@blp.route("/livez", methods=["GET"])
@blp.response(200, LiveSchema)
def livez() -> dict[str, Any]:
    """The process answers (says nothing about the models)"""
    return {"status": "alive"}


@blp.route("/readyz", methods=["GET"])
@blp.response(200, ReadySchema)
@blp.alt_response(
    503,
    schema=ErrorSchema,
    description="A configured model is not loaded; `errors.models` names each with its reason.",
)
def readyz() -> dict[str, Any]:
    """Every configured model loaded and passed its checks"""
    registry = get_state().registry
    statuses = [slot.status() for slot in registry.slots.values()]
    if not registry.ready:
        reasons = registry.reasons()
        abort(
            503,
            message="Not ready: " + "; ".join(f"{name}: {why}" for name, why in reasons.items()),
            errors={"models": reasons},
        )
    return {"status": "ready", "models": statuses}
