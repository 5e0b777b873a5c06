"""French wire copy: an incise whose subject follows the outlet it was said to ("ont indiqué à
l'AFP des sources policières", where the tagger read "des" as "de les"), and a verb whose quoted
object the parser made a second subject ("Les syndicats dénoncent « une provocation »")."""

import pytest

from .helpers import analyse, check_slices


def attributions(analysis) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in analysis.evidence
            if e.feature in ("named_sources", "anonymous_sources", "attributions")]


@pytest.mark.parametrize("text, speaker, type_", [
    ("Deux suspects ont été interpellés, ont indiqué à l'AFP des sources policières.",
     "sources policières", "anonymous"),
    ("« C'est faux », a déclaré à Reuters des responsables du ministère.",
     "des responsables du ministère", "anonymous"),
])
def test_the_subject_after_the_outlet_spoken_to(text, speaker, type_):
    analysis = analyse(text)
    check_slices(analysis)
    [(evidence, found)] = attributions(analysis)
    assert evidence.endswith(speaker) and found == type_
    assert analysis.values["anonymous_sources"] == 1


def test_a_quoted_object_is_no_second_subject():
    analysis = analyse("Les syndicats dénoncent « une provocation ».")
    assert attributions(analysis) == [("Les syndicats dénoncent", "collective")]


@pytest.mark.parametrize("text", [
    "Le Canard enchaîné révèle que le ministre a menti.",
    "Selon le Canard enchaîné, le ministre a menti.",
    "D'après le Canard enchaîné, le ministre a menti.",
])
def test_an_outlet_whose_name_the_parser_cut_at_a_participle(text):
    # ("enchaîné" parsed as a participle of its own, and NER's "Canard enchaîné" a person)
    analysis = analyse(text)
    assert sorted({(e.source, e.type) for e in analysis.evidence_for("named_sources")}) == [
        ("Le Canard enchaîné", "media")]


@pytest.mark.parametrize("text, language", [
    ("Plusieurs élus de la majorité ont critiqué la réforme sous couvert d'anonymat.", "fr"),
    ("Un élu a critiqué la réforme, sous couvert d'anonymat.", "fr"),
    ("Two officials criticized the plan on condition of anonymity.", "en"),
    ("Two officials said the plan was dead, speaking on condition of anonymity because they "
     "were not authorized to discuss it.", "en"),
])
def test_an_anonymity_formula_after_the_verb_qualifies_its_speaker(text, language):
    analysis = analyse(text, language)
    check_slices(analysis)
    assert analysis.values["anonymous_sources"] == 1


@pytest.mark.parametrize("text, silent, who", [
    ("Sollicitée, la préfecture n'a pas donné suite.", "n'a pas donné suite", "préfecture"),
    ("Jointe par téléphone, Marie Roux n'a pas rappelé.", "n'a pas rappelé", "Marie Roux"),
])
def test_a_non_response_after_an_opening_participle(text, silent, who):
    assert [(e.text, e.source) for e in analyse(text).evidence_for("non_response")] == [
        (silent, who)]


def test_an_opening_participle_is_no_non_response_by_itself():
    # ("Sollicitée, X n'a pas …" counted any negated verb as a refusal to answer)
    assert analyse("Sollicitée, la direction n'a pas caché son inquiétude.").values[
        "non_response"] == 0


def test_two_anonymity_formulas_are_two_sources():
    analysis = analyse("A diplomat, who spoke on condition of anonymity, said the talks had "
                       "stalled, and an aide, who asked not to be named, said the same.", "en")
    assert analysis.values["anonymous_sources"] == 2


def test_an_outlet_spoken_to_is_not_the_speaker():
    # (the outlet names were tried at every named speaker, with the words after it: "Senator
    # Ann Jones told CNN" ended in an outlet's name and became the outlet)
    analysis = analyse("The vote failed on Monday. Senator Ann Jones told CNN that the bill was "
                       "dead.", "en")
    assert sorted({(e.source, e.type) for e in analysis.evidence_for("named_sources")}) == [
        ("Ann Jones", "person")]
