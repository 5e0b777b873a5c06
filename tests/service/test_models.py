"""GET /v1/models, /v1/models/<name>; loading checks and what readiness says about them."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.service.conftest import TEST_VERSION
from tests.service.helpers import ENGLISH, FRENCH, error_envelope


def test_models_lists_the_loaded_models_with_metadata(client):
    models = client.get("/v1/models").get_json()["models"]
    assert [(m["name"], m["version"], m["language"]) for m in models] == [
        ("credibility-fr", TEST_VERSION, "fr"),
        ("credibility-en", TEST_VERSION, "en"),
    ]
    for model in models:
        metadata = model["metadata"]
        assert metadata["name"] == model["name"]
        assert metadata["rating_thresholds"] == {"low": 0.35, "high": 0.65}
        assert len(metadata["model_sha256"]) == 64


def test_one_model_with_its_card(client):
    response = client.get("/v1/models/credibility-en")
    assert response.status_code == 200
    body = response.get_json()
    assert body["name"] == "credibility-en"
    assert body["card"].startswith("# credibility-en")
    assert response.headers["X-Model-Version"] == f"credibility-en/{TEST_VERSION}"


def test_an_unknown_model_is_404(client):
    response = client.get("/v1/models/credibility-de")
    assert response.status_code == 404
    assert "credibility-de" in error_envelope(response)["message"]


def test_a_tampered_model_is_refused_and_readiness_says_why(make_app, tampered_models_dir):
    client = make_app(MODELS_DIR=tampered_models_dir).test_client()
    ready = client.get("/readyz")
    assert ready.status_code == 503
    body = error_envelope(ready)
    reason = body["errors"]["models"]["credibility-fr"]
    assert "sha256" in reason and "refused" in reason
    assert "credibility-en" not in body["errors"]["models"]
    # The other language still works; the refused one answers 503, not a guess.
    assert client.post("/v1/score", json={"text": ENGLISH}).status_code == 200
    refused = client.post("/v1/score", json={"text": FRENCH, "language": "fr"})
    assert refused.status_code == 503
    assert "credibility-fr" in error_envelope(refused)["message"]
    names = [m["name"] for m in client.get("/v1/models").get_json()["models"]]
    assert names == ["credibility-en"]
    assert client.get("/v1/models/credibility-fr").status_code == 404


def test_a_model_with_another_scikit_learn_is_refused(make_app, models_dir, tmp_path):
    copy = tmp_path / "models"
    shutil.copytree(models_dir, copy)
    metadata_file = copy / "credibility-en" / TEST_VERSION / "metadata.json"
    metadata = json.loads(metadata_file.read_text())
    metadata["libraries"]["scikit-learn"] = "0.24.2"
    metadata_file.write_text(json.dumps(metadata))
    client = make_app(MODELS_DIR=copy).test_client()
    reasons = client.get("/readyz").get_json()["errors"]["models"]
    assert "scikit-learn" in reasons["credibility-en"]


def test_a_missing_version_is_not_ready(make_app):
    client = make_app(MODEL_VERSIONS={"fr": "9.9.9"}).test_client()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert "credibility-fr" in error_envelope(response)["errors"]["models"]


def test_a_version_cannot_point_outside_the_models_folder(make_app):
    client = make_app(MODEL_VERSIONS={"fr": "../../etc"}).test_client()
    reason = client.get("/readyz").get_json()["errors"]["models"]["credibility-fr"]
    assert "refused" in reason


def test_the_newest_version_is_loaded_by_default(make_app, models_dir, tmp_path):
    copy = tmp_path / "models"
    shutil.copytree(models_dir, copy)
    newer = copy / "credibility-fr" / "0.0.10"
    shutil.copytree(copy / "credibility-fr" / TEST_VERSION, newer)
    metadata = json.loads((newer / "metadata.json").read_text())
    metadata["version"] = "0.0.10"
    (newer / "metadata.json").write_text(json.dumps(metadata))
    client = make_app(MODELS_DIR=copy).test_client()
    assert client.get("/v1/models/credibility-fr").get_json()["version"] == "0.0.10"
    pinned = make_app(MODELS_DIR=copy, MODEL_VERSIONS={"fr": TEST_VERSION}).test_client()
    assert pinned.get("/v1/models/credibility-fr").get_json()["version"] == TEST_VERSION


def test_a_model_for_the_wrong_language_is_refused(make_app, models_dir, tmp_path):
    copy = tmp_path / "models"
    shutil.copytree(models_dir / "credibility-en", copy / "credibility-fr")
    client = make_app(MODELS_DIR=copy, LANGUAGES=("fr",)).test_client()
    reason = client.get("/readyz").get_json()["errors"]["models"]["credibility-fr"]
    assert "refused" in reason


@pytest.mark.parametrize(
    ("recorded", "said"),
    [("0" * 64, "was trained with other feature code"),
     # The 2026.11.26 models record no fingerprint: that cannot be checked, and is said too.
     (None, "recorded no feature fingerprint")],
)
def test_a_model_trained_on_other_feature_code_is_served_with_a_warning(
    make_app, models_dir, tmp_path, caplog, recorded, said
):
    copy = tmp_path / "models"
    shutil.copytree(models_dir, copy)
    metadata_file = copy / "credibility-en" / TEST_VERSION / "metadata.json"
    metadata = json.loads(metadata_file.read_text())
    from training.features import features_fingerprint

    assert metadata["features_sha256"] == features_fingerprint()  # recorded at save time
    if recorded is None:
        del metadata["features_sha256"]
    else:
        metadata["features_sha256"] = recorded
    metadata_file.write_text(json.dumps(metadata))
    with caplog.at_level("WARNING"):
        client = make_app(MODELS_DIR=copy).test_client()
    assert client.get("/readyz").status_code == 200
    warnings = [r for r in caplog.records if said in r.getMessage()]
    assert [r.getMessage().split()[1] for r in warnings] == ["credibility-en"]
    assert [r.fields["event"] for r in warnings] == ["model_features_changed"]


def _not_joblib(models_dir, tmp_path):
    """A copy of the models folder whose French model.joblib is not a joblib file, with
    metadata.json recording the sha256 of those bytes (so the hash check passes)."""
    from training.corpus import sha256_file

    copy = tmp_path / "models"
    shutil.copytree(models_dir, copy)
    folder = copy / "credibility-fr" / TEST_VERSION
    (folder / "model.joblib").write_bytes(b"n" * 200)
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["model_sha256"] = sha256_file(folder / "model.joblib")
    (folder / "metadata.json").write_text(json.dumps(metadata))
    return copy


def test_a_model_file_that_is_not_joblib_is_refused_in_one_line(make_app, models_dir, tmp_path):
    client = make_app(MODELS_DIR=_not_joblib(models_dir, tmp_path)).test_client()
    reason = client.get("/readyz").get_json()["errors"]["models"]["credibility-fr"]
    assert reason.startswith("refused: model.joblib cannot be read as a scikit-learn pipeline: ")
    assert "\n" not in reason


def test_readiness_reasons_show_paths_relative_to_the_models_folder(
    make_app, tampered_models_dir
):
    client = make_app(MODELS_DIR=tampered_models_dir).test_client()
    reason = client.get("/readyz").get_json()["errors"]["models"]["credibility-fr"]
    assert "sha256" in reason
    for root in (tampered_models_dir, tampered_models_dir.resolve()):
        assert str(root) not in reason
    assert f"credibility-fr/{TEST_VERSION}/model.joblib" in reason
