"""Optional API keys: Bearer tokens on /v1, health and metrics always open."""

from __future__ import annotations

import pytest

from tests.service.helpers import FRENCH, captured_logs, error_envelope, raw_log_text

KEYS = ("first-key-0123456789", "second-key-ABCDEFGHIJ")


@pytest.fixture(scope="module")
def keyed_client(app_config):
    from service import create_app

    return create_app({**app_config, "API_KEYS": KEYS}).test_client()


@pytest.mark.parametrize("path", ["/v1/models", "/v1/models/credibility-fr"])
def test_v1_reads_need_a_key(keyed_client, path):
    assert keyed_client.get(path).status_code == 401
    ok = keyed_client.get(path, headers={"Authorization": f"Bearer {KEYS[0]}"})
    assert ok.status_code == 200


@pytest.mark.parametrize(
    "header",
    [None, "", "Bearer", "Bearer ", "Basic Zmlyc3Q6a2V5", f"Token {KEYS[0]}",
     "Bearer wrong-key", f"Bearer {KEYS[0]}x", f"Bearer {KEYS[0][:-1]}"],
)
def test_scoring_refuses_a_missing_or_wrong_key(keyed_client, header):
    headers = {"Authorization": header} if header is not None else {}
    response = keyed_client.post("/v1/score", json={"text": FRENCH}, headers=headers)
    assert response.status_code == 401
    body = error_envelope(response)
    assert "key" in body["message"].lower()
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("key", KEYS)
def test_every_configured_key_is_accepted(keyed_client, key):
    for scheme in ("Bearer", "bearer"):
        response = keyed_client.post(
            "/v1/score", json={"text": FRENCH}, headers={"Authorization": f"{scheme} {key}"}
        )
        assert response.status_code == 200


@pytest.mark.parametrize("path", ["/livez", "/readyz", "/metrics", "/openapi.json", "/docs"])
def test_health_metrics_and_docs_stay_open(keyed_client, path):
    assert keyed_client.get(path).status_code == 200


def test_keys_never_reach_the_log(keyed_client):
    with captured_logs() as entries:
        keyed_client.post("/v1/score", json={"text": FRENCH},
                          headers={"Authorization": f"Bearer {KEYS[1]}"})
        keyed_client.post("/v1/score", json={"text": FRENCH},
                          headers={"Authorization": "Bearer a-wrong-guess"})
    text = raw_log_text(entries)
    assert entries
    assert KEYS[1] not in text and "a-wrong-guess" not in text


def test_without_keys_no_header_is_needed(client):
    assert client.post("/v1/score", json={"text": FRENCH}).status_code == 200
