"""Denials and non-responses are separate features; negated denials are admissions."""

from .helpers import analyse


def test_denial():
    a = analyse("Le porte-parole du gouvernement a démenti ces informations mardi soir.")
    assert a.values["denial"] == 1
    assert a.values["non_response"] == 0


def test_negated_denial_is_not_a_denial():
    a = analyse("Le maire ne dément pas avoir reçu la lettre du préfet en janvier.")
    assert a.values["denial"] == 0


def test_non_response_is_not_a_denial():
    a = analyse("Contactée, l'entreprise n'a pas répondu à nos sollicitations.")
    assert a.values["non_response"] == 1
    assert a.values["denial"] == 0


def test_rejecting_accusations_is_a_denial():
    a = analyse("L'élu rejette fermement les accusations portées contre lui.")
    assert a.values["denial"] == 1


def _deniers(text: str, language: str = "fr") -> list[tuple[str, str, str | None]]:
    return [(e.text, e.type, e.source) for e in analyse(text, language).evidence_for("denial")]


def test_who_denied_a_quoted_denial_is_the_quotation_s_speaker():
    assert _deniers("« Il n'en a jamais été question », a assuré la société Brivane.") == [
        ("Il n'en a jamais été question", "organisation", "Brivane")]
    assert _deniers('The singer\'s agent, Mia Holt, called the story "categorically false."',
                    "en") == [("categorically false", "person", "Mia Holt")]


def test_who_denied_what_a_source_s_clause_says():
    # the denial is the content of the services' statement, not a cue of its own
    assert _deniers("Les services du ministère de la Culture, affirmant qu'il n'y aurait jamais "
                    "eu d'accord, ont clos le débat.") == [
        ("n'y aurait jamais eu", "organisation", "services du ministère de la Culture")]


def test_dement_is_the_verb_of_a_named_source_when_the_tagger_takes_it_for_an_adjective():
    a = analyse("L'association Terres Vives dément avoir reçu des fonds publics et rappelle "
                "qu'elle publie ses comptes.")
    assert [(e.text, e.type, e.source) for e in a.evidence_for("denial")] == [
        ("dément", "organisation", "Terres Vives")]
    assert [e.source for e in a.evidence_for("named_sources")] == ["Terres Vives"]


def test_a_denial_nobody_is_said_to_make_stays_unresolved():
    assert _deniers("Malgré ce démenti, les files d'attente se sont allongées devant les "
                    "stations.") == [("démenti", "unresolved", None)]
    # a source of the sentence is not who denied ("ce démenti" was someone else's)
    assert _deniers("Selon la préfecture de Valrance, les files se sont allongées malgré ce "
                    "démenti.") == [("démenti", "unresolved", None)]


def _silent(text: str, language: str = "fr") -> list[tuple[str, str | None]]:
    a = analyse(text, language)
    return [(e.text, e.source) for e in a.evidence_for("non_response")]


def test_a_non_response_names_who_did_not_answer():
    assert _silent("Sollicité, Paul Arnal n'a pas donné suite.") == [
        ("n'a pas donné suite", "Paul Arnal")]
    assert _silent("Paul Arnal did not respond to requests for comment.", "en") == [
        ("did not respond to requests for comment", "Paul Arnal")]
    assert _silent("A spokeswoman for the county declined to comment.", "en") == [
        ("declined to comment", "county")]
    # (no one named: no name)
    assert _silent("Contacté, il n'a pas donné suite.") == [("n'a pas donné suite", None)]


def test_who_did_not_answer_is_no_source_and_attributes_no_conditional():
    a = analyse("The mayor's office declined to comment on whether the plan could be delayed.",
                "en")
    assert a.values["named_sources"] == 0 and a.values["anonymous_sources"] == 0
    assert [e.type for e in a.evidence_for("conditional_density")] == ["unattributed"]
