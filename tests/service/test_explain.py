"""service.explain: pipeline + document -> explanation, with no Flask involved."""

from __future__ import annotations

import math

import pytest

from service.explain import evidence_mismatches, explain_document, identity_gap
from tests.service.conftest import TEST_VERSION
from tests.service.helpers import ENGLISH, FRENCH, FRENCH_TITLE, HTML
from training.artifacts import load_model_dir
from training.features import FEATURE_NAMES, EmptyDocumentError


@pytest.fixture(scope="module")
def french(models_dir):
    return load_model_dir(models_dir / "credibility-fr" / TEST_VERSION)


def explain(model, document):
    return explain_document(
        model.pipeline, document, rating_thresholds=model.metadata["rating_thresholds"]
    )


def test_identity_and_order(french):
    result = explain(french, {"text": FRENCH, "title": FRENCH_TITLE, "language": "fr"})
    assert identity_gap(result) < 1e-9
    assert [abs(f["contribution"]) for f in result["features"]] == sorted(
        (abs(f["contribution"]) for f in result["features"]), reverse=True
    )
    assert {f["name"] for f in result["features"]} == set(FEATURE_NAMES)
    assert not evidence_mismatches(result, {"text": FRENCH, "title": FRENCH_TITLE})
    assert "text" not in result


def test_values_are_the_pipelines_own(french):
    """The explanation's values are the feature step's transform, nothing recomputed."""
    document = {"text": FRENCH, "language": "fr"}
    row = french.pipeline.named_steps["features"].transform([document])[0]
    result = explain(french, document)
    by_name = {f["name"]: f["value"] for f in result["features"]}
    for name, value in zip(FEATURE_NAMES, row, strict=True):
        assert (by_name[name] is None) if math.isnan(value) else by_name[name] == value


def test_html_returns_its_text(french):
    result = explain(french, {"html": HTML, "language": "fr"})
    assert "Élisabeth Borne" in result["text"]
    assert not evidence_mismatches(result, {"html": HTML})


def test_rating_follows_the_thresholds(french):
    result = explain(french, {"text": FRENCH, "language": "fr"})
    expected = "low" if result["score"] < 0.35 else "high" if result["score"] >= 0.65 else "medium"
    assert result["rating"] == expected


def test_input_errors_propagate(french):
    with pytest.raises(EmptyDocumentError):
        explain(french, {"html": "<script>x</script>", "language": "fr"})


def test_english_too(models_dir):
    english = load_model_dir(models_dir / "credibility-en" / TEST_VERSION)
    result = explain(english, {"text": ENGLISH, "language": "en"})
    assert result["language"] == "en"
    assert identity_gap(result) < 1e-9
