"""The model card (``README.md`` of a model directory) and its plots.

The card is rendered from ``metadata.json`` alone (plus the curves for the plots), so what it
says is what the metadata records.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

PLOTS = {
    "coefficients": "coefficients.png",
    "roc": "roc.png",
    "reliability": "reliability.png",
}

# What each raw feature measures: the unit the scaler's "one standard deviation" refers to.
FEATURE_DESCRIPTIONS = {
    "named_sources": "the number of distinct named sources (people, organisations, media) to "
                     "whom the article attributes statements",
    "anonymous_sources": "the number of attributions to unnamed sources (\"une source proche "
                         "du dossier\", \"officials said\")",
    "denial": "whether the article reports a denial (1) or not (0)",
    "non_response": "whether the article reports that someone did not respond or declined to "
                    "comment (1) or not (0)",
    "conditional_density": "the share of finite verbs in the conditional mood (French) or "
                           "hedged (English)",
    "unattributed_conditional_density": "the share of finite verbs that are conditional or "
                                        "hedged in sentences attributed to nobody",
    "quotations": "the number of quoted passages",
    "log_words": "the length of the article, log(1 + words)",
}

NC_MARK = "NC"


def _fmt(value, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return f"{value:.{digits}f}"


def _with_ci(value, ci) -> str:
    text = _fmt(value)
    if ci and value is not None:
        text += f" [{ci[0]:.3f}, {ci[1]:.3f}]"
    return text


def _metric_rows(label: str, summary: Mapping[str, Any]) -> list[str]:
    m, ci = summary["metrics"], summary.get("ci95", {})
    return [
        f"| {label} | {m['n']} | {_with_ci(m['auc'], ci.get('auc'))} | "
        f"{_with_ci(m['accuracy'], ci.get('accuracy'))} | {_with_ci(m['brier'], ci.get('brier'))}"
        f" | {_with_ci(m['ece'], ci.get('ece'))} |"
    ]


def coefficient_sentence(name: str, coef: float, scale: float, mean: float) -> str:
    """What a coefficient means in words."""
    what = FEATURE_DESCRIPTIONS.get(name, name)
    odds = math.exp(abs(coef))
    if abs(coef) < 0.05:
        effect = "has almost no effect on the score"
    elif coef > 0:
        effect = f"raises the score: the odds of the credible class are multiplied by {odds:.2f}"
    else:
        effect = f"lowers the score: the odds of the credible class are divided by {odds:.2f}"
    return (
        f"**{name}** ({coef:+.3f} log-odds per standard deviation): {what}. One standard "
        f"deviation ({scale:.3g} around a training mean of {mean:.3g}) {effect}, the other "
        "features being equal."
    )


def _licence_section(metadata: Mapping[str, Any]) -> list[str]:
    corpora = [*metadata.get("training_corpora", [])]
    lines = ["## Training data and licence", "",
             "| corpus | file | rows | label 1 | groups | sha256 | licence |",
             "|---|---|---|---|---|---|---|"]
    for c in corpora:
        licence = c.get("licence") or "not stated"
        lines.append(f"| {c['name']} | `{c['file']}` | {c['rows']} | {c['positives']} | "
                     f"{c['groups']} | `{c['sha256'][:16]}…` | {licence} |")
    nc = [c["name"] for c in corpora if NC_MARK in (c.get("licence") or "")]
    lines.append("")
    if nc:
        lines += [
            f"**Non-commercial.** This model was trained on {', '.join(nc)}, released under "
            "CC BY-NC-SA 4.0. The model inherits that restriction: it may not be used for "
            "commercial purposes, and a model or data derived from it must carry the same "
            "terms. Retrain it on data you may use commercially (`python -m training fit`) if "
            "you need to.",
            "",
        ]
    unstated = [c["name"] for c in corpora if not c.get("licence")]
    if unstated:
        lines += [f"The licence of {', '.join(unstated)} is not recorded: check its data card "
                  "before redistributing this model.", ""]
    lines += ["The texts themselves are not in this directory: only their names, hashes, sizes "
              "and licences, and the figures measured on them.", ""]
    training = metadata.get("training", {})
    if training.get("excluded_count"):
        lines += [f"{training['excluded_count']} training article(s) could not be analysed "
                  "(e.g. empty once the HTML was cleaned) and were left out; `metadata.json` "
                  "lists them.", ""]
    return lines


def render_card(metadata: Mapping[str, Any]) -> str:
    """The Markdown model card of a model directory."""
    name, version, language = metadata["name"], metadata["version"], metadata["language"]
    language_name = {"fr": "French", "en": "English"}.get(language, language)
    cv = metadata["metrics"]["cross_validation"]
    scheme = cv["scheme"]
    thresholds = metadata["rating_thresholds"]
    calibration = metadata.get("calibration", {})
    calibrated = bool(calibration.get("applied"))
    # Written by `fit` since it records the command that ran; rebuilt for older metadata.
    reproduce = metadata.get("reproduce") or {}
    lines = [
        f"# Model card: {name} {version}",
        "",
        f"A logistic regression over eight hand-engineered sourcing features of {language_name} "
        "news articles (named and anonymous sources, denials, non-responses, conditional or "
        "hedged verbs, quotations, length). It returns a score between 0 and 1, "
        + ("the calibrated probability (Platt scaling) "
           if calibrated else "the logistic model's own probability (not calibrated) ")
        + "that an article belongs to the credibly sourced class of its training "
        "data, and an exact explanation: base value + the sum of the feature contributions = "
        "logit(score).",
        "",
        f"- Created {metadata.get('created_at')} from commit `{metadata.get('git_commit')}`.",
        f"- `model.joblib` sha256 `{metadata.get('model_sha256')}`.",
        f"- Pipeline: {' -> '.join(metadata.get('steps', []))} "
        f"(features: `{metadata.get('features', {}).get('class')}`).",
        "",
        "## Intended use",
        "",
        "- Help editors, fact-checkers and readers see *how* an article sources its claims: "
        "the score comes with the spans behind every feature.",
        "- Triage: point a human to articles whose sourcing deserves a second look.",
        "- Audit and research: every coefficient, mean, scale and threshold is in "
        "`metadata.json`.",
        "",
        "## Out of scope",
        "",
        "- Deciding whether an article is true. The features measure sourcing (who is cited, "
        "how claims are hedged), not facts: a well-sourced article can be wrong and a "
        "single-source scoop right.",
        "- Judging people, outlets or authors, or ranking, demoting or removing content "
        "without a human decision.",
        "- Other languages, and genres the training data do not cover (opinion, interviews, "
        "live blogs, press releases, very short texts).",
        "- Commercial use when the training data are non-commercial (see below).",
        "",
        *_licence_section(metadata),
        "## Metrics",
        "",
    ]
    if scheme["group_disjoint"]:
        lines.append(
            f"Cross-validation: {scheme['splitter']}, {scheme['folds']} folds over "
            f"{scheme['groups']} groups (outlets): no outlet is on both sides of a fold. The "
            "scores are those of the whole procedure "
            + ("(calibration included) " if calibrated else "(no calibration step) ")
            + "on articles of outlets it did not see."
        )
    else:
        lines.append(
            f"Cross-validation: {scheme['splitter']}, {scheme['folds']} folds. **The training "
            f"data hold {scheme['groups']} group only, so these folds are not outlet-disjoint: "
            "the cross-validated figures are optimistic.** Trust the held-out figures below."
        )
    ci95 = cv["pooled"].get("ci95", {})
    if ci95.get("n_boot") == 0:
        brackets = ("No bootstrap intervals were computed (`--bootstrap 0`). Accuracy at the "
                    f"decision threshold {thresholds['decision']}; ECE over 10 equal-width bins.")
    else:
        brackets = (
            "Brackets: 95% bootstrap intervals (resampling "
            f"{ci95.get('unit', 'article')}s). Accuracy at the decision threshold "
            f"{thresholds['decision']}; ECE over 10 equal-width bins (its bootstrap interval "
            "leans high: ECE is biased upward on resamples)."
        )
    lines += [
        brackets,
        "",
        "| evaluation | n | AUC | accuracy | Brier | ECE |",
        "|---|---|---|---|---|---|",
        *_metric_rows("cross-validation (pooled out-of-fold)", cv["pooled"]),
    ]
    if "baseline" in cv:
        lines += _metric_rows("bag-of-words baseline, same folds", cv["baseline"])
    for corpus, summary in metadata["metrics"].get("heldout", {}).items():
        lines += _metric_rows(f"held out: {corpus}", summary)
        if "baseline" in summary:
            lines += _metric_rows(f"bag-of-words baseline: {corpus}", summary["baseline"])
    fold_auc = cv["fold_mean"]["auc"]
    if fold_auc["mean"] is not None:
        lines += ["", f"Per fold AUC: mean {_fmt(fold_auc['mean'])}, sd "
                      f"{_fmt(fold_auc['sd'])} over {fold_auc['folds']} folds."]
    lines += [
        "",
        "The bag-of-words baseline (TF-IDF + logistic regression, trained on the same data) "
        "learns vocabulary, hence outlets and topics; where it does much worse than this model "
        "on outlets it has not seen, the model's score comes from sourcing rather than from "
        "recognising outlets.",
        "",
        f"![ROC curve]({PLOTS['roc']})  ![Reliability curve]({PLOTS['reliability']})",
        "",
        "## Ratings",
        "",
        f"- **low**: score < {thresholds['low']}; **high**: score >= {thresholds['high']}; "
        "**medium** in between.",
    ]
    policy = metadata.get("rating_policy", {})
    if policy and "cv_share" not in policy:
        lines.append(f"- Thresholds: {policy.get('chosen_on', 'fixed')}.")
    elif policy:
        share = policy.get("cv_share", {})
        lines.append(
            f"- Chosen on cross-validated scores so that at least "
            f"{policy.get('target_precision', 0):.0%} of the articles rated high were labelled "
            "1 and at least as many rated low were labelled 0 "
            f"(shares in cross-validation: low {share.get('low', 0):.0%}, medium "
            f"{share.get('medium', 0):.0%}, high {share.get('high', 0):.0%})."
            + (f" Fallback (2/3, 1/3) used for: {', '.join(policy['fallback'])}."
               if policy.get("fallback") else "")
        )
    regularisation = metadata.get("regularisation", {})
    if regularisation:
        lines.append(
            f"- Logistic regression with C = {regularisation['C']}"
            + (" (chosen by inner group cross-validation among "
               f"{', '.join(map(str, regularisation['selection']['grid']))})"
               if "selection" in regularisation else "")
            + f"; sample weighting: {metadata.get('sample_weighting', 'none')}."
        )
    if calibration.get("applied"):
        lines.append(
            f"- Calibration: Platt scaling on cross-validated logits (slope "
            f"{calibration['slope']:.3f}, intercept {calibration['intercept']:+.3f}), folded "
            "into the coefficients and the base value below, so they describe the calibrated "
            "score."
        )
    else:
        lines.append(f"- Not calibrated: {calibration.get('reason', 'disabled')}.")
    lines += [
        "",
        "## What the coefficients mean",
        "",
        f"Base value (intercept): {metadata['intercept']:+.3f} log-odds, the score "
        f"{1 / (1 + math.exp(-metadata['intercept'])):.3f} of an article whose features all "
        "equal the training means. Each feature is standardised (z = (value - mean) / sd) and "
        "contributes coefficient x z log-odds. A feature that does not apply (a text too short "
        "to measure it) takes the training mean, so z = 0 and it contributes exactly 0.",
        "",
    ]
    coefs = metadata["coefficients"]
    for feature in sorted(coefs, key=lambda f: -abs(coefs[f])):
        lines.append("- " + coefficient_sentence(
            feature, coefs[feature], metadata["scaler_scales"][feature],
            metadata["scaler_means"][feature],
        ))
    lines += [
        "",
        f"![Coefficients]({PLOTS['coefficients']})",
        "",
        "Coefficients describe associations in the training data, not causes: writing more "
        "quotations into an article does not make it more credible.",
        "",
        "## Caveats",
        "",
        "- **Labels are outlet-level proxies.** An article is labelled by its outlet's "
        "reputation (or its corpus's class), not by checking the article; good articles of "
        "poorly rated outlets and bad articles of well rated ones are mislabelled.",
        "- **Satire is not misinformation.** FreSaDa's negative class is satire: unsourced "
        "writing by design, not deception. A model trained on it learns the sourcing habits "
        "that separate news from satire.",
        "- Cross-outlet generalisation is measured on few outlets: expect different figures on "
        "other outlets, genres and years. Re-check on your own archive before relying on it.",
        "- The features come from spaCy's small pipelines and word lists; errors of the parser "
        "or gaps in the lexicons move the score. The evidence spans let a reader check them.",
        "- The score rewards visible sourcing conventions; a writer can game it by adding "
        "attributions. It is a reading aid, not a verdict.",
        "",
        "## Reproduce",
        "",
        "```",
        reproduce.get("fit") or "python -m training fit --corpus "
        + " ".join(c.get("spec") or c["name"] for c in metadata.get("training_corpora", []))
        + f" --language {language} --name {name} --version {version}"
        + ("" if calibration.get("applied") or "disabled" not in calibration.get("reason", "")
           else " --no-calibrate")
        + ("" if "selection" in regularisation or not regularisation
           else f" --C {regularisation['C']}")
        + (" --no-group-weights" if metadata.get("sample_weighting") == "none" else ""),
        reproduce.get("evaluate")
        or f"python -m training evaluate --model models/{name}/{version} --corpus ...",
        "```",
        "",
        "Library versions: "
        + ", ".join(f"{k} {v}" for k, v in metadata.get("libraries", {}).items()
                    if isinstance(v, str))
        + ".",
        "",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- plots


def coefficient_axis_label(metadata: Mapping[str, Any]) -> str:
    """The coefficient plot's axis: "(calibrated)" only when calibration was folded in."""
    calibrated = bool(metadata.get("calibration", {}).get("applied"))
    return "log-odds per standard deviation" + (" (calibrated)" if calibrated else "")


def write_plots(
    folder: Path,
    metadata: Mapping[str, Any],
    curves: Mapping[str, tuple[np.ndarray, np.ndarray]],
) -> list[str]:
    """Coefficients bar chart, ROC curves and reliability curves as PNG files in ``folder``."""
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and in CI
    import matplotlib.pyplot as plt
    from sklearn.metrics import roc_auc_score, roc_curve

    from training.evaluate import reliability_bins

    folder = Path(folder)
    written = []

    coefs = metadata["coefficients"]
    names = sorted(coefs, key=lambda f: coefs[f])
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(names) + 1.5))
    values = [coefs[n] for n in names]
    ax.barh(names, values, color=["#2b8cbe" if v >= 0 else "#e34a33" for v in values])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(coefficient_axis_label(metadata))
    ax.set_title(f"{metadata['name']} {metadata['version']}: coefficients")
    written.append(_save(fig, folder, "coefficients"))

    fig, ax = plt.subplots(figsize=(5.5, 5))
    ax.plot([0, 1], [0, 1], linestyle=":", color="grey")
    for label, (y, p) in curves.items():
        if len(np.unique(y)) < 2:
            continue
        fpr, tpr, _ = roc_curve(y, p)
        ax.plot(fpr, tpr, label=f"{label} (AUC {roc_auc_score(y, p):.3f})")
    ax.set_xlabel("false positive rate")
    ax.set_ylabel("true positive rate")
    ax.set_title("ROC curve")
    ax.legend(loc="lower right", fontsize=8)
    written.append(_save(fig, folder, "roc"))

    fig, ax = plt.subplots(figsize=(5.5, 5))
    ax.plot([0, 1], [0, 1], linestyle=":", color="grey", label="perfect calibration")
    for label, (y, p) in curves.items():
        points = reliability_bins(y, p)
        if points:
            ax.plot([b["mean_score"] for b in points], [b["observed"] for b in points],
                    marker="o", label=label)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("mean score in bin (10 bins)")
    ax.set_ylabel("share labelled 1")
    ax.set_title("Reliability curve")
    ax.legend(loc="upper left", fontsize=8)
    written.append(_save(fig, folder, "reliability"))
    return written


def write_card_and_plots(
    folder: Path,
    metadata: Mapping[str, Any],
    curves: Mapping[str, tuple[np.ndarray, np.ndarray]],
) -> None:
    """What :func:`training.artifacts.save_model_dir` calls to finish a model directory."""
    write_plots(folder, metadata, curves)
    (Path(folder) / "README.md").write_text(render_card(metadata), encoding="utf-8")


def _save(fig, folder: Path, key: str) -> str:
    """Write one plot of the card and free its figure; returns its file name."""
    import matplotlib.pyplot as plt

    fig.tight_layout()
    fig.savefig(folder / PLOTS[key], dpi=100)
    plt.close(fig)
    return PLOTS[key]
