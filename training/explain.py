"""Exact explanations of a fitted pipeline's score, in log-odds.

The saved pipeline is ``features -> SimpleImputer(mean) -> StandardScaler -> LogisticRegression``.
For a feature row ``x`` (what ``ArticleFeatures.transform`` returns, NaN where a feature does not
apply)::

    z             = (impute(x) - scaler.mean_) / scaler.scale_
    contributions = clf.coef_[0] * z                 (one per feature, in log-odds)
    base          = clf.intercept_[0]
    logit         = base + sum(contributions)
    score         = 1 / (1 + exp(-logit))            == pipeline[1:].predict_proba(x)[:, 1]

A NaN feature is imputed with the training mean, so z = 0 and its contribution is exactly 0.
Calibration (Platt scaling) is folded into ``coef_`` and ``intercept_`` by :func:`fold_affine`, so
the same identity holds for the calibrated score with no special case.

Everything here is a pure function of the pipeline and the row: no spaCy, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.special import expit
from scipy.special import logit as special_logit
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

RATINGS = ("low", "medium", "high")


@dataclass(frozen=True)
class Explanation:
    """The score of one article and its decomposition (log-odds)."""

    base: float
    contributions: dict[str, float]
    values: dict[str, float | None]
    z: dict[str, float]
    logit: float
    score: float

    def to_dict(self) -> dict:
        return {
            "base": self.base,
            "contributions": dict(self.contributions),
            "values": dict(self.values),
            "logit": self.logit,
            "score": self.score,
        }


@dataclass(frozen=True)
class MatrixExplanation:
    """Explanations of a matrix of rows: arrays, one row per article."""

    base: float
    contributions: np.ndarray  # (n, k)
    z: np.ndarray  # (n, k)
    logit: np.ndarray  # (n,)
    score: np.ndarray  # (n,)
    feature_names: tuple[str, ...]

    def row(self, i: int, values: Sequence[float] | None = None) -> Explanation:
        names = self.feature_names
        raw = [None] * len(names) if values is None else [
            None if _isnan(v) else float(v) for v in values
        ]
        return Explanation(
            base=self.base,
            contributions={n: float(c) for n, c in zip(names, self.contributions[i], strict=True)},
            values=dict(zip(names, raw, strict=True)),
            z={n: float(v) for n, v in zip(names, self.z[i], strict=True)},
            logit=float(self.logit[i]),
            score=float(self.score[i]),
        )


def _isnan(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _find(pipeline, name: str, kind: type):
    """A step by its conventional name, else by type (pipelines built elsewhere)."""
    steps = getattr(pipeline, "named_steps", {})
    if name in steps and isinstance(steps[name], kind):
        return steps[name]
    for _, step in getattr(pipeline, "steps", []):
        if isinstance(step, kind):
            return step
    raise ValueError(f"the pipeline has no {kind.__name__} step")


def pipeline_parts(pipeline) -> tuple[SimpleImputer, StandardScaler, LogisticRegression]:
    """The imputer, scaler and classifier of a fitted pipeline (full or without features)."""
    imputer = _find(pipeline, "impute", SimpleImputer)
    scaler = _find(pipeline, "scale", StandardScaler)
    clf = _find(pipeline, "clf", LogisticRegression)
    if clf.coef_.shape[0] != 1:
        raise ValueError("only a binary LogisticRegression can be explained")
    return imputer, scaler, clf


def feature_names_of(pipeline, n_features: int) -> tuple[str, ...]:
    first = pipeline.steps[0][1] if hasattr(pipeline, "steps") else None
    if first is not None and hasattr(first, "get_feature_names_out") and not isinstance(
        first, SimpleImputer
    ):
        try:
            names = tuple(str(n) for n in first.get_feature_names_out())
            if len(names) == n_features:
                return names
        except Exception:  # noqa: BLE001 - a stand-in transformer may not know its names
            pass
    return tuple(f"x{i}" for i in range(n_features))


def standardise(pipeline, X) -> np.ndarray:
    """``z``: the imputed, scaled rows exactly as the classifier sees them."""
    imputer, scaler, _ = pipeline_parts(pipeline)
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X.reshape(1, -1)
    return scaler.transform(imputer.transform(X))


def explain_matrix(pipeline, X, feature_names: Sequence[str] | None = None) -> MatrixExplanation:
    """Decompose the score of every row of ``X`` (feature rows, before imputation).

    Parameters
    ----------
    pipeline : Pipeline
        The fitted model (with or without its ``features`` step).
    X : array-like of shape (n_samples, n_features) or (n_features,)
        Rows from ``ArticleFeatures.transform``; NaN where a feature does not apply.
    feature_names : sequence of str, optional
        Defaults to the feature step's ``get_feature_names_out()``.
    """
    _, _, clf = pipeline_parts(pipeline)
    z = standardise(pipeline, X)
    coef = clf.coef_[0]
    base = float(clf.intercept_[0])
    contributions = z * coef
    logit = base + contributions.sum(axis=1)
    names = tuple(feature_names) if feature_names is not None else feature_names_of(
        pipeline, z.shape[1]
    )
    return MatrixExplanation(
        base=base,
        contributions=contributions,
        z=z,
        logit=logit,
        score=sigmoid(logit),
        feature_names=names,
    )


def explain_row(pipeline, row, feature_names: Sequence[str] | None = None) -> Explanation:
    """Decompose the score of one feature row (see :func:`explain_matrix`)."""
    values = np.asarray(row, dtype=float).reshape(-1)
    return explain_matrix(pipeline, values.reshape(1, -1), feature_names).row(0, values)


def sigmoid(x):
    """The logistic function (``scipy.special.expit``, as ``predict_proba`` uses)."""
    out = expit(np.asarray(x, dtype=float))
    return out if np.ndim(out) else float(out)


def logit(p):
    """``log(p / (1 - p))``."""
    out = special_logit(np.asarray(p, dtype=float))
    return out if np.ndim(out) else float(out)


def fold_affine(clf: LogisticRegression, slope: float, intercept: float) -> LogisticRegression:
    """Fold a Platt map ``logit' = slope * logit + intercept`` into the classifier, in place.

    After this, ``clf.predict_proba`` returns the calibrated probability and ``coef_`` /
    ``intercept_`` are the calibrated contributions' coefficients and base value.
    """
    if not slope > 0:
        # A non-positive slope would reverse or flatten the ranking: refuse, never hide it.
        raise ValueError(f"calibration slope must be positive, got {slope}")
    clf.coef_ = np.asarray(clf.coef_, dtype=float) * float(slope)
    clf.intercept_ = np.asarray(clf.intercept_, dtype=float) * float(slope) + float(intercept)
    return clf


def rating(score: float, thresholds: Mapping[str, float]) -> str:
    """``low`` below ``thresholds["low"]``, ``high`` from ``thresholds["high"]``, else ``medium``.

    Both bounds are probabilities recorded in the model's metadata (``rating_thresholds``).
    """
    low, high = float(thresholds["low"]), float(thresholds["high"])
    if low > high:
        raise ValueError(f"rating thresholds out of order: low {low} > high {high}")
    score = float(score)
    if math.isnan(score):
        raise ValueError("score is NaN")
    if score < low:
        return "low"
    if score >= high:
        return "high"
    return "medium"
