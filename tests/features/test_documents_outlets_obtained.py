"""A document an outlet obtained, said with a relative clause, is that outlet's reporting.

"Selon un document interne consulté par Le Monde" already cited Le Monde; "Selon un document
interne que Le Monde a pu consulter", the usual French wording, and "a memo that The New York
Times obtained" now do too. Someone else in the clause is no outlet's reporting.
"""

import pytest

from .helpers import analyse_checked, sources


@pytest.mark.parametrize("language, text, outlet", [
    ("fr", "Selon un document interne que Le Monde a pu consulter, 300 postes seraient menacés.",
     "Le Monde"),
    ("fr", "D'après un rapport que s'est procuré Mediapart, la facture a doublé.", "Mediapart"),
    ("en", "According to an internal memo that The New York Times obtained, 300 jobs are at "
           "risk.", "The New York Times"),
    ("en", "An email that Bloomberg reviewed shows the decision had been made.", "Bloomberg"),
    # (the first of two outlets)
    ("fr", "Selon des documents que Le Monde et Mediapart ont pu consulter, l'entreprise savait.",
     "Le Monde"),
    # the participle wording, as before
    ("fr", "Selon un document interne consulté par Le Monde, 300 postes seraient menacés.",
     "Le Monde"),
])
def test_a_document_an_outlet_obtained_cites_the_outlet(language, text, outlet):
    analysis = analyse_checked(text, language)
    assert sources(analysis) == [(outlet, "media")]
    assert analysis.values["anonymous_sources"] == 0


@pytest.mark.parametrize("language, text", [
    # the one who passed it on, and an outlet that received it, are no outlet's reporting
    ("fr", "Selon un document que Paul Roux a transmis au Monde, 300 postes seraient menacés."),
    ("fr", "Selon un document que le ministère a transmis aux syndicats, 300 postes seraient "
           "menacés."),
    ("en", "According to a memo that the ministry sent to unions, 300 jobs are at risk."),
])
def test_a_document_passed_on_by_someone_else_cites_no_outlet(language, text):
    analysis = analyse_checked(text, language)
    assert all(type_ != "media" for _, type_ in sources(analysis))
