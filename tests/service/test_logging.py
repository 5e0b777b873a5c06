"""One JSON log line per request, with the request id and without the article text."""

from __future__ import annotations

from tests.service.helpers import FRENCH, HTML, captured_logs, raw_log_text


def requests_logged(entries):
    return [entry for entry in entries if entry.get("event") == "request"]


def test_one_line_per_request_with_its_id(client):
    with captured_logs() as entries:
        response = client.post("/v1/score", json={"text": FRENCH, "language": "fr"},
                               headers={"X-Request-ID": "log-test-1"})
        client.get("/livez")
    lines = requests_logged(entries)
    assert len(lines) == 2
    scored = lines[0]
    assert scored["request_id"] == "log-test-1" == response.headers["X-Request-ID"]
    assert scored["status"] == 200 and scored["path"] == "/v1/score"
    assert scored["model"] == "credibility-fr" and scored["language"] == "fr"
    assert scored["score"] == response.get_json()["score"]
    assert scored["duration_ms"] >= 0


def test_article_text_is_never_logged(client):
    secret = "Zébulon-Kwartz a déclaré au journal que le projet serait abandonné."
    with captured_logs() as entries:
        client.post("/v1/score", json={"text": FRENCH + " " + secret})
        client.post("/v1/score", json={"html": HTML.replace("Borne", "Kwartzbornius")})
        client.post("/v1/score", json={"text": secret, "language": "xx"})
        client.post("/v1/score/batch", json={"articles": [{"text": secret}, {"text": 1}]})
    text = raw_log_text(entries)
    assert len(requests_logged(entries)) == 4
    assert "Zébulon" not in text and "Kwartzbornius" not in text


def test_errors_are_logged_with_their_message(client):
    with captured_logs() as entries:
        client.post("/v1/score", data="{", content_type="application/json")
    (line,) = requests_logged(entries)
    assert line["status"] == 400 and "Malformed JSON" in line["error"]
