"""Explanations are exact: base + sum(contributions) == logit(score) == the pipeline's score."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone

from tests.training.helpers import STANDIN_NAMES, CountingFeatures
from training.explain import (
    explain_matrix,
    explain_row,
    fold_affine,
    logit,
    rating,
    sigmoid,
    standardise,
)
from training.fit import fit_tail


@pytest.fixture(scope="module")
def fitted():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 4)) * [1.0, 3.0, 0.5, 2.0] + [0.0, 5.0, 1.0, -1.0]
    y = (X[:, 0] + 0.3 * X[:, 1] + rng.normal(size=200) > 1.5).astype(int)
    X[rng.random(X.shape) < 0.15] = np.nan  # features that do not apply
    X[:, 3] = np.nan  # a feature that never applies in training
    tail, _ = fit_tail(X, y, np.arange(200) % 10, calibrate=False)
    from sklearn.pipeline import Pipeline

    pipeline = Pipeline([("features", CountingFeatures()), *tail.steps])
    return pipeline, X


def _check_identity(pipeline, X):
    e = explain_matrix(pipeline, X)
    expected = pipeline[1:].predict_proba(X)[:, 1]
    np.testing.assert_allclose(e.score, expected, rtol=0, atol=1e-12)
    total = e.base + e.contributions.sum(axis=1)
    np.testing.assert_allclose(total, e.logit, rtol=0, atol=1e-9)
    np.testing.assert_allclose(e.logit, pipeline[1:].decision_function(X), rtol=0, atol=1e-9)
    # logit(score) recomputed from a float score loses precision as the score nears 0 or 1
    # (1 - p underflows): the identity through the score is checked where it is representable.
    moderate = np.abs(e.logit) < 10
    np.testing.assert_allclose(total[moderate], logit(e.score[moderate]), rtol=0, atol=1e-9)
    return e


def test_identity_on_a_matrix(fitted):
    pipeline, X = fitted
    e = _check_identity(pipeline, X)
    assert np.all(np.abs(e.logit) < 10)  # the fixture's scores are all checked via logit()
    assert e.feature_names == STANDIN_NAMES


def test_nan_feature_contributes_exactly_zero(fitted):
    pipeline, X = fitted
    row = X[0].copy()
    row[1] = np.nan
    explanation = explain_row(pipeline, row)
    assert explanation.contributions["quotes"] == 0.0
    assert explanation.contributions["short_nan"] == 0.0  # all-NaN in training: kept, 0
    assert explanation.values["quotes"] is None
    assert math.isclose(explanation.base + sum(explanation.contributions.values()),
                        logit(explanation.score), abs_tol=1e-9)
    assert explanation.score == pytest.approx(pipeline[1:].predict_proba(row[None])[0, 1],
                                              abs=1e-12)


def test_identity_holds_after_folding_a_calibration(fitted):
    pipeline, X = fitted
    calibrated = clone(pipeline)
    calibrated[1:].fit(X, (np.nan_to_num(X[:, 0]) > 0) * 1)
    before = calibrated[1:].decision_function(X[:5])
    fold_affine(calibrated.named_steps["clf"], 0.7, -0.2)
    after = calibrated[1:].decision_function(X[:5])
    np.testing.assert_allclose(after, 0.7 * before - 0.2, rtol=0, atol=1e-12)
    _check_identity(calibrated, X)
    with pytest.raises(ValueError, match="slope must be positive"):
        fold_affine(calibrated.named_steps["clf"], 0.0, 0.0)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.one_of(st.none(), st.floats(-50, 50)), min_size=4, max_size=4))
def test_identity_for_any_row(fitted, values):
    pipeline, _ = fitted
    row = np.array([np.nan if v is None else v for v in values], dtype=float)
    _check_identity(pipeline, row[None])


def test_standardise_matches_the_pipeline(fitted):
    pipeline, X = fitted
    expected = pipeline[2].transform(pipeline[1].transform(X))
    np.testing.assert_array_equal(standardise(pipeline, X), expected)


def test_sigmoid_and_logit():
    assert sigmoid(0.0) == 0.5
    assert sigmoid(800.0) == 1.0 and sigmoid(-800.0) == 0.0
    np.testing.assert_allclose(logit(sigmoid(np.array([-5.0, 0.1, 7.0]))), [-5.0, 0.1, 7.0])


def test_rating():
    thresholds = {"low": 0.3, "high": 0.7, "decision": 0.5}
    assert rating(0.0, thresholds) == "low"
    assert rating(0.29999, thresholds) == "low"
    assert rating(0.3, thresholds) == "medium"
    assert rating(0.69, thresholds) == "medium"
    assert rating(0.7, thresholds) == "high"
    assert rating(1.0, thresholds) == "high"
    with pytest.raises(ValueError):
        rating(0.5, {"low": 0.8, "high": 0.2})
    with pytest.raises(ValueError):
        rating(float("nan"), thresholds)


def test_the_word_count_message_agrees_in_number():
    import math

    from training.features.messages import feature_message

    assert feature_message("log_words", math.log1p(1)) == "About 1 word."
    assert feature_message("log_words", math.log1p(250)) == "About 250 words."


def test_the_denial_and_non_response_messages_name_who_when_known():
    from training.features import analyse_document
    from training.features.messages import feature_message

    a = analyse_document({"text": "Le groupe Valmaris a démenti ces informations. Contactée, "
                                  "la préfecture de Brenne n'a pas donné suite."},
                         language="fr", min_words=0)
    assert feature_message("denial", 1.0, a.evidence_for("denial")) == (
        "Reports a denial by Valmaris.")
    assert feature_message("non_response", 1.0, a.evidence_for("non_response")) == (
        "Reports that préfecture de Brenne did not respond or declined to comment.")
    assert feature_message("non_response", 1.0, []) == (
        "Reports that someone did not respond or declined to comment.")
