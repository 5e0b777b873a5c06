"""French verbs whose stem vowel turns grave in the present ("considérer" → "il considère",
"révéler" → "révèle", "marteler" → "martèle") report as their other forms do; "relever" and
"compléter" report only before what was said or as an incise; a participle whose auxiliary or
relative subject stands before an aside opens no incise."""

import pytest

from training.features.lexicon import load_lexicon

from .helpers import analyse, check_slices


def sources(analysis) -> list[tuple[str, str]]:
    return sorted({(e.source, e.type) for e in analysis.evidence_for("named_sources")})


@pytest.mark.parametrize("form", ["considère", "considèrent", "révèle", "révèlent", "martèle",
                                  "martèlent", "réitère", "assène", "relève", "complète"])
def test_the_present_with_a_grave_accent_is_a_reporting_form(form):
    assert load_lexicon("fr").is_reporting(form)


@pytest.mark.parametrize("text, expected", [
    ("La fédération Terres Vives considère que la réforme est injuste.",
     [("Terres Vives", "organisation")]),
    ("« Rien n'est joué », martèle Paul Durand.", [("Paul Durand", "person")]),
    ("Marie Roux réitère qu'elle ne démissionnera pas.", [("Marie Roux", "person")]),
    ("Jean Petit assène que tout est faux.", [("Jean Petit", "person")]),
    ("« C'est fini », complète Anne Morel.", [("Anne Morel", "person")]),
    ("« Le dossier est vide », relève l'avocat Marc Leroy.", [("Marc Leroy", "person")]),
    ("Le quotidien L'Écho du Centre révèle que le maire a menti.",
     [("L'Écho du Centre", "media")]),
])
def test_the_present_reports(text, expected):
    analysis = analyse(text)
    check_slices(analysis)
    assert sources(analysis) == expected


@pytest.mark.parametrize("text", [
    "La Banque centrale européenne a relevé ses taux directeurs.",
    "La décision relève de la compétence du préfet.",
    "Il faut compléter le dossier avant lundi.",
    "La situation se révèle délicate.",
])
def test_no_source_where_nothing_is_reported(text):
    assert sources(analyse(text)) == []


@pytest.mark.parametrize("text", [
    "La Banque de Valmont avait encore, en juillet, relevé ses taux directeurs.",
    "Le groupe Valtéra avait encore, en juillet, ajouté une tranche de travaux.",
    "Le groupe Valtéra avait, en juillet, avancé la date du chantier.",
    "Le groupe Valtéra a, dans la foulée, lancé un plan social.",
    "La société, qui, en 2021, avait lancé un plan social, a changé de cap.",
])
def test_a_participle_after_an_aside_that_follows_its_auxiliary_is_no_incise(text):
    # (the aside interrupts the clause that the auxiliary opened: what follows the participle is
    # its object, not an inverted subject)
    assert sources(analyse(text)) == []


def test_the_subject_of_an_auxiliary_parted_from_its_participle_still_speaks():
    analysis = analyse("L'Élysée a, dans un communiqué, qualifié la décision d'« inacceptable ».")
    assert sources(analysis) == [("Élysée", "organisation")]
    assert sources(analyse("Le parti Horizon Vert a, lundi, ajouté que rien n'était décidé.")) == [
        ("Horizon Vert", "organisation")]


@pytest.mark.parametrize("text, expected", [
    ("Mme Durand, 74 ans, se souvient : « C'était un autre temps. »", [("Mme Durand", "person")]),
    ("« C'était un autre temps », se souvient Marie Durand.", [("Marie Durand", "person")]),
    ("« On n'y peut rien », soupire Paul Roche.", [("Paul Roche", "person")]),
    ("Jean Petit se souvient de cette époque.", []),
    ("Elle se souvient encore du bruit des sirènes.", []),
])
def test_remembering_and_sighing_report_only_what_was_said(text, expected):
    assert sources(analyse(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Si l'on considère que le chômage baisse, la réforme a réussi.", []),
    ("Si on considère que le prix varie, le marché reste petit.", []),
    ("Si l'on en croit le quotidien L'Écho du Centre, la réforme aurait réussi.",
     [("L'Écho du Centre", "media")]),
    ("Si on en croit Paul Durand, la réforme a réussi.", [("Paul Durand", "person")]),
])
def test_if_one_considers_is_reasoning_and_if_one_believes_cites(text, expected):
    assert sources(analyse(text)) == expected
