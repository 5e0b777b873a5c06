"""Model directories built once per test session (fitting is the slow part)."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from tests.training.helpers import CountingFeatures, synthetic_rows, write_jsonl
from training.corpus import load_corpus


@pytest.fixture(scope="session")
def synthetic_corpus_path(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    return write_jsonl(folder / "synthetic.jsonl", synthetic_rows())


@pytest.fixture(scope="session")
def standin_fit(synthetic_corpus_path):
    """A FitResult from the stand-in features on the synthetic corpus (fast)."""
    from training.fit import fit_model

    corpus = load_corpus(synthetic_corpus_path)
    return fit_model([corpus], "fr", features=CountingFeatures(), n_boot=200, progress=False)


@pytest.fixture(scope="session")
def standin_model_dir(tmp_path_factory, standin_fit) -> Path:
    """A saved model directory (card and plots included) from :func:`standin_fit`."""
    from training.artifacts import save_model_dir
    from training.card import write_card_and_plots
    from training.fit import input_example

    models = tmp_path_factory.mktemp("models")
    return save_model_dir(
        models, "standin", "1.0.0", standin_fit.pipeline, standin_fit.metadata,
        input_example=input_example("fr"),
        write_extras=lambda folder, meta: write_card_and_plots(folder, meta, standin_fit.curves),
    )


@pytest.fixture(scope="session")
def project_model_dir(tmp_path_factory, data_dir) -> Path:
    """The real pipeline trained by the CLI on the project's French corpus (skips without it)."""
    corpus = data_dir / "corpus" / "fr.jsonl"
    if not corpus.is_file():
        pytest.skip("data/corpus/fr.jsonl is not there yet")
    try:
        import training.features  # noqa: F401
    except ImportError:
        pytest.skip("training.features is not there yet")
    from training.commands import fit as fit_command

    models = tmp_path_factory.mktemp("models")
    args = argparse.Namespace(
        corpus=[str(corpus)], heldout=[], language="fr", name="credibility-fr", version="0.0.1",
        models_dir=models, jobs=1, calibrate=True, cv_folds=5, seed=0, bootstrap=200,
        baseline=True, quiet=True, C=None, group_weights=True,
    )
    return fit_command.train(args, out=io.StringIO())
