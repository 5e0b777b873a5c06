"""POST /v1/score and /v1/score/batch: the answer contract and its arithmetic."""

from __future__ import annotations

import math

import pytest

from service.extensions import get_state
from tests.service.conftest import TEST_VERSION
from tests.service.helpers import (
    ENGLISH,
    FRENCH,
    FRENCH_TITLE,
    HTML,
    assert_evidence_slices,
    identity_gap,
)
from training.artifacts import load_model_dir
from training.features import FEATURE_NAMES

FEATURE_KEYS = {"name", "value", "applicable", "contribution", "message", "evidence"}


def score(client, **article):
    response = client.post("/v1/score", json=article)
    assert response.status_code == 200, response.get_json()
    return response


def test_answer_has_the_documented_shape(client):
    request = {"id": "cms-1", "title": FRENCH_TITLE, "text": FRENCH, "language": "fr"}
    answer = score(client, **request).get_json()
    assert list(answer) == [
        "id", "model", "language", "score", "rating", "base_value", "features"
    ]
    assert answer["id"] == "cms-1"
    assert answer["model"] == {"name": "credibility-fr", "version": TEST_VERSION}
    assert answer["language"] == "fr"
    assert 0.0 < answer["score"] < 1.0
    assert answer["rating"] in {"low", "medium", "high"}
    assert sorted(f["name"] for f in answer["features"]) == sorted(FEATURE_NAMES)
    for feature in answer["features"]:
        assert set(feature) == FEATURE_KEYS
        assert isinstance(feature["message"], str) and feature["message"].endswith((".", "…"))
        assert feature["applicable"] == (feature["value"] is not None)
        for span in feature["evidence"]:
            assert {"start", "end", "text", "type"} <= set(span)


def test_contributions_add_up_to_the_logit_of_the_score(client):
    answer = score(client, text=FRENCH, title=FRENCH_TITLE).get_json()
    assert identity_gap(answer) < 1e-9


def test_score_is_the_pipelines_probability(client, models_dir):
    """An auditor can reproduce the number from the model directory alone."""
    answer = score(client, text=ENGLISH).get_json()
    loaded = load_model_dir(models_dir / "credibility-en" / TEST_VERSION)
    expected = loaded.pipeline.predict_proba([{"text": ENGLISH, "language": "en"}])[0, 1]
    assert answer["score"] == pytest.approx(expected, abs=1e-12)
    assert answer["base_value"] == pytest.approx(loaded.pipeline["clf"].intercept_[0], abs=1e-12)


def test_features_are_sorted_by_absolute_contribution(client):
    features = score(client, text=FRENCH).get_json()["features"]
    sizes = [abs(f["contribution"]) for f in features]
    assert sizes == sorted(sizes, reverse=True)


def test_every_evidence_span_slices_its_text(client):
    request = {"title": FRENCH_TITLE, "text": FRENCH}
    answer = score(client, **request).get_json()
    assert assert_evidence_slices(answer, request) > 0
    named = next(f for f in answer["features"] if f["name"] == "named_sources")
    assert named["evidence"], "the article names its sources"


def test_language_is_detected_and_picks_the_model(client):
    response = score(client, text=ENGLISH)
    answer = response.get_json()
    assert answer["language"] == "en"
    assert answer["model"]["name"] == "credibility-en"
    assert response.headers["X-Model-Version"] == f"credibility-en/{TEST_VERSION}"


@pytest.mark.parametrize("given", ["fr", "FR", "fr-FR", "fr_CA"])
def test_language_tags_are_normalised(client, given):
    assert score(client, text=FRENCH, language=given).get_json()["language"] == "fr"


def test_html_is_scored_on_its_visible_text_only(client):
    answer = score(client, html=HTML).get_json()
    text = answer["text"]
    assert "Élisabeth Borne" in text
    for hidden in ("leak", "color: red", "document.write", "aurait démenti", "Accueil"):
        assert hidden not in text
    assert_evidence_slices(answer, {"html": HTML})
    # The same visible text sent as plain text gets the same score: markup changes nothing.
    as_text = score(client, text=text, language="fr").get_json()
    assert as_text["score"] == answer["score"]
    assert "text" not in as_text


def test_short_text_features_do_not_apply_and_contribute_nothing(client):
    answer = score(client, text="Le maire a parlé hier soir.", language="fr").get_json()
    by_name = {f["name"]: f for f in answer["features"]}
    assert by_name["log_words"]["applicable"] is True
    for name in set(FEATURE_NAMES) - {"log_words"}:
        assert by_name[name]["applicable"] is False
        assert by_name[name]["value"] is None
        assert by_name[name]["contribution"] == 0.0
    assert identity_gap(answer) < 1e-9


def test_integer_ids_are_echoed_as_strings(client):
    assert score(client, id=4217, text=FRENCH).get_json()["id"] == "4217"


def test_unknown_fields_are_ignored(client):
    plain = score(client, text=FRENCH).get_json()
    extra = score(client, text=FRENCH, author="X", tags=["a"], cms={"post": 3}).get_json()
    assert extra == plain


def test_a_repeat_is_served_from_the_cache_with_the_same_answer(client, app):
    cache = get_state(app).cache
    first = client.post("/v1/score", json={"id": "a", "text": FRENCH + " Bis."})
    hits = cache.hits
    second = client.post("/v1/score", json={"id": "b", "text": FRENCH + " Bis.", "url": "x"})
    assert cache.hits == hits + 1
    assert {**first.get_json(), "id": "b"} == second.get_json()
    # The hit is the miss's bytes with the other id: same key order, same number formatting.
    assert second.data == first.data.replace(b'{"id":"a",', b'{"id":"b",', 1)
    batch = client.post("/v1/score/batch", json={"articles": [
        {"id": "c", "text": FRENCH + " Bis."}]}).get_json()["results"][0]
    assert batch == {**first.get_json(), "id": "c"}


def test_answers_are_deterministic_without_the_cache(make_app):
    client = make_app(CACHE_SIZE=0).test_client()
    first = score(client, text=ENGLISH).get_json()
    second = score(client, text=ENGLISH).get_json()
    assert first == second
    assert get_state(client.application).cache.hits == 0


def test_request_id_is_echoed_or_generated(client):
    echoed = client.post("/v1/score", json={"text": FRENCH}, headers={"X-Request-ID": "abc-123"})
    assert echoed.headers["X-Request-ID"] == "abc-123"
    generated = client.get("/livez")
    assert len(generated.headers["X-Request-ID"]) == 32
    unsafe = client.get("/livez", headers={"X-Request-ID": "a b\"{}"})
    assert unsafe.headers["X-Request-ID"] != "a b\"{}"


def test_every_response_names_the_model_versions(client):
    both = f"credibility-fr/{TEST_VERSION}, credibility-en/{TEST_VERSION}"
    assert client.get("/livez").headers["X-Model-Version"] == both
    assert client.get("/nowhere").headers["X-Model-Version"] == both


def test_batch_answers_in_order_with_errors_in_place(client):
    articles = [
        {"id": "fr", "text": FRENCH},
        {"id": "bad", "text": 12},
        {"id": "empty", "html": "<script>only()</script>"},
        "not an object",
        {"id": "de", "text": FRENCH, "language": "de"},
        {"id": "en", "text": ENGLISH},
    ]
    response = client.post("/v1/score/batch", json={"articles": articles})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r.get("id") for r in results] == ["fr", "bad", "empty", None, "de", "en"]
    assert results[0] == score(client, id="fr", text=FRENCH).get_json()
    assert results[5]["model"]["name"] == "credibility-en"
    for index, field in ((1, "text"), (2, "html"), (4, "language")):
        error = results[index]["error"]
        assert error["code"] == 422 and error["status"] == "Unprocessable Entity"
        assert field in error["errors"], error
    assert results[3]["error"]["code"] == 422
    assert "de" in results[4]["error"]["message"]
    assert response.headers["X-Model-Version"] == (
        f"credibility-en/{TEST_VERSION}, credibility-fr/{TEST_VERSION}"
    )


def test_a_full_batch_of_64_is_accepted(client):
    articles = [{"id": str(i), "text": FRENCH} for i in range(64)]
    results = client.post("/v1/score/batch", json={"articles": articles}).get_json()["results"]
    assert [r["id"] for r in results] == [str(i) for i in range(64)]
    assert len({r["score"] for r in results}) == 1
    assert all(math.isfinite(r["score"]) for r in results)


def test_an_empty_batch_gets_no_results(client):
    response = client.post("/v1/score/batch", json={"articles": []})
    assert response.status_code == 200
    assert response.get_json() == {"results": []}


def test_a_feature_that_does_not_apply_contributes_plus_zero(client):
    # Under 20 words: every feature but log_words is NaN, so z == 0; a negative coefficient
    # times 0 is -0.0, which must not reach the answer.
    response = client.post("/v1/score", json={"text": "Le ministre aurait menti.",
                                              "language": "fr"})
    assert response.status_code == 200
    assert b"-0.0" not in response.data
    features = response.get_json()["features"]
    assert any(not f["applicable"] for f in features)
