"""GET /metrics in one process (the gunicorn test covers several workers)."""

from __future__ import annotations

import re

from tests.service.conftest import TEST_VERSION
from tests.service.helpers import ENGLISH, FRENCH


def sample(text: str, metric: str, /, **labels: str) -> float:
    for line in text.splitlines():
        if line.startswith(metric + "{") or line.startswith(metric + " "):
            found = dict(re.findall(r'(\w+)="([^"]*)"', line.split(" ")[0]))
            if all(found.get(k) == v for k, v in labels.items()):
                return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_requests_scores_and_models(make_app):
    client = make_app().test_client()
    client.post("/v1/score", json={"text": FRENCH})
    client.post("/v1/score", json={"text": FRENCH})
    client.post("/v1/score", json={"text": ENGLISH})
    client.post("/v1/score", json={"text": 3})
    text = client.get("/metrics").get_data(as_text=True)
    assert sample(text, "scorer_http_request_total", method="POST", status="200") == 3
    assert sample(text, "scorer_http_request_total", method="POST", status="422") == 1
    assert sample(text, "scorer_http_request_duration_seconds_count",
                  endpoint="scoring.score", status="200") == 3
    assert sample(text, "scorer_score_count", language="fr") == 2
    assert sample(text, "scorer_score_count", language="en") == 1
    assert sample(text, "scorer_articles_total", language="fr", cache="hit") == 1
    assert sample(text, "scorer_model_info", name="credibility-fr", version=TEST_VERSION) == 1


def test_each_app_has_its_own_registry(make_app):
    first, second = make_app().test_client(), make_app().test_client()
    first.get("/livez")
    text = second.get("/metrics").get_data(as_text=True)
    assert sample(text, "scorer_http_request_total", method="GET", status="200") == 0
