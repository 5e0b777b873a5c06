"""A name followed by an age between commas is a person's ("Okafor, 45, told reporters",
"a déclaré Moreau, 45 ans, lundi"), whatever NER calls a single surname; a count of staff after
a company's name is no age. A document that was posted or released does not speak by that
participle, even where the parser hung the clause of the main verb on it."""

import pytest

from .helpers import analyse, check_slices


def sources(analysis) -> list[tuple[str, str]]:
    return sorted({(e.source, e.type) for e in analysis.evidence_for("named_sources")})


@pytest.mark.parametrize("language, text, expected", [
    ("en", 'The mill closed in May. "We will not give up," Okafor, 45, told reporters on '
           "Monday.", [("Okafor", "person")]),
    ("en", "The mill closed in May. Brannigan, 58, said the buyer was local.",
     [("Brannigan", "person")]),
    ("en", 'The mill closed in May. "It is over," said Delacroix, 61.',
     [("Delacroix", "person")]),
    ("fr", "La scierie a fermé en mai. « Nous ne lâcherons rien », a déclaré Moreau, 45 ans, "
           "lundi.", [("Moreau", "person")]),
    ("fr", "La scierie a fermé en mai. Ramirez, 58 ans, a affirmé qu'il était épuisé.",
     [("Ramirez", "person")]),
])
def test_a_name_with_an_age_is_a_person(language, text, expected):
    analysis = analyse(text, language)
    check_slices(analysis)
    assert sources(analysis) == expected


def test_the_surname_said_again_is_the_same_person():
    analysis = analyse("The mill closed in May. Okafor, 45, told reporters the mill had been "
                       "sold. Later, Okafor said the buyer was local.", "en")
    assert sources(analysis) == [("Okafor", "person")]
    assert analysis.values["named_sources"] == 1


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "La société Valtéra, 150 salariés, a annoncé la fermeture du site.",
     [("Valtéra", "organisation")]),
    ("en", "The mill closed. Brantley, 300 workers strong, said it would reopen.",
     [("Brantley", "organisation")]),
])
def test_a_count_of_staff_is_no_age(language, text, expected):
    assert sources(analyse(text, language)) == expected


def test_a_posted_statement_is_not_the_speaker_of_its_participle():
    analysis = analyse("The ministry said in a statement posted online that the talks had "
                       "failed.", "en")
    check_slices(analysis)
    assert sources(analysis) == [("ministry", "organisation")]
    assert analysis.values["anonymous_sources"] == 0


@pytest.mark.parametrize("text, expected", [
    ("A statement posted by the Harbor Authority on Monday said the road was closed.",
     [("the Harbor Authority", "organisation")]),
    ("Figures released Tuesday by the Labor Department showed that hiring slowed.",
     [("the Labor Department", "organisation")]),
])
def test_a_released_document_speaks_for_its_issuer(text, expected):
    assert sources(analyse(text, "en")) == expected


def test_a_surname_with_a_party_in_apposition_is_the_person_named_before():
    analysis = analyse("“We had no choice,” Councilwoman Dana Reyes said after the vote. Reyes, a "
                       "Democrat, added that the cuts would be temporary.", "en")
    assert sources(analysis) == [("Dana Reyes", "person")]
    assert [e.text for e in analysis.evidence_for("named_sources")][-1] == (
        "Reyes, a Democrat, added")
    assert analysis.values["named_sources"] == 1 and analysis.values["anonymous_sources"] == 0


def test_a_document_published_in_a_journal_named_after_its_kind():
    analysis = analyse("The study, published in the journal Nature Ecology, suggests that the "
                       "species is declining.", "en")
    assert [name for name, _ in sources(analysis)] == ["Nature Ecology"]
