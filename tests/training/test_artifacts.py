"""Model directories: atomic writes, no overwrite, verification before unpickling."""

from __future__ import annotations

import json
import os
import shutil

import joblib
import numpy as np
import pytest
import sklearn

from tests.training.helpers import STANDIN_NAMES
from training import artifacts
from training.artifacts import (
    ArtifactError,
    LoadedModel,
    ModelCompatibilityError,
    ModelExistsError,
    ModelIntegrityError,
    check_sklearn_version,
    list_versions,
    load_model_dir,
    newest_version,
    save_model_dir,
)
from training.corpus import sha256_file

EXPECTED_FILES = {"model.joblib", "metadata.json", "input_example.json", "README.md",
                  "coefficients.png", "roc.png", "reliability.png"}


@pytest.fixture()
def model_copy(tmp_path, standin_model_dir):
    """A private copy (tests below tamper with it)."""
    target = tmp_path / "models" / "standin" / "1.0.0"
    shutil.copytree(standin_model_dir, target)
    return target


def test_saved_directory_contents(standin_model_dir):
    assert {p.name for p in standin_model_dir.iterdir()} == EXPECTED_FILES
    meta = json.loads((standin_model_dir / "metadata.json").read_text())
    assert meta["name"] == "standin" and meta["version"] == "1.0.0"
    assert meta["model_sha256"] == sha256_file(standin_model_dir / "model.joblib")
    for key in ("python", "scikit-learn", "numpy", "spacy", "joblib"):
        assert key in meta["libraries"]
    assert meta["libraries"]["spacy_pipeline"]["package"] == "fr_core_news_sm"
    assert meta["git_commit"] is None or len(meta["git_commit"]) == 40
    assert meta["created_at"].endswith("Z")
    for key in ("imputer_means", "scaler_means", "scaler_scales", "coefficients"):
        assert list(meta[key]) == list(STANDIN_NAMES)
    example = json.loads((standin_model_dir / "input_example.json").read_text())
    assert example["language"] == "fr" and example["text"]
    # No leftover temporary folder beside the version.
    assert [p.name for p in standin_model_dir.parent.iterdir()] == ["1.0.0"]


def test_load_round_trip(standin_model_dir, standin_fit):
    loaded = load_model_dir(standin_model_dir, models_root=standin_model_dir.parent.parent)
    assert isinstance(loaded, LoadedModel)
    assert loaded.name == "standin" and loaded.version == "1.0.0"
    assert loaded.card and loaded.card.startswith("# Model card: standin 1.0.0")
    documents = [{"text": "Selon le maire, « tout va bien ». Un texte assez long ici."}]
    np.testing.assert_array_equal(loaded.pipeline.predict_proba(documents),
                                  standin_fit.pipeline.predict_proba(documents))


def test_refuses_to_overwrite(standin_model_dir, standin_fit):
    models = standin_model_dir.parent.parent
    before = sha256_file(standin_model_dir / "model.joblib")
    with pytest.raises(ModelExistsError, match="never overwritten"):
        save_model_dir(models, "standin", "1.0.0", standin_fit.pipeline, standin_fit.metadata)
    assert sha256_file(standin_model_dir / "model.joblib") == before
    assert [p.name for p in standin_model_dir.parent.iterdir()] == ["1.0.0"]


def test_failed_save_leaves_nothing(tmp_path, standin_fit):
    def broken(folder, metadata):
        raise RuntimeError("plotting failed")

    with pytest.raises(RuntimeError, match="plotting failed"):
        save_model_dir(tmp_path, "m", "1", standin_fit.pipeline, standin_fit.metadata,
                       write_extras=broken)
    assert list((tmp_path / "m").iterdir()) == []


def test_target_appearing_during_save_is_not_overwritten(tmp_path, standin_fit):
    def racer(folder, metadata):
        (tmp_path / "m" / "1").mkdir()
        (tmp_path / "m" / "1" / "other").write_text("someone else's")

    with pytest.raises(ModelExistsError, match="appeared while writing"):
        save_model_dir(tmp_path, "m", "1", standin_fit.pipeline, standin_fit.metadata,
                       write_extras=racer)
    assert [p.name for p in (tmp_path / "m").iterdir()] == ["1"]
    assert (tmp_path / "m" / "1" / "other").read_text() == "someone else's"


@pytest.mark.parametrize("bad", ["../escape", "a/b", ".hidden", "", "x" * 101, "a..b"])
def test_bad_names_and_versions(tmp_path, standin_fit, bad):
    with pytest.raises(ArtifactError, match="bad model"):
        save_model_dir(tmp_path, "m", bad, standin_fit.pipeline, standin_fit.metadata)
    with pytest.raises(ArtifactError, match="bad model"):
        save_model_dir(tmp_path, bad, "1", standin_fit.pipeline, standin_fit.metadata)


def test_tampered_model_is_refused_before_unpickling(model_copy, monkeypatch):
    with open(model_copy / "model.joblib", "ab") as handle:
        handle.write(b"\0")

    def must_not_run(*args, **kwargs):
        raise AssertionError("joblib.load was called on an unverified file")

    monkeypatch.setattr(joblib, "load", must_not_run)
    monkeypatch.setattr(artifacts.joblib, "load", must_not_run)
    with pytest.raises(ModelIntegrityError, match="differs from metadata.json"):
        load_model_dir(model_copy)


def _edit_metadata(path, **changes):
    meta = json.loads((path / "metadata.json").read_text())
    for key, value in changes.items():
        if value is None:
            meta.pop(key, None)
        else:
            meta[key] = value
    (path / "metadata.json").write_text(json.dumps(meta))


def test_incompatible_sklearn_version_is_refused(model_copy, monkeypatch):
    meta = json.loads((model_copy / "metadata.json").read_text())
    monkeypatch.setattr(joblib, "load", lambda *a, **k: pytest.fail("unpickled"))
    _edit_metadata(model_copy, libraries={**meta["libraries"], "scikit-learn": "1.2.2"})
    with pytest.raises(ModelCompatibilityError, match=r"scikit-learn 1\.2\.2"):
        load_model_dir(model_copy)


def test_check_sklearn_version():
    check_sklearn_version("1.9.0", "1.9.1")
    check_sklearn_version("1.9.1.post1", "1.9.3")
    with pytest.raises(ModelCompatibilityError):
        check_sklearn_version("1.8.9", "1.9.0")
    with pytest.raises(ModelCompatibilityError):
        check_sklearn_version("2.9.0", "1.9.0")
    with pytest.raises(ModelCompatibilityError, match="cannot compare"):
        check_sklearn_version("banana", sklearn.__version__)


def test_inconsistent_version_warning_becomes_an_error(model_copy, monkeypatch):
    from sklearn.exceptions import InconsistentVersionWarning

    def warns(*args, **kwargs):
        import warnings

        warnings.warn(InconsistentVersionWarning(estimator_name="X", current_sklearn_version="a",
                                                 original_sklearn_version="b"), stacklevel=1)
        return object()

    monkeypatch.setattr(artifacts.joblib, "load", warns)
    with pytest.raises(ModelCompatibilityError, match="X"):
        load_model_dir(model_copy)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("delete", "no metadata.json"),
        ("garbage", "invalid JSON"),
        ("no-hash", "missing model_sha256"),
        ("bad-hash", "not a sha256"),
        ("list", "expected a JSON object"),
    ],
)
def test_invalid_metadata_is_refused(model_copy, change, message):
    file = model_copy / "metadata.json"
    if change == "delete":
        file.unlink()
    elif change == "garbage":
        file.write_text("{not json")
    elif change == "no-hash":
        _edit_metadata(model_copy, model_sha256=None)
    elif change == "bad-hash":
        _edit_metadata(model_copy, model_sha256="abc")
    elif change == "list":
        file.write_text("[]")
    with pytest.raises(ModelIntegrityError, match=message):
        load_model_dir(model_copy)


def test_outside_models_root_is_refused(model_copy, tmp_path):
    root = tmp_path / "models"
    load_model_dir(model_copy, models_root=root)  # inside: fine
    other = tmp_path / "elsewhere"
    other.mkdir()
    with pytest.raises(ModelIntegrityError, match="outside the models folder"):
        load_model_dir(model_copy, models_root=other)
    with pytest.raises(ModelIntegrityError, match="outside the models folder"):
        load_model_dir(root / "standin" / ".." / ".." / "elsewhere", models_root=root)
    link = root / "standin" / "link"
    os.symlink(other, link)
    with pytest.raises(ModelIntegrityError, match="outside the models folder"):
        load_model_dir(link, models_root=root)
    with pytest.raises(ModelIntegrityError, match="no such model directory"):
        load_model_dir(root / "standin" / "9.9.9", models_root=root)


def test_feature_names_must_match(model_copy):
    _edit_metadata(model_copy, feature_names=["something", "else"])
    with pytest.raises(ModelCompatibilityError, match="retrain"):
        load_model_dir(model_copy)


def test_list_versions(tmp_path):
    for version in ["2025.1.9", "2025.1.10", "1.0", "nightly", ".2099.1.1.tmp-x", "2024.12.31"]:
        (tmp_path / "m" / version).mkdir(parents=True)
        (tmp_path / "m" / version / "metadata.json").write_text("{}")
    (tmp_path / "m" / "9.9.9").mkdir()  # no metadata.json: not a model
    assert list_versions(tmp_path, "m") == ["nightly", "1.0", "2024.12.31", "2025.1.9",
                                            "2025.1.10"]
    assert newest_version(tmp_path, "m") == "2025.1.10"
    assert list_versions(tmp_path, "absent") == []
    assert newest_version(tmp_path, "absent") is None


def test_the_default_version_sorts_after_every_existing_one(tmp_path):
    from datetime import date

    from training.artifacts import default_version, newest_version

    today = date(2026, 11, 27)

    def add(name: str, version: str) -> None:
        folder = tmp_path / name / version
        folder.mkdir(parents=True)
        (folder / "metadata.json").write_text("{}")

    assert default_version(tmp_path, ["m-fr", "m-en"], today) == "2026.11.27"
    add("m-fr", "2026.11.26.6")
    assert default_version(tmp_path, ["m-fr", "m-en"], today) == "2026.11.27"
    add("m-fr", "2026.11.27")
    assert default_version(tmp_path, ["m-fr", "m-en"], today) == "2026.11.27.1"
    add("m-en", "2026.11.27.2")  # either model's versions count: both get the one version
    version = default_version(tmp_path, ["m-fr", "m-en"], today)
    assert version == "2026.11.27.3"
    add("m-fr", version)
    assert newest_version(tmp_path, "m-fr") == version
    add("m-fr", "2026.12.01")  # dated after today
    assert default_version(tmp_path, ["m-fr"], today) == "2026.12.01.1"


def test_the_reference_models_default_version_is_newer_than_the_committed_ones():
    from training.artifacts import default_version, newest_version
    from training.corpus import ROOT
    from training.reference_models import REFERENCES

    names = [reference.name for reference in REFERENCES]
    version = default_version(ROOT / "models", names)
    for name in names:
        assert newest_version(ROOT / "models", name) != version
        versions = [newest_version(ROOT / "models", name), version]
        from training.artifacts import _version_key

        assert max(versions, key=_version_key) == version
