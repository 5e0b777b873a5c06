"""A fifth black-box read: sources coordinated after a source preposition each count; common
nouns coordinated with a speaker are not part of its name."""

import pytest

from .helpers import analyse, check_slices


def sources(analysis) -> list[tuple[str, str]]:
    return sorted({(e.source, e.type) for e in analysis.evidence_for("named_sources")})


@pytest.mark.parametrize("text, language, names", [
    ("Selon l'Insee et la Dares, le nombre de demandeurs d'emploi a progressé de 1,2 %.", "fr",
     ["Dares", "Insee"]),
    ("According to the BLS and the Labor Department, jobless claims rose 1.2%.", "en",
     ["BLS", "the Labor Department"]),
])
def test_sources_coordinated_after_a_preposition_each_count(text, language, names):
    a = analyse(text, language)
    assert sorted(name for name, _ in sources(a)) == names
    check_slices(a)


@pytest.mark.parametrize("text, name", [
    ("According to police and witnesses, the car was speeding.", "police"),
    ("According to the company and its filings, sales fell by a third.", "company"),
])
def test_a_common_noun_coordinated_with_a_source_is_no_part_of_its_name(text, name):
    assert [n for n, _ in sources(analyse(text, "en"))] == [name]


def test_a_department_speaks_for_its_institution():
    a = analyse("La préfecture a confirmé l'accident. « Aucune limitation nocturne n'existe », a "
                "indiqué le service communication de la préfecture.")
    assert sources(a) == [("préfecture", "organisation")]
    # a public service named with its adjective stays its own body
    a = analyse("Le service public de l'audiovisuel a annoncé des économies.")
    assert [n for n, _ in sources(a)] == ["service public de l'audiovisuel"]


def test_a_clause_subject_the_parser_coordinated_with_an_apposed_speaker_is_not_his():
    a = analyse("À en croire le ministre de l'intérieur, Gérald Darmanin, les chiffres de la "
                "délinquance baissent.")
    (evidence,) = a.evidence_for("named_sources")
    assert evidence.source == "Gérald Darmanin"
    assert "chiffres" not in evidence.text


def test_a_subheading_s_common_noun_is_no_named_source():
    a = analyse("Sprinter Dani Okoye was banned for four years, the unit said. Okoye, 26, won the "
                "200 meters last year.\nAthlete denies wrongdoing\nOkoye denied knowingly taking "
                "any banned substance.", "en")
    assert [n for n, _ in sources(a)] == ["Sprinter Dani Okoye"]
    # while a subheading's surname of someone named before is that person
    a = analyse("Senator Ann Cole spoke on Monday about the budget.\nCole denies wrongdoing\nThe "
                "senator said she had done nothing wrong.", "en")
    assert sources(a) == [("Ann Cole", "person")]


def test_a_participle_after_the_outlet_told_speaks_with_the_subject():
    a = analyse("Un homme a été placé en garde à vue lundi, a indiqué le parquet de Lyon à l'AFP, "
                "confirmant une information du quotidien régional.")
    assert sources(a) == [("parquet de Lyon", "organisation")]


def test_a_pronominal_incise_the_tagger_read_as_a_noun_is_a_verb():
    a = analyse("« C'est une victoire collective », s'est félicité Jean-Marc Roux devant ses "
                "partisans.")
    assert sources(a) == [("Jean-Marc Roux", "person")]
    # the noun stays a noun: "la félicité" reports nothing
    a = analyse("« Les habitants ont retrouvé la félicité des jours anciens », selon le maire.")
    assert (a.values["named_sources"], a.values["anonymous_sources"]) == (0, 1)
    assert [e.text for e in a.evidence_for("anonymous_sources")] == ["selon le maire"]


@pytest.mark.parametrize("text, name", [
    ("« Le projet avance », a déclaré la ministre à France Culture.", "ministre"),
    ("« Le projet avance », a déclaré la ministre à France Inter.", "ministre"),
    ("« Le projet avance », a déclaré l'adjointe à la culture, Sophie Renaudin.",
     "Sophie Renaudin"),
])
def test_the_station_a_speaker_told_is_not_the_speaker(text, name):
    assert [n for n, _ in sources(analyse(text))] == [name]
