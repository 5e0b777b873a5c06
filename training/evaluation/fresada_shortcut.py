"""Where "crude regex counts reach about 0.93 across FreSaDa outlets" comes from.

    python -m training.evaluation.fresada_shortcut [--shared ../shared]

../shared/eval/README.md says that six crude regex sourcing counts and the length reach an AUC
of about 0.93 on ``fresada_validation`` when fitted on ``fresada_train``. This script fits such
counts (logistic regression on standardised counts, like the reference models) and prints, for
each count, its single-feature AUC on both splits, then the held-out AUC of the model with and
without the count of French guillemets « ». It shows that the figure rests on typography: the
satire outlets of both splits print « », the regular ones straight quotes, so the guillemet count
alone carries the model, with a large negative weight. A credibility score that fell whenever
an article quotes someone in « » would reward the opposite of sourcing, which is why the
reference model does not use typography (README, "Reference models"). Prints figures; asserts
nothing. Without ../shared/eval it says so and exits 0.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

from . import SHARED

# Counted over title + text, case-insensitively.
CRUDE_COUNTS: dict[str, str] = {
    "selon": r"\b(?:selon|d'après|d’après)\b",
    "reporting_verb": r"\b(?:a|ont|avait|avaient)\s+(?:déclaré|indiqué|affirmé|expliqué|précisé"
                      r"|annoncé|estimé|assuré|confirmé|souligné|ajouté|dit)\b",
    "incise": r"\b(?:a-t-(?:il|elle)|(?:explique|précise|ajoute|dit|affirme)-t-(?:il|elle)"
              r"|selon (?:lui|elle))\b",
    "conditional": r"\b\w+(?:rait|raient)\b",
    "source_word": r"\bsources?\b",
    "guillemets": r"[«»]",
    "straight_quotes": r"\"",
    "digits": r"\d+",
}
TYPOGRAPHY = ("guillemets", "straight_quotes")
_PATTERNS = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in CRUDE_COUNTS.items()}


def crude_counts(text: str) -> dict[str, float]:
    """Each crude count of ``text``, and the log of its number of words."""
    counts: dict[str, float] = {
        name: float(len(pattern.findall(text))) for name, pattern in _PATTERNS.items()
    }
    counts["log_words"] = math.log(max(len(text.split()), 1))
    return counts


def _matrix(articles, names: list[str]):
    import numpy as np

    rows = []
    for article in articles:
        counts = crude_counts(f"{article.title or ''}\n{article.text or ''}")
        rows.append([counts[name] for name in names])
    labels = np.array([article.label for article in articles])
    return np.array(rows, dtype=float), labels


def held_out_auc(train, test, columns: list[int]) -> tuple[float, list[float]]:
    """AUC on ``test`` of a logistic regression on standardised counts fitted on ``train``;
    and its coefficients (log-odds per standard deviation)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    (x_train, y_train), (x_test, y_test) = train, test
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(x_train[:, columns], y_train)
    scores = model.predict_proba(x_test[:, columns])[:, 1]
    return float(roc_auc_score(y_test, scores)), model[-1].coef_[0].tolist()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.evaluation.fresada_shortcut",
                                     description=__doc__.split("\n\n")[1].strip())
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    directory = args.shared / "eval"
    paths = [directory / f"fresada_{split}.jsonl" for split in ("train", "validation")]
    if not all(path.is_file() for path in paths):
        print(f"skipped: {directory} has no fresada_train.jsonl / fresada_validation.jsonl")
        return 0
    from sklearn.metrics import roc_auc_score

    from training.corpus import load_fresada

    names = [*CRUDE_COUNTS, "log_words"]
    train, validation = (_matrix(load_fresada(path), names) for path in paths)
    print(f"{'count':16} {'AUC train':>9} {'AUC validation':>14}   (regular = 1, satire = 0)")
    for i, name in enumerate(names):
        aucs = [roc_auc_score(y, x[:, i]) for x, y in (train, validation)]
        print(f"{name:16} {aucs[0]:9.3f} {aucs[1]:14.3f}")
    sourcing = [i for i, name in enumerate(names) if name not in (*TYPOGRAPHY, "digits")]
    guillemets = names.index("guillemets")
    print("\nlogistic regression fitted on fresada_train, AUC on fresada_validation:")
    for label, columns in (
        ("sourcing counts + length", sourcing),
        ("sourcing counts + length + guillemets", [*sourcing, guillemets]),
        ("guillemets alone", [guillemets]),
    ):
        auc, coefficients = held_out_auc(train, validation, columns)
        weights = ", ".join(f"{names[c]} {w:+.2f}" for c, w in zip(columns, coefficients,
                                                                   strict=True))
        print(f"  {label:40} {auc:.3f}   ({weights})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
