"""Small stand-ins shared by the training tests: a cheap feature transformer and corpora.

The stand-in lives in an importable module (not in a test function) so that worker processes
can unpickle it when a test featurises with ``jobs=2``.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from training.features.errors import EmptyDocumentError

STANDIN_NAMES = ("log_words", "quotes", "selon", "short_nan")
_WORD = re.compile(r"\w+")


class CountingFeatures(TransformerMixin, BaseEstimator):
    """Counts words, quotation marks and "selon"; one feature is NaN below 8 words."""

    def __init__(self, language: str = "fr"):
        self.language = language

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        rows = []
        for document in X:
            text = document if isinstance(document, str) else (
                document.get("text") or re.sub(r"<[^>]+>", " ", document.get("html") or "")
            )
            words = _WORD.findall(text)
            if not words:
                raise EmptyDocumentError("no text left to analyse")
            rows.append([
                math.log1p(len(words)),
                float(text.count("«")),
                float(sum(w.lower() == "selon" for w in words)),
                math.nan if len(words) < 8 else float(len(set(words)) / len(words)),
            ])
        return np.asarray(rows, dtype=float).reshape(len(rows), len(STANDIN_NAMES))

    def get_feature_names_out(self, input_features=None):
        return np.asarray(STANDIN_NAMES, dtype=object)


SOURCED = (
    "Selon le maire, Paul Durand, « le budget est tenu ». Selon la préfecture, les travaux "
    "commenceront en mai. « Nous avons vérifié les devis », a déclaré l'adjointe."
)
UNSOURCED = (
    "Tout le monde le sait depuis longtemps, la ville va encore dépenser sans compter et "
    "personne ne dira rien, comme d'habitude, parce que c'est ainsi."
)


def synthetic_rows(n_groups: int = 10, per_group: int = 12, seed: int = 0) -> list[dict]:
    """Corpus-format objects: half the groups (outlets) sourced (label 1), half not.

    A few articles of each outlet get the other style so that the problem is not separable.
    """
    rng = np.random.default_rng(seed)
    rows = []
    for g in range(n_groups):
        label = g % 2
        for i in range(per_group):
            sourced = (rng.random() < 0.8) == bool(label)
            body = SOURCED if sourced else UNSOURCED
            body = " ".join([body] * int(rng.integers(1, 4)))
            if i == 0:
                body = "Court."  # too short: the stand-in's last feature is NaN
            rows.append({
                "id": f"g{g}-{i}", "language": "fr", "title": f"Article {g}-{i}", "text": body,
                "label": label, "group": f"outlet-{g}",
            })
    return rows


def write_jsonl(path: Path, rows: list) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False))
                         + "\n")
    return path
