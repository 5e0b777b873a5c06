"""Sourcing features of a news article, as a scikit-learn transformer.

``training.features.ArticleFeatures`` is recorded (by module path) in every saved model:
treat it as public API; moving it needs a migration.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .errors import EmptyDocumentError, InputError, UnsupportedLanguageError
from .extract import MIN_WORDS, analyse_document
from .language import SUPPORTED, detect_language
from .types import FEATURE_NAMES, SOURCE_TYPES, Analysis, Evidence

__all__ = [
    "FEATURE_NAMES",
    "SOURCE_TYPES",
    "SUPPORTED",
    "Analysis",
    "ArticleFeatures",
    "EmptyDocumentError",
    "Evidence",
    "InputError",
    "UnsupportedLanguageError",
    "analyse_document",
    "detect_language",
    "features_fingerprint",
]


@cache
def features_fingerprint() -> str:
    """sha256 of the feature code and lexicons: a saved model records it, because a lexicon
    edit changes the features a model sees without changing its file."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.toml")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


class ArticleFeatures(TransformerMixin, BaseEstimator):
    """Hand-engineered sourcing features of news articles.

    Parameters
    ----------
    language : str or None
        Force this language ("fr", "en") for every document; None reads each document's
        ``language`` key, else detects it.
    min_words : int
        Below this many words every feature but ``log_words`` is NaN (not applicable).

    Notes
    -----
    Stateless: ``fit`` learns nothing. Documents are strings (plain text) or mappings with
    ``text`` or ``html`` and optional ``title``, ``language``, ``id``. spaCy pipelines load
    lazily, once per process, and are never part of the pickled estimator.
    """

    def __init__(self, language: str | None = None, min_words: int = MIN_WORDS):
        self.language = language
        self.min_words = min_words

    def fit(self, X, y=None):
        self.n_features_out_ = len(FEATURE_NAMES)
        return self

    def analyse(self, X: Iterable[str | Mapping]) -> list[Analysis]:
        """Values and evidence of each document, from one computation."""
        return [
            analyse_document(doc, language=self.language, min_words=self.min_words)
            for doc in _as_documents(X)
        ]

    def transform(self, X) -> np.ndarray:
        analyses = self.analyse(X)
        return np.array([a.row() for a in analyses], dtype=float).reshape(
            len(analyses), len(FEATURE_NAMES)
        )

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.asarray(FEATURE_NAMES, dtype=object)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.input_tags.dict = True
        tags.requires_fit = False
        tags.transformer_tags.preserves_dtype = []
        return tags


def _as_documents(X) -> list:
    if isinstance(X, (str, Mapping)):
        raise InputError("X must be a list of documents, not a single document")
    if hasattr(X, "tolist"):
        X = X.tolist()
    return list(X)
