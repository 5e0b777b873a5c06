"""GET /livez and /readyz."""

from __future__ import annotations

from tests.service.conftest import TEST_VERSION
from tests.service.helpers import error_envelope


def test_livez(client):
    response = client.get("/livez")
    assert response.status_code == 200
    assert response.get_json() == {"status": "alive"}


def test_readyz_when_every_model_loaded(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ready"
    assert [(m["name"], m["version"], m["status"]) for m in body["models"]] == [
        ("credibility-fr", TEST_VERSION, "ready"),
        ("credibility-en", TEST_VERSION, "ready"),
    ]


def test_readyz_is_503_until_the_models_load(make_app, tmp_path):
    client = make_app(MODELS_DIR=tmp_path).test_client()
    assert client.get("/livez").status_code == 200
    response = client.get("/readyz")
    assert response.status_code == 503
    reasons = error_envelope(response)["errors"]["models"]
    assert set(reasons) == {"credibility-fr", "credibility-en"}
    assert all("no version" in reason for reason in reasons.values())
    assert response.headers["X-Model-Version"] == "none"
