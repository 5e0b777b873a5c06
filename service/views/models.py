"""GET /v1/models and GET /v1/models/<name>: what is loaded, for auditors."""

from __future__ import annotations

from typing import Any

from flask import g
from flask_smorest import abort
from flask_smorest.error_handler import ErrorSchema

from service.extensions import Blueprint, get_state
from service.models import ModelSlot
from service.schemas import ModelDetailSchema, ModelListSchema
from service.views import BEARER, require_api_key

blp = Blueprint(
    "models",
    __name__,
    url_prefix="/v1/models",
    description="The loaded models: metadata (training data, metrics, thresholds) and cards.",
)
blp.before_request(require_api_key)


def _summary(slot: ModelSlot) -> dict[str, Any]:
    return {
        "name": slot.name,
        "version": slot.version,
        "language": slot.language,
        "metadata": slot.metadata,
    }


@blp.route("", methods=["GET"])
@blp.response(200, ModelListSchema)
@blp.alt_response(401, schema=ErrorSchema, description="A valid Bearer key is needed.")
@blp.doc(security=BEARER)
def list_models() -> dict[str, Any]:
    """The loaded models and their metadata"""
    return {"models": [_summary(slot) for slot in get_state().registry.loaded()]}


@blp.route("/<string:name>", methods=["GET"])
@blp.response(200, ModelDetailSchema)
@blp.alt_response(401, schema=ErrorSchema, description="A valid Bearer key is needed.")
@blp.alt_response(404, schema=ErrorSchema, description="No loaded model has this name.")
@blp.doc(security=BEARER)
def get_model(name: str) -> dict[str, Any]:
    """One loaded model: its metadata and its model card (Markdown)"""
    registry = get_state().registry
    slot = registry.by_name(name)
    if slot is None:
        loaded = ", ".join(s.name for s in registry.loaded()) or "none"
        abort(404, message=f"No loaded model is named {name!r} (loaded: {loaded}).")
    g.model_version = f"{slot.name}/{slot.version}"
    return {**_summary(slot), "card": slot.loaded.card or ""}
