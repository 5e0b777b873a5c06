"""``python -m training fit`` / ``evaluate``: bad input is one line on stderr and exit code 2;
and the real pipeline end to end on the project corpus."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.training.helpers import synthetic_rows, write_jsonl
from training.artifacts import load_model_dir
from training.explain import explain_matrix, logit

ROOT = Path(__file__).resolve().parents[2]


def _main():
    try:
        from training.__main__ import main
    except ImportError:
        pytest.skip("training/__main__.py is not there yet")
    return main


def _run(capsys, argv):
    code = _main()(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture()
def bad_corpus(tmp_path):
    rows = synthetic_rows(n_groups=2, per_group=2)
    rows[2] = {k: v for k, v in rows[2].items() if k != "label"}
    return write_jsonl(tmp_path / "bad.jsonl", rows)


def test_fit_bad_corpus_line(capsys, tmp_path, bad_corpus):
    models = tmp_path / "models"
    code, _, err = _run(capsys, ["fit", "--corpus", str(bad_corpus), "--language", "fr",
                                 "--name", "m", "--version", "1", "--models-dir", str(models)])
    assert code == 2
    line = _one_line_error(err)
    assert f"{bad_corpus}: line 3: missing 'label'" in line
    assert not (models / "m" / "1").exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--corpus", "no_such_corpus"], "not one of the known corpora"),
        (["--corpus", "CORPUS", "--version", "../x"], "bad model version"),
        (["--corpus", "CORPUS", "--jobs", "0"], "--jobs must be at least 1"),
        (["--corpus", "CORPUS", "--cv-folds", "1"], "--cv-folds must be at least 2"),
    ],
)
def test_fit_bad_arguments(capsys, tmp_path, synthetic_corpus_path, extra, message):
    extra = [str(synthetic_corpus_path) if e == "CORPUS" else e for e in extra]
    argv = ["fit", "--language", "fr", "--name", "m", "--version", "1",
            "--models-dir", str(tmp_path)] + extra
    code, _, err = _run(capsys, argv)
    assert code == 2
    assert message in _one_line_error(err)


def test_fit_refuses_existing_version_before_fitting(capsys, standin_model_dir,
                                                     synthetic_corpus_path):
    models = standin_model_dir.parent.parent
    code, _, err = _run(capsys, ["fit", "--corpus", str(synthetic_corpus_path), "--language",
                                 "fr", "--name", "standin", "--version", "1.0.0",
                                 "--models-dir", str(models)])
    assert code == 2
    assert "already exists" in _one_line_error(err)


def test_evaluate_bad_model(capsys, tmp_path, standin_model_dir, synthetic_corpus_path):
    code, _, err = _run(capsys, ["evaluate", "--model", str(tmp_path / "nothing"),
                                 "--corpus", str(synthetic_corpus_path)])
    assert code == 2 and "no such model directory" in _one_line_error(err)
    tampered = tmp_path / "standin" / "1.0.0"
    shutil.copytree(standin_model_dir, tampered)
    with open(tampered / "model.joblib", "ab") as handle:
        handle.write(b"x")
    code, _, err = _run(capsys, ["evaluate", "--model", str(tampered),
                                 "--corpus", str(synthetic_corpus_path)])
    assert code == 2 and "refusing to load a modified model" in _one_line_error(err)


def test_evaluate_bad_corpus(capsys, standin_model_dir, bad_corpus):
    code, _, err = _run(capsys, ["evaluate", "--model", str(standin_model_dir),
                                 "--corpus", str(bad_corpus)])
    assert code == 2 and "line 3" in _one_line_error(err)


def test_subprocess_bad_input(tmp_path, bad_corpus):
    if not (ROOT / "training" / "__main__.py").is_file():
        pytest.skip("training/__main__.py is not there yet")
    result = subprocess.run(
        [sys.executable, "-m", "training", "fit", "--corpus", str(bad_corpus), "--language",
         "fr", "--name", "m", "--version", "1", "--models-dir", str(tmp_path / "models")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 2
    assert "line 3" in _one_line_error(result.stderr)
    assert not (tmp_path / "models" / "m" / "1").exists()


# --------------------------------------------------------------------------- end to end


def test_end_to_end_on_the_project_corpus(project_model_dir, data_dir, capsys):
    loaded = load_model_dir(project_model_dir, models_root=project_model_dir.parents[1])
    meta = loaded.metadata
    from training.features import FEATURE_NAMES

    assert meta["feature_names"] == list(FEATURE_NAMES)
    assert meta["features"]["class"] == "training.features.ArticleFeatures"
    assert meta["libraries"]["spacy_pipeline"]["version"]
    assert meta["metrics"]["cross_validation"]["scheme"]["group_disjoint"]
    example = json.loads((project_model_dir / "input_example.json").read_text())
    features = loaded.pipeline.named_steps["features"]
    X = features.transform([example])
    e = explain_matrix(loaded.pipeline, X)
    assert e.feature_names == tuple(FEATURE_NAMES)
    assert e.score[0] == pytest.approx(loaded.pipeline.predict_proba([example])[0, 1],
                                       abs=1e-12)
    assert e.base + e.contributions.sum() == pytest.approx(logit(e.score[0]), abs=1e-9)
    np.testing.assert_array_equal(e.contributions[np.isnan(X)], 0.0)

    code, out, err = _run(capsys, ["evaluate", "--model", str(project_model_dir), "--corpus",
                                   str(data_dir / "corpus" / "fr.jsonl"), "--json", "--quiet",
                                   "--bootstrap", "50"])
    assert code == 0, err
    report = json.loads(out)
    entry = report["corpora"][0]
    assert entry["in_training"] and entry["baseline"]["metrics"]["n"] > 0


def test_fit_records_the_command_that_made_the_model(project_model_dir):
    metadata = json.loads((project_model_dir / "metadata.json").read_text())
    fit = metadata["reproduce"]["fit"]
    assert fit.startswith("python -m training fit --corpus data/corpus/fr.jsonl --language fr "
                          "--name credibility-fr --version 0.0.1 --models-dir ")
    assert metadata["reproduce"]["evaluate"].startswith(
        f"python -m training evaluate --model {project_model_dir}")
    assert fit in (project_model_dir / "README.md").read_text()
