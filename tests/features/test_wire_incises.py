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
