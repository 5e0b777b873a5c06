"""Who speaks, when the text names them indirectly.

Management and "the company" are never a union the text named before; the outlets or groups a
plural noun gives as examples ("several outlets, including Reuters and the AP") each speak, as
do the organisations of "spokespeople for Google and Meta"; with no person named before, "Elle
a indiqué" is the organisation that spoke as the subject just before, when the pronoun agrees
with the noun that named it; a clause that opens a quotation after a colon ("Le maire est
formel : « … »") gives the quotation its speaker; the newsroom's own "a-t-on appris" is an
unnamed source; an office written without accents is the same office; and a name whose
possessive ending is its own keeps it ("Moody's").
"""

import pytest

from .helpers import analyse_checked, sources


def attributions(analysis) -> list:
    """Every attribution's evidence in text order, whether it counts as a named or an
    anonymous source or as neither."""
    return sorted((e for feature in ("named_sources", "anonymous_sources", "attributions")
                   for e in analysis.evidence_for(feature)), key=lambda e: e.start)


@pytest.mark.parametrize("language, text, expected", [
    # the union spoke; the management is the employer's, and no employer was named
    ("fr", "La CGT dénonce un plan social déguisé. La direction a annoncé qu'elle maintenait "
           "son calendrier.", [("CGT", "organisation")]),
    ("en", 'The union accused management of "bad faith." Management rejected the accusation.',
     [("union", "organisation")]),
    # with the employer named before the union: that employer
    ("fr", "Le groupe Nordal a présenté son plan. La CGT dénonce un plan social déguisé. La "
           "direction a annoncé qu'elle maintenait son calendrier.",
     [("CGT", "organisation"), ("Nordal", "organisation")]),
    ("en", "The Teamsters called the offer an insult. The company said it had bargained in "
           "good faith.", [("Teamsters", "organisation"), ("company", "organisation")]),
    # "the union" still refers back to a union, whatever its name
    ("en", "The Brookfield Nurses Association met on Monday. The union said it would strike.",
     [("The Brookfield Nurses Association", "organisation")]),
    ("fr", "Le syndicat Sud-Rail dénonce la réforme. Le syndicat estime que la sécurité n'est "
           "pas garantie.", [("syndicat Sud-Rail", "organisation")]),
])
def test_management_and_the_company_are_never_a_union(language, text, expected):
    assert sources(analyse_checked(text, language)) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Several outlets, including Reuters and the Associated Press, reported that the "
           "minister had resigned.",
     [("Associated Press", "media"), ("Reuters", "media")]),
    ("en", "Several outlets, such as Reuters and Bloomberg, reported that the minister had "
           "resigned.", [("Bloomberg", "media"), ("Reuters", "media")]),
    ("en", "Spokespeople for Google and Meta said the companies would comply.",
     [("Google", "organisation"), ("Meta", "organisation")]),
    ("fr", "Plusieurs médias, notamment Le Monde et Libération, rapportent que le ministre "
           "aurait démissionné.", [("Le Monde", "media"), ("Libération", "media")]),
    # an unnamed example names no one; one spokesman speaks for one company
    ("en", "Several people, including two nurses, said the ward was understaffed.", []),
    ("en", "A spokesman for Google said the company would comply.",
     [("Google", "organisation")]),
])
def test_each_example_and_each_represented_organisation_speaks(language, text, expected):
    assert sources(analyse_checked(text, language)) == expected


def test_spokespeople_for_two_companies_who_did_not_answer_are_both_attributed():
    analysis = analyse_checked(
        "Spokespeople for Google and Meta did not return messages seeking comment.", "en")
    assert sorted((e.source, e.type) for e in attributions(analysis)) == [
        ("Google", "organisation"), ("Meta", "organisation")]
    assert analysis.values["non_response"] == 1


@pytest.mark.parametrize("text, expected", [
    ("L'entreprise Orvalia a annoncé la fermeture de son site. Elle a indiqué que 120 postes "
     "seraient supprimés.", "Orvalia"),
    ("Le groupe Nordal a annoncé un plan social. Il a précisé que 300 postes seraient "
     "supprimés.", "Nordal"),
    ("La SNCF a annoncé des retards. Elle a assuré que le trafic reprendrait lundi.", "SNCF"),
])
def test_a_pronoun_after_an_organisation_that_spoke_is_that_organisation(text, expected):
    analysis = analyse_checked(text)
    pronoun = attributions(analysis)[-1]
    assert (pronoun.source, pronoun.type) == (expected, "organisation")
    assert analysis.values["named_sources"] == 1


@pytest.mark.parametrize("text", [
    # the pronoun disagrees with the noun that named the company
    "L'entreprise Orvalia a annoncé la fermeture de son site. Il a indiqué que 120 postes "
    "seraient supprimés.",
    # the organisation was cited, not the subject: the pronoun is the one the story is about
    "Selon le parquet, un adolescent a été interpellé. Il aurait reconnu les faits, selon une "
    "source policière.",
])
def test_a_pronoun_is_no_organisation_that_did_not_speak_as_its_antecedent(text):
    analysis = analyse_checked(text)
    pronoun = next(e for e in attributions(analysis) if e.text.lower().startswith("il"))
    assert pronoun.type == "unresolved"


def test_a_person_named_before_keeps_the_pronoun():
    analysis = analyse_checked(
        "Marie Dupuis dirige la société Vernaval. La société a confirmé le rachat. Elle a "
        "précisé que les salariés seraient repris.")
    pronoun = attributions(analysis)[-1]
    assert (pronoun.source, pronoun.type) == ("Marie Dupuis", "person")


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Le maire Paul Ravel a voulu rassurer les habitants : « L'eau est potable ».",
     ("Paul Ravel", "person")),
    ("fr", "Le maire est formel : « L'eau est potable ».", (None, "anonymous")),
    ("en", 'The mayor was adamant: "The water is safe to drink."', (None, "anonymous")),
])
def test_a_clause_before_a_colon_gives_the_quotation_its_speaker(language, text, expected):
    analysis = analyse_checked(text, language)
    found = [(e.source, e.type) for e in attributions(analysis)]
    assert found == [expected]
    assert attributions(analysis)[0].text.endswith(":")


@pytest.mark.parametrize("language, text", [
    # no one who speaks: a tally, an expletive, a sign
    ("fr", "Le bilan est lourd : « douze morts »."),
    ("fr", "C'est simple : « personne ne viendra »."),
    ("en", 'The sign on the door was clear: "No entry."'),
])
def test_a_colon_after_a_clause_about_no_speaker_attributes_nothing(language, text):
    assert attributions(analyse_checked(text, language)) == []


def test_a_reporting_verb_before_the_colon_is_the_only_cue():
    analysis = analyse_checked("Paul Ravel a prévenu : « L'eau n'est pas potable ».")
    assert [e.text for e in attributions(analysis)] == ["Paul Ravel a prévenu"]


@pytest.mark.parametrize("text, anonymous, named", [
    ("Le Conseil constitutionnel a validé la loi, a-t-on appris vendredi.", 1, []),
    ("Le ministre a démissionné, apprend-on ce matin.", 1, []),
    ("Le Conseil a validé la loi, a-t-on appris auprès de la préfecture.", 0,
     [("préfecture", "organisation")]),
    # one unnamed source, not two
    ("Le Conseil a validé la loi, a-t-on appris vendredi de source policière.", 1, []),
])
def test_what_the_newsroom_learnt_is_an_unnamed_source(text, anonymous, named):
    analysis = analyse_checked(text)
    assert analysis.values["anonymous_sources"] == anonymous
    assert sources(analysis) == named


@pytest.mark.parametrize("text", [
    "Selon le chef de l'Etat, la réforme sera votée avant l'été.",
    "Selon le chef de l'État, la réforme sera votée avant l'été.",
])
def test_an_office_written_without_accents_is_the_same_office(text):
    assert sources(analyse_checked(text)) == [("président de la République", "person")]


def test_an_office_holder_named_without_accents_is_found():
    analysis = analyse_checked(
        "Louis Vernet, chef de l'Etat, a visité l'usine. Selon le président de la République, "
        "la réforme sera votée.")
    assert sources(analysis) == [("Louis Vernet", "person")]


@pytest.mark.parametrize("text, expected", [
    ("According to Moody's, the outlook for the sector remains negative.", "Moody's"),
    ("McDonald's said it would raise wages.", "McDonald's"),
    # a possessor is shown without its ending
    ("Kay Whitman's spokesman said the senator would attend.", "Kay Whitman"),
])
def test_a_name_keeps_a_possessive_ending_that_is_its_own(text, expected):
    assert [name for name, _ in sources(analyse_checked(text, "en"))] == [expected]


def test_a_name_with_its_own_possessive_is_one_source_with_or_without_it():
    analysis = analyse_checked(
        "Moody's said the outlook was negative. Moody's later said it would review the "
        "rating.", "en")
    assert analysis.values["named_sources"] == 1


def test_a_quotation_signed_after_it_is_not_the_clause_subjects():
    analysis = analyse_checked(
        "Le constat est simple : « Les caisses sont vides », explique Paul Ravel.")
    assert [(e.source, e.type) for e in attributions(analysis)] == [("Paul Ravel", "person")]


@pytest.mark.parametrize("text", [
    "Those close to the negotiations say a deal could come this week.",
    "A deal could come this week, according to those familiar with the talks.",
])
def test_those_close_to_a_matter_are_one_unnamed_source(text):
    analysis = analyse_checked(text, "en")
    assert analysis.values["anonymous_sources"] == 1
    assert analysis.values["named_sources"] == 0


@pytest.mark.parametrize("language, text, feature, expected", [
    ("en", "The minister brushed off the criticism.", "denial", 1),
    ("en", "She brushed off the snow from her coat.", "denial", 0),
    ("en", "Asked about the donation, the senator sidestepped the question.", "non_response", 1),
    ("en", "The senator dodged questions about the donation.", "non_response", 1),
    ("fr", "Interrogé sur ce point, le ministre de l'Économie a botté en touche.",
     "non_response", 1),
    ("fr", "Le ministre a éludé la question des salaires.", "non_response", 1),
    # a denial or a silence is neither
    ("en", "The senator dodged questions about the donation.", "denial", 0),
])
def test_waving_a_claim_away_is_a_denial_and_dodging_a_question_no_answer(
        language, text, feature, expected):
    assert analyse_checked(text, language).values[feature] == expected


@pytest.mark.parametrize("language, text", [
    ("fr", "Paul Arnal, géologue, a expliqué que le sol bougeait. Le maire, Joël Vidal, a annoncé "
           "des évacuations. Selon Paul Arnal, le risque reste élevé. « Nous surveillons la "
           "pente », a-t-il ajouté."),
    # (named again by surname alone)
    ("en", "Geologist Paul Arnal said the ground was moving. Mayor Joel Vidal announced "
           'evacuations. Arnal said the risk remained high. "We are watching the slope," he '
           "added."),
])
def test_a_pronoun_is_the_person_mentioned_last_not_the_one_named_first_last(language, text):
    pronoun = attributions(analyse_checked(text, language))[-1]
    assert (pronoun.source, pronoun.type) == ("Paul Arnal", "person")
