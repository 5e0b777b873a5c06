"""Someone named by a tie to a person ("la fille de Jean Dupont", "aides to Governor Ann
Cole", "Hill's daughter") is an unnamed source, not the person named; and a name whose
particle the tagger read as an article ("Marine Le Pen", "Bruno Le Maire") does not become
the subject when it is the complement of the noun that speaks."""

import pytest

from .helpers import analyse, check_slices, spans


def sources(analysis) -> list[str]:
    """The names of the named sources, as the evidence gives them."""
    return sorted({e.source for e in analysis.evidence_for("named_sources")})


@pytest.mark.parametrize("text, language", [
    ("La fille de Jean Dupont a affirmé que son père serait candidat aux municipales.", "fr"),
    ("Les proches de Jean Dupont assurent que le candidat ne se retirera pas de la course.",
     "fr"),
    ("Le frère de la victime a raconté la soirée devant le tribunal de Rennes.", "fr"),
    ("Jean Dupont a annoncé sa candidature lundi. Son frère a affirmé qu'il ne le "
     "soutiendrait pas.", "fr"),
    ("The daughter of Paul Martin said her father had done nothing wrong.", "en"),
    ("Aides to Governor Ann Cole said the plan would be delayed until spring.", "en"),
    ("Council member Tom Hill left the meeting early. Hill's daughter said the family was "
     "relieved by the vote.", "en"),
])
def test_someone_close_to_a_named_person_is_an_unnamed_source(text, language):
    a = analyse(text, language)
    relative = [e for e in a.evidence_for("anonymous_sources")]
    assert len(relative) == 1
    assert not any(e.start <= relative[0].start < e.end
                   for e in a.evidence_for("named_sources"))
    # (only "Jean Dupont a annoncé" reports speech; "Tom Hill left" does not)
    assert a.values["named_sources"] == (1 if "Jean Dupont a annoncé" in text else 0)
    check_slices(a)


@pytest.mark.parametrize("text, language, name", [
    # a name in apposition is the relative's own
    ("Sa fille, Marie Dupont, a affirmé que son père serait candidat aux municipales.", "fr",
     "Marie Dupont"),
    ("La sœur de Jean Dupont, Claire Martin, a raconté la soirée devant le tribunal.", "fr",
     "Claire Martin"),
    ("His brother, Mark Reed, said the family would appeal the ruling next week.", "en",
     "Mark Reed"),
    # a spokesperson still speaks for the one named
    ("L'avocat de Paul Martin a indiqué que son client ferait appel de la décision.", "fr",
     "Paul Martin"),
])
def test_a_relative_named_in_apposition_or_a_spokesperson_stays_named(text, language, name):
    a = analyse(text, language)
    assert sources(a) == [name]
    assert a.values["anonymous_sources"] == 0


def test_an_organisation_whose_name_starts_with_a_relation_word_is_not_a_relative():
    a = analyse("Friends of the Earth said the plan was a disaster for the coast.", "en")
    assert a.values["anonymous_sources"] == 0
    assert a.values["named_sources"] == 1


@pytest.mark.parametrize("text", [
    "L'entourage de Marine Le Pen assure que la candidate ne se retirera pas de la course.",
    "Les proches de Bruno Le Maire disent que le ministre ne quittera pas le gouvernement.",
    "La fille de Marine Le Pen a affirmé que sa mère se présenterait à nouveau en 2027.",
])
def test_a_name_with_a_particle_in_a_complement_is_not_the_speaker(text):
    a = analyse(text)
    assert a.values["named_sources"] == 0
    assert a.values["anonymous_sources"] == 1
    (evidence,) = spans(a, "anonymous_sources")
    assert evidence.startswith(text.split(" de ")[0])


@pytest.mark.parametrize("text, name", [
    ("Marine Le Pen a dénoncé un budget de renoncement lors de son meeting de Perpignan.",
     "Marine Le Pen"),
    ("Le cabinet de Bruno Le Maire a indiqué que le ministre serait absent jeudi.",
     "Bruno Le Maire"),
    ("Jean-Yves Le Drian a affirmé que la France ne céderait pas sur ce dossier.",
     "Jean-Yves Le Drian"),
])
def test_a_name_with_a_particle_that_speaks_stays_named(text, name):
    a = analyse(text)
    assert sources(a) == [name]
    assert a.values["anonymous_sources"] == 0


@pytest.mark.parametrize("text, name", [
    ("« On a souffert mais on a tenu », a réagi l'entraîneur Roberto De Zerbi au micro.",
     "Roberto De Zerbi"),
    ("« Le dossier avance », explique Thomas Reynaud, le directeur du projet.",
     "Thomas Reynaud"),
])
def test_the_evidence_of_a_speaker_after_its_verb_covers_the_whole_name(text, name):
    a = analyse(text)
    (evidence,) = spans(a, "named_sources")
    assert evidence.endswith(name)
    check_slices(a)
