"""The model card says what an auditor needs, and its plots exist."""

from __future__ import annotations

import copy
import re

from training.card import PLOTS, coefficient_sentence, render_card


def test_card_sections_and_links(standin_model_dir):
    card = (standin_model_dir / "README.md").read_text()
    for heading in ("## Intended use", "## Out of scope", "## Training data and licence",
                    "## Metrics", "## Ratings", "## What the coefficients mean", "## Caveats",
                    "## Reproduce"):
        assert heading in card
    assert "Labels are outlet-level proxies" in card
    assert "Satire is not misinformation" in card
    # Metrics come with intervals, e.g. "0.912 [0.850, 0.960]".
    assert re.search(r"\| cross-validation \(pooled out-of-fold\) \| 120 \| \d\.\d{3} "
                     r"\[\d\.\d{3}, \d\.\d{3}\]", card)
    assert "bag-of-words baseline" in card
    for name in PLOTS.values():
        assert f"]({name})" in card
        assert (standin_model_dir / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for feature in ("log_words", "quotes", "selon", "short_nan"):
        assert f"**{feature}**" in card
    assert "not stated" in card  # a corpus-format file has no recorded licence


def test_card_inherits_non_commercial_licence(standin_fit):
    meta = copy.deepcopy(standin_fit.metadata)
    meta.update(name="m", version="1", created_at="2025-01-01T00:00:00Z", git_commit=None,
                model_sha256="0" * 64, libraries={"scikit-learn": "1.9.1"})
    meta["training_corpora"][0].update(name="fresada_train",
                                       licence="CC BY-NC-SA 4.0 (non-commercial)")
    card = render_card(meta)
    assert "**Non-commercial.**" in card
    assert "inherits that restriction" in card and "fresada_train" in card


def test_card_flags_cross_validation_that_is_not_group_disjoint(standin_fit):
    meta = copy.deepcopy(standin_fit.metadata)
    meta.update(name="m", version="1")
    meta["metrics"]["cross_validation"]["scheme"].update(group_disjoint=False, groups=1,
                                                         splitter="StratifiedKFold")
    assert "not outlet-disjoint" in render_card(meta)


def test_coefficient_sentence():
    up = coefficient_sentence("named_sources", 0.693, 2.0, 3.0)
    assert "raises the score" in up and "multiplied by 2.00" in up and "named sources" in up
    down = coefficient_sentence("anonymous_sources", -0.693, 1.0, 0.5)
    assert "lowers the score" in down and "divided by 2.00" in down
    assert "almost no effect" in coefficient_sentence("quotations", 0.01, 1.0, 1.0)


def _uncalibrated(standin_fit) -> dict:
    meta = copy.deepcopy(standin_fit.metadata)
    meta.update(name="m", version="1")
    meta["calibration"] = {"applied": False, "reason": "disabled (--no-calibrate)"}
    return meta


def test_an_uncalibrated_model_is_not_called_calibrated(standin_fit):
    from training.card import coefficient_axis_label

    meta = _uncalibrated(standin_fit)
    card = render_card(meta)
    assert "calibrated probability" not in card and "calibration included" not in card
    assert "not calibrated" in card and "no calibration step" in card
    assert "(calibrated)" not in coefficient_axis_label(meta)
    calibrated = copy.deepcopy(standin_fit.metadata)
    calibrated.update(name="m", version="1")
    assert calibrated["calibration"]["applied"]
    assert "calibrated probability" in render_card(calibrated)
    assert coefficient_axis_label(calibrated).endswith("(calibrated)")


def test_a_card_without_bootstrap_says_no_intervals_were_computed(synthetic_corpus_path):
    from tests.training.helpers import CountingFeatures
    from training.corpus import load_corpus
    from training.fit import fit_model

    result = fit_model([load_corpus(synthetic_corpus_path)], "fr", features=CountingFeatures(),
                       n_boot=0, progress=False, baseline=False)
    meta = {**result.metadata, "name": "m", "version": "1"}
    card = render_card(meta)
    assert "bootstrap intervals" not in card.replace("No bootstrap intervals were computed", "")
    assert "No bootstrap intervals were computed" in card


def test_the_card_gives_the_exact_command_that_made_the_model(
    tmp_path, synthetic_corpus_path, standin_fit
):
    import argparse

    from training.commands.fit import reproduce_commands
    from training.corpus import load_corpus

    # As training/reference_models.py calls fit for credibility-fr.
    args = argparse.Namespace(
        corpus=[str(synthetic_corpus_path)], heldout=[str(synthetic_corpus_path)],
        language="fr", name="credibility-fr", version="2026.12.01", models_dir=tmp_path / "m",
        jobs=2, calibrate=False, group_by_corpus=True, fixed_ratings=True, cv_folds=5, seed=0,
        bootstrap=1000, baseline=True, quiet=True, C=None, group_weights=True,
    )
    corpus = load_corpus(synthetic_corpus_path)
    commands = reproduce_commands(args, [corpus], [corpus])
    spec = corpus.spec
    assert commands["fit"] == (
        f"python -m training fit --corpus {spec} --language fr --name credibility-fr "
        f"--version 2026.12.01 --models-dir {tmp_path / 'm'} --group-by-corpus "
        f"--fixed-ratings --no-calibrate --heldout {spec}"
    )
    assert commands["evaluate"] == (f"python -m training evaluate --model "
                                    f"{tmp_path / 'm' / 'credibility-fr' / '2026.12.01'} "
                                    "--corpus ...")
    meta = {**copy.deepcopy(standin_fit.metadata), "name": "credibility-fr",
            "version": "2026.12.01", "reproduce": commands}
    card = render_card(meta)
    assert commands["fit"] in card and commands["evaluate"] in card
    assert "models/credibility-fr/2026.12.01" not in card
