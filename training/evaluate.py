"""Metrics for a saved model on labelled corpora, beside a bag-of-words baseline.

The figures: ROC AUC, accuracy at the model's decision threshold, Brier score and expected
calibration error (10 equal-width bins), each with a 95% bootstrap interval, and the same figures
per group (outlet). The baseline (TF-IDF + logistic regression) is trained, in the same run, on
the model's own training corpora (named in its ``metadata.json``) and scored on the same
articles: a bag of words learns outlets, so on outlets it has not seen it tells how much of a
score is sourcing and how much is recognising the outlet.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import Pipeline

from training.corpus import (
    Article,
    Corpus,
    CorpusError,
    language_mismatch,
    load_corpus,
    resolve_spec,
    sha256_file,
)

METRICS = ("auc", "accuracy", "brier", "ece")
N_BINS = 10
# Below this many groups a group (cluster) bootstrap has too few units to resample.
MIN_GROUPS_FOR_CLUSTER_BOOTSTRAP = 5


# --------------------------------------------------------------------------- metrics


def expected_calibration_error(y, p, n_bins: int = N_BINS) -> float:
    """ECE: the share-weighted mean of |observed rate - mean score| over equal-width bins."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    if y.size == 0:
        return float("nan")
    # Bin i holds [i/n, (i+1)/n); a score of exactly 1 goes to the last bin.
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    total = 0.0
    for b in range(n_bins):
        mask = bins == b
        if mask.any():
            total += mask.mean() * abs(y[mask].mean() - p[mask].mean())
    return float(total)


def reliability_bins(y, p, n_bins: int = N_BINS) -> list[dict[str, float]]:
    """Per bin: mean score, observed rate and count (the points of a reliability curve)."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    out = []
    for b in range(n_bins):
        mask = bins == b
        if mask.any():
            out.append({"bin": b, "mean_score": float(p[mask].mean()),
                        "observed": float(y[mask].mean()), "n": int(mask.sum())})
    return out


def auc_or_nan(y, p) -> float:
    y = np.asarray(y)
    if np.unique(y).size < 2:
        return float("nan")
    return float(roc_auc_score(y, p))


def compute_metrics(y, p, threshold: float = 0.5) -> dict[str, Any]:
    """AUC (None when one class only), accuracy at ``threshold``, Brier score, ECE."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    auc = auc_or_nan(y, p)
    return {
        "n": int(y.size),
        "positives": int(y.sum()),
        "auc": None if math.isnan(auc) else auc,
        "accuracy": float(((p >= threshold) == (y == 1)).mean()) if y.size else None,
        "brier": float(np.mean((p - y) ** 2)) if y.size else None,
        "ece": expected_calibration_error(y, p),
    }


def bootstrap_ci(
    y,
    p,
    groups: Sequence | None = None,
    *,
    threshold: float = 0.5,
    n_boot: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> dict[str, Any]:
    """Percentile bootstrap intervals of the metrics.

    With at least :data:`MIN_GROUPS_FOR_CLUSTER_BOOTSTRAP` groups, whole groups are resampled
    (articles of one outlet are not independent, so resampling articles would make the
    interval too narrow); otherwise articles are.
    """
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    rng = np.random.default_rng(seed)
    units: list[np.ndarray]
    if groups is not None and len(set(groups)) >= MIN_GROUPS_FOR_CLUSTER_BOOTSTRAP:
        groups = np.asarray(groups)
        units = [np.flatnonzero(groups == g) for g in np.unique(groups)]
        unit = "group"
    else:
        units = [np.array([i]) for i in range(y.size)]
        unit = "article"
    samples: dict[str, list[float]] = {m: [] for m in METRICS}
    n_units = len(units)
    if y.size == 0 or n_boot <= 0:
        return {"level": level, "unit": unit, "n_boot": 0, **{m: None for m in METRICS}}
    for _ in range(n_boot):
        if unit == "article":
            index = rng.integers(0, y.size, y.size)
        else:
            index = np.concatenate([units[i] for i in rng.integers(0, n_units, n_units)])
        yb, pb = y[index], p[index]
        if np.unique(yb).size == 2:
            samples["auc"].append(float(roc_auc_score(yb, pb)))
        samples["accuracy"].append(float(((pb >= threshold) == (yb == 1)).mean()))
        samples["brier"].append(float(np.mean((pb - yb) ** 2)))
        samples["ece"].append(expected_calibration_error(yb, pb))
    alpha = (1 - level) / 2
    out: dict[str, Any] = {"level": level, "unit": unit, "n_boot": n_boot}
    for metric, values in samples.items():
        # An interval from a handful of resamples would look precise and is not: omit it.
        out[metric] = (
            [float(np.quantile(values, alpha)), float(np.quantile(values, 1 - alpha))]
            if len(values) >= max(20, n_boot // 2) else None
        )
    return out


def per_group(y, p, groups, threshold: float = 0.5) -> list[dict[str, Any]]:
    """The metrics of every group (outlet), largest first."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    groups = np.asarray(groups)
    rows = []
    for group in np.unique(groups):
        mask = groups == group
        row = compute_metrics(y[mask], p[mask], threshold)
        row["group"] = str(group)
        row["mean_score"] = float(p[mask].mean())
        rows.append(row)
    rows.sort(key=lambda r: (-r["n"], r["group"]))
    return rows


def summarise(
    y, p, groups=None, *, threshold: float = 0.5, n_boot: int = 1000, seed: int = 0
) -> dict[str, Any]:
    """Metrics, their bootstrap intervals and (with groups) per-group figures."""
    summary = {
        "metrics": compute_metrics(y, p, threshold),
        "ci95": bootstrap_ci(y, p, groups, threshold=threshold, n_boot=n_boot, seed=seed),
        "reliability": reliability_bins(y, p),
    }
    if groups is not None:
        summary["groups"] = per_group(y, p, groups, threshold)
    return summary


# --------------------------------------------------------------------------- baseline

_TAG = re.compile(r"<[^>]+>")


def article_text(article: Article) -> str:
    """Title and body as plain text (what the bag of words reads)."""
    body = article.text
    if body is None:
        try:
            from training.features.intake import html_to_text

            body = html_to_text(article.html or "")
        except ImportError:  # the extractor's HTML intake is the reference; a crude fallback
            body = _TAG.sub(" ", article.html or "")
    return f"{article.title or ''}\n{body}"


def make_baseline(n_documents: int | None = None, random_state: int = 0) -> Pipeline:
    """TF-IDF (words, sublinear tf) + logistic regression."""
    # min_df=2 drops hapaxes on real corpora; tiny test corpora would be left with no words.
    min_df = 2 if (n_documents or 0) >= 100 else 1
    return Pipeline([
        ("tfidf", TfidfVectorizer(sublinear_tf=True, min_df=min_df, max_df=0.95,
                                  max_features=100_000)),
        ("clf", LogisticRegression(C=1.0, max_iter=2000, random_state=random_state)),
    ])


def fit_baseline(articles: Sequence[Article], random_state: int = 0) -> Pipeline:
    texts = [article_text(a) for a in articles]
    labels = [a.label for a in articles]
    return make_baseline(len(texts), random_state).fit(texts, labels)


def baseline_scores(baseline: Pipeline, articles: Sequence[Article]) -> np.ndarray:
    return baseline.predict_proba([article_text(a) for a in articles])[:, 1]


# --------------------------------------------------------------------------- saved models


def load_training_corpora(metadata: dict, warnings_out: list[str]) -> list[Corpus]:
    """Re-load the corpora a model was trained on (by the spec recorded in its metadata)."""
    corpora = []
    for record in metadata.get("training_corpora", []):
        spec = resolve_spec(record.get("spec") or record.get("name"))
        corpus = load_corpus(spec)
        if record.get("sha256") and corpus.sha256 != record["sha256"]:
            warnings_out.append(
                f"training corpus {spec!r} has changed since the model was trained "
                "(sha256 differs): the baseline is trained on the current file"
            )
        corpora.append(corpus)
    return corpora


def evaluate_model(
    model_path,
    corpus_specs: Sequence[str],
    *,
    jobs: int = 1,
    baseline: bool = True,
    n_boot: int = 1000,
    models_root=None,
    progress: bool = True,
) -> dict[str, Any]:
    """Score a saved model (and the baseline) on corpora; return a JSON-ready report."""
    from training.artifacts import load_model_dir
    from training.fit import featurise_articles

    loaded = load_model_dir(model_path, models_root=models_root)
    metadata = loaded.metadata
    threshold = float(metadata.get("rating_thresholds", {}).get("decision", 0.5))
    notes: list[str] = []
    corpora = [load_corpus(spec) for spec in corpus_specs]
    # As fit refuses it: a model reads every article with its own language's lexicon, so
    # English articles scored by a French model give a number that means nothing.
    for corpus in corpora if metadata.get("language") else []:
        mismatch = language_mismatch(corpus, metadata["language"])
        if mismatch:
            raise CorpusError(mismatch)
    training_hashes = {r.get("sha256"): r.get("name") for r in metadata.get("training_corpora", [])}

    base_model = None
    if baseline:
        try:
            training = load_training_corpora(metadata, notes)
        except CorpusError as error:
            # The model can still be evaluated; say why the comparison is missing.
            notes.append(f"baseline skipped: a training corpus cannot be re-loaded ({error})")
            training = []
        articles = [a for corpus in training for a in corpus.articles]
        if articles:
            base_model = fit_baseline(articles)

    features = loaded.pipeline.steps[0][1]
    tail = loaded.pipeline[1:]
    results = []
    for corpus in corpora:
        featurised = featurise_articles(corpus.articles, features, jobs=jobs, progress=progress,
                                        description=corpus.name)
        kept = featurised.articles
        y = np.array([a.label for a in kept], dtype=float)
        groups = [a.group for a in kept]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            scores = tail.predict_proba(featurised.X)[:, 1]
        digest = sha256_file(corpus.path)
        entry: dict[str, Any] = {
            "corpus": corpus.name,
            "sha256": digest,
            "rows": len(corpus.articles),
            "excluded": featurised.excluded,
            "in_training": digest in training_hashes,
            "model": summarise(y, scores, groups, threshold=threshold, n_boot=n_boot),
        }
        if entry["in_training"]:
            notes.append(
                f"{corpus.name} is one of the model's training corpora: its figures are "
                "in-sample (see the cross-validation in metadata.json for honest ones)"
            )
        if base_model is not None:
            entry["baseline"] = summarise(y, baseline_scores(base_model, kept), groups,
                                          threshold=0.5, n_boot=n_boot)
        results.append(entry)
    return {
        "model": {"name": metadata["name"], "version": metadata["version"],
                  "path": str(loaded.path), "decision_threshold": threshold},
        "baseline": (
            {"kind": "TF-IDF + logistic regression",
             "trained_on": [r.get("name") for r in metadata.get("training_corpora", [])]}
            if base_model is not None else None
        ),
        "corpora": results,
        "notes": notes,
    }


def _fmt(value, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _fmt_ci(ci) -> str:
    return "" if not ci else f" [{ci[0]:.3f}, {ci[1]:.3f}]"


def format_report(report: dict[str, Any], *, max_groups: int = 15) -> str:
    """A plain-text table of :func:`evaluate_model`'s report."""
    model = report["model"]
    lines = [f"model {model['name']} {model['version']} ({model['path']}), "
             f"decision threshold {model['decision_threshold']:.2f}"]
    header = f"{'corpus':<28} {'who':<9} {'n':>6} {'AUC [95% CI]':>24} {'accuracy':>9} " \
             f"{'Brier':>7} {'ECE':>7}"
    lines += ["", header, "-" * len(header)]
    for entry in report["corpora"]:
        name = entry["corpus"] + (" *" if entry["in_training"] else "")
        for who in ("model", "baseline"):
            if who not in entry:
                continue
            m, ci = entry[who]["metrics"], entry[who]["ci95"]
            auc = _fmt(m["auc"]) + _fmt_ci(ci.get("auc"))
            lines.append(f"{name:<28} {who:<9} {m['n']:>6} {auc:>24} {_fmt(m['accuracy']):>9} "
                         f"{_fmt(m['brier']):>7} {_fmt(m['ece']):>7}")
            name = ""
    for entry in report["corpora"]:
        groups = entry["model"].get("groups", [])
        if len(groups) < 2:
            continue
        lines += ["", f"per group, {entry['corpus']} (model):",
                  f"  {'group':<34} {'n':>5} {'pos':>5} {'mean score':>10} {'accuracy':>9} "
                  f"{'AUC':>6}"]
        for row in groups[:max_groups]:
            lines.append(f"  {row['group'][:34]:<34} {row['n']:>5} {row['positives']:>5} "
                         f"{row['mean_score']:>10.3f} {_fmt(row['accuracy']):>9} "
                         f"{_fmt(row['auc']):>6}")
        if len(groups) > max_groups:
            lines.append(f"  ... {len(groups) - max_groups} more groups (see --json)")
    if any(entry["in_training"] for entry in report["corpora"]):
        lines.append("\n* in-sample: a training corpus of the model")
    for entry in report["corpora"]:
        if entry["excluded"]:
            lines.append(f"{entry['corpus']}: {len(entry['excluded'])} article(s) could not "
                         "be analysed and were left out")
    lines += [f"note: {note}" for note in report["notes"]]
    return "\n".join(lines)
