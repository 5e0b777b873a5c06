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
