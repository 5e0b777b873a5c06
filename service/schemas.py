"""Request and response schemas (marshmallow 4); the OpenAPI document is generated from them.

Input schemas exclude unknown fields: CMS plugins send whatever their article object holds.
Limits that come from the configuration are read from the running app when a body is loaded;
the numbers in the generated document are the defaults.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, has_app_context
from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate, validates_schema

from service.config import defaults

_DEFAULTS = defaults()


def _limit(key: str) -> int:
    return current_app.config[key] if has_app_context() else _DEFAULTS[key]


class ArticleId(fields.String):
    """The caller's article id: a string, or an integer (many CMSs number their posts)."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        return super()._deserialize(value, attr, data, **kwargs)


class ArticleSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    id = ArticleId(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=256),
        metadata={"description": "Your id for the article, echoed in the answer."},
    )
    title = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=2_000),
        metadata={"description": "Headline; analysed too (evidence with field 'title')."},
    )
    text = fields.String(
        load_default=None,
        allow_none=True,
        metadata={
            "description": "Plain article text. Give exactly one of text and html. At most "
            "SCORER_MAX_TEXT_CHARS characters (a setting of the service; 200,000 by default, "
            "the maxLength given here).",
            "maxLength": _DEFAULTS["MAX_TEXT_CHARS"],
        },
    )
    html = fields.String(
        load_default=None,
        allow_none=True,
        metadata={
            "description": (
                "Article HTML; only its visible text is scored (scripts, styles, navigation, "
                "captions and credits are left out) and that text is returned as 'text'."
            )
        },
    )
    language = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(min=2, max=35),
        metadata={
            "description": "ISO 639-1 code (a region suffix such as fr-FR is accepted); "
            "detected from the text when absent.",
            "example": "fr",
        },
    )
    url = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=4_096),
        metadata={"description": "Where the article is published; not used for scoring."},
    )

    @validates_schema
    def _one_body(self, data: dict[str, Any], **_kwargs: Any) -> None:
        text, html = data.get("text"), data.get("html")
        if (text is None) == (html is None):
            raise ValidationError("Give exactly one of 'text' and 'html'.", "_schema")
        body, name = (text, "text") if text is not None else (html, "html")
        if not body.strip():
            raise ValidationError(f"The {name} is empty.", name)
        limit = _limit("MAX_TEXT_CHARS")
        if text is not None and len(text) > limit:
            raise ValidationError(
                f"The text has {len(text):,} characters; the limit is {limit:,}.", "text"
            )


def _batch_size(articles: list[Any]) -> None:
    limit = _limit("MAX_BATCH")
    if len(articles) > limit:
        raise ValidationError(f"At most {limit} articles per batch; got {len(articles)}.")


class _RawArticles(fields.List):
    """Documented as a list of articles but loaded raw, so that the view validates each one
    on its own and one bad article becomes an error in its place instead of failing the batch.
    """

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> list:
        if not isinstance(value, list):
            raise self.make_error("invalid")
        return list(value)


class BatchSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    articles = _RawArticles(
        fields.Nested(ArticleSchema),
        required=True,
        validate=_batch_size,
        metadata={"maxItems": _DEFAULTS["MAX_BATCH"]},
    )


class EvidenceSchema(Schema):
    start = fields.Integer(metadata={"description": "Offset (Unicode code points) of the span."})
    end = fields.Integer()
    text = fields.String(metadata={"description": "The span itself: source[start:end]."})
    type = fields.String(metadata={"description": "What the span is (cue, quotation, ...)."})
    field = fields.String(
        metadata={"description": "'text' (the article text) or 'title'.", "enum": ["text", "title"]}
    )
    source = fields.String(metadata={"description": (
        "Who, when named: the source of an attribution, who denied, who did not answer.")})


class FeatureSchema(Schema):
    name = fields.String()
    value = fields.Float(
        allow_none=True, metadata={"description": "Feature value; null when not applicable."}
    )
    applicable = fields.Boolean()
    contribution = fields.Float(
        metadata={"description": "Additive share in log-odds; 0 when not applicable."}
    )
    message = fields.String(metadata={"description": "What the feature found, in one sentence."})
    evidence = fields.List(fields.Nested(EvidenceSchema))


class ModelRefSchema(Schema):
    name = fields.String()
    version = fields.String()


class ScoreSchema(Schema):
    id = fields.String(allow_none=True)
    model = fields.Nested(ModelRefSchema)
    language = fields.String()
    score = fields.Float(
        metadata={"description": "The model's probability that the article is credibly "
                  "sourced; calibrated only when its model card (GET /v1/models/{name}) and "
                  "metadata.json ('calibration.applied') say so."}
    )
    rating = fields.String(metadata={"enum": ["low", "medium", "high"]})
    base_value = fields.Float(
        metadata={"description": "Log-odds before any feature: base_value + sum(contribution) "
                  "= logit(score)."}
    )
    features = fields.List(
        fields.Nested(FeatureSchema),
        metadata={"description": "Sorted by absolute contribution, largest first."},
    )
    text = fields.String(
        metadata={"description": "For HTML input only: the text the evidence offsets index."}
    )


class ErrorObjectSchema(Schema):
    code = fields.Integer()
    status = fields.String()
    message = fields.String()
    errors = fields.Dict()


class BatchItemSchema(ScoreSchema):
    error = fields.Nested(
        ErrorObjectSchema,
        metadata={"description": "Present instead of a score when this article was refused."},
    )


class BatchResultSchema(Schema):
    results = fields.List(
        fields.Nested(BatchItemSchema),
        metadata={"description": "One per article, in the order given."},
    )


class ModelSchema(Schema):
    name = fields.String()
    version = fields.String()
    language = fields.String()
    metadata = fields.Dict(metadata={"description": "The model's metadata.json."})


class ModelDetailSchema(ModelSchema):
    card = fields.String(metadata={"description": "The model card (Markdown)."})


class ModelListSchema(Schema):
    models = fields.List(fields.Nested(ModelSchema))


class LiveSchema(Schema):
    status = fields.String(metadata={"example": "alive"})


class ModelStatusSchema(Schema):
    name = fields.String()
    language = fields.String()
    version = fields.String(allow_none=True)
    status = fields.String(metadata={"enum": ["ready", "failed"]})
    reason = fields.String()


class ReadySchema(Schema):
    status = fields.String(metadata={"example": "ready"})
    models = fields.List(fields.Nested(ModelStatusSchema))
