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
