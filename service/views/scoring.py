"""POST /v1/score and POST /v1/score/batch."""

from __future__ import annotations

import http
import logging
from collections.abc import Mapping
from typing import Any

from flask import current_app, g, jsonify
from flask.wrappers import Response
from flask_smorest import abort
from flask_smorest.error_handler import ErrorSchema
from marshmallow import ValidationError

from service.cache import Answer, cache_key
from service.explain import document_language, explain_document, read
from service.extensions import Blueprint, first_error, get_state, lone_surrogate_field
from service.models import ModelSlot, ModelUnavailable
from service.schemas import ArticleSchema, BatchResultSchema, BatchSchema, ScoreSchema
from service.views import BEARER, require_api_key
from training.features import EmptyDocumentError, InputError, UnsupportedLanguageError

log = logging.getLogger("service.scoring")

blp = Blueprint(
    "scoring",
    __name__,
    url_prefix="/v1",
    description="Score articles, with each feature's share of the score and its evidence.",
)
blp.before_request(require_api_key)

_ARTICLE = ArticleSchema()
# Answers are dumped through the schema and encoded as JSON once, when computed, and cached
# encoded (service.cache.Answer): a cache hit then costs a decompression and no marshmallow
# pass, JSON decoding or encoding. The views return Responses, which flask-smorest passes
# through untouched; @blp.response still documents the schema.
_SCORE = ScoreSchema()

_ERRORS = {
    400: "Malformed body: not JSON, not UTF-8, empty, nested too deeply, or an article field "
         "with an unpaired surrogate escape.",
    401: "API keys are configured and the request has no valid Bearer key.",
    413: "The body is larger than the configured limit (2 MiB by default).",
    415: "The body is not sent as application/json.",
    503: "No model is loaded for the article's language.",
}


class ArticleRejected(Exception):
    """One article cannot be scored; becomes the answer (single) or its batch entry."""

    def __init__(self, status: int, message: str, errors: dict[str, Any] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "code": self.status,
            "status": http.HTTPStatus(self.status).phrase,
            "message": self.message,
        }
        if self.errors:
            body["errors"] = self.errors
        return body


def _document_errors(route: Any) -> Any:
    for status, description in _ERRORS.items():
        route = blp.alt_response(status, schema=ErrorSchema, description=description)(route)
    return route


@blp.route("/score", methods=["POST"])
# An instance, not the class: webargs would build a new schema for every request.
@blp.arguments(_ARTICLE, example={
    "id": "cms-4217",
    "title": "Le gouvernement prépare une réforme",
    "text": "Selon le ministre, la réforme serait votée en juin. « Nous irons vite », a-t-il "
            "déclaré. Le syndicat n'a pas répondu à nos sollicitations.",
    "language": "fr",
})
@blp.response(200, ScoreSchema)
@_document_errors
@blp.doc(security=BEARER)
def score(article: dict[str, Any]) -> Response:
    """Score one article

    Exactly one of `text` and `html`. The answer carries the score, its rating, the base value
    and every feature's contribution in log-odds (`base_value + sum(contribution)` equals
    `logit(score)`), with the spans behind each value. For HTML input the visible text is
    returned as `text`, and evidence offsets index it.
    """
    try:
        answer, slot = score_article(article)
    except ArticleRejected as rejected:
        g.log_fields.update(language=article.get("language"))
        get_state().metrics.rejected.labels(status=str(rejected.status)).inc()
        abort(
            rejected.status,
            message=rejected.message,
            **({"errors": {"json": rejected.errors}} if rejected.errors else {}),
        )
    g.model_version = f"{slot.name}/{slot.version}"
    return current_app.response_class(
        answer.response_body(article.get("id")), mimetype="application/json"
    )


@blp.route("/score/batch", methods=["POST"])
@blp.arguments(BatchSchema())
@blp.response(200, BatchResultSchema)
@_document_errors
@blp.doc(security=BEARER)
def score_batch(batch: dict[str, Any]) -> Response:
    """Score up to 64 articles

    Results come in the order of `articles`. An article that cannot be scored gets
    `{"id", "error": {"code", "status", "message", "errors"?}}` in its place; the others are
    scored as usual.
    """
    state = get_state()
    results: list[dict[str, Any]] = []
    used: set[str] = set()
    failed = 0
    for raw in batch["articles"]:
        try:
            article = _load_article(raw)
            answer, slot = score_article(article)
        except ArticleRejected as rejected:
            failed += 1
            state.metrics.rejected.labels(status=str(rejected.status)).inc()
            results.append({"id": _raw_id(raw), "error": rejected.to_dict()})
            continue
        except Exception:
            # A bug hit by one article should not cost the CMS the other 63 answers.
            failed += 1
            log.exception(
                "article failed", extra={"fields": {"request_id": g.get("request_id")}}
            )
            state.metrics.rejected.labels(status="500").inc()
            results.append({"id": _raw_id(raw), "error": ArticleRejected(
                500, "Internal error; the request id identifies it in the service log."
            ).to_dict()})
            continue
        used.add(f"{slot.name}/{slot.version}")
        results.append({"id": article.get("id"), **answer.as_dict()})
    g.log_fields = {"articles": len(results), "failed": failed}
    if used:
        g.model_version = ", ".join(sorted(used))
    return jsonify({"results": results})


def _load_article(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, Mapping):
        raise ArticleRejected(422, "An article must be a JSON object.")
    try:
        return _ARTICLE.load(raw)
    except ValidationError as error:
        first = first_error(error.messages_dict)
        raise ArticleRejected(
            422, f"Invalid article: {first}" if first else "Invalid article.", error.messages_dict
        ) from None


def _raw_id(raw: Any) -> str | None:
    value = raw.get("id") if isinstance(raw, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value)[:256]


def normalise_language(code: str) -> str:
    """"fr", "FR", "fr-FR", "fr_CA" -> "fr"."""
    return code.strip().replace("_", "-").split("-")[0].lower()


def score_article(article: Mapping[str, Any]) -> tuple[Answer, ModelSlot]:
    """Score a validated article (cache first); ArticleRejected for what cannot be scored.
    The answer leaves out the article's id, which the caller adds."""
    surrogate = lone_surrogate_field(article)
    if surrogate is not None:
        message = (f"'{surrogate}' has an unpaired surrogate escape (\\ud800-\\udfff), "
                   "which is not a character.")
        raise ArticleRejected(400, message, {surrogate: [message]})
    state = get_state()
    registry = state.registry
    language = article.get("language")
    document = {name: article[name] for name in ("text", "html", "title") if article.get(name)}
    if language is not None:
        language = normalise_language(language)
        if language not in registry.languages:
            message = (f"Unsupported language {article['language']!r}; "
                       f"this service scores: {', '.join(registry.languages)}.")
            raise ArticleRejected(422, message, {"language": [message]})
        document["language"] = language
        candidates = [_slot(registry, language)]
    else:
        candidates = registry.loaded()
        if not candidates:
            raise ArticleRejected(503, "No model is loaded: see /readyz.")

    key = cache_key((slot.ident for slot in candidates), document)
    answer = state.cache.get(key)
    if answer is not None:
        slot = registry.for_language(answer.language)
        outcome = "hit"
    else:
        slot, result = _score_uncached(registry, document)
        answer = Answer.of(_SCORE.dump(result))
        size = len(document.get("text") or document.get("html") or "") + len(
            document.get("title") or ""
        )
        state.cache.put(key, answer, weight=size)
        outcome = "miss"

    state.metrics.scores.labels(language=answer.language).observe(answer.score)
    state.metrics.articles.labels(language=answer.language, cache=outcome).inc()
    g.log_fields.update(
        model=slot.name,
        version=slot.version,
        language=answer.language,
        score=answer.score,
        rating=answer.rating,
        cache=outcome,
        from_html="html" in document,
        chars=len(document.get("text") or document.get("html") or ""),
    )
    return answer, slot


def _slot(registry: Any, language: str) -> ModelSlot:
    try:
        return registry.for_language(language)
    except ModelUnavailable as error:
        raise ArticleRejected(503, f"{error.reason}: see /readyz.") from None


def _sentence(error: Exception) -> str:
    text = str(error).strip().rstrip(".")
    return text[:1].upper() + text[1:] + "."


def _score_uncached(
    registry: Any, document: dict[str, Any]
) -> tuple[ModelSlot, dict[str, Any]]:
    limit = current_app.config["MAX_TEXT_CHARS"]
    try:
        if "html" in document or "language" not in document:
            intake = read(document)
            if len(intake.text) > limit:
                raise ArticleRejected(
                    422,
                    f"The visible text of the HTML has {len(intake.text):,} characters; "
                    f"the limit is {limit:,}.",
                    {"html": ["Too much text."]},
                )
            if "language" not in document:
                document["language"] = document_language(intake, registry.languages)
        slot = _slot(registry, document["language"])
        explained = explain_document(
            slot.pipeline, document, rating_thresholds=slot.metadata["rating_thresholds"]
        )
    except UnsupportedLanguageError as error:
        served = ", ".join(registry.languages)
        if str(error.detected).startswith("unknown"):
            message = ("Cannot tell the language: the text is too short; give 'language' "
                       f"({served}).")
        else:
            message = (f"Unsupported language {error.detected!r} (detected from the text); "
                       f"this service scores: {served}.")
        raise ArticleRejected(422, message, {"language": [message]}) from None
    except EmptyDocumentError as error:
        field = "html" if "html" in document else "text"
        raise ArticleRejected(422, _sentence(error), {field: [_sentence(error)]}) from None
    except InputError as error:
        raise ArticleRejected(422, _sentence(error), {"_schema": [_sentence(error)]}) from None
    return slot, {"model": {"name": slot.name, "version": slot.version}, **explained}
