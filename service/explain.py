"""Pure scoring: a fitted pipeline and one document in, the explained answer out.

The values and the evidence come from the pipeline's own first step
(``named_steps["features"].analyse``) and the arithmetic from ``training.explain``, so the
service cannot drift from what the model was trained on. No Flask here, so that tests and
the model-loading self-check call it directly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from training.explain import explain_row, rating
from training.features import UnsupportedLanguageError, detect_language
from training.features.intake import Intake, read_document
from training.features.messages import feature_message


def explain_document(
    pipeline: Any, document: Mapping[str, Any], *, rating_thresholds: Any
) -> dict[str, Any]:
    """Score ``document`` ({"text" | "html", "title"?, "language"?}) with ``pipeline``.

    Returns {"language", "score", "rating", "base_value", "features", "text"?} where
    ``features`` is sorted by absolute contribution and ``text`` is present for HTML input.
    Raises ``training.features.errors.InputError`` subclasses for documents that cannot be
    analysed (empty, unsupported language).
    """
    analysis = pipeline.named_steps["features"].analyse([dict(document)])[0]
    explanation = explain_row(pipeline, analysis.row())
    features = []
    for name, contribution in explanation.contributions.items():
        value = float(analysis.values[name])
        applicable = not math.isnan(value)
        evidence = _evidence_for(analysis, name)
        features.append(
            {
                "name": name,
                "value": value if applicable else None,
                "applicable": applicable,
                # + 0.0 turns -0.0 (a negative coefficient times z == 0) into 0.0.
                "contribution": float(contribution) + 0.0,
                "message": feature_message(name, value, evidence),
                "evidence": [_evidence(item) for item in evidence],
            }
        )
    features.sort(key=lambda item: (-abs(item["contribution"]), item["name"]))
    result: dict[str, Any] = {
        "language": analysis.language,
        "score": float(explanation.score),
        "rating": rating(explanation.score, rating_thresholds),
        "base_value": float(explanation.base),
        "features": features,
    }
    if analysis.from_html:
        result["text"] = analysis.text
    return result


def read(document: Mapping[str, Any]) -> Intake:
    """The text the features will see (HTML made visible text, captions masked)."""
    return read_document(dict(document))


def document_language(intake: Intake, served: tuple[str, ...]) -> str:
    """The language the features would detect for this document, if the service serves it.

    The sample is the one ``training.features.extract.analyse_document`` detects on, so the
    model chosen here is the one whose language the analysis will agree with.
    """
    code = detect_language((intake.analysed_title or "") + "\n" + intake.analysed)
    if code not in served:
        raise UnsupportedLanguageError(code, served)
    return code


def _evidence_for(analysis: Any, name: str) -> list[Any]:
    items = analysis.evidence_for(name)
    if not items and name == "unattributed_conditional_density":
        # The extractor files every conditional under conditional_density, typed attributed /
        # unattributed; the unattributed ones are this feature's evidence.
        items = [
            item for item in analysis.evidence_for("conditional_density")
            if item.type == "unattributed"
        ]
    return items


def _evidence(item: Any) -> dict[str, Any]:
    data = item.to_dict()
    # The feature is the enclosing object; repeating it in every span only adds bytes.
    data.pop("feature", None)
    return data


def logit(probability: float) -> float:
    return math.log(probability) - math.log1p(-probability)


def identity_gap(result: Mapping[str, Any]) -> float:
    """|base_value + sum(contributions) - logit(score)|: 0 up to rounding for a sound answer."""
    total = result["base_value"] + math.fsum(f["contribution"] for f in result["features"])
    return abs(total - logit(result["score"]))


def evidence_mismatches(
    result: Mapping[str, Any], document: Mapping[str, Any]
) -> Sequence[dict[str, Any]]:
    """Evidence spans whose offsets do not slice their own text out of the returned text."""
    sources = {"text": result.get("text", document.get("text")), "title": document.get("title")}
    bad = []
    for feature in result["features"]:
        for span in feature["evidence"]:
            source = sources.get(span.get("field", "text")) or ""
            if source[span["start"]:span["end"]] != span["text"]:
                bad.append(span)
    return bad
