"""The error table: every kind of bad input gets its status in the JSON error envelope."""

from __future__ import annotations

import io
import json

import pytest

from service.views import scoring
from tests.service.helpers import ENGLISH, FRENCH, GERMAN, captured_logs, error_envelope

MB = 1024 * 1024


def post_json(client, body, path="/v1/score"):
    return client.post(path, json=body)


def post_raw(client, data, content_type="application/json", path="/v1/score"):
    return client.post(path, data=data, content_type=content_type)


CASES = [
    # (id, send(client), status, words the message or errors must contain)
    ("malformed JSON", lambda c: post_raw(c, '{"text": "a"'), 400, "Malformed JSON"),
    ("empty body", lambda c: post_raw(c, ""), 400, "empty"),
    ("invalid UTF-8", lambda c: post_raw(c, b'{"text": "caf\xe9 cr\xe8me"}'), 400, "UTF-8"),
    ("lone surrogate escape",
     lambda c: post_raw(c, '{"text": "Le ministre \\ud800 a parl\\u00e9.", "language": "fr"}'),
     400, "surrogate"),
    ("NaN literal", lambda c: post_raw(c, '{"text": NaN}'), 400, "NaN"),
    ("deeply nested (recursion)", lambda c: post_raw(c, "[" * 100_000 + "]" * 100_000), 400,
     "nested"),
    ("deeply nested (depth limit)",
     lambda c: post_raw(c, '{"text": "x", "extra": ' + "[" * 40 + "]" * 40 + "}"), 400, "nested"),
    ("text/plain", lambda c: post_raw(c, json.dumps({"text": FRENCH}), "text/plain"), 415,
     "application/json"),
    ("form encoded", lambda c: c.post("/v1/score", data={"text": FRENCH}), 415,
     "application/json"),
    ("no content type", lambda c: c.post("/v1/score", data=json.dumps({"text": FRENCH})), 415,
     "application/json"),
    ("body over 2 MB", lambda c: post_json(c, {"text": "x", "pad": "y" * (2 * MB)}), 413,
     "limit"),
    ("neither text nor html", lambda c: post_json(c, {"title": "T"}), 422, "exactly one"),
    ("both text and html", lambda c: post_json(c, {"text": FRENCH, "html": "<p>x</p>"}), 422,
     "exactly one"),
    ("empty text", lambda c: post_json(c, {"text": ""}), 422, "empty"),
    ("whitespace-only text", lambda c: post_json(c, {"text": " \n\t "}), 422, "empty"),
    ("text without a letter or digit", lambda c: post_json(c, {"text": "😀😀 !!! ?"}), 422,
     "no letter or digit"),
    ("text without a letter, language given",
     lambda c: post_json(c, {"text": "\ufeff\u200b***", "language": "fr"}), 422,
     "no letter or digit"),
    ("HTML without visible text",
     lambda c: post_json(c, {"html": "<script>x()</script><style>p{}</style>"}), 422, "no text"),
    ("text is a number", lambda c: post_json(c, {"text": 42}), 422, "Not a valid string"),
    ("title is a list", lambda c: post_json(c, {"text": FRENCH, "title": ["a"]}), 422,
     "Not a valid string"),
    ("language is a number", lambda c: post_json(c, {"text": FRENCH, "language": 7}), 422,
     "Not a valid string"),
    ("body is a list", lambda c: post_json(c, [{"text": FRENCH}]), 422, "Invalid input type"),
    ("text over 200,000 characters", lambda c: post_json(c, {"text": "mot " * 50_001}), 422,
     "200,000"),
    ("unsupported language given", lambda c: post_json(c, {"text": FRENCH, "language": "de"}),
     422, "'de'"),
    ("unsupported language detected", lambda c: post_json(c, {"text": GERMAN}), 422, "'de'"),
    ("too short to identify", lambda c: post_json(c, {"text": "Oui."}), 422, "language"),
    ("batch over 64",
     lambda c: post_json(c, {"articles": [{"text": FRENCH}] * 65}, "/v1/score/batch"), 422,
     "At most 64"),
    ("batch is not a list", lambda c: post_json(c, {"articles": {"text": FRENCH}},
                                                 "/v1/score/batch"), 422, "Not a valid list"),
    ("batch without articles", lambda c: post_json(c, {"items": []}, "/v1/score/batch"), 422,
     "Missing data"),
    ("unknown path", lambda c: c.get("/v1/nothing"), 404, "not found"),
    ("wrong method", lambda c: c.get("/v1/score"), 405, "not allowed"),
]


@pytest.mark.parametrize(("send", "status", "words"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_error_table(client, send, status, words):
    response = send(client)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    body = error_envelope(response)
    assert words.lower() in json.dumps(body, ensure_ascii=False).lower(), body


def test_unknown_fields_are_not_an_error(client):
    response = post_json(client, {"text": ENGLISH, "cms_revision": 12, "meta": {"a": [1]}})
    assert response.status_code == 200


def test_a_surrogate_pair_escape_is_a_character(client):
    body = json.dumps({"text": FRENCH + " \U0001F600", "language": "fr"})  # ensure_ascii: a pair
    assert "\\ud83d\\ude00" in body
    assert post_raw(client, body).status_code == 200


def test_a_lone_surrogate_in_an_unknown_field_is_ignored(client):
    body = json.dumps({"text": FRENCH, "language": "fr", "cms_note": "\ud800"})
    assert "\\ud800" in body
    assert post_raw(client, body).status_code == 200


def test_a_lone_surrogate_in_a_batch_article_is_that_articles_error(client):
    good = json.dumps({"text": FRENCH, "language": "fr"})
    bad = '{"id": "b", "text": "Le ministre \\ud800 a parl\\u00e9.", "language": "fr"}'
    ignored = json.dumps({"text": ENGLISH, "language": "en", "cms_note": "\ud800"})
    response = post_raw(client, f'{{"articles": [{good}, {bad}, {ignored}]}}',
                        path="/v1/score/batch")
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert "score" in results[0] and "score" in results[2]
    # The same status and message as /v1/score gives for that article alone.
    alone = post_raw(client, bad).get_json()
    assert results[1]["id"] == "b"
    assert (results[1]["error"]["code"], results[1]["error"]["message"]) == (
        alone["code"], alone["message"])
    assert alone["code"] == 400 and "surrogate" in alone["message"]


def test_405_says_which_methods_are_allowed(client):
    assert "POST" in client.get("/v1/score").headers["Allow"]


def test_an_internal_error_is_a_json_500_without_details(make_app, monkeypatch):
    app = make_app(TESTING=False)

    def explode(*_args, **_kwargs):
        raise RuntimeError("secret article text")

    monkeypatch.setattr(scoring, "explain_document", explode)
    with captured_logs() as entries:
        response = app.test_client().post("/v1/score", json={"text": FRENCH + " Unique."})
    assert response.status_code == 500
    body = error_envelope(response)
    assert "secret" not in response.get_data(as_text=True)
    assert "request id" in body["message"]
    # The traceback is logged under the request id the client was given.
    request_id = response.headers["X-Request-ID"]
    traced = [e for e in entries if "exception" in e and e.get("request_id") == request_id]
    assert traced and "RuntimeError" in traced[0]["exception"]


def test_an_internal_error_inside_a_batch_stays_in_its_place(client, monkeypatch):
    real = scoring.explain_document

    def explode_on_english(pipeline, document, **kwargs):
        if document.get("language") == "en":
            raise RuntimeError("boom")
        return real(pipeline, document, **kwargs)

    monkeypatch.setattr(scoring, "explain_document", explode_on_english)
    articles = [{"text": FRENCH + " Encore."}, {"text": ENGLISH + " Again."}]
    results = post_json(client, {"articles": articles}, "/v1/score/batch").get_json()["results"]
    assert "score" in results[0]
    assert results[1]["error"]["code"] == 500


def test_limits_come_from_the_configuration(make_app):
    client = make_app(MAX_BATCH=2, MAX_TEXT_CHARS=100, MAX_CONTENT_LENGTH=10_000).test_client()
    batch = post_json(client, {"articles": [{"text": FRENCH}] * 3}, "/v1/score/batch")
    assert batch.status_code == 422 and "At most 2" in json.dumps(batch.get_json())
    assert post_json(client, {"text": "x" * 101}).status_code == 422
    assert post_json(client, {"text": "x", "pad": "y" * 10_000}).status_code == 413


def _post_chunked(client, body: bytes):
    # No Content-Length: the body's end is the end of the stream, as with
    # Transfer-Encoding: chunked under gunicorn (which sets wsgi.input_terminated).
    return client.post(
        "/v1/score",
        input_stream=io.BytesIO(body),
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({"text": "x" * (3 * MB)}).encode(),
        json.dumps({"text": FRENCH}).encode() + b" " * (3 * MB),
    ],
    ids=["long text", "valid body then spaces"],
)
def test_a_chunked_body_over_the_limit_is_413(client, body):
    response = _post_chunked(client, body)
    assert response.status_code == 413
    assert "larger than the limit" in response.get_json()["message"]


def test_a_chunked_body_of_exactly_the_limit_is_read(make_app):
    body = json.dumps({"text": FRENCH}).encode()
    app = make_app(MAX_CONTENT_LENGTH=len(body))
    assert _post_chunked(app.test_client(), body).status_code == 200
