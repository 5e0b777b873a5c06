"""Small helpers for the feature tests: analyse one French or English snippet."""

from training.features import analyse_document


def analyse(text: str, language: str = "fr", **document):
    return analyse_document({"text": text, **document}, language=language, min_words=0)


def spans(analysis, feature: str) -> list[str]:
    return [item.text for item in analysis.evidence_for(feature)]


def check_slices(analysis) -> None:
    for item in analysis.evidence:
        source = analysis.title if item.field == "title" else analysis.text
        assert source[item.start : item.end] == item.text, item


def sources(analysis, feature: str = "named_sources") -> list[tuple[str, str]]:
    """The distinct (source, type) pairs of one feature's evidence, sorted."""
    return sorted({(item.source, item.type) for item in analysis.evidence_for(feature)})


def silent(analysis) -> list[str | None]:
    """Who each non-response names, in order (None: no one)."""
    return [item.source for item in analysis.evidence_for("non_response")]


def analyse_checked(text: str, language: str = "fr", **document):
    """:func:`analyse`, after checking that every evidence span slices its own text."""
    analysis = analyse(text, language, **document)
    check_slices(analysis)
    return analysis
