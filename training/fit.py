"""Fit, cross-validate and calibrate the credibility pipeline; build its metadata.

The features are computed once (they are stateless), on ``jobs`` worker processes; everything
after them (imputer, scaler, logistic regression, calibration) is cheap and is refitted inside
every fold. Cross-validation is group-disjoint (``StratifiedGroupKFold`` on ``group``: a
GroupKFold that also balances the labels, so that each test fold holds both classes and its AUC
is defined). Calibration is Platt scaling of cross-validated logits, folded into the
classifier's ``coef_`` and ``intercept_`` (:func:`training.explain.fold_affine`): the saved
pipeline is the calibrated model, and ``base + sum(contributions) == logit(score)`` holds for it.
The cross-validated scores are those of the whole procedure (calibration included, with its own
inner folds inside each outer training part), so they are honest estimates for the saved model.

Two choices that matter on real corpora, where labels belong to outlets:

- every group (outlet) gets the same total sample weight (``group_weights``): otherwise the
  largest outlet sets the coefficients, and the model learns its house style (on ReCOVery +
  Horne, this alone moves the publisher-grouped AUC from about 0.51 to about 0.69 with the
  first version of the features);
- the regularisation strength ``C`` is chosen among :data:`C_GRID` by the same inner group
  cross-validation that supplies the calibration logits.
"""

from __future__ import annotations

import math
import pickle
import warnings
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.impute import SimpleImputer
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from tqdm.auto import tqdm

from training.constrained import SignConstrainedLogisticRegression
from training.corpus import Article, Corpus, language_mismatch
from training.evaluate import (
    baseline_scores,
    compute_metrics,
    fit_baseline,
    summarise,
)
from training.explain import fold_affine

DECISION_THRESHOLD = 0.5
TARGET_PRECISION = 0.9
# A rating band chosen on fewer articles than this share of the training data is noise.
MIN_BAND_SHARE = 0.05
MAX_EXCLUDED_IN_METADATA = 100


class FitError(ValueError):
    """The data cannot support the requested fit (one class, too few groups...)."""


# --------------------------------------------------------------------------- featurising

_WORKER_FEATURES = None


def _init_worker(payload: bytes) -> None:
    # One transformer per worker process: spaCy pipelines load lazily, once per process.
    global _WORKER_FEATURES
    _WORKER_FEATURES = pickle.loads(payload)


def _input_errors() -> tuple[type[BaseException], ...]:
    try:
        from training.features.errors import InputError
    except ImportError:  # pragma: no cover - the features package is part of the project
        return (ValueError,)
    return (InputError,)


def _transform_chunk(features, start: int, documents: list[dict]):
    """Rows for a chunk; a document the extractor refuses becomes a NaN row and a failure."""
    errors = _input_errors()
    try:
        return start, np.asarray(features.transform(documents), dtype=float), []
    except errors:
        pass
    rows, failures = [], []
    for offset, document in enumerate(documents):
        try:
            rows.append(np.asarray(features.transform([document]), dtype=float)[0])
        except errors as error:
            failures.append((start + offset, str(error)))
            rows.append(None)
    width = next((len(r) for r in rows if r is not None), 0)
    matrix = np.full((len(documents), width), np.nan)
    for i, row in enumerate(rows):
        if row is not None:
            matrix[i] = row
    return start, matrix, failures


def _worker_chunk(start: int, documents: list[dict]):
    return _transform_chunk(_WORKER_FEATURES, start, documents)


def featurise(
    documents: Sequence[dict],
    features,
    *,
    jobs: int = 1,
    chunk_size: int = 32,
    progress: bool = True,
    description: str = "features",
) -> tuple[np.ndarray, list[tuple[int, str]]]:
    """Feature rows of ``documents`` with a progress bar, on ``jobs`` processes.

    Returns
    -------
    X : ndarray of shape (n_documents, n_features)
        NaN where a feature does not apply; an all-NaN row for a refused document.
    failures : list of (index, message)
        Documents the extractor refused (``InputError``), e.g. empty after HTML cleaning.
    """
    documents = list(documents)
    chunks = [(i, documents[i:i + chunk_size]) for i in range(0, len(documents), chunk_size)]
    results: dict[int, np.ndarray] = {}
    failures: list[tuple[int, str]] = []
    bar = tqdm(total=len(documents), desc=description, unit="doc", disable=not progress,
               leave=False)
    try:
        if jobs <= 1 or len(chunks) <= 1:
            for start, chunk in chunks:
                _, rows, failed = _transform_chunk(features, start, chunk)
                results[start] = rows
                failures += failed
                bar.update(len(chunk))
        else:
            payload = pickle.dumps(features)
            with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                     initargs=(payload,)) as pool:
                futures = {pool.submit(_worker_chunk, start, chunk): len(chunk)
                           for start, chunk in chunks}
                for future in as_completed(futures):
                    start, rows, failed = future.result()
                    results[start] = rows
                    failures += failed
                    bar.update(futures[future])
    finally:
        bar.close()
    if not documents:
        return np.empty((0, 0)), []
    width = max(rows.shape[1] for rows in results.values())
    X = np.full((len(documents), width), np.nan)
    for start, rows in results.items():
        if rows.shape[1]:
            X[start:start + rows.shape[0]] = rows
    return X, sorted(failures)


@dataclass
class Featurised:
    """The rows of the articles the extractor accepted, and the ones it refused."""

    X: np.ndarray
    articles: list[Article]
    excluded: list[dict[str, str]] = field(default_factory=list)

    @property
    def y(self) -> np.ndarray:
        return np.array([a.label for a in self.articles], dtype=int)

    @property
    def groups(self) -> np.ndarray:
        return np.array([a.group for a in self.articles], dtype=object)


def featurise_articles(
    articles: Sequence[Article], features, *, jobs: int = 1, progress: bool = True,
    description: str = "features",
) -> Featurised:
    X, failures = featurise([a.to_document() for a in articles], features, jobs=jobs,
                            progress=progress, description=description)
    refused = {index: message for index, message in failures}
    keep = [i for i in range(len(articles)) if i not in refused]
    excluded = [{"id": articles[i].id, "reason": refused[i]} for i in sorted(refused)]
    return Featurised(X=X[keep] if len(articles) else X, articles=[articles[i] for i in keep],
                      excluded=excluded)


# --------------------------------------------------------------------------- model


def make_tail(random_state: int = 0, C: float = 1.0) -> Pipeline:
    """Everything after the features: imputer, scaler, logistic regression."""
    return Pipeline([
        # keep_empty_features: a feature that never applies in training (all NaN) keeps its
        # column (imputed 0, scaled 0, contribution 0) instead of shifting the others.
        ("impute", SimpleImputer(strategy="mean", keep_empty_features=True)),
        ("scale", StandardScaler()),
        ("clf", SignConstrainedLogisticRegression(C=C, max_iter=1000,
                                                  random_state=random_state)),
    ])


def group_weights(groups) -> np.ndarray:
    """Sample weights that give every group (outlet) the same total weight, mean 1.

    Labels belong to outlets, so an outlet is the unit of evidence: without this, one outlet
    with a quarter of the articles (ReCOVery's Chicago Sun-Times) would set the coefficients
    and the model would learn its house style.
    """
    _, index, counts = np.unique(np.asarray(groups, dtype=str), return_inverse=True,
                                 return_counts=True)
    weights = 1.0 / counts[index]
    return weights * (weights.size / weights.sum())


def align_scaler_to_imputer(tail: Pipeline) -> Pipeline:
    """Make the scaler's mean the imputer's mean, bit for bit.

    The scaler's mean of the imputed column equals the imputer's mean mathematically, but the
    two are summed in different orders and can differ in the last bit; then an imputed value
    (a feature that does not apply) would get z = 1e-16 instead of exactly 0. The scale is
    unaffected at that precision.
    """
    imputer, scaler = tail.named_steps["impute"], tail.named_steps["scale"]
    scaler.mean_ = np.asarray(imputer.statistics_, dtype=float).copy()
    return tail


def make_splitter(y, groups, n_folds: int, random_state: int = 0):
    """Group-disjoint folds when there are two groups or more, else stratified folds.

    Returns ``(splitter, description)``; ``description["group_disjoint"]`` says which.
    """
    y = np.asarray(y)
    n_groups = len(set(groups))
    minority = int(min(np.sum(y == 0), np.sum(y == 1)))
    if minority < 2:
        raise FitError("cross-validation needs at least two articles of each label")
    if n_groups >= 2:
        k = min(n_folds, n_groups)
        splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=random_state)
        scheme = {"splitter": "StratifiedGroupKFold", "folds": k, "groups": n_groups,
                  "group_disjoint": True}
    else:
        # One group (e.g. all of fresada_train): no outlet-disjoint split exists. The folds
        # still give calibration data and thresholds, but their metrics are optimistic, and
        # the metadata and the card say so.
        k = min(n_folds, minority)
        splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=random_state)
        scheme = {"splitter": "StratifiedKFold", "folds": k, "groups": n_groups,
                  "group_disjoint": False}
    if k < 2:
        raise FitError("cross-validation needs at least two folds")
    return splitter, scheme


def _splits(splitter, X, y, groups):
    # StratifiedKFold warns when given groups it ignores (the one-group fallback).
    by_group = groups if isinstance(splitter, StratifiedGroupKFold) else None
    for train, test in splitter.split(X, y, by_group):
        if np.unique(y[train]).size < 2:
            raise FitError("a cross-validation training fold holds one label only: add "
                           "groups, or use fewer --cv-folds")
        yield train, test


def platt(logits, y, sample_weight=None) -> tuple[float, float]:
    """Platt scaling: ``slope``, ``intercept`` of ``P(y=1) = sigmoid(slope * logit + intercept)``.

    Fitted by maximum likelihood on Platt's smoothed targets ((N+ + 1) / (N+ + 2) and
    1 / (N- + 2)), which keep the slope finite when the logits separate the labels.
    """
    s = np.asarray(logits, dtype=float)
    y = np.asarray(y, dtype=int)
    w = np.ones(s.size) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    n_pos, n_neg = int(y.sum()), int((1 - y).sum())
    t = np.where(y == 1, (n_pos + 1.0) / (n_pos + 2.0), 1.0 / (n_neg + 2.0))

    def loss(params):
        a, b = params
        f = a * s + b
        # log(1 + exp(f)) - t * f, written stably; its gradient is (sigmoid(f) - t).
        value = np.sum(w * (np.logaddexp(0.0, f) - t * f))
        r = w * (1.0 / (1.0 + np.exp(-np.clip(f, -500, 500))) - t)
        return value, np.array([np.sum(r * s), np.sum(r)])

    result = minimize(loss, x0=np.array([1.0, 0.0]), jac=True, method="L-BFGS-B")
    a, b = (float(v) for v in result.x)
    return a, b


C_GRID = (0.01, 0.1, 1.0)


def fit_tail(
    X,
    y,
    groups,
    *,
    calibrate: bool = True,
    n_folds: int = 5,
    random_state: int = 0,
    group_weighting: bool = True,
    C: float | None = None,
) -> tuple[Pipeline, dict[str, Any]]:
    """Fit imputer -> scaler -> logistic regression, then Platt-calibrate it in place.

    One inner cross-validation (folds from :func:`make_splitter`) serves two purposes: when
    ``C`` is None it picks the regularisation strength from :data:`C_GRID` (highest
    cross-validated AUC; ties go to the weaker penalty), and its logits for that ``C`` fit the
    Platt map (unweighted), which is folded into ``coef_`` / ``intercept_``.

    Returns the fitted tail and a description for the metadata (``C``, weighting, calibration).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    groups = np.asarray(groups, dtype=object)
    weights = group_weights(groups) if group_weighting else np.ones(y.size)
    candidates = C_GRID if C is None else (float(C),)
    info: dict[str, Any] = {
        "sample_weighting": "each group weighs the same" if group_weighting else "none",
    }
    with warnings.catch_warnings():
        # An all-NaN column is expected (a feature that never applies): not worth a warning.
        warnings.simplefilter("ignore", RuntimeWarning)
        oof: dict[float, np.ndarray] = {}
        scheme = None
        if calibrate or len(candidates) > 1:
            splitter, scheme = make_splitter(y, groups, n_folds, random_state)
            oof = {c: np.empty(y.size) for c in candidates}
            for train, test in _splits(splitter, X, y, groups):
                for c in candidates:
                    model = make_tail(random_state, c).fit(
                        X[train], y[train], clf__sample_weight=weights[train]
                    )
                    oof[c][test] = model.decision_function(X[test])
        if len(candidates) > 1:
            inner_auc = {c: float(roc_auc_score(y, oof[c])) for c in candidates}
            best = max(candidates, key=lambda c: (round(inner_auc[c], 6), c))
            info["C_selection"] = {"grid": list(candidates), "inner_cv_auc":
                                   {str(c): a for c, a in inner_auc.items()}, "cv": scheme}
        else:
            best = candidates[0]
        info["C"] = best
        tail = make_tail(random_state, best).fit(X, y, clf__sample_weight=weights)
        align_scaler_to_imputer(tail)
    if not calibrate:
        info["calibration"] = {"applied": False, "reason": "disabled (--no-calibrate)"}
        return tail, info
    # Calibrated per article, unweighted: the score is the probability for an article of the
    # training distribution. (Weighting outlets equally here would calibrate for "an article
    # of a random outlet" and, with many small unreliable outlets, shift every score down.)
    slope, intercept = platt(oof[best], y)
    if not slope > 0:
        info["calibration"] = {
            "applied": False, "method": "platt", "slope": slope, "intercept": intercept,
            "cv": scheme, "reason": "non-positive slope: cross-validated logits do not rank "
                                    "the labels; left uncalibrated",
        }
        return tail, info
    fold_affine(tail.named_steps["clf"], slope, intercept)
    info["calibration"] = {"applied": True, "method": "platt", "slope": slope,
                           "intercept": intercept, "cv": scheme}
    return tail, info


def cross_validate(
    X,
    y,
    groups,
    *,
    texts: Sequence[Article] | None = None,
    calibrate: bool = True,
    n_folds: int = 5,
    random_state: int = 0,
    n_boot: int = 1000,
    group_weighting: bool = True,
    C: float | None = None,
) -> tuple[dict[str, Any], np.ndarray, np.ndarray | None]:
    """Group-disjoint cross-validation of the whole fitting procedure.

    Returns the report, the out-of-fold scores of the model and (when ``texts`` are given)
    those of the bag-of-words baseline on the same folds.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    groups = np.asarray(groups, dtype=object)
    splitter, scheme = make_splitter(y, groups, n_folds, random_state)
    oof = np.empty(y.size)
    base_oof = np.empty(y.size) if texts is not None else None
    folds = []
    for k, (train, test) in enumerate(_splits(splitter, X, y, groups)):
        tail, info = fit_tail(X[train], y[train], groups[train], calibrate=calibrate,
                              n_folds=n_folds, random_state=random_state,
                              group_weighting=group_weighting, C=C)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            oof[test] = tail.predict_proba(X[test])[:, 1]
        fold = {"fold": k, "test_groups": len(set(groups[test])), "C": info["C"],
                **compute_metrics(y[test], oof[test], DECISION_THRESHOLD)}
        if base_oof is not None:
            baseline = fit_baseline([texts[i] for i in train], random_state)
            base_oof[test] = baseline_scores(baseline, [texts[i] for i in test])
            fold["baseline_auc"] = compute_metrics(y[test], base_oof[test])["auc"]
        folds.append(fold)
    report: dict[str, Any] = {
        "scheme": scheme,
        "folds": folds,
        "fold_mean": _fold_stats(folds),
        "pooled": summarise(y, oof, groups, threshold=DECISION_THRESHOLD, n_boot=n_boot),
    }
    if base_oof is not None:
        report["baseline"] = summarise(y, base_oof, None, threshold=0.5, n_boot=n_boot)
        report["baseline"]["fold_auc_mean"] = _mean([f["baseline_auc"] for f in folds])
    return report, oof, base_oof


def _mean(values) -> float | None:
    values = [v for v in values if v is not None and not math.isnan(v)]
    return float(np.mean(values)) if values else None


def _fold_stats(folds: list[dict]) -> dict[str, Any]:
    """Mean and standard deviation of each metric over the folds that define it."""
    out = {}
    for metric in ("auc", "accuracy", "brier", "ece"):
        values = [f[metric] for f in folds if f[metric] is not None]
        out[metric] = {
            "mean": float(np.mean(values)) if values else None,
            "sd": float(np.std(values, ddof=1)) if len(values) > 1 else None,
            "folds": len(values),
        }
    return out


# --------------------------------------------------------------------------- ratings


def choose_thresholds(
    y, p, *, target_precision: float = TARGET_PRECISION, min_share: float = MIN_BAND_SHARE
) -> tuple[dict[str, float], dict[str, Any]]:
    """Rating thresholds from cross-validated scores.

    ``high`` is the lowest score (at least the decision threshold) from which at least
    ``target_precision`` of the articles are labelled 1; ``low`` the highest score (at most the
    decision threshold) below which at least ``target_precision`` are labelled 0. A band that
    cannot reach the target on at least ``min_share`` of the articles falls back to 2/3 and 1/3
    (the scores are calibrated probabilities). Returns ``(thresholds, policy)``.
    """
    y = np.asarray(y, dtype=int)
    p = np.asarray(p, dtype=float)
    n = y.size
    min_count = max(1, math.ceil(min_share * n))
    high = low = None
    for t in np.unique(p[p >= DECISION_THRESHOLD]):  # ascending: the widest "high" band first
        band = p >= t
        if band.sum() < min_count:
            break
        if y[band].mean() >= target_precision:
            high = math.ceil(float(t) * 1e4) / 1e4
            break
    for t in np.unique(p[p <= DECISION_THRESHOLD])[::-1]:  # descending: widest "low" band
        band = p < t
        if band.sum() < min_count:
            break
        if (1 - y[band]).mean() >= target_precision:
            low = math.floor(float(t) * 1e4) / 1e4
            break
    fallback = []
    if high is None:
        high, fallback = 2 / 3, [*fallback, "high"]
    if low is None:
        low, fallback = 1 / 3, [*fallback, "low"]
    thresholds = {"low": round(low, 4), "high": round(high, 4), "decision": DECISION_THRESHOLD}
    shares = {
        "low": float(np.mean(p < thresholds["low"])),
        "medium": float(np.mean((p >= thresholds["low"]) & (p < thresholds["high"]))),
        "high": float(np.mean(p >= thresholds["high"])),
    }
    precision = {
        "low": float(1 - y[p < thresholds["low"]].mean()) if shares["low"] else None,
        "high": float(y[p >= thresholds["high"]].mean()) if shares["high"] else None,
    }
    policy = {
        "rule": "low if score < low; high if score >= high; medium otherwise; the decision "
                "threshold (accuracy) is 0.5",
        "chosen_on": "cross-validated scores",
        "target_precision": target_precision,
        "min_share": min_share,
        "fallback": fallback,
        "cv_share": shares,
        "cv_precision": precision,
    }
    return thresholds, policy


def fixed_thresholds() -> tuple[dict[str, float], dict[str, Any]]:
    """Thirds of the probability scale, for models whose cross-validated scores are no guide
    (folds across corpora of different kinds)."""
    thresholds = {"low": round(1 / 3, 4), "high": round(2 / 3, 4), "decision": DECISION_THRESHOLD}
    policy = {
        "rule": "low if score < low; high if score >= high; medium otherwise; the decision "
                "threshold (accuracy) is 0.5",
        "chosen_on": "fixed thirds of the probability scale (--fixed-ratings)",
        "fallback": [],
    }
    return thresholds, policy


# --------------------------------------------------------------------------- the whole fit


@dataclass
class FitResult:
    pipeline: Pipeline
    metadata: dict[str, Any]
    curves: dict[str, tuple[np.ndarray, np.ndarray]]


def _default_features(language: str):
    from training.features import ArticleFeatures

    return ArticleFeatures(language=language)


def _by_name(names, values) -> dict[str, float]:
    return {str(n): float(v) for n, v in zip(names, values, strict=True)}


def fit_model(
    corpora: Sequence[Corpus],
    language: str,
    *,
    heldout: Sequence[Corpus] = (),
    features=None,
    jobs: int = 1,
    calibrate: bool = True,
    cv_folds: int = 5,
    random_state: int = 0,
    n_boot: int = 1000,
    baseline: bool = True,
    progress: bool = True,
    group_weighting: bool = True,
    C: float | None = None,
    fixed_ratings: bool = False,
) -> FitResult:
    """Featurise, cross-validate, fit and calibrate; evaluate on held-out corpora.

    Parameters
    ----------
    corpora : sequence of Corpus
        Training corpora (their articles must all be in ``language``).
    heldout : sequence of Corpus
        Corpora from other groups (outlets), scored by the final model; recorded in the metadata
        and the card. A group present on both sides is an error.
    features : transformer, optional
        The feature step (default ``ArticleFeatures(language=language)``).
    """
    if cv_folds < 2:
        raise FitError("--cv-folds must be at least 2")
    articles = [a for corpus in corpora for a in corpus.articles]
    if not articles:
        raise FitError("no training articles")
    for corpus in [*corpora, *heldout]:
        mismatch = language_mismatch(corpus, language)
        if mismatch:
            raise FitError(mismatch)
    training_groups = {a.group for a in articles}
    for corpus in heldout:
        shared = training_groups & {a.group for a in corpus.articles}
        if shared:
            raise FitError(f"held-out corpus {corpus.name!r} shares groups with the training "
                           f"data ({', '.join(sorted(shared)[:5])}): a group must never "
                           "straddle a split")
    if features is None:
        features = _default_features(language)
    # Stateless, but fitted the sklearn way so that the saved Pipeline is a fitted one.
    features.fit([articles[0].to_document()])

    train = featurise_articles(articles, features, jobs=jobs, progress=progress,
                               description="training features")
    X, y, groups = train.X, train.y, train.groups
    if np.unique(y).size < 2:
        raise FitError("the training data hold one label only")

    cv_report, oof, _ = cross_validate(
        X, y, groups, texts=train.articles if baseline else None, calibrate=calibrate,
        n_folds=cv_folds, random_state=random_state, n_boot=n_boot,
        group_weighting=group_weighting, C=C,
    )
    tail, fit_info = fit_tail(X, y, groups, calibrate=calibrate, n_folds=cv_folds,
                              random_state=random_state, group_weighting=group_weighting, C=C)
    pipeline = Pipeline([("features", features), *tail.steps])
    if fixed_ratings:
        thresholds, policy = fixed_thresholds()
    else:
        thresholds, policy = choose_thresholds(y, oof)

    names = _feature_names(features, X.shape[1])
    imputer, scaler, clf = (tail.named_steps[s] for s in ("impute", "scale", "clf"))
    curves = {"cross-validation": (y, oof)}

    heldout_metrics, heldout_records, heldout_excluded = {}, [], {}
    base_model = fit_baseline(train.articles, random_state) if baseline and heldout else None
    for corpus in heldout:
        held = featurise_articles(corpus.articles, features, jobs=jobs, progress=progress,
                                  description=f"{corpus.name} features")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            scores = tail.predict_proba(held.X)[:, 1]
        summary = summarise(held.y, scores, held.groups, threshold=DECISION_THRESHOLD,
                            n_boot=n_boot, seed=random_state)
        if base_model is not None:
            summary["baseline"] = summarise(held.y, baseline_scores(base_model, held.articles),
                                            None, threshold=0.5, n_boot=n_boot,
                                            seed=random_state)
        heldout_metrics[corpus.name] = summary
        heldout_records.append(corpus.record())
        heldout_excluded[corpus.name] = held.excluded[:MAX_EXCLUDED_IN_METADATA]
        curves[corpus.name] = (held.y, scores)

    feature_class = type(features)
    metadata: dict[str, Any] = {
        "language": language,
        "features": {"class": f"{feature_class.__module__}.{feature_class.__qualname__}",
                     "params": _jsonable_params(features)},
        "feature_names": list(names),
        "steps": [name for name, _ in pipeline.steps],
        "coefficients": _by_name(names, clf.coef_[0]),
        "intercept": float(clf.intercept_[0]),
        "imputer_means": _by_name(names, imputer.statistics_),
        "scaler_means": _by_name(names, scaler.mean_),
        "scaler_scales": _by_name(names, scaler.scale_),
        "calibration": fit_info["calibration"],
        "regularisation": {"C": fit_info["C"], **(
            {"selection": fit_info["C_selection"]} if "C_selection" in fit_info else {}
        )},
        "sample_weighting": fit_info["sample_weighting"],
        "rating_thresholds": thresholds,
        "rating_policy": policy,
        "metrics": {"cross_validation": cv_report, "heldout": heldout_metrics},
        "training": {
            "rows": int(y.size),
            "positives": int(y.sum()),
            "groups": len(set(groups)),
            # The folds that ran: fewer than asked when there are fewer groups.
            "cv_folds": cv_report["scheme"]["folds"],
            "random_state": random_state,
            "excluded_count": len(train.excluded),
            "excluded": train.excluded[:MAX_EXCLUDED_IN_METADATA],
        },
        "training_corpora": [corpus.record() for corpus in corpora],
        "heldout_corpora": heldout_records,
        "heldout_excluded": heldout_excluded,
    }
    return FitResult(pipeline=pipeline, metadata=metadata, curves=curves)


def _feature_names(features, width: int) -> tuple[str, ...]:
    try:
        names = tuple(str(n) for n in features.get_feature_names_out())
    except Exception:  # noqa: BLE001 - a transformer without names: number the columns
        names = ()
    return names if len(names) == width else tuple(f"x{i}" for i in range(width))


def _jsonable_params(estimator) -> dict[str, Any]:
    try:
        params = estimator.get_params(deep=False)
    except Exception:  # noqa: BLE001
        return {}
    return {k: v for k, v in params.items() if isinstance(v, str | int | float | bool | None)}


def input_example(language: str) -> dict[str, Any]:
    """An example request document, written by the team (no corpus text)."""
    if language == "fr":
        return {
            "language": "fr",
            "title": "La mairie reporte la rénovation de la piscine municipale",
            "text": (
                "La rénovation de la piscine municipale est reportée à l'automne, a annoncé "
                "mardi l'adjointe aux sports, Claire Martin. « Les devis dépassent le budget "
                "voté », a-t-elle expliqué. Selon une source proche du dossier, le chantier "
                "pourrait coûter deux fois plus que prévu. Contactée, l'entreprise retenue n'a "
                "pas répondu à nos questions."
            ),
        }
    return {
        "language": language,
        "title": "City council delays the renovation of the public pool",
        "text": (
            "The renovation of the public pool will be delayed until the autumn, the deputy "
            "mayor for sports, Claire Martin, said on Tuesday. \"The bids exceed the budget we "
            "voted,\" she explained. According to a person familiar with the matter, the work "
            "could cost twice as much as planned. The contractor did not respond to a request "
            "for comment."
        ),
    }


__all__ = [
    "FitError",
    "FitResult",
    "Featurised",
    "choose_thresholds",
    "cross_validate",
    "featurise",
    "featurise_articles",
    "fit_model",
    "fit_tail",
    "input_example",
    "make_splitter",
    "make_tail",
    "platt",
]
