"""Who is the speaker, named as the text names them.

An office named again is its holder ("Bruno Lemaire, ministre de l'Économie, … Le ministre a
assuré"), the boss the chief executive named before; a party in apposition ("The governor, a
Democrat,") names no one; a title's period ends no sentence ("said Lt. Col. Dana Reyes"); a
document's issuer keeps its whole name ("Cour des comptes"); an unnamed source an outlet cites
stays unnamed; and a few tagging slips no longer lose the speaker (", les qualifiant de",
"promet" read as an infinitive, "a démenti" after an apposition).
"""

import pytest

from .helpers import analyse, analyse_checked, silent, sources


@pytest.mark.parametrize("text", [
    "Selon une source gouvernementale citée par l'AFP, le texte serait retiré.",
    "Selon des sources citées par l'AFP, le texte serait retiré.",
])
def test_an_unnamed_source_cited_by_an_outlet_stays_unnamed(text):
    # the outlet relays; the source it cites is still unnamed (as "according to a government
    # source quoted by Reuters" in English)
    analysis = analyse_checked(text, "fr")
    assert analysis.values["anonymous_sources"] == 1
    assert sources(analysis) == [("AFP", "media")]


def test_a_detached_participle_tagged_a_noun_speaks_with_its_clause():
    # ", les qualifiant de" (the tagger reads an article and a noun): the subject of the
    # clause before describes the accusations so
    analysis = analyse_checked(
        "Marc Lefèvre a balayé ces accusations, les qualifiant de « mensonges ».")
    assert sources(analysis) == [("Marc Lefèvre", "person")]


@pytest.mark.parametrize("text", [
    "D'après un rapport de la Cour des comptes publié mercredi, le coût du chantier a doublé.",
    "Un rapport de la Cour des comptes estime que le coût du chantier a doublé.",
])
def test_a_document_issuer_keeps_its_whole_name(text):
    # NER takes "Cour" alone; the body is "Cour des comptes", as when it speaks itself
    analysis = analyse_checked(text, "fr")
    assert sources(analysis) == [("Cour des comptes", "organisation")]


@pytest.mark.parametrize("language, text, expected", [
    # the party says which group the governor belongs to; the governor is the one named
    # in that role before, or no one named
    ("en", "The governor, a Democrat, has repeatedly denied wrongdoing.", []),
    ("en", "Governor Ann Cole toured the plant on Monday. The governor, a Democrat, has "
           "repeatedly denied wrongdoing.", [("Ann Cole", "person")]),
    ("en", "Jane Ruiz, a Democrat, said the bill would fail.", [("Jane Ruiz", "person")]),
    # (the French parser makes the apposition a conjunct)
    ("fr", "Le maire, un Breton, a annoncé la fermeture de l'usine.", []),
    # a name after the preposition "de" is no group
    ("fr", "La directrice, Marie Roux de Lyon, a annoncé la fermeture de l'usine.",
     [("Marie Roux", "person")]),
])
def test_a_party_in_apposition_names_no_one(language, text, expected):
    analysis = analyse_checked(text, language)
    assert sources(analysis) == expected


@pytest.mark.parametrize("text, expected", [
    # "promet" tagged an infinitive, which would have no subject of its own
    ("« Nous reviendrons », promet Paul Girard.", [("Paul Girard", "person")]),
])
def test_a_finite_verb_tagged_an_infinitive_has_its_subject(text, expected):
    analysis = analyse_checked(text, "fr")
    assert sources(analysis) == expected


def test_an_unnamed_witness_in_the_present():
    analysis = analyse_checked(
        "Un riverain, qui préfère taire son nom, raconte qu'il a vu deux hommes s'enfuir.", "fr")
    assert analysis.values["anonymous_sources"] == 1


@pytest.mark.parametrize("text, expected", [
    ('"We are watching," said Lt. Col. Dana Reyes, a Pentagon spokeswoman.',
     [("Dana Reyes", "person")]),
    ('"We are watching," said Gen. Mark Tolliver.', [("Mark Tolliver", "person")]),
])
def test_a_title_with_a_period_ends_no_sentence(text, expected):
    analysis = analyse_checked(text, "en")
    assert sources(analysis) == expected


@pytest.mark.parametrize("text, expected", [
    # the minister named in the office, then "le ministre": one person, not the office again
    ("Le ministre de l'Économie, Bruno Lemaire, s'est exprimé lundi. Le ministre a assuré que "
     "la croissance repartirait.", [("Bruno Lemaire", "person")]),
    ("Bruno Lemaire, ministre de l'Économie, était à Lyon lundi. Le ministre de l'Économie a "
     "assuré que la croissance repartirait.", [("Bruno Lemaire", "person")]),
    # another ministry's minister is not her
    ("La ministre de la Santé, Agnès Ferrand, était à Lyon. Le ministre de l'Intérieur a "
     "annoncé des renforts.", [("ministre de l'Intérieur", "organisation")]),
    # an auxiliary labelled a preposition, a participle tagged a proper noun
    ("Le PDG de Valtéra, Jean Morel, a démenti.", [("Jean Morel", "person")]),
])
def test_an_office_named_again_is_its_holder(text, expected):
    analysis = analyse_checked(text, "fr")
    assert sources(analysis) == expected


def test_the_boss_is_the_chief_executive_named_before():
    analysis = analyse("Le PDG de Valtéra, Jean Morel, a démenti. Interrogé sur les "
                       "licenciements, le patron a refusé de répondre.", "fr")
    assert silent(analysis) == ["Jean Morel"]


def test_a_spokesperson_who_declined_to_be_named_is_anonymous():
    analysis = analyse("An Orvalia spokeswoman, who declined to be named, said the firm would "
                       "appeal.", "en")
    assert analysis.values["named_sources"] == 0
    assert analysis.values["anonymous_sources"] == 1


@pytest.mark.parametrize("text, expected", [
    # the periphrasis is the person the text named in that office, by any of its phrases
    ("Le président de la République, Louis Vernet, était à Lyon mardi. « Nous sauverons "
     "l'usine », a déclaré le chef de l'État.", [("Louis Vernet", "person")]),
    ("Louis Vernet, chef de l'État, était à Lyon. Selon le président de la République, l'usine "
     "sera sauvée.", [("Louis Vernet", "person")]),
    ("Marc Delorme, Premier ministre, était à Lyon. Le chef du gouvernement a assuré que "
     "l'usine serait sauvée.", [("Marc Delorme", "person")]),
    # with no one named in the office, its holder, one source under its two names (not the
    # organisations "État" and "République")
    ("Le chef de l'État a assuré que l'usine serait sauvée. Le président de la République a "
     "ajouté qu'un plan serait présenté.", [("président de la République", "person")]),
    # a name in apposition in the same noun phrase is the holder's
    ("Le Premier ministre, M. Marc Delorme, a confirmé la fermeture du site.",
     [("Marc Delorme", "person")]),
    # and a later pronoun may stand for the holder, not for the man named before
    ("Paul Girard, maire de Vernac, l'accueillait à la gare. Le président de la République a "
     "admis que « le chantier du viaduc prendra du retard », mais, a-t-il poursuivi, « les "
     "crédits sont garantis ».", [("président de la République", "person")]),
])
def test_an_office_named_by_periphrasis(text, expected):
    analysis = analyse_checked(text, "fr")
    assert sources(analysis) == expected
    assert analysis.values["named_sources"] == 1
