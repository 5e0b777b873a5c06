"""Values shared by the feature functions: evidence spans and a document's analysis."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

FEATURE_NAMES: tuple[str, ...] = (
    "named_sources",
    "anonymous_sources",
    "denial",
    "non_response",
    "conditional_density",
    "unattributed_conditional_density",
    "quotations",
    "log_words",
)

# The sign a model's coefficient may take for each feature (training/constrained.py): +1 more
# is better sourcing, -1 worse, 0 either. A newsroom can rely on these whatever the corpus.
FEATURE_SIGNS: dict[str, int] = {
    "named_sources": 1,
    "anonymous_sources": -1,
    "denial": 1,
    "non_response": 1,
    "conditional_density": 0,
    "unattributed_conditional_density": -1,
    "quotations": 1,
    "log_words": 0,
}

# Source types carried by every attribution in the evidence.
SOURCE_TYPES: tuple[str, ...] = (
    "person",
    "organisation",
    "media",
    "anonymous",
    "collective",
    "unresolved",
)


@dataclass(frozen=True)
class Evidence:
    """A span of the returned text (or of the title) behind a feature value.

    ``start`` and ``end`` are Python ``str`` offsets into ``field`` ("text" or "title"):
    ``document[field][start:end] == text``.
    """

    feature: str
    start: int
    end: int
    text: str
    type: str
    field: str = "text"
    source: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        if data["source"] is None:
            del data["source"]
        return data


@dataclass
class Analysis:
    """Everything the extractor found in one document."""

    language: str
    values: dict[str, float]
    evidence: list[Evidence] = field(default_factory=list)
    text: str = ""
    title: str | None = None
    from_html: bool = False

    def row(self) -> list[float]:
        return [self.values[name] for name in FEATURE_NAMES]

    def evidence_for(self, feature: str) -> list[Evidence]:
        return [item for item in self.evidence if item.feature == feature]
