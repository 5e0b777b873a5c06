"""Blueprints: /v1 scoring and models (behind the optional API keys), health (always open)."""

from __future__ import annotations

import hashlib
import hmac

from flask import current_app, request
from flask_smorest import abort


def _digest(value: str) -> bytes:
    # Hashing first gives compare_digest equal-length inputs, so the comparison time says
    # nothing about a key's length either.
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).digest()


def require_api_key() -> None:
    """``before_request`` of the /v1 blueprints: a configured key as a Bearer token, or 401."""
    keys = current_app.config["API_KEYS"]
    if not keys:
        return
    scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        abort(
            401,
            message="This service needs an API key: send 'Authorization: Bearer <key>'.",
            headers={"WWW-Authenticate": 'Bearer realm="scorer"'},
        )
    presented = _digest(token)
    # Every key is compared, so the time taken does not tell which one came close.
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(presented, _digest(key))
    if not matched:
        abort(
            401,
            message="The API key is not valid.",
            headers={"WWW-Authenticate": 'Bearer realm="scorer", error="invalid_token"'},
        )


BEARER = [{"bearerAuth": []}, {}]
