"""Metrics, bootstrap intervals, per-group figures and the evaluation of a saved model."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests.training.helpers import synthetic_rows, write_jsonl
from training.evaluate import (
    bootstrap_ci,
    compute_metrics,
    evaluate_model,
    expected_calibration_error,
    format_report,
    per_group,
    reliability_bins,
)


def test_expected_calibration_error():
    # Two bins: scores 0.05 (observed 0.0) and 0.95 (observed 1.0) -> |gap| 0.05 in both.
    y = np.array([0, 0, 1, 1])
    p = np.array([0.05, 0.05, 0.95, 0.95])
    assert expected_calibration_error(y, p) == pytest.approx(0.05)
    # A score of exactly 1 lands in the last bin, not an eleventh one.
    assert expected_calibration_error([1], [1.0]) == 0.0
    assert expected_calibration_error(np.array([0, 1]), np.array([0.5, 0.5])) == 0.0
    assert [b["n"] for b in reliability_bins(y, p)] == [2, 2]


def test_compute_metrics():
    m = compute_metrics([0, 0, 1, 1], [0.1, 0.6, 0.4, 0.9])
    assert m == {"n": 4, "positives": 2, "auc": 0.75, "accuracy": 0.5,
                 "brier": pytest.approx((0.01 + 0.36 + 0.36 + 0.01) / 4),
                 "ece": pytest.approx(expected_calibration_error([0, 0, 1, 1],
                                                                 [0.1, 0.6, 0.4, 0.9]))}
    assert compute_metrics([1, 1], [0.2, 0.9])["auc"] is None  # one class: undefined


def test_bootstrap_units():
    rng = np.random.default_rng(0)
    p = rng.random(400)
    y = (rng.random(400) < p).astype(int)
    by_article = bootstrap_ci(y, p, n_boot=200)
    assert by_article["unit"] == "article"
    lo, hi = by_article["auc"]
    assert lo < compute_metrics(y, p)["auc"] < hi
    groups = np.repeat(np.arange(20), 20)
    assert bootstrap_ci(y, p, groups, n_boot=200)["unit"] == "group"
    assert bootstrap_ci(y, p, np.repeat([0, 1], 200), n_boot=50)["unit"] == "article"


def test_per_group():
    rows = per_group([1, 1, 0, 0, 1], [0.9, 0.8, 0.2, 0.6, 0.7], ["a", "a", "b", "b", "b"])
    assert [r["group"] for r in rows] == ["b", "a"]  # largest first
    assert rows[1]["auc"] is None and rows[1]["accuracy"] == 1.0
    assert rows[0]["auc"] == 1.0 and rows[0]["mean_score"] == pytest.approx(0.5)


def test_evaluate_saved_model(standin_model_dir, synthetic_corpus_path, tmp_path):
    held = write_jsonl(tmp_path / "other_outlets.jsonl", [
        {**r, "id": "o-" + r["id"], "group": "other-" + r["group"]}
        for r in synthetic_rows(n_groups=6, per_group=8, seed=11)
    ])
    report = evaluate_model(standin_model_dir, [str(held), str(synthetic_corpus_path)],
                            n_boot=100, progress=False)
    other, own = report["corpora"]
    assert other["corpus"] == "other_outlets" and not other["in_training"]
    assert own["in_training"] and any("in-sample" in note for note in report["notes"])
    assert other["model"]["metrics"]["n"] == 48
    assert other["model"]["metrics"]["auc"] > 0.7
    assert other["baseline"]["metrics"]["n"] == 48
    assert len(other["model"]["groups"]) == 6
    assert report["baseline"]["trained_on"] == ["synthetic"]
    json.dumps(report)  # JSON-ready
    table = format_report(report)
    assert "other_outlets" in table and "baseline" in table and "per group" in table
    assert "synthetic *" in table


def test_evaluate_without_the_training_corpus(standin_model_dir, synthetic_corpus_path,
                                              tmp_path):
    import shutil

    copy = tmp_path / "standin" / "1.0.0"
    shutil.copytree(standin_model_dir, copy)
    meta = json.loads((copy / "metadata.json").read_text())
    meta["training_corpora"][0]["spec"] = str(tmp_path / "gone.jsonl")
    (copy / "metadata.json").write_text(json.dumps(meta))
    report = evaluate_model(copy, [str(synthetic_corpus_path)], n_boot=20, progress=False)
    assert report["baseline"] is None and "baseline" not in report["corpora"][0]
    assert any(note.startswith("baseline skipped") for note in report["notes"])
