"""The reference-model script skips cleanly without ../shared/eval and checks its floors."""

from __future__ import annotations

from training import reference_models
from training.reference_models import REFERENCES, floor_auc


def test_skips_without_external_corpora(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CREDIBILITY_EVAL_DIR", str(tmp_path / "absent"))
    assert reference_models.main(["--models-dir", str(tmp_path / "models")]) == 0
    assert "skipped" in capsys.readouterr().out
    assert not (tmp_path / "models").exists()


def test_skips_a_model_whose_corpora_are_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CREDIBILITY_EVAL_DIR", str(tmp_path))
    assert reference_models.main(["--models-dir", str(tmp_path / "models")]) == 0
    out = capsys.readouterr().out
    assert "credibility-fr: skipped, missing fresada_train" in out
    assert "credibility-en: skipped" in out


def test_references_and_floors():
    fr, en = REFERENCES
    assert (fr.name, fr.corpora[0], fr.heldout) == ("credibility-fr", "fresada_train",
                                                    ("fresada_validation",))
    # The team's own corpus joins FreSaDa (labels of sourcing, not of outlets).
    assert fr.corpora[1].endswith("data/corpus/fr.jsonl")
    assert en.corpora == ("recovery_public_outlets", "horne2017_buzzfeed") and en.floor == 0.80
    metadata = {"metrics": {
        "cross_validation": {"pooled": {"metrics": {"auc": 0.83}}},
        "heldout": {"fresada_validation": {"metrics": {"auc": 0.96}}},
    }}
    assert floor_auc(metadata, fr) == 0.96
    assert floor_auc(metadata, en) == 0.83


def test_the_served_models_were_fitted_on_the_current_feature_code():
    """The newest committed version of each reference model (what the service and the
    Dockerfile serve) records the fingerprint of today's training/features: an extractor
    change must come with a retrain, or the service would score with features its model
    was not fitted on."""
    from pathlib import Path

    from training.artifacts import newest_version, read_metadata
    from training.features import features_fingerprint

    models = Path(__file__).resolve().parents[2] / "models"
    for reference in REFERENCES:
        version = newest_version(models, reference.name)
        metadata = read_metadata(models / reference.name / version)
        assert metadata["features_sha256"] == features_fingerprint(), (
            f"{reference.name} {version}: retrain (python -m training.reference_models "
            "--models-dir models --version NEW)")
