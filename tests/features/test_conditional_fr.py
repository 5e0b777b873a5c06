"""Conditional mood in French: the future stem decides, imperfects and nouns never count."""

import pytest

from training.features.conditional import is_conditional_form
from training.features.lexicon import load_lexicon

from .helpers import analyse, spans

FR = load_lexicon("fr")


@pytest.mark.parametrize(
    "form",
    ["aurait", "serait", "pourrait", "devrait", "discuterait", "daterait", "auraient",
     "déclarerait", "prendrait", "répondrait", "agirait", "dirait", "irait", "ferait",
     "voudrait", "faudrait", "saurait", "viendrait", "obtiendrait", "recevrait", "verrait",
     "croirait", "conclurait", "paraîtrait", "créerait", "serions", "seriez", "aurais"],
)
def test_conditional_forms(form):
    assert is_conditional_form(form, FR)


@pytest.mark.parametrize(
    "form",
    ["déclarait", "espérait", "figurait", "portrait", "retrait", "retirait", "assurait",
     "restaurait", "montrait", "entrait", "couvrait", "livrait", "frais", "marais", "était",
     "extrait", "disait", "déclarions", "éclairait"],
)
def test_imperfects_and_nouns_are_not_conditional(form):
    assert not is_conditional_form(form, FR)


def test_imperfect_and_conditional_side_by_side():
    a = analyse(
        "Le maire déclarait hier qu'il espérait un accord. Son adjoint déclarerait plutôt "
        "que le projet serait abandonné, et que le retrait du portrait daterait de mars."
    )
    assert spans(a, "conditional_density") == ["déclarerait", "serait", "daterait"]


def test_conditional_with_and_without_attribution():
    a = analyse(
        "Le directeur aurait quitté l'entreprise, selon la préfecture. "
        "Il aurait aussi vendu ses parts."
    )
    kinds = [(e.text, e.type) for e in a.evidence_for("conditional_density")]
    assert kinds == [("aurait", "attributed"), ("aurait", "unattributed")]


@pytest.mark.parametrize("code", ["fr", "en"])
def test_counts_read_from_the_token_array_match_the_token_api(code):
    """The counts read as integers from the doc array equal the plain Token reading."""
    from pathlib import Path

    from training.features.conditional import conditional_cues
    from training.features.parse import parse_text

    lex = load_lexicon(code)
    text = (Path(__file__).resolve().parents[2] / "benchmarks" / "articles"
            / f"{code}.txt").read_text(encoding="utf-8")
    doc = parse_text(text, lex).doc
    cues, finite = conditional_cues(doc, lex)
    expected_finite = 0
    expected_forms = []
    for token in doc:
        if not token.is_alpha:
            continue
        form = lex.mood and token.pos_ != "PROPN" and is_conditional_form(token.lower_, lex)
        if form:
            expected_forms.append(token.idx)
        if form or token.tag_ in lex.finite_tags or "Fin" in token.morph.get("VerbForm"):
            expected_finite += 1
    assert finite == expected_finite > 50
    assert [c.start for c in cues if c.kind == "conditional"] == expected_forms
    assert bool(expected_forms) == (code == "fr")
