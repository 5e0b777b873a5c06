"""The generated OpenAPI document equals the committed service/openapi.json.

A change to the contract then shows up as a diff of that file. To accept a change:

    .venv/bin/flask --app 'service:create_app()' openapi write service/openapi.json
"""

from __future__ import annotations

import json
from pathlib import Path

COMMITTED = Path(__file__).resolve().parents[2] / "service" / "openapi.json"


def test_served_document_equals_the_committed_copy(client):
    served = client.get("/openapi.json").get_json()
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert served == committed, (
        "the API contract changed: review it, then regenerate service/openapi.json with "
        "`.venv/bin/flask --app 'service:create_app()' openapi write service/openapi.json`"
    )


def test_cli_prints_the_same_document(runner):
    result = runner.invoke(args=["openapi", "print"])
    assert result.exit_code == 0
    assert json.loads(result.output) == json.loads(COMMITTED.read_text(encoding="utf-8"))


def test_document_describes_every_endpoint(client):
    document = client.get("/openapi.json").get_json()
    assert set(document["paths"]) == {
        "/v1/score", "/v1/score/batch", "/v1/models", "/v1/models/{name}", "/livez", "/readyz",
    }
    article = document["components"]["schemas"]["Article"]
    assert {"id", "title", "text", "html", "language", "url"} <= set(article["properties"])


def test_docs_page(client):
    response = client.get("/docs")
    assert response.status_code == 200
    assert "openapi.json" in response.get_data(as_text=True)


def test_descriptions_say_what_is_configurable_and_what_is_calibrated(client):
    schemas = client.get("/openapi.json").get_json()["components"]["schemas"]
    text = schemas["Article"]["properties"]["text"]
    assert "SCORER_MAX_TEXT_CHARS" in text["description"]
    score = schemas["Score"]["properties"]["score"]["description"]
    assert not score.startswith("Calibrated") and "calibrated only when" in score
