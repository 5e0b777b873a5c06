"""Featurising, group-disjoint cross-validation, calibration, thresholds and metadata."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from tests.training.helpers import STANDIN_NAMES, CountingFeatures, synthetic_rows
from training.corpus import Corpus, article_from_dict
from training.explain import explain_matrix, logit
from training.fit import (
    C_GRID,
    FitError,
    choose_thresholds,
    featurise,
    featurise_articles,
    fit_model,
    fit_tail,
    group_weights,
    make_splitter,
    platt,
)


def _corpus(rows, name="synthetic", path=None):
    return Corpus(name=name, articles=[article_from_dict(r) for r in rows],
                  path=path or __import__("pathlib").Path(__file__))


def test_featurise_in_parallel_equals_serial_and_reports_refusals():
    rows = synthetic_rows(n_groups=4, per_group=10)
    articles = [article_from_dict(r) for r in rows]
    # Nothing left: refused. A corpus file refuses such a line; an Article built in code (or
    # a page whose visible text the extractor later drops) reaches featurising.
    articles[3] = replace(articles[3], text=None, html="<p> </p><br>")
    serial = featurise_articles(articles, CountingFeatures(), jobs=1, progress=False)
    parallel = featurise([a.to_document() for a in articles], CountingFeatures(), jobs=2,
                         chunk_size=7, progress=False)
    assert serial.excluded == [{"id": rows[3]["id"], "reason": "no text left to analyse"}]
    assert len(serial.articles) == len(articles) - 1
    X, failures = parallel
    assert failures == [(3, "no text left to analyse")]
    assert np.isnan(X[3]).all()
    np.testing.assert_array_equal(np.delete(X, 3, axis=0), serial.X)


def test_splitter_is_group_disjoint_and_falls_back_with_one_group():
    rows = synthetic_rows(n_groups=10, per_group=6)
    y = np.array([r["label"] for r in rows])
    groups = np.array([r["group"] for r in rows])
    splitter, scheme = make_splitter(y, groups, 5)
    assert scheme["group_disjoint"] and scheme["folds"] == 5
    for train, test in splitter.split(np.zeros((len(y), 1)), y, groups):
        assert not set(groups[train]) & set(groups[test])
    _, scheme = make_splitter(y, np.array(["one"] * len(y)), 5)
    assert scheme == {"splitter": "StratifiedKFold", "folds": 5, "groups": 1,
                      "group_disjoint": False}
    _, scheme = make_splitter(y, groups, 50)
    assert scheme["folds"] == 10  # never more folds than groups
    with pytest.raises(FitError, match="two articles of each label"):
        make_splitter(np.array([0, 1, 1, 1]), np.array(list("abcd")), 2)


def test_platt_recovers_a_known_map():
    rng = np.random.default_rng(1)
    s = rng.normal(scale=3, size=20_000)
    y = (rng.random(s.size) < 1 / (1 + np.exp(-(0.5 * s - 1.0)))).astype(int)
    slope, intercept = platt(s, y)
    assert slope == pytest.approx(0.5, abs=0.03)
    assert intercept == pytest.approx(-1.0, abs=0.06)
    # Separable logits keep a finite slope (Platt's smoothed targets).
    slope, _ = platt(np.array([-3.0, -2.0, 2.0, 3.0]), np.array([0, 0, 1, 1]))
    assert 0 < slope < 10


def test_fit_tail_folds_calibration_into_coefficients():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(300, 3))
    y = (X[:, 0] + rng.normal(size=300) > 0).astype(int)
    groups = np.arange(300) % 12
    plain, info = fit_tail(X, y, groups, calibrate=False, C=0.1)
    assert info["calibration"]["applied"] is False and info["C"] == 0.1
    assert "C_selection" not in info
    tail, info = fit_tail(X, y, groups, calibrate=True, C=0.1)
    calibration = info["calibration"]
    assert calibration["applied"] and calibration["method"] == "platt"
    assert calibration["cv"]["group_disjoint"]
    np.testing.assert_allclose(
        tail.decision_function(X),
        calibration["slope"] * plain.decision_function(X) + calibration["intercept"], atol=1e-9,
    )
    _, info = fit_tail(X, y, groups)  # C chosen by the inner cross-validation
    assert info["C"] in C_GRID and set(info["C_selection"]["inner_cv_auc"]) == {
        str(c) for c in C_GRID}
    e = explain_matrix(tail, X, feature_names=("a", "b", "c"))
    np.testing.assert_allclose(e.score, tail.predict_proba(X)[:, 1], atol=1e-12)
    np.testing.assert_allclose(e.base + e.contributions.sum(1), logit(e.score), atol=1e-9)


def test_group_weights_give_each_group_the_same_weight():
    groups = np.array(["big"] * 30 + ["small"] * 3 + ["mid"] * 7)
    w = group_weights(groups)
    assert w.mean() == pytest.approx(1.0)
    totals = {g: w[groups == g].sum() for g in ("big", "small", "mid")}
    assert totals["big"] == pytest.approx(totals["small"]) == pytest.approx(totals["mid"])


def test_choose_thresholds():
    rng = np.random.default_rng(3)
    p = rng.random(2000)
    y = (rng.random(2000) < p).astype(int)  # calibrated scores
    thresholds, policy = choose_thresholds(y, p, target_precision=0.9)
    assert thresholds["low"] <= 0.5 <= thresholds["high"]
    assert thresholds["decision"] == 0.5
    assert policy["cv_precision"]["high"] >= 0.9 - 1e-9
    assert policy["cv_precision"]["low"] >= 0.9 - 1e-9
    assert policy["fallback"] == []
    # Uninformative scores cannot reach the target: the documented fallback.
    thresholds, policy = choose_thresholds(rng.integers(0, 2, 500), np.full(500, 0.5))
    assert (thresholds["low"], thresholds["high"]) == (round(1 / 3, 4), round(2 / 3, 4))
    assert policy["fallback"] == ["high", "low"]


def test_fit_model_metadata(standin_fit):
    meta = standin_fit.metadata
    assert meta["feature_names"] == list(STANDIN_NAMES)
    assert meta["steps"] == ["features", "impute", "scale", "clf"]
    assert set(meta["coefficients"]) == set(STANDIN_NAMES)
    clf = standin_fit.pipeline.named_steps["clf"]
    assert meta["intercept"] == clf.intercept_[0]
    cv = meta["metrics"]["cross_validation"]
    assert cv["scheme"]["group_disjoint"] and cv["scheme"]["folds"] == 5
    assert len(cv["folds"]) == 5
    assert cv["pooled"]["metrics"]["auc"] > 0.7
    assert cv["pooled"]["ci95"]["unit"] == "group"
    lo, hi = cv["pooled"]["ci95"]["auc"]
    assert lo <= cv["pooled"]["metrics"]["auc"] <= hi
    assert "baseline" in cv and cv["baseline"]["metrics"]["auc"] is not None
    assert meta["calibration"]["applied"]
    assert meta["regularisation"]["C"] in C_GRID
    assert meta["sample_weighting"] == "each group weighs the same"
    t = meta["rating_thresholds"]
    assert 0 <= t["low"] <= t["decision"] <= t["high"] <= 1
    assert meta["training"]["rows"] == 120 and meta["training"]["groups"] == 10
    assert meta["training_corpora"][0]["rows"] == 120
    assert meta["features"]["class"] == "tests.training.helpers.CountingFeatures"
    assert set(standin_fit.curves) == {"cross-validation"}


def test_fit_model_explanation_identity(standin_fit):
    rows = synthetic_rows(n_groups=2, per_group=5, seed=9)
    documents = [{"text": r["text"], "language": "fr"} for r in rows]
    X = standin_fit.pipeline.named_steps["features"].transform(documents)
    e = explain_matrix(standin_fit.pipeline, X)
    np.testing.assert_allclose(e.score, standin_fit.pipeline.predict_proba(documents)[:, 1],
                               atol=1e-12)
    np.testing.assert_allclose(e.base + e.contributions.sum(1), logit(e.score), atol=1e-9)
    # "Court." is too short: its NaN feature contributes exactly nothing.
    assert e.contributions[0, STANDIN_NAMES.index("short_nan")] == 0.0


def test_fit_model_with_heldout_and_one_group():
    train = [{**r, "group": "train-split"} for r in synthetic_rows(seed=4)]
    held = [{**r, "id": "h" + r["id"], "group": "held-split"} for r in synthetic_rows(seed=5)]
    result = fit_model([_corpus(train)], "fr", heldout=[_corpus(held, "held")],
                       features=CountingFeatures(), n_boot=50, progress=False)
    meta = result.metadata
    assert meta["metrics"]["cross_validation"]["scheme"]["group_disjoint"] is False
    held_metrics = meta["metrics"]["heldout"]["held"]
    assert held_metrics["metrics"]["n"] == 120 and held_metrics["metrics"]["auc"] > 0.7
    assert "baseline" in held_metrics
    assert meta["heldout_corpora"][0]["name"] == "held"
    assert set(result.curves) == {"cross-validation", "held"}


def test_a_language_mismatch_names_the_file_and_first_line(tmp_path):
    from tests.training.helpers import write_jsonl
    from training.corpus import load_corpus

    rows = synthetic_rows(n_groups=4, per_group=6)
    rows[4] = {**rows[4], "language": "en"}
    path = write_jsonl(tmp_path / "wronglang.jsonl", rows)
    with pytest.raises(FitError) as error:
        fit_model([load_corpus(path)], "fr", features=CountingFeatures(), progress=False)
    assert str(error.value) == (f"{path}: line 5: corpus 'wronglang' has articles in en: "
                                "the model is for 'fr'")


def test_fit_model_refusals():
    rows = synthetic_rows(n_groups=4, per_group=6)
    with pytest.raises(FitError, match="straddle"):
        fit_model([_corpus(rows)], "fr", heldout=[_corpus(rows[:6], "same-outlet")],
                  features=CountingFeatures(), progress=False)
    with pytest.raises(FitError, match="articles in en"):
        fit_model([_corpus([{**r, "language": "en"} for r in rows])], "fr",
                  features=CountingFeatures(), progress=False)
    with pytest.raises(FitError, match="one label only"):
        fit_model([_corpus([{**r, "label": 1} for r in rows])], "fr",
                  features=CountingFeatures(), progress=False)
    with pytest.raises(FitError, match="cv-folds"):
        fit_model([_corpus(rows)], "fr", features=CountingFeatures(), cv_folds=1,
                  progress=False)


def test_metadata_records_the_folds_that_ran():
    rows = synthetic_rows(n_groups=8, per_group=6)
    result = fit_model([_corpus(rows)], "fr", features=CountingFeatures(), cv_folds=100,
                       n_boot=0, baseline=False, progress=False)
    ran = result.metadata["metrics"]["cross_validation"]["scheme"]["folds"]
    assert ran < 100
    assert result.metadata["training"]["cv_folds"] == ran
